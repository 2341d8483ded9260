/**
 * Superscript citations that a text or Markdown source has flattened to plain digits: copied
 * out of a PDF or exported from a journal's XML, `…psychosocial problems³ and` reads
 * `problems3 and`, `…enablement.⁴ Also` reads `enablement.4 Also`, and `…SNPs.¹⁸ To` reads
 * `SNPs. 18 To`. A digit after a word is more often something else (`mp3`, `cm2`, `CO2`), so
 * these are read as citations only when the whole paper shows the style:
 * - it cites in no other way (no marker in brackets, parentheses or superscript found, hardly any
 *   author-year one);
 * - its reference list is numbered, or printed without numbers and cited in its order;
 * - the numbers so written are entries of the list and, where each is first written, come in
 *   the list's order (styles that cite in superscripts number by first citation), three at least.
 * Pure: text and offsets in, citations out.
 */
import { foldName, surnameForms } from './author-names';
import { expandNumbers, numbersAt, numbersInOrder } from './citation-numbers';
import { docOffset, type Block, type Citation, type Reference, type ReferenceId } from './types';

/**
 * Digits glued to a word of two lower-case letters or more, or to the punctuation after it
 * (`problems3`, `enablement.4`, `Shah1`, `trials,5-7`, ACS's `world.2−5` with its minus sign), followed by a space, punctuation or the
 * end, though not a number going on past a point or comma (`doi:10.1001`, `ratio:1.5`); or
 * standing after a sentence's full stop before the next sentence's capital (`SNPs. 18 To`), or after a comma before the next word (`hypertension, 5 stroke, 6 and`) when
 * that word does not make it a count or a range (`eg, 2-7 years`, `age, 19 to 29`, `ie, 1 hour`).
 * Each opens with a lookahead for what every match starts with (a digit; a space and a digit): no
 * match changes, and the engine passes over the other characters without trying the lookbehinds
 * at each (on the shared papers' text, GLUED's scan about 10 times faster, SPACED's 1.3–1.6 times).
 */
const GLUED =
  /(?=\d)(?<=\p{Ll}{2}[.,;:)’”]?)(\d{1,3}(?:[,–−-]\d{1,3})*)(?=[\s.,;:)]|$)(?![.,]\d)/gu;
const SPACED =
  /(?= \d)(?:(?<=[\p{L})]{2}\.) (\d{1,3}(?:[,–−-]\d{1,3})*)(?= \p{Lu}\p{Ll})|(?<=\p{Ll}{2},) (\d{1,3}(?:[,–−-]\d{1,3})*)(?= \p{Ll}{2})(?! (?:to|years?|months?|weeks?|days?|hours?|minutes?|times|per)\b))/gu;

/** Words after which a number is a unit's power or a label's number, never a citation. */
const NOT_CITING =
  /(?:^|[^\p{L}])(?:cm|mm|km|nm|µm|μm|dm|ft|in|fig|figs|figure|figures|eq|eqs|eqn|table|tables|ref|refs|no|nos|vol|pp|p|step|phase|type|grade|stage|class|level|version|chapter|section|sec|appendix|item|day|days|week|weeks|year|years|month|months|hour|hours|group|arm|cohort|model|sample|patient|patients|case|cases|trial|lead|leads|unit|units|page|pages)\.?,?\s?$/iu;

/** The fewest distinct numbers that show a paper cites this way. */
const MIN_NUMBERS = 3;
/** The share of the list the numbers must cite. */
const MIN_CITED_SHARE = 0.3;
/** The share of the numbers so written that must be labels of the list's entries. */
const MIN_LABELLED_SHARE = 0.5;
/** Author-year markers of a paper that show it does not cite by flattened superscripts. */
const MAX_AUTHOR_YEAR = 3;

/** The share of the numbers (each where first written) that must run in the list's order. */
const MIN_IN_ORDER_SHARE = 0.8;

/**
 * Do the numbers, each where first written, run in increasing order but for a few: the longest
 * increasing run through them (not necessarily adjacent) holds most of them. A page whose
 * columns `pdftotext` read out of order (`…cells,17` and `…systems,19−22` written before the
 * introduction's `samples,1`) moves a block of them, which leaves the rest in order.
 */
function mostlyInOrder(firstSeen: readonly number[]): boolean {
  // Patience sorting: `tails[k]` is the least last number of an increasing run of k + 1 numbers.
  const tails: number[] = [];
  for (const n of firstSeen) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < n) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = n;
  }
  return firstSeen.length > 0 && tails.length >= MIN_IN_ORDER_SHARE * firstSeen.length;
}

interface Found {
  start: number;
  end: number;
  numbers: number[];
}

/**
 * The flattened superscripts of a block that cite entries 1 to `max`; the numbers of those that
 * would cite past the list's end go into `beyond`.
 */
function markersIn(text: string, block: Block, max: number, beyond: number[]): Found[] {
  const body = text.slice(block.start, block.end);
  const found: Found[] = [];
  for (const pattern of [GLUED, SPACED]) {
    for (const match of body.matchAll(pattern)) {
      const digits = match[1] ?? match[2] ?? '';
      const at = (match.index ?? 0) + match[0].length - digits.length;
      const before = body.slice(Math.max(0, at - 12), at);
      // A number after a number (`30 cm2`, `2.5`), or after a label or a unit.
      if (/\d[\s.,]?\p{L}{0,3}[.,;:]?$/u.test(before) || NOT_CITING.test(before)) continue;
      const numbers = expandNumbers(digits.replace(/[–−]/g, '-'));
      if (numbers === null || numbers.some((n) => n < 1)) continue;
      if (numbers.some((n) => n > max)) {
        beyond.push(...numbers);
        continue;
      }
      found.push({ start: block.start + at, end: block.start + at + digits.length, numbers });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The citations of `found` plus those written as flattened superscripts, in reading order and
 * numbered again; `found` as it is when the paper does not cite that way (see the module).
 */
export function addFlatSuperscriptCitations(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
  found: readonly Citation[],
): Citation[] {
  const all = addAllFlatSuperscripts(text, blocks, references, found);
  return all.length > found.length
    ? all
    : addNamedFlatSuperscripts(text, blocks, references, found);
}

/**
 * A surname, alone or with `et al.` or a second surname, right before a flattened superscript
 * (`Lamichhane et al.1`, `Blades and Broman2`): the name and where it ends.
 */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]+)(?:\s?et\s?al\.?|,? (?:and|&) \p{Lu}[\p{L}'’-]+)?$/u;

/**
 * Flattened superscripts in a paper that also cites another way (`R [3]` and `Lamichhane et
 * al.1`, ReScience), so not read as a style of its own: each read only where the words before it
 * name the first author of the numbered entry it would cite, and the number is one entry.
 */
function addNamedFlatSuperscripts(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
  found: readonly Citation[],
): Citation[] {
  const numbers = numbersAt(references);
  if (numbers === null) return [...found];
  const taken = (start: number, end: number) => found.some((c) => c.start < end && c.end > start);
  const byId = new Map(references.map((r) => [r.id, r] as const));
  const added: Citation[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue;
    for (const marker of markersIn(text, block, references.length, [])) {
      const [n, ...more] = marker.numbers;
      if (n === undefined || more.length > 0 || taken(marker.start, marker.end)) continue;
      const id = numbers(marker.start).get(n);
      const first = id == null ? undefined : byId.get(id)?.fields.authors[0];
      const name = NAME_BEFORE.exec(text.slice(Math.max(0, marker.start - 60), marker.start));
      if (id == null || first === undefined || name === null) continue;
      if (!surnameForms(first).includes(foldName(name[1] ?? ''))) continue;
      added.push({
        id: '',
        start: docOffset(marker.start),
        end: docOffset(marker.end),
        refIds: [id],
        style: 'numeric',
      });
    }
  }
  if (added.length === 0) return [...found];
  return [...found, ...added]
    .sort((a, b) => a.start - b.start)
    .map((citation, i) => ({ ...citation, id: `c${i}` }));
}

/** Fewest distinct numbers past a list's end that make a numbering of their own (notes). */
const MIN_BEYOND_NUMBERS = 3;

/**
 * Do the numbers written past a list's end (`beyond`, `max` entries) go on numbering: the next
 * number (`max + 1`), or several distinct numbers? Then they number notes, not the list's entries.
 */
function countsOn(beyond: readonly number[], max: number): boolean {
  return beyond.includes(max + 1) || new Set(beyond).size >= MIN_BEYOND_NUMBERS;
}

function addAllFlatSuperscripts(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
  found: readonly Citation[],
): Citation[] {
  // Another numeric style (`[3]`, `(3)`, `³`); `ref. 3` names an entry in any style.
  const otherStyle = found.some(
    (c) =>
      c.style === 'numeric' && /[[(\u00B9\u00B2\u00B3\u2070-\u2079]/.test(text.charAt(c.start)),
  );
  if (references.length === 0 || otherStyle) return [...found];
  if (found.filter((c) => c.style === 'author-year').length > MAX_AUTHOR_YEAR) return [...found];
  const beyond: number[] = [];
  const markers = blocks
    .filter((block) => block.kind === 'paragraph')
    .flatMap((block) => markersIn(text, block, references.length, beyond));
  const firstSeen = [...new Set(markers.flatMap((m) => m.numbers))];
  if (firstSeen.length < MIN_NUMBERS) return [...found];
  // Numbered or not, the list must be cited in its order, and a good part of it.
  if (!mostlyInOrder(firstSeen) || firstSeen.length < MIN_CITED_SHARE * references.length)
    return [...found];
  // A list printed without numbers is cited by its order only where no numbering written so goes
  // past its end: numbered notes (a law review's `…the state.53` with 52 entries) count on. One
  // or two stray numbers glued to words (`base64`, `sha256`, `covid19`) count nothing on.
  const numbers =
    numbersAt(references) ??
    numbersInOrder(
      references,
      countsOn(beyond, references.length) ? [...firstSeen, ...beyond] : firstSeen,
    );
  if (!numbers) return [...found];
  // Most of the numbers must be entries' labels: a lone `1` (a table's row read as an entry
  // under a `Reference` column) does not make the list numbered, and `Xiong1` is no citation of it.
  const labelled = new Set<number>();
  for (const marker of markers) {
    const byNumber = numbers(marker.start);
    for (const n of marker.numbers) if (byNumber.get(n) != null) labelled.add(n);
  }
  if (labelled.size < MIN_LABELLED_SHARE * firstSeen.length) return [...found];
  const added: Citation[] = [];
  for (const marker of markers) {
    const byNumber = numbers(marker.start);
    const refIds = marker.numbers.map((n) => byNumber.get(n));
    if (refIds.some((id) => id === undefined || id === null)) continue;
    added.push({
      id: '',
      start: docOffset(marker.start),
      end: docOffset(marker.end),
      refIds: refIds as ReferenceId[],
      style: 'numeric',
    });
  }
  return [...found, ...added]
    .sort((a, b) => a.start - b.start)
    .map((citation, i) => ({ ...citation, id: `c${i}` }));
}
