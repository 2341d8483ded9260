/**
 * The numbers of numeric citation markers: expanding `1, 3-5` into its entries and resolving them
 * against a numbered reference list. Shared by the bracket (`[4]`) and parenthesis (`(4)`) scanners.
 */
import type { Reference, ReferenceId } from './types';

/** The widest range a marker may span (`[1-40]`); wider is more likely a year span or a typo. */
const MAX_RANGE = 60;

/**
 * Is an entry's label its number in a list (`12`)? A label of four digits is the year an entry
 * without readable authors is labelled by (`2016`), not a number: no list runs to a thousand.
 */
const isListNumber = (label: string): boolean => /^\d{1,3}$/.test(label);

/** The numbers of one numbered list, and where in the text it starts. */
interface NumberedList {
  start: number;
  /** Where its first entry starts (its label: `[1]` or `1.`). */
  first: Reference;
  byNumber: Map<number, ReferenceId | null>;
}

/**
 * The paper's numbered lists, in order: a list numbered again from 1 after another (supplementary
 * references, a chapter's own list) is a list of its own. Entries before a list's 1 that opened
 * none (`[21]` above `[1]`, a column's last entry read first) are of that list.
 */
function numberedLists(references: readonly Reference[]): NumberedList[] {
  const lists: NumberedList[] = [];
  let last = 0;
  for (const ref of references) {
    if (!isListNumber(ref.label)) continue;
    const n = Number(ref.label);
    const current = lists[lists.length - 1];
    if (current === undefined || (n === 1 && last > 1 && current.byNumber.has(1)))
      lists.push({ start: ref.start, first: ref, byNumber: new Map() });
    const byNumber = lists[lists.length - 1]!.byNumber;
    // A number two entries of one list carry (a stray second `[12]`) links to neither: no guesses.
    byNumber.set(n, byNumber.has(n) ? null : ref.id);
    last = n;
  }
  return lists;
}

/** Is the entry's label printed in brackets (`[1] …`, not `1. …`)? */
const isBracketed = (text: string, ref: Reference): boolean =>
  /^\s*\[/.test(text.slice(ref.start, ref.start + 4));

/**
 * The numbered entries a marker at a position cites, by number, or null when the list is not
 * numbered. Where a paper has several numbered lists, a marker cites the first list after it
 * (the body its references, a supplement after them its own), or the last list when none follows.
 * A `bracketed` marker (`[4]`, told with the paper's `text`) where some lists are labelled in
 * brackets and others not (a thesis's own papers `1.`–`10.` before its `[n]` bibliography) cites
 * only the lists labelled as it is.
 */
export function numbersAt(
  references: readonly Reference[],
  marker?: { text: string; bracketed: true },
): ((at: number) => Map<number, ReferenceId | null>) | null {
  let lists = numberedLists(references);
  if (marker !== undefined && lists.length > 1) {
    const alike = lists.filter((list) => isBracketed(marker.text, list.first));
    if (alike.length > 0) lists = alike;
  }
  if (lists.length === 0) return null;
  const lastList = lists[lists.length - 1]!.byNumber;
  if (lists.length === 1) return () => lastList;
  return (at) => lists.find((list) => list.start > at)?.byNumber ?? lastList;
}

/** A list printed without numbers is read as numbered when bracketed numbers cite this share of it. */
const MIN_CITED_SHARE = 0.5;
/** ... and when it is this long at least: `[1, 2]` in a list of three is more likely an interval. */
const MIN_UNNUMBERED_ENTRIES = 5;

/**
 * A reference list printed without numbers, cited by number all the same: a Markdown bullet list
 * made from a journal's XML (PLOS, docling's export) keeps the order but drops the numbers, so
 * `[12]` cites the twelfth entry. Read so only when no entry carries a number, every bracketed
 * number of the text (`cited`) is in the list, and they cite half of it at least; else null.
 */
export function numbersInOrder(
  references: readonly Reference[],
  cited: readonly number[],
): ((at: number) => Map<number, ReferenceId | null>) | null {
  if (references.length < MIN_UNNUMBERED_ENTRIES || cited.length === 0) return null;
  if (references.some((ref) => isListNumber(ref.label))) return null;
  const distinct = new Set(cited);
  if (distinct.size < MIN_CITED_SHARE * references.length) return null;
  for (const n of distinct) if (n < 1 || n > references.length) return null;
  const byNumber = new Map(references.map((ref, i) => [i + 1, ref.id] as const));
  return () => byNumber;
}

/** ... and, cited in parentheses, when this share of its numbers first appear in increasing order. */
const MIN_IN_ORDER_SHARE = 0.8;

/**
 * The same list cited by numbers in parentheses (`(2, 3)`, `(6, 19–25)`, PNAS and Vancouver made
 * Markdown): a number in parentheses is more often an equation, an item or a count, so the
 * numbers (`firstSeen`: each number once, where the text first cites it) must also come in the
 * order of the list, as styles that number by first citation print them: most of them greater
 * than every number before. Null otherwise, and whenever `numbersInOrder` would be.
 */
export function numbersInCitationOrder(
  references: readonly Reference[],
  firstSeen: readonly number[],
): ((at: number) => Map<number, ReferenceId | null>) | null {
  return citedInOrder(firstSeen) ? numbersInOrder(references, firstSeen) : null;
}

/** Are most numbers (each where first cited) greater than every number before them? */
export function citedInOrder(firstSeen: readonly number[]): boolean {
  let top = 0;
  let rising = 0;
  for (const n of firstSeen) {
    if (n > top) rising++;
    top = Math.max(top, n);
  }
  return firstSeen.length > 0 && rising >= MIN_IN_ORDER_SHARE * firstSeen.length;
}

/** Is the text one or more ASCII digits (a marker citing one work, as most do)? */
function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Expands `1, 3-5` into [1, 3, 4, 5]; null when a range runs backwards or too wide. */
export function expandNumbers(inner: string): number[] | null {
  // One number, as most markers hold: without splitting it (the general path gives the same).
  if (isDigits(inner)) return [Number(inner)];
  const out: number[] = [];
  for (const part of inner.split(/[,;]/)) {
    const [lo, hi] = part.split(/[-–—]/).map((n) => Number(n.trim()));
    if (lo === undefined || Number.isNaN(lo)) return null;
    const top = hi ?? lo;
    if (Number.isNaN(top) || top < lo || top - lo > MAX_RANGE) return null;
    for (let n = lo; n <= top; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * The references a marker's inner text cites, or null unless every number is in the list. Numbers
 * two entries carry are left out (no guesses); a marker citing nothing else is null.
 */
export function resolveNumbers(
  inner: string,
  byNumber: ReadonlyMap<number, ReferenceId | null>,
): ReferenceId[] | null {
  const numbers = expandNumbers(inner);
  if (numbers === null) return null;
  const linked: ReferenceId[] = [];
  for (const n of numbers) {
    const id = byNumber.get(n);
    if (id === undefined) return null;
    if (id !== null) linked.push(id);
  }
  return linked.length === 0 ? null : linked;
}
