/**
 * Splits a block's range of the canonical text into runs at the boundaries of non-overlapping
 * marks (citation markers), so a view can render plain runs and marked runs in order.
 */

export interface Mark {
  start: number;
  end: number;
}

export type Run<M extends Mark> = { start: number; end: number; mark: M | null };

/**
 * Runs covering `[start, end)` in order. Marks must be sorted and not overlap; parts of marks
 * outside the range are clipped, marks wholly outside are ignored.
 */
export function splitAtMarks<M extends Mark>(start: number, end: number, marks: readonly M[]): Run<M>[] {
  const runs: Run<M>[] = [];
  let at = start;
  for (const mark of marks) {
    const s = Math.max(mark.start, start);
    const e = Math.min(mark.end, end);
    if (e <= s || s < at) continue;
    if (s > at) runs.push({ start: at, end: s, mark: null });
    runs.push({ start: s, end: e, mark });
    at = e;
  }
  if (at < end) runs.push({ start: at, end, mark: null });
  return runs;
}
