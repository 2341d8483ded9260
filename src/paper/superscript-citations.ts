/**
 * Superscript citation numerals: `…as shown earlier¹` and `…in later work²⁻⁴`, the style of
 * medical and chemistry journals. The PDF layout writes smaller raised digits as Unicode
 * superscripts (`pdf/line-text.ts`); this module reads them as citation markers, but only where
 * the bibliography is numbered and the paper does not already cite in brackets, and never a
 * numeral that opens a footnote (`¹ Supported by…`), an exponent (`10⁻²²`, `x²`) or one past the
 * end of the list. Pure: text and offsets in, citations out.
 */
import { foldName, surnameOf } from './author-names';
import { isBylineNote } from './byline';
import { numbersAt } from './citation-numbers';
import { citesInBrackets } from './citations';
import { docOffset, type Block, type Citation, type Reference, type ReferenceId } from './types';
import { PARTICLE_WORDS } from './surname-particles';
import { isIsotope, raisedNumber } from './isotopes';

const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/**
 * A number or a range of superscript digits, as a pattern. BMJ's fonts give a range's en dash as
 * `e` (`²⁵e³²`); between two superscript numbers no word can hold it.
 */
const ITEM = `[${DIGITS}]+(?:[⁻–e-][${DIGITS}]+)?`;
/**
 * A run of superscript digits (a range joined by a superscript minus or dash) after a word of three
 * letters or more, `et al` with no stop (JAMA's `Gregg et al¹¹`) or a closing mark, with at most
 * one space between: `text¹`, `text,²⁻⁴`, `study) ³`; not `x²` or `cm²`. A letter may follow only
 * after a sentence's stop, opening the next sentence (`billion.⁴Many`, BMJ's text run together). The list's items are
 * parted by a comma, or by a space alone (BMJ's `active¹ ²`: each number raised). The lookahead for a digit
 * first changes no match (every one starts with a digit): it lets the engine pass over the
 * text's other characters without trying the lookbehind at each (5–100 times faster on a
 * paper's text).
 */
const MARKER = new RegExp(
  `(?=[${DIGITS}])(?<=(?:\\p{L}{3}|\\bet al|[.,;:)\\]’”'"]) ?)(${ITEM}(?:,? ?${ITEM})*)(?![${DIGITS}\\p{N}])(?:(?!\\p{L})|(?<=[.;:][${DIGITS},⁻–e-]+)(?=\\p{Lu}\\p{Ll}))`,
  'gu',
);
/** One item of a superscript list: a number or a range (`²⁻⁴`). */
const ITEM_PARTS = new RegExp(`^([${DIGITS}]+)(?:[⁻–e-]([${DIGITS}]+))?$`, 'u');

/** The numbers of a superscript list (`²,³⁻⁵` → 2, 3, 4, 5), or null when a range runs backwards or too wide. */
function expandItems(list: string, max: number): number[] | null {
  const numbers: number[] = [];
  for (const item of list.split(/, ?| /)) {
    const parts = ITEM_PARTS.exec(item);
    if (parts === null) return null;
    const first = raisedNumber(parts[1] ?? '');
    const last = parts[2] === undefined ? first : raisedNumber(parts[2]);
    if (last < first || last - first > max) return null;
    for (let n = first; n <= last; n++) numbers.push(n);
  }
  return numbers;
}

/** Superscript digits opening a text; any run of them; a mark a name list's words are cut at. */
const LEADING_DIGITS = new RegExp(`^([${DIGITS}]+)`, 'u');
/**
 * Raised digits, a space, raised digits again: a figure's labels read as a paragraph (`³ ³ ³ ³
 * Lytic murein transglycosylase`, symbols mapped to raised digits), no note, which opens with its
 * mark and then its text.
 */
const REPEATED_MARKS = new RegExp(`^[${DIGITS}]+\\s[${DIGITS}]`, 'u');
const ANY_DIGITS = new RegExp(`[${DIGITS}]+`, 'gu');
/** Superscript digits after a space and before a letter: a later note's mark in a block of notes. */
const LATER_NOTE_MARK = new RegExp(`(?<=\\s)([${DIGITS}]+)(?=\\p{L})`, 'gu');

/** One superscript digit, anywhere (a test, so not global). */
const SUPERSCRIPT_DIGIT = new RegExp(`[${DIGITS}]`, 'u');
const NAME_LIST_MARK = new RegExp(`[${DIGITS}*†‡,]`, 'gu');

/**
 * The first of the notes run together in one block (`¹Division of Biology, Caltech, USA.
 * 2Department of …, UK. 5These authors contributed equally…`, Nature's affiliation notes, the
 * later marks raised too in its letters: `… Germany. ²Department of …`): up to the next note's
 * number after a full stop.
 */
const NEXT_NOTE = new RegExp(`(?<=\\.)\\s+(?=(?:\\d{1,2}|[${DIGITS}]{1,2})\\p{Lu})`, 'u');
const firstNote = (body: string): string => body.split(NEXT_NOTE)[0] ?? body;

/**
 * Numbers that open a block of their own: footnote marks, not citations. An affiliation that
 * opens with its mark (`³Department of English, Yale University`, set apart from the byline in
 * BMJ's and the Lancet's side columns) marks an author, not a note: its number is still cited.
 */
function footnoteNumbers(text: string, blocks: readonly Block[]): Set<number> {
  const marks = new Set<number>();
  for (const block of blocks) {
    // A reference entry's superscript is its label (AIP's `¹J.-H. Prinz, …`), cited, no note.
    if (block.kind === 'byline' || block.kind === 'reference') continue;
    const body = text.slice(block.start, block.end);
    const lead = LEADING_DIGITS.exec(body);
    if (!lead?.[1] || isBylineNote(firstNote(body)) || REPEATED_MARKS.test(body)) continue;
    // A spectrum's paragraph opens with an isotope (`¹H NMR (400 MHz) …; ¹³C NMR …`): no notes.
    if (isIsotope(body, lead[1].length, raisedNumber(lead[1]))) continue;
    marks.add(raisedNumber(lead[1]));
    // Notes of one page run together in one block (`³Java 2 Platform Enterprise Edition
    // ⁴Enterprise Java Bean ⁵Common Object …`): each later mark opening a note is a note's too.
    for (const later of body.matchAll(LATER_NOTE_MARK)) {
      const digits = later[1] ?? '';
      const mass = raisedNumber(digits);
      if (!isIsotope(body, later.index + digits.length, mass)) marks.add(mass);
    }
  }
  return marks;
}

/** Superscript markers that show a paper cites in superscripts (one or two may be notes). */
const MIN_SUPERSCRIPT_MARKERS = 3;

/** Is this a numeric marker in parentheses: `(4)`, `(1, 3)`? */
const isParenNumeric = (text: string, c: Citation): boolean =>
  c.style === 'numeric' && text.charAt(c.start) === '(';

/** Words of a byline that are not names. */
const NAME_LINK_WORDS = new RegExp(`^(?:and|&|${PARTICLE_WORDS})$`, 'i');
/** Share of capitalised words above which a block is a list of names. */
const NAME_LIST_SHARE = 0.7;

/**
 * Is this block a list of names with affiliation marks (`Farzana Alam¹, Mohammad S. Rahman²,³`),
 * a byline read as a paragraph? Its marks point to affiliations, not references: the words
 * are names, capitalised nearly all, and there is more than one mark.
 */
function isNameList(body: string): boolean {
  // Global patterns kept between calls: `match` and `replace` start them from 0 each time.
  const marks = body.match(ANY_DIGITS)?.length ?? 0;
  if (marks < 2) return false;
  const words = body
    .replace(NAME_LIST_MARK, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !NAME_LINK_WORDS.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= NAME_LIST_SHARE;
}

/** A word that is no name: lower case first, and no word of a byline's (`and`, `van`). */
const LOWER_WORD = /(?:^|\s)(?=\p{Ll})(\S+)/gu;

/**
 * Where the names with affiliation marks a block opens with end (`A. Lee¹*, B. Tan¹ & C. Roe²
 * Readers have …`: a byline the layout ran into the first paragraph, as Nature's letters set
 * it), or 0 when the block opens with no such list: the text before its first lower-case word
 * that no byline holds is a list of names (`isNameList`).
 */
function nameListEnd(body: string): number {
  for (const match of body.matchAll(LOWER_WORD)) {
    if (NAME_LINK_WORDS.test(match[1] ?? '')) continue;
    const end = match.index ?? 0;
    const names = body.slice(0, end);
    return isNameList(names) && markedNames(names) >= 2 ? end : 0;
  }
  return 0;
}

/** A name's marks (`¹*`, `²,³`): raised digits and signs after a letter, with commas between. */
const NAME_MARKS = /\p{L}[⁰¹²³⁴⁵⁶⁷⁸⁹*∗†‡§][⁰¹²³⁴⁵⁶⁷⁸⁹*∗†‡§,⁻]*/gu;

/**
 * How many names the text marks apart (`A. Lee¹*, B. Tan¹ & C. Roe²`: three): a term opening a
 * sentence with its citations (`Alzheimer Disease³,⁴ has`) marks one.
 */
const markedNames = (text: string): number => text.match(NAME_MARKS)?.length ?? 0;

/** A bracketed quantity or expression: no word of three letters or more (`2.3222 nm`, `x + 1`). */
const QUANTITY = /^[^()]*$/;
const WORD = /\p{L}{3}/u;
/** An abbreviation the sentence defines in brackets: two capitals or more (`MD`, `AI`, `QM`, `2D-IR`). */
const ACRONYM = /^\s*(?=(?:[\d-]*\p{Lu}){2})[\p{Lu}\d-]+s?\s*$/u;

/**
 * What a bracket no power raises: a share (`(8.5%)³¹`), a count (`(133 of 263)⁴⁷`, `(n=45)²`), an
 * interval (`(95% CI 1·5–2·1)⁸`): the Lancet's and SciELO's citations after a bracketed figure.
 */
const NO_BASE = /[%=]|\b(?:of|to|vs)\b/i;
/** A list or a range of superscripts (`²,³`, `²⁻⁴`): citations; an exponent is one number. */
const MANY = /[,–e-]|[⁰¹²³⁴⁵⁶⁷⁸⁹]⁻/u;
/** A number of two digits (`³⁶`): no exponent of a bracket that holds no arithmetic. */
const TWO_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
/** Arithmetic in a bracket (`1 + r`, `a − b`, `x/2`): what a power raises (`(1 + r)¹⁰`). */
const ARITHMETIC = /[+−×·/*^=]|\s-\s/u;

/**
 * Is the superscript `marker` at `at` an exponent raising a bracketed quantity (`a box of
 * (2.3222 nm)³`, `(x + 1)²`, `(1 + r)¹⁰`) rather than a citation after a bracket (`models
 * (MSMs)¹⁻³`, `dynamics (MD)¹`, `Croatian (8.5%)³¹`, `(I²)³⁶`)? The bracket holds no word, only
 * numbers, units and symbols, and is not an abbreviation, a share, a count or an interval; the
 * marker is one number, of two digits only over arithmetic.
 */
function raisesQuantity(body: string, at: number, marker: string): boolean {
  const close = body.lastIndexOf(')', at);
  if (close < 0 || body.slice(close + 1, at).trim() !== '' || MANY.test(marker)) return false;
  const open = body.lastIndexOf('(', close);
  const inside = body.slice(open + 1, close);
  return (
    open >= 0 &&
    QUANTITY.test(inside) &&
    !WORD.test(inside) &&
    !ACRONYM.test(inside) &&
    !NO_BASE.test(inside) &&
    // `(I²)³⁶`: a two-digit number raised over a symbol is a citation; over a sum, a power.
    !(TWO_DIGITS.test(marker) && !ARITHMETIC.test(inside))
  );
}

/** How far before a superscript its entry's author may be named: `Lamichhane et al.,¹`. */
const AUTHOR_BEFORE_CHARS = 60;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Is a superscript marker at `at`, citing the one entry `refIds` (or, with `several`, entries the
 * first of them), written right after that entry's first author's surname (`Lamichhane et al.¹`,
 * `Blades and Broman²`, a table's `Tuchschmidt, et al.¹⁴`, `Nyhlen et al²⁹,³⁰`)? A note mark or an
 * exponent never is.
 */
function followsAuthor(
  text: string,
  at: number,
  refIds: readonly ReferenceId[],
  references: readonly Reference[],
  several = false,
): boolean {
  const [only] = refIds;
  const first = references.find((r) => r.id === only)?.fields.authors[0];
  if ((refIds.length !== 1 && !several) || first === undefined) return false;
  const surname = foldName(surnameOf(first));
  if (surname.length < 2) return false;
  const before = foldName(text.slice(Math.max(0, at - AUTHOR_BEFORE_CHARS), at));
  const named = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(surname)}(?:,?\\s+et\\s?al\\.?|\\s+(?:and|&)\\s+[\\p{L}'’-]+)?[,.]?\\s?$`,
    'u',
  );
  return named.test(before);
}

/**
 * The citations of `found` plus those written as superscript numerals, in reading order and
 * numbered again `c0`, `c1`, …. Returns `found` as it is when the style does not apply; where
 * the paper cites in superscripts, its `(n)` markers are dropped (they number compounds or items).
 */
export function addSuperscriptCitations(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
  found: readonly Citation[],
): Citation[] {
  const numbered = references.length > 0 && references.every((r) => /^\d+$/.test(r.label));
  const numbersFrom = numbersAt(references);
  if (!numbered || numbersFrom === null) return [...found];
  const added: Citation[] = [];
  // Most papers print no superscript digit at all: nothing to find, nor to weigh it with.
  const blocksWith = SUPERSCRIPT_DIGIT.test(text) ? blocks : [];
  // A paper that cites in brackets writes notes and maths in superscript, not citations, save
  // after the cited author's name (`Lamichhane et al.¹`, ReScience's style).
  const bracketed = blocksWith.length > 0 && citesInBrackets(text, blocks);
  const notes = blocksWith.length > 0 ? footnoteNumbers(text, blocks) : new Set<number>();
  for (const block of blocksWith) {
    // A table's numerals are notes, units and powers too: there only one after the cited entry's
    // first author is a citation (a meta-analysis's `Merrall et al²⁸ 1996–2006 UK`).
    const table = block.kind === 'table';
    if (block.kind !== 'paragraph' && block.kind !== 'caption' && !table) continue;
    const body = text.slice(block.start, block.end);
    // A marker is a run of superscript digits: a block with none has none (nor is a name list).
    if (!SUPERSCRIPT_DIGIT.test(body) || isNameList(body)) continue;
    const names = nameListEnd(body);
    for (const match of body.matchAll(MARKER)) {
      if ((match.index ?? 0) < names) continue;
      if (raisesQuantity(body, match.index ?? 0, match[1] ?? '')) continue;
      const numbers = expandItems(match[1] ?? '', references.length);
      if (numbers === null) continue;
      const byNumber = numbersFrom(block.start);
      const refIds = numbers.map((n) =>
        notes.has(n) ? undefined : (byNumber.get(n) ?? undefined),
      );
      if (refIds.some((id) => id === undefined)) continue;
      const start = block.start + (match.index ?? 0);
      const ids = refIds as ReferenceId[];
      if ((bracketed || table) && !followsAuthor(text, start, ids, references, table)) continue;
      added.push({
        id: '',
        start: docOffset(start),
        end: docOffset(start + match[0].length),
        refIds: ids,
        style: 'numeric',
      });
    }
  }
  // A paper cites in one numeric style: where it cites in superscripts, `(1)` names a compound,
  // a case or an item, as `lupeol (1)` does.
  const superscriptStyle = added.length >= MIN_SUPERSCRIPT_MARKERS;
  const kept = superscriptStyle ? found.filter((c) => !isParenNumeric(text, c)) : found;
  return [...kept, ...added]
    .sort((a, b) => a.start - b.start)
    .map((citation, i) => ({ ...citation, id: `c${i}` }));
}
