/**
 * Forgiving text that a re-extraction inserted into a passage or next to it: a running page
 * header, a page number, a footnote marker.
 *
 * A plain approximate match charges such a run one error per character, so a 40-character header
 * in a 150-character quote looks like a rewrite. These helpers look for signs of an insertion (the
 * quote's seeds on two nearby diagonals, or a match whose ends do not fit) and then align across it
 * with `alignWithOneGap`, or compare context past it, at the cost of one error for the whole run.
 * They guard against the opposite mistake too: a skipped run must not swallow text the quote lost.
 */
import search from 'approx-string-match';

import {
  alignWithOneGap,
  contextSimilarity,
  contextSimilarityAcrossInsertion,
  type Alignment,
} from './edit-distance';
import type { Cluster } from './find-candidates';
import { MAX_SKIPPED_RUN, MIN_CONTEXT_SIMILARITY, MIN_QUOTE_SIMILARITY } from './thresholds';

/** Shorter insertions cost a plain match no more errors than skipping them would be worth. */
const MIN_SKIPPED_RUN = 6;
/** How far (in characters) the gap alignment may stray from the diagonals its seeds lie on. */
const GAP_BAND = 12;
/** Seeds a shifted cluster needs to count as the passage continuing after an insertion. */
const MIN_PARTNER_VOTES = 3;
/** Length of the piece of context looked for beyond an inserted header. */
const PROBE_CHARS = 8;
/** Characters at each end of a match checked for an insertion next to that end... */
const EDGE_CHARS = 16;
/** ...and the errors they may have and still count as matching. */
const EDGE_ERRORS = 2;

/** What `alignAcrossInsertion` needs to know about the quote and the text. */
export interface InsertionSearch {
  folded: string;
  clusters: Cluster[];
  /** Folded quote, prefix and suffix. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Offset of the quote in the folded pattern (prefix + quote + suffix) the seeds came from. */
  quoteStart: number;
  /** Extra characters of text searched around a candidate place. */
  slack: number;
}

/**
 * Aligns the quote across a run of inserted text (a page header) with one forgiven run, when there
 * is a sign of one: a second cluster of seeds shifted by up to `MAX_SKIPPED_RUN` (the passage
 * continuing after the insertion), or a plain match whose first or last characters do not match
 * the quote's (the insertion sits near that end). Without a plain match only the best-supported
 * cluster is tried, across a band wide enough for an insertion on either side. Null otherwise.
 */
export function alignAcrossInsertion(
  s: InsertionSearch,
  cluster: Cluster,
  plain: Alignment | undefined,
  isBest: boolean,
): Alignment | null {
  const { folded, quote: nQuote, quoteStart, slack } = s;
  let lo = cluster.dmin + quoteStart;
  let hi = cluster.dmax + quoteStart;
  // An inserted run inside the passage costs a plain match about one error per character; one that
  // costs less is better left to the plain match, unless it sits at an end (checked below).
  const partner =
    !plain || plain.errors >= MIN_SKIPPED_RUN ? shiftedPartner(s.clusters, cluster) : null;
  if (partner) {
    lo = Math.min(lo, partner.dmin + quoteStart);
    hi = Math.max(hi, partner.dmax + quoteStart);
  } else if (plain) {
    // Does the quote's first (last) `edge` characters match right at the plain match's start (end)?
    const edge = Math.min(EDGE_CHARS, nQuote.length >> 2);
    if (edge < EDGE_CHARS / 2) return null;
    const near = (from: number, to: number, piece: string) =>
      search(folded.slice(Math.max(0, from), to), piece, EDGE_ERRORS).length > 0;
    const headOk = near(plain.start - 2, plain.start + edge + 2, nQuote.slice(0, edge));
    const tailOk = near(plain.end - edge - 2, plain.end + 2, nQuote.slice(-edge));
    if (headOk && tailOk) return null;
    if (!headOk) lo -= MAX_SKIPPED_RUN;
    if (!tailOk) hi += MAX_SKIPPED_RUN;
  } else if (isBest) {
    lo -= MAX_SKIPPED_RUN;
    hi += MAX_SKIPPED_RUN;
  } else {
    return null;
  }
  const from = Math.max(0, lo - slack);
  const to = Math.min(folded.length, hi + nQuote.length + slack);
  const aligned = alignWithOneGap(
    folded.slice(from, to),
    nQuote,
    lo - from - GAP_BAND,
    hi - from + GAP_BAND,
  );
  if (!aligned) return null;
  // The quote must match on both sides of the skipped run about as well as overall: otherwise the
  // run just swallowed text the quote lost (a deleted paragraph) while the rest matched anything.
  // A piece of a word or two on one side is easily found by chance: it must match exactly, and the
  // quote's context beyond it must agree.
  const start = from + aligned.start;
  const end = from + aligned.end;
  if (aligned.skip) {
    const { at, errorsBefore } = aligned.skip;
    const errorsAfter = aligned.errors - 1 - errorsBefore;
    const allowed = (length: number) =>
      length < EDGE_CHARS / 2
        ? 0
        : length < EDGE_CHARS
          ? 1
          : (1 - MIN_QUOTE_SIMILARITY) * length + 1;
    if (errorsBefore > allowed(at) || errorsAfter > allowed(nQuote.length - at)) return null;
    const agrees = (x: number | null) => (x ?? 0) >= MIN_CONTEXT_SIMILARITY;
    if (at < EDGE_CHARS / 2 && !agrees(contextAt(folded, s.prefix, start, 'before'))) return null;
    if (nQuote.length - at < EDGE_CHARS / 2 && !agrees(contextAt(folded, s.suffix, end, 'after')))
      return null;
  }
  return { start, end, errors: aligned.errors };
}

/**
 * Similarity of the expected context to the folded text before (after) `at`; a poor one is
 * checked again allowing for a page header inserted next to the quote or inside its context.
 */
export function contextAt(
  folded: string,
  expected: string,
  at: number,
  side: 'before' | 'after',
): number | null {
  const pad = 2 + (expected.length >> 2);
  const span = expected.length + pad;
  const plain = contextSimilarity(
    expected,
    side === 'before' ? folded.slice(Math.max(0, at - span), at) : folded.slice(at, at + span),
    side,
  );
  if (plain === null || plain >= MIN_CONTEXT_SIMILARITY || expected.length < PROBE_CHARS) {
    return plain;
  }
  // A header inserted next to or inside the context pushes its first or last characters further
  // away; if either is found there, compare again forgiving one inserted run.
  const wide = span + MAX_SKIPPED_RUN;
  const actual =
    side === 'before' ? folded.slice(Math.max(0, at - wide), at) : folded.slice(at, at + wide);
  const pushed = (piece: string, plainOffset: number): boolean =>
    side === 'after'
      ? actual.indexOf(piece, plainOffset + 1) >= 0
      : actual.lastIndexOf(piece, actual.length - plainOffset - PROBE_CHARS - 1) >= 0;
  const near = expected.slice(side === 'after' ? 0 : -PROBE_CHARS).slice(0, PROBE_CHARS);
  const far = side === 'after' ? expected.slice(-PROBE_CHARS) : expected.slice(0, PROBE_CHARS);
  if (!pushed(near, 0) && !pushed(far, expected.length - PROBE_CHARS)) return plain;
  const skipping = contextSimilarityAcrossInsertion(expected, actual, side, MAX_SKIPPED_RUN + pad);
  return Math.max(plain, skipping ?? 0);
}

/** A well-supported cluster shifted from `cluster` by at most `MAX_SKIPPED_RUN`, if any. */
function shiftedPartner(clusters: Cluster[], cluster: Cluster): Cluster | null {
  let partner: Cluster | null = null;
  for (const c of clusters) {
    if (c === cluster || c.votes < MIN_PARTNER_VOTES) continue;
    const apart = c.dmin > cluster.dmax ? c.dmin - cluster.dmax : cluster.dmin - c.dmax;
    if (apart > 0 && apart <= MAX_SKIPPED_RUN && (partner === null || c.votes > partner.votes))
      partner = c;
  }
  return partner;
}
