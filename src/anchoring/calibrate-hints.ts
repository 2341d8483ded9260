/**
 * Better position hints for a batch of annotations, learnt from the batch itself.
 *
 * A position selector holds an offset into the text as it was; after re-extraction every offset
 * has drifted (a page header every 50 lines adds a percent or so), so for a passage that recurs
 * verbatim with the same context the old offset can be nearer the wrong copy. Annotations that
 * anchored unambiguously tell how far their part of the text drifted; an ambiguous one nearby has
 * drifted about as far. This is the re-anchoring analogue of fixing a map by its known landmarks.
 *
 * Each estimate comes with a tolerance: how far from it the passage may plausibly be. Copies of a
 * recurring passage that only position tells apart are accepted only within it (`match-quote.ts`).
 */
import { EXPECTED_POSITION_SLACK, MAX_DRIFT_RATE, MAX_DRIFT_SPREAD } from './thresholds';

/** How many anchored neighbours (by old offset) vote on the local drift. */
const NEIGHBOURS = 8;

/** One annotation's old offset and where it anchored now. */
export interface Landmark {
  old: number;
  now: number;
}

/** Where a passage is expected in the current text, give or take `tolerance` characters. */
export interface Expectation {
  at: number;
  tolerance: number;
}

/**
 * How far a passage may be from where it is expected: `EXPECTED_POSITION_SLACK`, plus the drift
 * that may accumulate over `distance` characters from the landmarks the expectation rests on, plus
 * how much those landmarks disagree about the drift (`spread`, at most `MAX_DRIFT_SPREAD`).
 *
 * Without neighbours, the only landmark is the start of the text (offset 0 stays 0), so a lone
 * annotation's tolerance is `positionTolerance(oldOffset)`: tight near the start, a few percent
 * of the offset further on.
 */
export function positionTolerance(distance: number, spread = 0): number {
  return (
    EXPECTED_POSITION_SLACK +
    MAX_DRIFT_RATE * Math.max(0, distance) +
    Math.min(Math.max(0, spread), MAX_DRIFT_SPREAD)
  );
}

/**
 * A function giving where old offset `old` is expected now: `old` plus the drift of the nearest
 * landmarks (by old offset), with a tolerance from how far away they are and how much they
 * disagree. Undefined when there are no landmarks.
 *
 * Neighbours in a paragraph that was moved elsewhere drifted by far more than the others and say
 * nothing about the drift here; several of them can be among the nearest (even half of them). So
 * the estimate is not the plain median but the median of the largest group of neighbours whose
 * drifts agree within `MAX_DRIFT_SPREAD` (ties: the group that agrees best), and the tolerance
 * grows by that group's spread.
 */
export function createHintEstimator(
  landmarks: readonly Landmark[],
): (old: number) => Expectation | undefined {
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
    const group = largestAgreeingGroup(drifts);
    const median = group[group.length >> 1] ?? 0;
    const spread = (group[group.length - 1] ?? 0) - (group[0] ?? 0);
    const distance = near.reduce((m, l) => Math.max(m, Math.abs(l.old - old)), 0);
    return { at: old + median, tolerance: positionTolerance(distance, spread) };
  };
}

/** The longest run of sorted `drifts` spanning at most `MAX_DRIFT_SPREAD`; ties: the narrowest. */
function largestAgreeingGroup(drifts: readonly number[]): readonly number[] {
  let from = 0;
  let to = 0;
  for (let i = 0, j = 0; j < drifts.length; j += 1) {
    while ((drifts[j] ?? 0) - (drifts[i] ?? 0) > MAX_DRIFT_SPREAD) i += 1;
    const width = (drifts[j] ?? 0) - (drifts[i] ?? 0);
    const bestWidth = (drifts[to - 1] ?? 0) - (drifts[from] ?? 0);
    if (j + 1 - i > to - from || (j + 1 - i === to - from && width < bestWidth)) {
      from = i;
      to = j + 1;
    }
  }
  return drifts.slice(from, to);
}
