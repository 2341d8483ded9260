/**
 * Small edit-distance routines for anchoring, on strings of at most a few hundred characters.
 *
 * approx-string-match (Myers' bit-parallel algorithm) finds a quote in a window fast, but it cannot
 * say how similar the text *next to* a match is to a stored prefix or suffix, nor forgive a page
 * header that a re-extraction dropped into the middle of a quote. These two dynamic programmes do;
 * both are plain O(m·n) loops over typed arrays, run only on a few short strings per quote.
 */

/**
 * How much `expected` looks like the text on one side of a boundary, from 0 (nothing alike) to 1.
 *
 * `actual` is the text on that side; the comparison is anchored at the boundary (the end of both
 * strings for a prefix, their start for a suffix) and free at the far end, so a context that was
 * cut short or runs on still compares fairly. Returns null when there is no expected context.
 */
export function contextSimilarity(expected: string, actual: string, side: 'before' | 'after'): number | null {
  const m = expected.length;
  if (m === 0) return null;
  const n = actual.length;
  // e(k), a(k): the k-th character counted from the boundary.
  const e = side === 'before' ? (k: number) => expected.charCodeAt(m - 1 - k) : (k: number) => expected.charCodeAt(k);
  const a = side === 'before' ? (k: number) => actual.charCodeAt(n - 1 - k) : (k: number) => actual.charCodeAt(k);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    cur[0] = i;
    const ec = e(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const sub = (prev[j - 1] ?? 0) + (ec === a(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, prev[j] ?? m);
  return 1 - best / m;
}

/** An alignment of a whole pattern against `text.slice(start, end)` with `errors` edits. */
export interface Alignment {
  start: number;
  end: number;
  errors: number;
}

const INF = 1 << 29;

/**
 * The best alignment of all of `pattern` against some substring of `text` that may skip one run
 * of extra text characters of any length at the cost of a single error.
 *
 * That run is what a re-extraction inserts into the middle of a passage: a running page header, a
 * page number, a footnote. Every other difference costs one error per character (Levenshtein).
 * Three DP states per cell: before the skipped run, inside it, after it. O(|pattern| · |text|).
 */
export function alignWithOneGap(text: string, pattern: string): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0) return null;
  // Columns over the pattern (index i = pattern characters consumed); one column per text char.
  let before = new Int32Array(m + 1);
  let inside = new Int32Array(m + 1).fill(INF);
  let after = new Int32Array(m + 1).fill(INF);
  let beforeStart = new Int32Array(m + 1);
  let insideStart = new Int32Array(m + 1);
  let afterStart = new Int32Array(m + 1);
  for (let i = 1; i <= m; i += 1) before[i] = i;
  let nBefore = new Int32Array(m + 1);
  let nInside = new Int32Array(m + 1);
  let nAfter = new Int32Array(m + 1);
  let nBeforeStart = new Int32Array(m + 1);
  let nInsideStart = new Int32Array(m + 1);
  let nAfterStart = new Int32Array(m + 1);
  let best: Alignment | null = null;

  for (let j = 1; j <= n; j += 1) {
    const tc = text.charCodeAt(j - 1);
    nBefore[0] = 0; // the alignment may start anywhere in the text
    nBeforeStart[0] = j;
    nInside[0] = INF;
    nAfter[0] = INF;
    for (let i = 1; i <= m; i += 1) {
      const cost = pattern.charCodeAt(i - 1) === tc ? 0 : 1;
      // Before the skipped run: ordinary edit distance.
      let v = (before[i - 1] ?? INF) + cost;
      let s = beforeStart[i - 1] ?? 0;
      const del = (nBefore[i - 1] ?? INF) + 1;
      if (del < v) [v, s] = [del, nBeforeStart[i - 1] ?? 0];
      const ins = (before[i] ?? INF) + 1;
      if (ins < v) [v, s] = [ins, beforeStart[i] ?? 0];
      nBefore[i] = v;
      nBeforeStart[i] = s;
      // Inside the run: open it for one error, or extend it for free.
      let g = (before[i] ?? INF) + 1;
      let gs = beforeStart[i] ?? 0;
      if ((inside[i] ?? INF) < g) [g, gs] = [inside[i] ?? INF, insideStart[i] ?? 0];
      nInside[i] = g;
      nInsideStart[i] = gs;
      // After the run: ordinary edit distance again, entered by closing the run.
      let w = g;
      let ws = gs;
      const diag = Math.min(after[i - 1] ?? INF, inside[i - 1] ?? INF) + cost;
      if (diag < w) [w, ws] = [diag, (after[i - 1] ?? INF) <= (inside[i - 1] ?? INF) ? (afterStart[i - 1] ?? 0) : (insideStart[i - 1] ?? 0)];
      const adel = (nAfter[i - 1] ?? INF) + 1;
      if (adel < w) [w, ws] = [adel, nAfterStart[i - 1] ?? 0];
      const ains = (after[i] ?? INF) + 1;
      if (ains < w) [w, ws] = [ains, afterStart[i] ?? 0];
      nAfter[i] = w;
      nAfterStart[i] = ws;
    }
    const endBefore = nBefore[m] ?? INF;
    const endAfter = nAfter[m] ?? INF;
    const errors = Math.min(endBefore, endAfter);
    if (best === null || errors < best.errors) {
      const start = endBefore <= endAfter ? (nBeforeStart[m] ?? 0) : (nAfterStart[m] ?? 0);
      best = { start, end: j, errors };
    }
    [before, nBefore] = [nBefore, before];
    [inside, nInside] = [nInside, inside];
    [after, nAfter] = [nAfter, after];
    [beforeStart, nBeforeStart] = [nBeforeStart, beforeStart];
    [insideStart, nInsideStart] = [nInsideStart, insideStart];
    [afterStart, nAfterStart] = [nAfterStart, afterStart];
  }
  return best;
}
