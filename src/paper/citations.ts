/**
 * In-text citation markers: numeric (`[4]`, `[1, 3]`, `[2–5]`, `[3,5-7]`, and `[2]–[4]` across
 * brackets, ranges expanded; `(4)`, `(1, 3)` and `(2–5)` in papers that cite in parentheses, see
 * `paren-citations.ts`), author-year (see `author-year-citations.ts`) and by alphabetic key
 * (`[Knu84]`, see `key-citations.ts`), each linked to the reference entries it cites.
 *
 * Only paragraph text and heading titles outside the reference list are searched, and a marker is
 * kept only when every work it cites is in the list: `[sic]`, `[…]`, `[2019]` or `[12]` in a list
 * of eleven never become markers.
 */
import { createAuthorYearScanner, type FoundMarker } from './author-year-citations';
import { createHanScanner } from './han-citations';
import { expandNumbers, numbersAt, numbersInOrder, resolveNumbers } from './citation-numbers';
import { bracketedEquationTags } from './equation-tags';
import { createKeyScanner } from './key-citations';
import { createNamePageScanner } from './name-page-citations';
import { createParenScanner } from './paren-citations';
import { createPrintedKeyScanner } from './printed-key-citations';
export { expandNumbers } from './citation-numbers';
import { docOffset, type Block, type Citation, type Reference, type ReferenceId } from './types';

/** `[4]`, `[1, 3]`, `[2-5]`, `[2–5]`, `[3,5-7]`, `[1; 2]`. */
const NUMERIC_MARKER =
  /\[(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)\]/g;

/** Blocks whose text may cite: running text, footnotes, captions and tables; never code or chart labels. */
const CITING_KINDS: ReadonlySet<Block['kind']> = new Set([
  'paragraph',
  'footnote',
  'caption',
  'table',
]);

/** The `[start, end)` ranges of text to search: citing blocks and heading titles outside the bibliography. */
function searchRanges(blocks: readonly Block[]): Array<[number, number]> {
  const lastReference = blocks.reduce((last, b, i) => (b.kind === 'reference' ? i : last), -1);
  const ranges: Array<[number, number]> = [];
  let inBibliography = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      inBibliography = block.role === 'bibliography' && i < lastReference;
      if (block.role !== 'bibliography') ranges.push([block.titleStart, block.end]);
    } else if (CITING_KINDS.has(block.kind) && !(inBibliography && i < lastReference)) {
      ranges.push([block.start, block.end]);
    }
  });
  return ranges;
}

/** Any bracketed number (`[9]`, `[2, 3]`), even one not in the list: the paper cites in brackets. */
const BRACKETED_NUMBER = /\[\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*\]/g;

/** Is position `at` of `slice` inside a parenthesis that opened before it in the same block? */
function insideParenthesis(slice: string, at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    const c = slice[k];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Does the paper cite in brackets: is there a bracketed number (`[9]`, `[2, 3]`, even one not in
 * the list) in its running text? Then `(4)` is an equation and a superscript a note or maths,
 * never a citation: one test for every numeric style. A bracket inside a parenthesis does not
 * count: styles that cite in parentheses (Annals, AMA) print a citation within one in brackets
 * (`(… as defined by the Department [8–10])`).
 */
export function citesInBrackets(text: string, blocks: readonly Block[]): boolean {
  const ranges = searchRanges(blocks);
  // PNAS's `[2]` numbers an equation: a paper numbering its equations so cites in parentheses.
  const equations = bracketedEquationTags(text, ranges);
  return ranges.some(([start, end]) => {
    const slice = text.slice(start, end);
    for (const match of slice.matchAll(BRACKETED_NUMBER))
      if (!insideParenthesis(slice, match.index) && !equations.has(start + match.index))
        return true;
    return false;
  });
}

/** What may stand between two bracketed numbers to make a range of them: `[2]–[4]`, `[2] - [4]`. */
const RANGE_BETWEEN_BRACKETS = /^\s*[-–—]\s*$/;

/**
 * `[2]–[4]`: the references of a range written across two single-number markers joined by a
 * dash, or null when it is not one or a number in it is not in the list (the markers then stand
 * on their own, so `[2]–[40]` in a list of eleven still cites 2).
 */
function resolveRangeAcross(
  text: string,
  first: RegExpMatchArray,
  second: RegExpMatchArray | undefined,
  byNumber: ReadonlyMap<number, ReferenceId | null>,
): ReferenceId[] | null {
  if (second === undefined || !/^\d+$/.test(first[1] ?? '') || !/^\d+$/.test(second[1] ?? ''))
    return null;
  const gap = text.slice((first.index ?? 0) + first[0].length, second.index ?? 0);
  if (!RANGE_BETWEEN_BRACKETS.test(gap) || Number(second[1]) <= Number(first[1])) return null;
  return resolveNumbers(`${first[1]}-${second[1]}`, byNumber);
}

/** Every number the bracketed markers of the ranges cite (`[2, 5-7]`: 2, 5, 6, 7). */
function bracketedNumbers(text: string, ranges: ReadonlyArray<[number, number]>): number[] {
  const out: number[] = [];
  for (const range of ranges)
    for (const match of text.slice(range[0], range[1]).matchAll(NUMERIC_MARKER))
      out.push(...(expandNumbers(match[1] ?? '') ?? []));
  return out;
}

/**
 * The symbol glued to a bracket: letters, marks, digits and the sub- and superscript parentheses of
 * `c⁽F⁾`, past any brackets glued before it (`exponent` of `exponent[1][7]`).
 */
const GLUED_SYMBOL = /[\p{L}\p{M}\p{N}⁽⁾₍₎]{1,24}(?:\[[^[\]\s]{1,12}\])*$/u;

/** A symbol's key: its letters without their accents, so `ẋ[1]` and `ẍ[1]` go with `x[0]`. */
function symbolKey(glued: string): string {
  return glued.replace(/\[.*$/u, '').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The symbol glued right before the bracket at `at` (`xt` of `xt[1]`), or '' when none is. */
function gluedSymbol(text: string, at: number): string {
  return symbolKey(GLUED_SYMBOL.exec(text.slice(Math.max(0, at - 60), at))?.[0] ?? '');
}

/**
 * The symbols the paper indexes from zero in its citing text: `xt` of `xt[0]`. No reference list
 * has an entry 0, so `xt[0]` is a vector's first entry and `xt[1]` its second, never a citation,
 * in prose, maths or a chart's legend alike.
 */
function zeroIndexedSymbols(text: string, ranges: ReadonlyArray<[number, number]>): Set<string> {
  const symbols = new Set<string>();
  // One pass over the text, each `[0]` checked against the ranges in order (they are sorted and
  // apart): searching from every range's start would read the rest of the text once per block.
  let r = 0;
  for (let at = text.indexOf('[0]'); at !== -1; at = text.indexOf('[0]', at + 3)) {
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= at) r++;
    if (r === ranges.length) break;
    if (at < (ranges[r] as [number, number])[0]) continue;
    const symbol = gluedSymbol(text, at);
    if (symbol !== '') symbols.add(symbol);
  }
  return symbols;
}

/**
 * Words prose names a thing with by one capital letter (`method A`, `Model B`, `scenario C`): the
 * letter after them is a name, not a vector.
 */
const NAMING_WORD =
  /(?:^|[^\p{L}])(?:methods?|models?|approach(?:es)?|systems?|algorithms?|schemes?|strategy|strategies|policy|policies|protocols?|variants?|versions?|baselines?|settings?|scenarios?|conditions?|cases?|groups?|types?|options?|designs?|configurations?|experiments?|datasets?|corpus|tasks?|agents?|players?|teams?|sites?|studies|study|trials?|arms?|stages?|phases?|steps?|tables?|figures?|appendix|sections?|parts?|classes?|categories|category|modes?|networks?|architectures?) $/iu;

/**
 * Is the one capital letter ending at `at` a name prose gives (`method A[3]`), not a symbol?
 */
function isNamedByWord(text: string, at: number): boolean {
  return NAMING_WORD.test(text.slice(Math.max(0, at - 17), at - 1));
}

/**
 * Is `symbol` one the paper indexes from zero, or that with a coefficient or operator glued before
 * it (`γxt` and `dxt` of `−γxt[1]`, `dxt[1]/dt` when the paper writes `xt[0]`)? `at` is where the
 * bracket opens in `text`.
 */
function isIndexedSymbol(
  symbol: string,
  indexed: ReadonlySet<string>,
  text: string,
  at: number,
): boolean {
  if (symbol === '') return false;
  // One letter glued to a bracket (`W[4]`) is a vector's entry in a paper that indexes any, unless
  // it is a capital that prose uses as a name (`method A[3]`, `Model B[4]`) and the paper never
  // indexes that letter itself.
  if (/^[\p{Script=Latin}\p{Script=Greek}][\p{N}⁽⁾₍₎]*$/u.test(symbol))
    return !(
      symbol.length === 1 &&
      /^[A-Z]$/.test(symbol) &&
      !indexed.has(symbol) &&
      isNamedByWord(text, at)
    );
  for (let cut = 0; cut <= 2 && cut < symbol.length; cut++) {
    const rest = symbol.slice(cut);
    // `by[3]` in a paper writing `y[0]`: a Latin letter cut off a one-letter symbol leaves a word.
    if (cut > 0 && rest.length < 2 && /\p{Script=Latin}/u.test(symbol.slice(0, cut))) continue;
    if (indexed.has(rest)) return true;
  }
  return false;
}

/** A number written with a leading zero (`001`, `010`), as no citation is. */
const LEADING_ZERO = /(?:^|\D)0\d/;

function numericScanner(
  paperText: string,
  references: readonly Reference[],
  cited: (() => number[]) | null,
  indexed: ReadonlySet<string>,
  equations: ReadonlySet<number>,
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const numbers =
    numbersAt(references, { text: paperText, bracketed: true }) ??
    (cited === null ? null : numbersInOrder(references, cited()));
  if (numbers === null) return null;
  return (text, start, end) => {
    const byNumber = numbers(start);
    const slice = text.slice(start, end);
    const matches = [...slice.matchAll(NUMERIC_MARKER)];
    const found: FoundMarker[] = [];
    for (let k = 0; k < matches.length; k++) {
      const match = matches[k];
      if (match === undefined) continue;
      const at = start + (match.index ?? 0);
      if (isIndexInCode(slice, match.index ?? 0, match[0].length)) continue;
      // `= ⇣ ⌘n. [2]`: an equation's number (see `equation-tags.ts`), not a citation.
      if (equations.has(at)) continue;
      // `[001]`, `[010]`: a binary word or a code, never a citation.
      if (LEADING_ZERO.test(match[1] ?? '')) continue;
      if (indexed.size > 0 && isIndexedSymbol(gluedSymbol(text, at), indexed, text, at)) continue;
      const next = matches[k + 1];
      const range = resolveRangeAcross(slice, match, next, byNumber);
      if (range !== null && next !== undefined) {
        found.push({ start: at, end: start + (next.index ?? 0) + next[0].length, refIds: range });
        k++;
        continue;
      }
      const refIds = resolveNumbers(match[1] ?? '', byNumber);
      if (refIds !== null) found.push({ start: at, end: at + match[0].length, refIds });
    }
    return found;
  };
}

/**
 * Is the bracket at `at` an index in code or a path (`(/site/person/@id)[1]', 'nvarchar'`,
 * `bidder[1]/increase`) rather than a citation? So when it is glued to the word or parenthesis
 * before it and to a quote, slash or brace after it: a citation glued to a word (`(CMS)[20]`)
 * goes on with running text or punctuation.
 */
function isIndexInCode(slice: string, at: number, length: number): boolean {
  const before = slice[at - 1] ?? ' ';
  const after = slice[at + length] ?? ' ';
  if (before !== ')' && !/[\p{L}\d]/u.test(before)) return false;
  // `text())[1]`, `[@person = "p18"])[1]`: a call or a predicate closed right before it.
  const closedCode = before === ')' && /[)\]"']/.test(slice[at - 2] ?? ' ');
  return closedCode || /['"/}]/.test(after) || (before === ')' && after === ')');
}

/** A found marker with its style: its fields written out, not spread (V8's spread is slow here). */
const styled = (marker: FoundMarker, style: Citation['style']) => ({
  start: marker.start,
  end: marker.end,
  refIds: marker.refIds,
  style,
});

/** An unnumbered list cited by author and year this often is never read as numbered by `(n)`. */
const MAX_NAMED_FOR_ORDER = 3;
/**
 * A paper citing by author and year this often, and more often than it has `(n)` that may cite,
 * cites no entry by `(n)`, even when its list is numbered (a publisher's web page numbers an
 * author-year list): there `(6)` is an equation. Unless its `(n)` cite as a numbered list's
 * citations do (see {@link citesInListOrder}).
 */
const MAX_NAMED_FOR_PARENS = 5;
/** The share of `(n)` first appearances that must each go past every entry cited before them. */
const MIN_ASCENDING_SHARE = 0.8;
/** The share of the list the `(n)` must cite between them. */
const MIN_LIST_COVERED = 0.5;
/** Entries the `(n)` must cite at the least to show an order. */
const MIN_CITED_IN_ORDER = 3;

/**
 * Do the `(n)` markers cite as a numbered list's citations do: each entry first cited after the
 * ones before it in the list (`(1, 2)`, `(3)`, `(4)`, … `(8)`), and much of the list cited? A
 * paper naming its sources by author and year as well (PNAS's `Smith and Lee (1998) showed (3)`)
 * still cites by number; an author-year list numbered by a publisher's page is not cited so: its
 * `(6)`, `(3)`, `(2)` are equations, items or counts, in no order and few.
 */
function citesInListOrder(
  markers: readonly FoundMarker[],
  references: readonly Reference[],
): boolean {
  const position = new Map<ReferenceId, number>();
  references.forEach((reference, i) => position.set(reference.id, i));
  const seen = new Set<number>();
  let ascending = 0;
  let highest = -1;
  for (const marker of [...markers].sort((a, b) => a.start - b.start))
    for (const refId of marker.refIds) {
      const at = position.get(refId);
      if (at === undefined || seen.has(at)) continue;
      seen.add(at);
      if (at > highest) ascending++;
      highest = Math.max(highest, at);
    }
  return (
    seen.size >= MIN_CITED_IN_ORDER &&
    seen.size >= MIN_LIST_COVERED * references.length &&
    ascending >= MIN_ASCENDING_SHARE * seen.size
  );
}

/**
 * Finds the citation markers of a paper's canonical text, in reading order, each pointing to the
 * references it cites (never empty). Markers that overlap an earlier one are dropped.
 */
/** How `findCitations` reads a paper. */
export interface FindOptions {
  /**
   * May a list printed without numbers be numbered by its order when bracketed numbers cite it
   * (`numbersInOrder`)? True unless said otherwise: a Markdown list made from a journal's XML
   * keeps its order. Plain text lost its numbers to its layout (a column of labels set apart),
   * where an entry split in two, two run together or a running head read as one would shift
   * every number after it: false there.
   */
  listOrder?: boolean;
}

export function findCitations(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
  options: FindOptions = {},
): Citation[] {
  // A marker points to the references it cites, never to none: a paper without a list (a thesis
  // chapter, a report, the generated 300 pages) has none, and its text is not scanned for them.
  if (references.length === 0) return [];
  const ranges = searchRanges(blocks);
  const cited = () => bracketedNumbers(text, ranges);
  const scanners = [
    {
      style: 'numeric' as const,
      scan: numericScanner(
        text,
        references,
        options.listOrder === false ? null : cited,
        zeroIndexedSymbols(text, ranges),
        bracketedEquationTags(text, ranges),
      ),
    },
    // Before author–year: a key the list prints names its entry exactly, where both read a bracket.
    { style: 'author-year' as const, scan: createPrintedKeyScanner(text, references) },
    { style: 'author-year' as const, scan: createAuthorYearScanner(references) },
    { style: 'author-year' as const, scan: createKeyScanner(text, references) },
    { style: 'author-year' as const, scan: createHanScanner(text, references) },
  ];
  const found: Array<FoundMarker & { style: Citation['style'] }> = [];
  // Indexed loops, no destructuring: over every block's range, mostly before the engine has
  // compiled this, where each `for … of` makes an iterator and an object per step.
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as [number, number];
    for (let s = 0; s < scanners.length; s++) {
      const scanner = scanners[s] as (typeof scanners)[number];
      if (!scanner.scan) continue;
      const markers = scanner.scan(text, range[0], range[1]);
      for (let m = 0; m < markers.length; m++)
        found.push(styled(markers[m] as FoundMarker, scanner.style));
    }
  }
  // `(4)` cites only in a paper that does not cite in brackets: there it is an equation or an item.
  // An unnumbered list is read in order only when the paper does not cite it by author and year.
  const byName = found.filter((marker) => marker.style === 'author-year').length;
  const parens = citesInBrackets(text, blocks)
    ? null
    : createParenScanner(references, byName < MAX_NAMED_FOR_ORDER ? { text, ranges } : null, {
        text,
        ranges,
      });
  // MLA's `(Heller 12)` names no year: read only in a paper that does not cite by author and year.
  const namePage = byName < MAX_NAMED_FOR_ORDER ? createNamePageScanner(references) : null;
  if (namePage)
    for (const marker of namePage(text, ranges)) found.push(styled(marker, 'author-year'));
  if (parens) {
    const numbered: FoundMarker[] = [];
    for (const range of ranges) numbered.push(...parens(text, range[0], range[1]));
    if (
      byName < MAX_NAMED_FOR_PARENS ||
      numbered.length > byName ||
      citesInListOrder(numbered, references)
    )
      for (const marker of numbered) found.push(styled(marker, 'numeric'));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const citations: Citation[] = [];
  let reached = -1;
  for (const marker of found) {
    if (marker.start < reached) continue;
    reached = marker.end;
    citations.push({
      id: `c${citations.length}`,
      start: docOffset(marker.start),
      end: docOffset(marker.end),
      refIds: marker.refIds,
      style: marker.style,
    });
  }
  return citations;
}
