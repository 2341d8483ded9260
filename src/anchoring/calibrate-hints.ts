/**
 * Better position hints for a batch of annotations, learnt from the batch itself.
 *
 * A position selector holds an offset into the text as it was; after re-extraction every offset
 * has drifted (a page header every 50 lines adds a percent or so), so for a passage that recurs
 * verbatim with the same context the old offset can be nearer the wrong copy. Annotations that
 * anchored unambiguously tell how far their part of the text drifted; an ambiguous one nearby has
 * drifted about as far. This is the re-anchoring analogue of fixing a map by its known landmarks.
 */

/** How many anchored neighbours (by old offset) vote on the local drift. */
const NEIGHBOURS = 8;

/** One annotation's old offset and where it anchored now. */
export interface Landmark {
  old: number;
  now: number;
}

/**
 * A function giving the expected current offset of old offset `old`: `old` plus the median drift
 * of the nearest landmarks (by old offset), or undefined when there are none.
 */
export function createHintEstimator(
  landmarks: readonly Landmark[],
): (old: number) => number | undefined {
  const sorted = [...landmarks].sort((a, b) => a.old - b.old);
  return (old) => {
    if (sorted.length === 0) return undefined;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid]?.old ?? 0) < old) lo = mid + 1;
      else hi = mid;
    }
    const near = sorted.slice(Math.max(0, lo - NEIGHBOURS / 2), lo + NEIGHBOURS / 2);
    const drifts = near.map((l) => l.now - l.old).sort((a, b) => a - b);
    const median = drifts[drifts.length >> 1] ?? 0;
    return old + median;
  };
}
