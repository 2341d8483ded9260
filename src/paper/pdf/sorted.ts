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

/**
 * `items.sort((a, b) => b.y - a.y || a.x - b.x)` (in place, stable: top of the page first, then
 * left to right), as a merge sort of indices over the numbers in typed arrays, without a call per
 * comparison: the layout sorts every page's items so, and pdf.js seldom gives them in that order
 * (a superscript or a formula's pieces break it). With a coordinate that is not finite (where
 * subtracting two may give NaN, and the comparison says nothing consistent) the engine's sort is
 * used, as before.
 */
export function sortTopDown<T extends { x: number; y: number }>(items: T[]): T[] {
  const n = items.length;
  const ys = new Float64Array(n);
  const xs = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const item = items[i] as T;
    if (!Number.isFinite(item.x) || !Number.isFinite(item.y)) return sortInPlace(items, topDown);
    ys[i] = item.y;
    xs[i] = item.x;
    if (i > 0 && before(ys, xs, i, i - 1)) sorted = false;
  }
  if (sorted) return items;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let left = start;
      let right = middle;
      for (let k = start; k < end; k++) {
        // The left run's element goes first unless the right one must come before it (stable):
        // `before(ys, xs, order[right], order[left])` written out, this loop's every step.
        let takeRight = right < end && left >= middle;
        if (right < end && left < middle) {
          const r = order[right] as number;
          const l = order[left] as number;
          const yr = ys[r] as number;
          const yl = ys[l] as number;
          takeRight = yr > yl || (yr === yl && (xs[r] as number) < (xs[l] as number));
        }
        spare[k] = takeRight ? (order[right++] as number) : (order[left++] as number);
      }
    }
    const merged = spare;
    spare = order;
    order = merged;
  }
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[order[i] as number] as T;
  return items;
}

/** Must item `i` come before item `j` (higher on the page, or as high and further left)? */
function before(ys: Float64Array, xs: Float64Array, i: number, j: number): boolean {
  const yi = ys[i] as number;
  const yj = ys[j] as number;
  return yi > yj || (yi === yj && (xs[i] as number) < (xs[j] as number));
}

const topDown = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  b.y - a.y || a.x - b.x;
