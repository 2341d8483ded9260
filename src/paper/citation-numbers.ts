/**
 * The numbers of numeric citation markers: expanding `1, 3-5` into its entries and resolving them
 * against a numbered reference list. Shared by the bracket (`[4]`) and parenthesis (`(4)`) scanners.
 */
import type { Reference, ReferenceId } from './types';

/** The widest range a marker may span (`[1-40]`); wider is more likely a year span or a typo. */
const MAX_RANGE = 60;

/** The numbers of one numbered list, and where in the text it starts. */
interface NumberedList {
  start: number;
  byNumber: Map<number, ReferenceId | null>;
}

/**
 * The paper's numbered lists, in order: a list numbered again from 1 after another (supplementary
 * references, a chapter's own list) is a list of its own.
 */
function numberedLists(references: readonly Reference[]): NumberedList[] {
  const lists: NumberedList[] = [];
  let last = 0;
  for (const ref of references) {
    if (!/^\d+$/.test(ref.label)) continue;
    const n = Number(ref.label);
    if (lists.length === 0 || (n === 1 && last > 1))
      lists.push({ start: ref.start, byNumber: new Map() });
    const byNumber = lists[lists.length - 1]!.byNumber;
    // A number two entries of one list carry (a stray second `[12]`) links to neither: no guesses.
    byNumber.set(n, byNumber.has(n) ? null : ref.id);
    last = n;
  }
  return lists;
}

/**
 * The numbered entries a marker at a position cites, by number, or null when the list is not
 * numbered. Where a paper has several numbered lists, a marker cites the first list after it
 * (the body its references, a supplement after them its own), or the last list when none follows.
 */
export function numbersAt(
  references: readonly Reference[],
): ((at: number) => Map<number, ReferenceId | null>) | null {
  const lists = numberedLists(references);
  if (lists.length === 0) return null;
  const lastList = lists[lists.length - 1]!.byNumber;
  if (lists.length === 1) return () => lastList;
  return (at) => lists.find((list) => list.start > at)?.byNumber ?? lastList;
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
