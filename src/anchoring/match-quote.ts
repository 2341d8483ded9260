/**
 * Finding a quote in an indexed text when it is no longer where its position selector says.
 *
 * Candidates come from two places: verbatim occurrences of the folded quote (found through its
 * rarest gram), and places where many grams of prefix + quote + suffix line up on one diagonal of
 * the text (seed-and-extend, as in BLAST), where approx-string-match then aligns the quote inside a
 * small window. Each candidate is scored like Hypothesis's `match-quote.ts` (quote 50, prefix 20,
 * suffix 20, position 2), but a candidate is only *accepted* if the quote is nearly intact and, for
 * short quotes, its context agrees: a deleted passage must become an orphan rather than stick to
 * some other sentence that happens to look alike.
 */
import search from 'approx-string-match';

import type { TextQuoteSelector } from './selectors';
import { alignWithOneGap, contextSimilarity } from './edit-distance';
import { foldText } from './fold-text';
import {
  bucketOf,
  gramHashes,
  toFoldedOffset,
  toOriginalEnd,
  toOriginalStart,
  type TextIndex,
} from './text-index';

/**
 * Least share of the quote's (folded) characters that must survive: up to 15% may be edited. That
 * covers the ~10% of a quote a typo fix or a re-extraction usually changes, with room for one more
 * edit in a 20-character quote, while unrelated text of the same length differs by half or more.
 */
export const MIN_QUOTE_SIMILARITY = 0.85;

/** Context this similar (0..1) on at least one side counts as "the same surroundings". */
export const MIN_CONTEXT_SIMILARITY = 0.75;

/**
 * A quote at least this long (folded) identifies its passage by itself; a shorter one ("the model
 * predicts") also needs one side of its context to agree, or it would attach to any look-alike.
 */
export const SELF_EVIDENT_QUOTE_CHARS = 64;

/** Grams occurring more often than this are too common to point anywhere (`" of the "`). */
const MAX_GRAM_OCCURRENCES = 64;
/** Seeds whose diagonals differ by at most this much belong to one candidate (edits shift them). */
const CLUSTER_BAND = 24;
/** How many candidate places (the best-supported) get an approximate search. */
const MAX_CANDIDATES = 6;
/** Longest run of inserted text (a page header, a footnote) forgiven inside a quote. */
const MAX_SKIPPED_RUN = 160;
/** At most this many pattern grams are looked up (long quotes are sampled). */
const MAX_LOOKUPS = 2048;
/** Verbatim occurrences scored in full; more are first ranked by a cheap context check. */
const MAX_VERBATIM_SCORED = 32;
const J_BITS = 2 ** 20;

/** A match of a quote, in offsets of the canonical text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: quote similarity weighted with prefix and suffix similarity. */
  score: number;
  /** 0..1: share of the folded quote matched (1 = verbatim up to whitespace and hyphenation). */
  quoteSimilarity: number;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
  prefix: number | null;
  suffix: number | null;
  rank: number;
}

interface Pattern {
  /** Folded prefix + quote + suffix. */
  text: string;
  quoteStart: number;
  quoteEnd: number;
}

interface Cluster {
  dmin: number;
  dmax: number;
  votes: number;
}

/** Options of `matchQuote`. */
export interface MatchQuoteOptions {
  /** Offset in the canonical text where the quote was last seen (its position selector's start). */
  hint?: number;
  /** Overrides `MIN_QUOTE_SIMILARITY`. */
  minQuoteSimilarity?: number;
}

/**
 * Finds the passage `quote` describes in the indexed text, or null if no candidate is close enough
 * to be the same passage. Never throws on odd input.
 */
export function matchQuote(index: TextIndex, quote: TextQuoteSelector, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const pattern = foldPattern(quote);
  const quoteLength = pattern.quoteEnd - pattern.quoteStart;
  if (quoteLength === 0) return null;
  const minQuote = options.minQuoteSimilarity ?? MIN_QUOTE_SIMILARITY;
  const folded = index.folded;
  const nQuote = pattern.text.slice(pattern.quoteStart, pattern.quoteEnd);
  const nPrefix = pattern.text.slice(0, pattern.quoteStart);
  const nSuffix = pattern.text.slice(pattern.quoteEnd);
  const hint = options.hint === undefined ? undefined : toFoldedOffset(index, options.hint);

  const evaluate = (start: number, end: number, errors: number): Candidate => {
    const pad = 2 + (nPrefix.length >> 2);
    const prefix = contextSimilarity(nPrefix, folded.slice(Math.max(0, start - nPrefix.length - pad), start), 'before');
    const suffix = contextSimilarity(nSuffix, folded.slice(end, end + nSuffix.length + pad), 'after');
    const q = Math.max(0, 1 - errors / quoteLength);
    const position = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, folded.length);
    const rank = 50 * q + 20 * (prefix ?? 1) + 20 * (suffix ?? 1) + 2 * position;
    return { start, end, quote: q, prefix, suffix, rank };
  };
  const accepts = (c: Candidate): boolean => {
    if (c.quote < minQuote) return false;
    if (quoteLength >= SELF_EVIDENT_QUOTE_CHARS || (c.prefix === null && c.suffix === null)) return true;
    return Math.max(c.prefix ?? 0, c.suffix ?? 0) >= MIN_CONTEXT_SIMILARITY;
  };

  // 1. Verbatim occurrences; one with agreeing context on both sides settles it.
  const candidates = findVerbatim(index, nQuote, nPrefix, nSuffix).map((s) => evaluate(s, s + quoteLength, 0));
  const verbatim = bestOf(candidates, accepts);
  if (verbatim && (verbatim.prefix ?? 1) >= MIN_CONTEXT_SIMILARITY && (verbatim.suffix ?? 1) >= MIN_CONTEXT_SIMILARITY) {
    return toQuoteMatch(index, verbatim);
  }

  // 2. Approximate matches around places where the pattern's grams line up.
  const clusters = findClusters(index, pattern.text);
  const maxErrors = Math.floor(quoteLength * (1 - minQuote) + 1e-9);
  const slack = maxErrors + 8;
  for (const cluster of topClusters(clusters)) {
    const from = Math.max(0, cluster.dmin + pattern.quoteStart - slack);
    const to = Math.min(folded.length, cluster.dmax + pattern.quoteEnd + slack);
    if (from >= to || candidates.some((c) => c.quote === 1 && c.start >= from && c.end <= to)) continue;
    const expected = cluster.dmin + pattern.quoteStart - from;
    const found = nearest(search(folded.slice(from, to), nQuote, maxErrors), expected);
    if (found) {
      candidates.push(evaluate(from + found.start, from + found.end, found.errors));
      continue;
    }
    const gapped = alignAcrossInsertion(folded, clusters, cluster, pattern, slack);
    if (gapped && gapped.errors <= maxErrors) candidates.push(evaluate(gapped.start, gapped.end, gapped.errors));
  }
  const best = bestOf(candidates, accepts);
  return best ? toQuoteMatch(index, best) : null;
}

/** Folds prefix + exact + suffix as one string, so whitespace at the joins folds as in the text. */
function foldPattern(quote: TextQuoteSelector): Pattern {
  const raw = quote.prefix + quote.exact + quote.suffix;
  const { text, toOriginal } = foldText(raw);
  const lowerBound = (offset: number): number => {
    let lo = 0;
    let hi = toOriginal.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((toOriginal[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let quoteStart = lowerBound(quote.prefix.length);
  let quoteEnd = lowerBound(quote.prefix.length + quote.exact.length);
  while (quoteStart < quoteEnd && text.charCodeAt(quoteStart) === 0x20) quoteStart += 1;
  while (quoteEnd > quoteStart && text.charCodeAt(quoteEnd - 1) === 0x20) quoteEnd -= 1;
  return { text, quoteStart, quoteEnd };
}

/** Folded offsets where `nQuote` occurs verbatim, at most `MAX_VERBATIM_SCORED` (best context). */
function findVerbatim(index: TextIndex, nQuote: string, nPrefix: string, nSuffix: string): number[] {
  const folded = index.folded;
  const found: number[] = [];
  const hashes = gramHashes(nQuote);
  if (hashes.length === 0) {
    for (let at = folded.indexOf(nQuote); at !== -1 && found.length < 10_000; at = folded.indexOf(nQuote, at + 1)) {
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
    while (k < nPrefix.length && folded.charCodeAt(at - 1 - k) === nPrefix.charCodeAt(nPrefix.length - 1 - k)) k += 1;
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
function findClusters(index: TextIndex, patternText: string): Cluster[] {
  const hashes = gramHashes(patternText);
  const stride = Math.max(1, Math.ceil(hashes.length / MAX_LOOKUPS));
  let count = 0;
  for (let j = 0; j < hashes.length && j < J_BITS; j += stride) {
    const b = bucketOf(index, hashes[j] ?? 0);
    const lo = index.bucketStarts[b] ?? 0;
    const hi = index.bucketStarts[b + 1] ?? 0;
    if (hi - lo > MAX_GRAM_OCCURRENCES) continue;
    if (count + (hi - lo) > seedKeys.length) {
      const grown = new Float64Array(Math.max(seedKeys.length * 2, count + hi - lo));
      grown.set(seedKeys.subarray(0, count));
      seedKeys = grown;
    }
    for (let k = lo; k < hi; k += 1) seedKeys[count++] = ((index.positions[k] ?? 0) - j) * J_BITS + j;
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

/** The best-supported clusters: at least two seeds and a quarter of the best one's support. */
function topClusters(clusters: Cluster[]): Cluster[] {
  const best = clusters.reduce((m, c) => Math.max(m, c.votes), 0);
  const floor = Math.max(2, best / 4);
  return clusters
    .filter((c) => c.votes >= floor)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, MAX_CANDIDATES);
}

/**
 * Aligns the quote across a run of inserted text (a page header): looks for a second cluster of
 * seeds shifted by up to `MAX_SKIPPED_RUN` (the text after the insertion) and aligns the quote over
 * both with one forgiven run. Null when no such cluster exists.
 */
function alignAcrossInsertion(folded: string, clusters: Cluster[], cluster: Cluster, pattern: Pattern, slack: number) {
  let partner: Cluster | null = null;
  for (const c of clusters) {
    if (c === cluster || c.votes < 2) continue;
    const apart = c.dmin > cluster.dmax ? c.dmin - cluster.dmax : cluster.dmin - c.dmax;
    if (apart > 0 && apart <= MAX_SKIPPED_RUN && (partner === null || c.votes > partner.votes)) partner = c;
  }
  if (partner === null) return null;
  const from = Math.max(0, Math.min(cluster.dmin, partner.dmin) + pattern.quoteStart - slack);
  const to = Math.min(folded.length, Math.max(cluster.dmax, partner.dmax) + pattern.quoteEnd + slack);
  const aligned = alignWithOneGap(folded.slice(from, to), pattern.text.slice(pattern.quoteStart, pattern.quoteEnd));
  return aligned && { start: from + aligned.start, end: from + aligned.end, errors: aligned.errors };
}

function nearest<T extends { start: number }>(matches: T[], expected: number): T | undefined {
  let best: T | undefined;
  for (const m of matches) if (!best || Math.abs(m.start - expected) < Math.abs(best.start - expected)) best = m;
  return best;
}

function bestOf(candidates: Candidate[], accepts: (c: Candidate) => boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (accepts(c) && (!best || c.rank > best.rank)) best = c;
  return best;
}

function toQuoteMatch(index: TextIndex, c: Candidate): QuoteMatch {
  return {
    start: toOriginalStart(index, c.start),
    end: toOriginalEnd(index, c.end),
    score: (50 * c.quote + 20 * (c.prefix ?? 1) + 20 * (c.suffix ?? 1)) / 90,
    quoteSimilarity: c.quote,
  };
}
