/**
 * Where a quote might be in an indexed text: the candidate places `match-quote.ts` then scores.
 *
 * Two sources. Verbatim occurrences of the folded quote, found by looking up its rarest gram and
 * checking each hit. And seed clusters: every gram of prefix + quote + suffix is looked up, each
 * hit votes for a diagonal (text offset minus pattern offset), and diagonals close together form
 * a cluster; the place a passage really is (even edited) collects many votes on nearly one
 * diagonal, while chance hits scatter (the seed-and-extend idea of BLAST).
 */
import { bucketOf, gramHashes, type TextIndex } from './text-index';
import { MAX_SKIPPED_RUN } from './thresholds';

/** Grams occurring more often than this are too common to point anywhere (`" of the "`). */
const MAX_GRAM_OCCURRENCES = 16;
/** Every block of this many pattern positions seeds through at least its rarest gram... */
const BLOCK = 16;
/** ...unless even that one occurs more often than this. */
const MAX_BLOCK_OCCURRENCES = 256;
/** Seeds whose diagonals differ by at most this much belong to one candidate (edits shift them). */
const CLUSTER_BAND = 24;
/** How many candidate places (the best-supported) get an approximate search. */
const MAX_CANDIDATES = 6;
/** At most this many pattern grams are looked up (long quotes are sampled). */
const MAX_LOOKUPS = 2048;
/** Verbatim occurrences scored in full; more are first ranked by a cheap context check. */
const MAX_VERBATIM_SCORED = 32;
const J_BITS = 2 ** 20;

/** Seeds on nearby diagonals: `dmin..dmax` (text offset of the pattern's start), `votes` seeds. */
export interface Cluster {
  dmin: number;
  dmax: number;
  votes: number;
}

/** Folded offsets where `nQuote` occurs verbatim, at most `MAX_VERBATIM_SCORED` (best context). */
export function findVerbatim(
  index: TextIndex,
  nQuote: string,
  nPrefix: string,
  nSuffix: string,
): number[] {
  const folded = index.folded;
  const found: number[] = [];
  const hashes = gramHashes(nQuote);
  if (hashes.length === 0) {
    for (
      let at = folded.indexOf(nQuote);
      at !== -1 && found.length < 10_000;
      at = folded.indexOf(nQuote, at + 1)
    ) {
      found.push(at);
    }
  } else {
    let rarest = 0;
    let rarestSize = Infinity;
    for (let j = 0; j < hashes.length; j += 1) {
      const b = bucketOf(index, hashes[j] ?? 0);
      const size = (index.bucketStarts[b + 1] ?? 0) - (index.bucketStarts[b] ?? 0);
      if (size < rarestSize) [rarest, rarestSize] = [j, size];
    }
    const b = bucketOf(index, hashes[rarest] ?? 0);
    for (let k = index.bucketStarts[b] ?? 0; k < (index.bucketStarts[b + 1] ?? 0); k += 1) {
      const at = (index.positions[k] ?? 0) - rarest;
      if (at >= 0 && folded.startsWith(nQuote, at)) found.push(at);
    }
  }
  if (found.length <= MAX_VERBATIM_SCORED) return found;
  // Too many to score in full: keep those whose neighbours agree longest with the context.
  const agreement = (at: number): number => {
    let k = 0;
    while (
      k < nPrefix.length &&
      folded.charCodeAt(at - 1 - k) === nPrefix.charCodeAt(nPrefix.length - 1 - k)
    )
      k += 1;
    let l = 0;
    const end = at + nQuote.length;
    while (l < nSuffix.length && folded.charCodeAt(end + l) === nSuffix.charCodeAt(l)) l += 1;
    return k + l;
  };
  return found
    .map((at) => ({ at, score: agreement(at) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_VERBATIM_SCORED)
    .map((x) => x.at);
}

let seedKeys = new Float64Array(4096);

/**
 * Groups the text positions of the pattern's grams by diagonal (text offset minus pattern offset):
 * the place a pattern really occurs shows up as many seeds on (nearly) one diagonal.
 */
export function findClusters(index: TextIndex, patternText: string): Cluster[] {
  const hashes = gramHashes(patternText);
  const stride = Math.max(1, Math.ceil(hashes.length / MAX_LOOKUPS));
  let count = 0;
  const addSeeds = (j: number, lo: number, hi: number): void => {
    if (count + (hi - lo) > seedKeys.length) {
      const grown = new Float64Array(Math.max(seedKeys.length * 2, count + hi - lo));
      grown.set(seedKeys.subarray(0, count));
      seedKeys = grown;
    }
    for (let k = lo; k < hi; k += 1)
      seedKeys[count++] = ((index.positions[k] ?? 0) - j) * J_BITS + j;
  };
  // Every selective gram seeds; a stretch of the pattern with none (a sentence that recurs
  // verbatim, a run of common words) still seeds through its rarest gram, if not too common.
  let rarest = -1;
  let rarestSize = Infinity;
  let blockSeeded = false;
  for (let j = 0; j < hashes.length && j < J_BITS; j += stride) {
    const b = bucketOf(index, hashes[j] ?? 0);
    const lo = index.bucketStarts[b] ?? 0;
    const hi = index.bucketStarts[b + 1] ?? 0;
    if (hi - lo <= MAX_GRAM_OCCURRENCES) {
      addSeeds(j, lo, hi);
      blockSeeded = true;
    } else if (hi - lo < rarestSize) {
      [rarest, rarestSize] = [j, hi - lo];
    }
    if ((j + stride) % BLOCK < stride || j + stride >= hashes.length) {
      if (!blockSeeded && rarest >= 0 && rarestSize <= MAX_BLOCK_OCCURRENCES) {
        const rb = bucketOf(index, hashes[rarest] ?? 0);
        addSeeds(rarest, index.bucketStarts[rb] ?? 0, index.bucketStarts[rb + 1] ?? 0);
      }
      [rarest, rarestSize, blockSeeded] = [-1, Infinity, false];
    }
  }
  const keys = seedKeys.subarray(0, count).sort();
  const clusters: Cluster[] = [];
  let current: Cluster | null = null;
  for (let k = 0; k < count; k += 1) {
    const diag = Math.floor((keys[k] ?? 0) / J_BITS);
    if (current && diag - current.dmax <= CLUSTER_BAND) {
      current.dmax = diag;
      current.votes += 1;
    } else {
      current = { dmin: diag, dmax: diag, votes: 1 };
      clusters.push(current);
    }
  }
  return clusters;
}

/**
 * The best-supported clusters, and the one nearest the position hint (which may be a damaged copy
 * of a passage that recurs verbatim). A cluster's support is its own seeds plus those of the best
 * cluster shifted from it by at most `MAX_SKIPPED_RUN`: a passage split by a page header is still
 * one passage, and must outrank copies of just one of its halves. Candidates need at least two
 * seeds and a quarter of the best support; they come best first (the one nearest the hint last).
 */
export function topClusters(
  clusters: Cluster[],
  hintDiagonal: number | undefined,
): Array<{ cluster: Cluster; support: number }> {
  // Clusters come sorted by diagonal: look at the neighbours within reach on either side.
  const support = clusters.map((c, k) => {
    let partner = 0;
    for (
      let i = k - 1;
      i >= 0 && c.dmin - (clusters[i]?.dmax ?? -Infinity) <= MAX_SKIPPED_RUN;
      i -= 1
    ) {
      partner = Math.max(partner, clusters[i]?.votes ?? 0);
    }
    for (
      let i = k + 1;
      i < clusters.length && (clusters[i]?.dmin ?? Infinity) - c.dmax <= MAX_SKIPPED_RUN;
      i += 1
    ) {
      partner = Math.max(partner, clusters[i]?.votes ?? 0);
    }
    return c.votes + partner;
  });
  const best = support.reduce((m, v) => Math.max(m, v), 0);
  const floor = Math.max(2, best / 4);
  const supported = clusters
    .map((cluster, k) => ({ cluster, support: support[k] ?? 0 }))
    .filter((c) => c.cluster.votes >= 2 && c.support >= floor);
  const top = [...supported].sort((a, b) => b.support - a.support).slice(0, MAX_CANDIDATES);
  if (hintDiagonal !== undefined) {
    const distance = (c: Cluster) => Math.abs((c.dmin + c.dmax) / 2 - hintDiagonal);
    let near: (typeof supported)[number] | undefined;
    for (const c of supported) if (!near || distance(c.cluster) < distance(near.cluster)) near = c;
    if (near && !top.includes(near)) top.push(near);
  }
  return top;
}
