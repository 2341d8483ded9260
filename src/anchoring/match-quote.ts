/**
 * Finding a quote in an indexed text when it is no longer where its position selector says.
 *
 * Candidates come from `find-candidates.ts`: verbatim occurrences of the folded quote, and clusters
 * of seeds where approx-string-match then aligns the quote inside a small window (or, across an
 * inserted page header, `alignWithOneGap`). Each candidate is scored like Hypothesis's `match-quote.ts` (quote 50, prefix 20,
 * suffix 20; near-ties go to the one nearest the old position), but a candidate is only *accepted*
 * if the quote is nearly intact and, for short quotes, its context agrees: a deleted passage must
 * become an orphan rather than stick to some other sentence that happens to look alike.
 */
import search from 'approx-string-match';

import type { TextQuoteSelector } from './selectors';
import { alignWithOneGap, contextSimilarity } from './edit-distance';
import { foldText } from './fold-text';
import { findClusters, findVerbatim, topClusters, type Cluster } from './find-candidates';
import { toFoldedOffset, toOriginalEnd, toOriginalStart, type TextIndex } from './text-index';

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

/**
 * Longest run of inserted text forgiven inside a quote: a running header with its page number,
 * but not a whole paragraph moved in between.
 */
const MAX_SKIPPED_RUN = 100;
/**
 * Candidates whose quote + context scores (out of 90) are this close are told apart by position:
 * about four edited characters of a 50-character quote, or eight of its context. Text that recurs
 * verbatim is only told apart by where it was, and one copy may carry a typo fix.
 */
const AMBIGUITY_MARGIN = 5;
/**
 * A verbatim match within this share of the text (+1,000 characters) of its old position is taken
 * without looking further. Re-extraction shifts offsets by a percent or so (page headers, wrapping).
 */
const NEAR_HINT_FRACTION = 0.02;
/** How far (in characters) the gap alignment may stray from the diagonals its seeds lie on. */
const GAP_BAND = 12;
/** Seeds a shifted cluster needs to count as the passage continuing after an insertion. */
const MIN_PARTNER_VOTES = 4;

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
export function matchQuote(
  index: TextIndex,
  quote: TextQuoteSelector,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
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
    const prefix = contextSimilarity(
      nPrefix,
      folded.slice(Math.max(0, start - nPrefix.length - pad), start),
      'before',
    );
    const suffix = contextSimilarity(
      nSuffix,
      folded.slice(end, end + nSuffix.length + pad),
      'after',
    );
    const q = Math.max(0, 1 - errors / quoteLength);
    const rank = 50 * q + 20 * (prefix ?? 1) + 20 * (suffix ?? 1);
    return { start, end, quote: q, prefix, suffix, rank };
  };
  const accepts = (c: Candidate): boolean => {
    if (c.quote < minQuote) return false;
    if (quoteLength >= SELF_EVIDENT_QUOTE_CHARS || (c.prefix === null && c.suffix === null))
      return true;
    return Math.max(c.prefix ?? 0, c.suffix ?? 0) >= MIN_CONTEXT_SIMILARITY;
  };

  // 1. Verbatim occurrences; one near the old position with agreeing context on both sides settles
  // it. (One far away may be a copy of a recurring sentence while the real one nearby has a typo.)
  const candidates = findVerbatim(index, nQuote, nPrefix, nSuffix).map((s) =>
    evaluate(s, s + quoteLength, 0),
  );
  const verbatim = bestOf(candidates, accepts, hint);
  const near = (c: Candidate) =>
    hint === undefined || Math.abs(c.start - hint) <= NEAR_HINT_FRACTION * folded.length + 1000;
  if (
    verbatim &&
    (verbatim.prefix ?? 1) >= MIN_CONTEXT_SIMILARITY &&
    (verbatim.suffix ?? 1) >= MIN_CONTEXT_SIMILARITY &&
    near(verbatim)
  ) {
    return toQuoteMatch(index, verbatim);
  }

  // 2. Approximate matches around places where the pattern's grams line up.
  const clusters = findClusters(index, pattern.text);
  const maxErrors = Math.floor(quoteLength * (1 - minQuote) + 1e-9);
  const slack = maxErrors + 8;
  for (const cluster of topClusters(
    clusters,
    hint === undefined ? undefined : hint - pattern.quoteStart,
  )) {
    const from = Math.max(0, cluster.dmin + pattern.quoteStart - slack);
    const to = Math.min(folded.length, cluster.dmax + pattern.quoteEnd + slack);
    if (from >= to || candidates.some((c) => c.quote === 1 && c.start >= from && c.end <= to))
      continue;
    const expected = cluster.dmin + pattern.quoteStart - from;
    const plain = nearest(search(folded.slice(from, to), nQuote, maxErrors), expected);
    let found = plain && { start: from + plain.start, end: from + plain.end, errors: plain.errors };
    if (!found || found.errors > 0) {
      // Seeds on a second diagonal close by mean text was inserted into the passage (a page header):
      // align across it, forgiving the inserted run, and keep whichever alignment is better.
      const gapped = alignAcrossInsertion(folded, clusters, cluster, pattern, slack);
      if (gapped && gapped.errors < (found?.errors ?? Infinity)) found = gapped;
    }
    if (found && found.errors <= maxErrors)
      candidates.push(evaluate(found.start, found.end, found.errors));
  }
  const best = bestOf(candidates, accepts, hint);
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

/**
 * Aligns the quote across a run of inserted text (a page header): looks for a second cluster of
 * seeds shifted by up to `MAX_SKIPPED_RUN` (the text after the insertion) and aligns the quote over
 * both with one forgiven run. Null when no such cluster exists.
 */
function alignAcrossInsertion(
  folded: string,
  clusters: Cluster[],
  cluster: Cluster,
  pattern: Pattern,
  slack: number,
) {
  let partner: Cluster | null = null;
  for (const c of clusters) {
    if (c === cluster || c.votes < MIN_PARTNER_VOTES) continue;
    const apart = c.dmin > cluster.dmax ? c.dmin - cluster.dmax : cluster.dmin - c.dmax;
    if (apart > 0 && apart <= MAX_SKIPPED_RUN && (partner === null || c.votes > partner.votes))
      partner = c;
  }
  if (partner === null) return null;
  const lo = Math.min(cluster.dmin, partner.dmin) + pattern.quoteStart;
  const hi = Math.max(cluster.dmax, partner.dmax) + pattern.quoteStart;
  const from = Math.max(0, lo - slack);
  const to = Math.min(folded.length, hi + pattern.quoteEnd - pattern.quoteStart + slack);
  const nQuote = pattern.text.slice(pattern.quoteStart, pattern.quoteEnd);
  const aligned = alignWithOneGap(
    folded.slice(from, to),
    nQuote,
    lo - from - GAP_BAND,
    hi - from + GAP_BAND,
  );
  return (
    aligned && { start: from + aligned.start, end: from + aligned.end, errors: aligned.errors }
  );
}

function nearest<T extends { start: number }>(matches: T[], expected: number): T | undefined {
  let best: T | undefined;
  for (const m of matches)
    if (!best || Math.abs(m.start - expected) < Math.abs(best.start - expected)) best = m;
  return best;
}

/**
 * The acceptable candidate with the best quote and context scores; among candidates within
 * `AMBIGUITY_MARGIN` of it (copies of a recurring passage, one of them slightly damaged), the one
 * nearest the position hint.
 */
function bestOf(
  candidates: Candidate[],
  accepts: (c: Candidate) => boolean,
  hint: number | undefined,
): Candidate | undefined {
  const acceptable = candidates.filter(accepts);
  let best: Candidate | undefined;
  for (const c of acceptable) if (!best || c.rank > best.rank) best = c;
  if (!best || hint === undefined) return best;
  const top = best.rank;
  for (const c of acceptable) {
    if (c.rank >= top - AMBIGUITY_MARGIN && Math.abs(c.start - hint) < Math.abs(best.start - hint))
      best = c;
  }
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
