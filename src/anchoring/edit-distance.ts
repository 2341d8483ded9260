/**
 * Small edit-distance routines for anchoring, on strings of at most a few hundred characters.
 *
 * approx-string-match (Myers' bit-parallel algorithm) finds a quote in a window fast, but it cannot
 * say how similar the text *next to* a match is to a stored prefix or suffix, nor forgive a page
 * header that a re-extraction dropped into the middle of a quote. These dynamic programmes do;
 * all are plain loops over typed arrays, run only on a few short strings per quote.
 */

/**
 * How much `expected` looks like the text on one side of a boundary, from 0 (nothing alike) to 1.
 *
 * `actual` is the text on that side; the comparison is anchored at the boundary (the end of both
 * strings for a prefix, their start for a suffix) and free at the far end, so a context that was
 * cut short or runs on still compares fairly. Returns null when there is no expected context.
 */
export function contextSimilarity(
  expected: string,
  actual: string,
  side: 'before' | 'after',
): number | null {
  const m = expected.length;
  if (m === 0) return null;
  const n = actual.length;
  // e(k), a(k): the k-th character counted from the boundary.
  const e =
    side === 'before'
      ? (k: number) => expected.charCodeAt(m - 1 - k)
      : (k: number) => expected.charCodeAt(k);
  const a =
    side === 'before'
      ? (k: number) => actual.charCodeAt(n - 1 - k)
      : (k: number) => actual.charCodeAt(k);
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

/**
 * `contextSimilarity` allowing one run of inserted text (up to `maxRun` characters) between the
 * boundary and the far end: a page header that a re-extraction put next to or inside the context
 * should not make it look different. The run costs one error.
 */
export function contextSimilarityAcrossInsertion(
  expected: string,
  actual: string,
  side: 'before' | 'after',
  maxRun: number,
): number | null {
  if (expected.length === 0) return null;
  const reverse = (s: string) => [...s].reverse().join('');
  const [e, a] = side === 'before' ? [reverse(expected), reverse(actual)] : [expected, actual];
  const aligned = alignWithOneGap(a, e, 0, maxRun);
  return aligned ? Math.max(0, 1 - aligned.errors / expected.length) : 0;
}

/** An alignment of a whole pattern against `text.slice(start, end)` with `errors` edits. */
export interface Alignment {
  start: number;
  end: number;
  errors: number;
  /**
   * Where a run of text was skipped (`alignWithOneGap` only): after pattern character `at`, with
   * `errorsBefore` of the errors falling before it (the skip itself counts as one error).
   */
  skip?: { at: number; errorsBefore: number };
}

const INF = 1 << 29;

/**
 * The best alignment of all of `pattern` against some substring of `text` that may skip one run
 * of extra text characters of any length at the cost of a single error.
 *
 * That run is what a re-extraction inserts into the middle of a passage: a running page header, a
 * page number, a footnote. Every other difference costs one error per character (Levenshtein).
 * Three DP states per cell: before the skipped run, inside it, after it. Only cells whose diagonal
 * (text offset minus pattern offset) lies in `[lo, hi]` are computed, so the cost is
 * O(|pattern| · (hi − lo)); the caller knows roughly where the passage lies from its seeds.
 */
export function alignWithOneGap(
  text: string,
  pattern: string,
  lo = -pattern.length,
  hi = text.length,
): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0 || lo > hi) return null;
  // One column per text position j (characters consumed); rows i = pattern characters consumed.
  // `pre`: before the skipped run, `gap`: inside it, `post`: after it. Alongside each cost, `*S`
  // is where the alignment starts; for gap and post, `*I` and `*E` are the row where the run
  // opened and the errors made before it. Indices are in bounds by construction, hence the
  // non-null assertions in this hot loop.
  const col = () => new Int32Array(m + 2).fill(INF);
  let [pre, preS, gap, gapS, gapI, gapE] = [col(), col(), col(), col(), col(), col()];
  let [post, postS, postI, postE] = [col(), col(), col(), col()];
  let [nPre, nPreS, nGap, nGapS, nGapI, nGapE] = [col(), col(), col(), col(), col(), col()];
  let [nPost, nPostS, nPostI, nPostE] = [col(), col(), col(), col()];
  const j0 = Math.max(0, lo);
  for (let i = 0; i <= Math.min(m, j0 - lo); i += 1) {
    pre[i] = i;
    preS[i] = j0;
  }
  const codes = new Int32Array(m + 1);
  for (let i = 0; i < m; i += 1) codes[i + 1] = pattern.charCodeAt(i);
  let best: Alignment | null = null;

  for (let j = j0 + 1; j <= Math.min(n, hi + m); j += 1) {
    const tc = text.charCodeAt(j - 1);
    const ilo = Math.max(1, j - hi);
    const ihi = Math.min(m, j - lo);
    // Row ilo - 1 of this column: the free start (row 0) if in the band, else outside it.
    nPre[ilo - 1] = ilo === 1 && j <= hi ? 0 : INF;
    nPreS[ilo - 1] = j;
    nGap[ilo - 1] = INF;
    nPost[ilo - 1] = INF;
    for (let i = ilo; i <= ihi; i += 1) {
      const cost = codes[i] === tc ? 0 : 1;
      // Before the run: ordinary edit distance.
      let v = pre[i - 1]! + cost;
      let vs = preS[i - 1]!;
      if (nPre[i - 1]! + 1 < v) {
        v = nPre[i - 1]! + 1;
        vs = nPreS[i - 1]!;
      }
      if (pre[i]! + 1 < v) {
        v = pre[i]! + 1;
        vs = preS[i]!;
      }
      nPre[i] = v;
      nPreS[i] = vs;
      // Inside the run: open it (after pattern row i) for one error, or extend it for free.
      let g = pre[i]! + 1;
      let gs = preS[i]!;
      let gi = i;
      let ge = pre[i]!;
      if (gap[i]! < g) {
        g = gap[i]!;
        gs = gapS[i]!;
        gi = gapI[i]!;
        ge = gapE[i]!;
      }
      nGap[i] = g;
      nGapS[i] = gs;
      nGapI[i] = gi;
      nGapE[i] = ge;
      // After the run: entered by closing it, then ordinary edit distance again.
      let w = g;
      let ws = gs;
      let wi = gi;
      let we = ge;
      if (post[i - 1]! + cost < w) {
        w = post[i - 1]! + cost;
        [ws, wi, we] = [postS[i - 1]!, postI[i - 1]!, postE[i - 1]!];
      }
      if (gap[i - 1]! + cost < w) {
        w = gap[i - 1]! + cost;
        [ws, wi, we] = [gapS[i - 1]!, gapI[i - 1]!, gapE[i - 1]!];
      }
      if (nPost[i - 1]! + 1 < w) {
        w = nPost[i - 1]! + 1;
        [ws, wi, we] = [nPostS[i - 1]!, nPostI[i - 1]!, nPostE[i - 1]!];
      }
      if (post[i]! + 1 < w) {
        w = post[i]! + 1;
        [ws, wi, we] = [postS[i]!, postI[i]!, postE[i]!];
      }
      nPost[i] = w;
      nPostS[i] = ws;
      nPostI[i] = wi;
      nPostE[i] = we;
    }
    // The next column reads row ihi + 1 of this one: mark it outside the band.
    nPre[ihi + 1] = INF;
    nGap[ihi + 1] = INF;
    nPost[ihi + 1] = INF;
    if (ihi === m) {
      const errors = Math.min(nPre[m]!, nPost[m]!);
      if (errors < INF && (best === null || errors < best.errors)) {
        best =
          nPre[m]! <= nPost[m]!
            ? { start: nPreS[m]!, end: j, errors }
            : {
                start: nPostS[m]!,
                end: j,
                errors,
                skip: { at: nPostI[m]!, errorsBefore: nPostE[m]! },
              };
      }
    }
    [pre, nPre, preS, nPreS] = [nPre, pre, nPreS, preS];
    [gap, nGap, gapS, nGapS, gapI, nGapI, gapE, nGapE] = [
      nGap,
      gap,
      nGapS,
      gapS,
      nGapI,
      gapI,
      nGapE,
      gapE,
    ];
    [post, nPost, postS, nPostS] = [nPost, post, nPostS, postS];
    [postI, nPostI, postE, nPostE] = [nPostI, postI, nPostE, postE];
  }
  return best;
}
