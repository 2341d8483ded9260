/**
 * Sorting arrays that usually come sorted already: the layout sorts a page's items, a line's
 * items and its lines many times over, and pdf.js gives most of them in order. Checking the order
 * is one pass without a call per pair to the engine's sort. Pure.
 */

/** Is `items` in `compare`'s order already (every neighbour pair compares ≤ 0)? */
export function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) {
    if (!(compare(items[i - 1] as T, items[i] as T) <= 0)) return false;
  }
  return true;
}

/**
 * `items.sort(compare)` (in place, stable), skipped when `items` is in order already: the same
 * array in the same order either way.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  return isSorted(items, compare) ? items : items.sort(compare);
}
