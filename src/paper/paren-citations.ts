/**
 * Numeric citation markers in parentheses — `(4)`, `(1, 3)`, `(2–5)`, `(1,3-5)` — as Vancouver and
 * many conference styles print them, for a paper with a numbered reference list.
 *
 * A number in parentheses is more often something else, so a marker is kept only when
 * - every number is an entry of the list (years and counts above the list's size never are);
 * - it follows a word, a space or closing punctuation, not a function name or symbol (`f(2)`, `= (3)`);
 * - no label word stands before it: `Eq. (3)`, `Figure (2)`, `Table (1)`, `Section (4)`, `step (2)`,
 *   nor after such a marker `Eqs. (3) and (4)`;
 * - it is not an enumeration: `(1) collect, (2) clean and (3) merge` — a run `(1)`, `(2)`, … in one
 *   block, each opening a clause (after the block start, `:`, `;`, `,` or `and`/`or`, and followed by
 *   a word), is a list, whatever comes next; nor an item of a list set out in paragraphs, a `(n)`
 *   opening a paragraph after one ending in `:` or after one opening with `(n-1)`;
 * - it does not close a display equation (a line holding `=` or math signs right before it, or
 *   the block before it when it opens a block);
 * - it is not glued to another number in parentheses (`(2)(6)(5)`: groups or rows of a table).
 */
import type { FoundMarker } from './author-year-citations';
import {
  expandNumbers,
  numbersAt,
  numbersInCitationOrder,
  resolveNumbers,
} from './citation-numbers';
import type { Reference } from './types';

const PAREN_NUMBERS =
  /\((\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)\)/g;

/**
 * `ref. 31`, `refs. 5 and 6`, `refs 1–3`: the entries named by the word (PNAS, Nature). The
 * numbers are the marker; `and` and `&` join them as commas do.
 */
const REF_WORD =
  /\b[Rr]efs?\.?\s(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:(?:\s*[,;]\s*|\s+(?:and|&)\s+)\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)(?![\d.,]\d)/g;
const joined = (numbers: string): string => numbers.replace(/\s+(?:and|&)\s+/g, ', ');

/** Words that make a following `(n)` a label: an equation, figure, table, section, step... */
const LABEL_BEFORE =
  /(?:\b(?:eqs?|eqn|equations?|fig|figs|figures?|tab|tables?|sec|sects?|sections?|ch|chap|chapters?|app|appendix|appendices|steps?|stages?|items?|phases?|no|nos|lemma|theorem|proposition|corollary|definition|assumption|hypothesis|panel|row|column|p|pp|page|pages|n|vol|issue)\.?|[=<>≤≥+*/^×·−±≈∼~])\s*(?:\(\d+\)\s*(?:,|and|or|to|[-–—])\s*)*$/i;
/** What may stand right before a citation's `(`: a space, or closing punctuation of a word. */
const ALLOWED_BEFORE = /(?:^|[\s\p{L}.,;:"'”’)\]])$/u;
/** Where a list item opens a clause: block start, `:`, `;`, `,`, `and`, `or`. */
const CLAUSE_OPEN = /(?:^|[:;,.]|\band|\bor)\s*$/;

/**
 * Builds a scanner for `(n)` markers, or null when the list is not numbered. Each range is one
 * block of text. A list printed without numbers is read as numbered when the text's `(n)` markers
 * (`inOrder`: the text and the blocks searched, when the caller allows it) cite it in order
 * (`numbersInCitationOrder`). Given `all` the blocks searched, no `(n)` is read when most numbers
 * in parentheses there are no entry's label (see {@link mostlyLabels}); `ref. 19` still is.
 */
export function createParenScanner(
  references: readonly Reference[],
  inOrder: { text: string; ranges: ReadonlyArray<readonly [number, number]> } | null = null,
  all: { text: string; ranges: ReadonlyArray<readonly [number, number]> } | null = null,
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const numbers =
    numbersAt(references) ??
    (inOrder && numbersInCitationOrder(references, firstCited(inOrder.text, inOrder.ranges)));
  if (numbers === null) return null;
  // `ref. 19` names an entry whatever the numbers in parentheses are.
  const parens = all === null || mostlyLabels(all.text, all.ranges, numbers);
  return (text, start, end) => {
    const byNumber = numbers(start);
    const found: FoundMarker[] = [];
    const slice = text.slice(start, end);
    const markers = parens
      ? plausibleMarkers(slice, text.slice(Math.max(0, start - 600), start))
      : [];
    for (const match of markers) {
      const at = match.index ?? 0;
      const refIds = resolveNumbers(match[1] ?? '', byNumber);
      if (refIds !== null)
        found.push({ start: start + at, end: start + at + match[0].length, refIds });
    }
    for (const match of slice.matchAll(REF_WORD)) {
      const numbers = match[1] ?? '';
      const at = (match.index ?? 0) + match[0].length - numbers.length;
      const refIds = resolveNumbers(joined(numbers), byNumber);
      if (refIds !== null)
        found.push({ start: start + at, end: start + at + numbers.length, refIds });
    }
    return found;
  };
}

/** Distinct numbers in parentheses that show what they number, and the share that must be labels. */
const MIN_PAREN_NUMBERS = 3;
const MIN_LABELLED_SHARE = 0.5;

/**
 * Are most of the numbers in parentheses (those that may be citations) labels of the list's
 * entries? A chemistry paper numbers its compounds `Lupeol (1), epilupeol (2), …` and cites in
 * superscripts its text may have lost: `(1)` is then a compound, though an entry is labelled 1.
 */
function mostlyLabels(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  numbers: (at: number) => Map<number, unknown>,
): boolean {
  const cited = new Set<number>();
  const labelled = new Set<number>();
  for (const [start, end] of ranges) {
    const byNumber = numbers(start);
    for (const match of plausibleMarkers(
      text.slice(start, end),
      text.slice(Math.max(0, start - 600), start),
    ))
      for (const n of expandNumbers(match[1] ?? '') ?? []) {
        cited.add(n);
        if (byNumber.get(n) != null) labelled.add(n);
      }
  }
  return cited.size < MIN_PAREN_NUMBERS || labelled.size >= MIN_LABELLED_SHARE * cited.size;
}

/**
 * The `(n)` markers of a block that may be citations: no enumeration item, label or equation.
 * `before` is the text before the block, with the block before it.
 */
function plausibleMarkers(slice: string, before = ''): RegExpMatchArray[] {
  const matches = [...slice.matchAll(PAREN_NUMBERS)];
  const items = enumerationItems(slice, matches);
  return matches.filter((match) => {
    const at = match.index ?? 0;
    if (at === 0 && (opensListItem(Number(match[1]), before) || closesEquationAbove(before)))
      return false;
    return !items.has(at) && plausibleContext(slice, at, match[0].length);
  });
}

/**
 * Does a block opening with `(n)` set out an item of a list, one paragraph per item: the block
 * before it ends in a colon (`…it satisfies two conditions:`), or opens with `(n-1)`.
 */
function opensListItem(n: number, before: string): boolean {
  const previous = before.trimEnd();
  if (previous.endsWith(':')) return true;
  const lastBlock = previous.slice(previous.lastIndexOf('\n\n') + 1).trimStart();
  return n > 1 && lastBlock.startsWith(`(${n - 1})`);
}

/**
 * Does a block opening with `(n)` open under a display equation, the block before it a line of
 * maths (`r = 2r`, `∑ x`)? Then `(n)` is the equation's number, set on a line of its own below it
 * (`d ₂` / `r = 2r` / `dx` / blank / `(1)` / `This can also be used…`), not a citation.
 */
function closesEquationAbove(before: string): boolean {
  const previous = before.trimEnd();
  const lastBlock = previous.slice(previous.lastIndexOf('\n\n') + 1);
  return /[=∑∫√≤≥]/.test(lastBlock) && !/[.?!:]$/.test(lastBlock);
}

/** Every number the plausible `(n)` markers of the blocks cite, once each, where first cited. */
function firstCited(text: string, ranges: ReadonlyArray<readonly [number, number]>): number[] {
  const seen = new Set<number>();
  for (const [start, end] of ranges) {
    const slice = text.slice(start, end);
    const markers = [
      ...plausibleMarkers(slice, text.slice(Math.max(0, start - 600), start)).map(
        (m) => [m.index ?? 0, m[1] ?? ''] as const,
      ),
      ...[...slice.matchAll(REF_WORD)].map((m) => [m.index ?? 0, joined(m[1] ?? '')] as const),
    ].sort((a, b) => a[0] - b[0]);
    for (const [, numbers] of markers) for (const n of expandNumbers(numbers) ?? []) seen.add(n);
  }
  return [...seen];
}

/** A number in parentheses right before, or right after, with nothing between: `(2)(6)(5)`. */
const GLUED_BEFORE = /\(\d{1,4}\)$/;
const GLUED_AFTER = /^\(\d/;

function plausibleContext(slice: string, at: number, length: number): boolean {
  const before = slice.slice(Math.max(0, at - 40), at);
  if (!ALLOWED_BEFORE.test(before.slice(-1)) || /\p{L}$/u.test(before)) return false;
  // A run of them glued together labels groups or rows (`Grupo 1 (2)(6)(5)`): a citation of
  // several entries names them in one pair of parentheses (`(2, 5, 6)`).
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(slice.slice(at + length, at + length + 2)))
    return false;
  // A variable or function (`g (2)`, `= F (2)`), or a term of an equation (`(2) = 4`); a capital
  // closing a name is no variable (`vitamin D (12)`, `type I (3)`, `hepatitis B (5)`).
  if (/(?:^|[^\p{L}])\p{Ll}\s*$/u.test(before)) return false;
  if (/(?:^|[=<>+*/^≤≥(,])\s*\p{Lu}\s*$/u.test(before)) return false;
  if (/^\s*[=<>+*/^≤≥]/.test(slice.slice(at + length, at + length + 3))) return false;
  if (LABEL_BEFORE.test(before)) return false;
  // A figure and another in parentheses (`30 (24) per partner`, `| 12.5 (3) |`): two counts, not
  // a citation; one ends a clause (`ranging from 0 to 0.29 (13).`), as does one after a year.
  const number = /(?:^|[^\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s*$/u.exec(before);
  const endsClause = /^(?:[.,;:]|\s*$)/.test(slice.slice(at + length, at + length + 2));
  if (number && !endsClause && !/^(?:1[89]|20)\d\d$/.test(number[1] ?? '')) return false;
  // The number closing a display equation: math signs in the same line and sentence, just before it.
  const line =
    before
      .slice(before.lastIndexOf('\n') + 1)
      .split(/[.?!]\s/)
      .pop() ?? '';
  return !/[=∑∫√≤≥]/.test(line);
}

/**
 * The offsets of `(1)`, `(2)`, … that form an enumeration in the block: a run from `(1)` in
 * steps of one, where `(1)` is followed by a word and `(2)` opens a clause and is followed by one.
 */
function enumerationItems(slice: string, matches: readonly RegExpMatchArray[]): Set<number> {
  const items = new Set<number>();
  const wordAfter = (m: RegExpMatchArray): boolean => {
    const end = (m.index ?? 0) + m[0].length;
    return /^\s+\p{Ll}/u.test(slice.slice(end, end + 3));
  };
  const opensClause = (m: RegExpMatchArray): boolean => {
    const at = m.index ?? 0;
    return CLAUSE_OPEN.test(slice.slice(Math.max(0, at - 6), at)) && wordAfter(m);
  };
  for (let k = 0; k < matches.length; k++) {
    const first = matches[k];
    if (first?.[1] !== '1' || !wordAfter(first)) continue;
    const run = [first];
    for (let j = k + 1; j < matches.length; j++) {
      const next = matches[j];
      if (next?.[1] === String(run.length + 1)) run.push(next);
    }
    if (run.length >= 2 && run[1] !== undefined && opensClause(run[1]))
      for (const m of run) items.add(m.index ?? 0);
  }
  return items;
}
