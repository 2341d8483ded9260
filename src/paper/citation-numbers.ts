/**
 * The numbers of numeric citation markers: expanding `1, 3-5` into its entries and resolving them
 * against a numbered reference list. Shared by the bracket (`[4]`) and parenthesis (`(4)`) scanners.
 */
import type { Reference, ReferenceId } from './types';

/** The widest range a marker may span (`[1-40]`); wider is more likely a year span or a typo. */
const MAX_RANGE = 60;

/**
 * The numbered entries of a reference list by number, or null when the list is not numbered. A
 * number two entries carry (a list printed with a stray second `[12]`) maps to null: a marker
 * citing it could mean either, so it links to neither.
 */
export function referencesByNumber(
  references: readonly Reference[],
): Map<number, ReferenceId | null> | null {
  const byNumber = new Map<number, ReferenceId | null>();
  for (const ref of references) {
    if (!/^\d+$/.test(ref.label)) continue;
    const n = Number(ref.label);
    byNumber.set(n, byNumber.has(n) ? null : ref.id);
  }
  return byNumber.size === 0 ? null : byNumber;
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
