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

/**
 * `values.sort()[rank]`: the value of that rank in ascending order, found by selection (Hoare's
 * partition, O(n)) rather than a full sort: the layout takes medians and percentiles of a page's
 * sizes, gaps and widths thousands of times. `values` is reordered in place. The value of a rank
 * is the same however it is found, except for `-0` (which a sort puts before `0`) and `NaN`
 * (after everything): an array holding either is sorted.
 */
export function valueOfRank(values: Float64Array, rank: number): number | undefined {
  if (!(rank >= 0 && rank < values.length)) return undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v || (v === 0 && 1 / v < 0)) return values.sort()[rank];
  }
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return values[rank];
  }
  return values[rank];
}
