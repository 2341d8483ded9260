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
export function splitAtMarks<M extends Mark>(
  start: number,
  end: number,
  marks: readonly M[],
): Run<M>[] {
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

/** A piece of text and the marks that cover it (possibly overlapping), in input order. */
export interface Piece<M extends Mark> {
  start: number;
  end: number;
  covering: M[];
}

/**
 * Pieces covering `[start, end)` split at every boundary of the (possibly overlapping) marks, each
 * with the marks that cover it. Linear in the number of boundaries times the marks at each.
 */
export function splitByCoverage<M extends Mark>(
  start: number,
  end: number,
  marks: readonly M[],
): Piece<M>[] {
  const inside = marks.filter((m) => m.end > start && m.start < end);
  if (inside.length === 0) return [{ start, end, covering: [] }];
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<M>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    pieces.push({ start: s, end: e, covering: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return pieces;
}
