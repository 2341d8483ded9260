/**
 * Finding a quote in an indexed text when it is no longer where its position selector says.
 *
 * Candidates come from `find-candidates.ts`: verbatim occurrences of the folded quote, and clusters
 * of seeds where approx-string-match then aligns the quote inside a small window (across an
 * inserted page header, `insertions.ts`). Each candidate is scored like Hypothesis's
 * `match-quote.ts` (quote 50, prefix 20, suffix 20; near-ties go to the one nearest the old
 * position), but a candidate is only *accepted* if the quote is nearly intact and, for short
 * quotes, its context agrees (`thresholds.ts`): a deleted passage must become an orphan rather
 * than stick to some other sentence that happens to look alike. And when quote and context cannot
 * tell candidates apart (copies of a recurring sentence), position may choose among them only if
 * the chosen one lies where the passage is expected; otherwise the passage is an orphan, because
 * its own copy may have been moved or deleted and the nearest other copy is then just a guess.
 */
import search from 'approx-string-match';

import type { TextQuoteSelector } from './selectors';
import { foldText } from './fold-text';
import { findClusters, findVerbatim, topClusters } from './find-candidates';
import { alignAcrossInsertion, contextAt, type InsertionSearch } from './insertions';
import { positionTolerance } from './calibrate-hints';
import { toFoldedOffset, toOriginalEnd, toOriginalStart, type TextIndex } from './text-index';
import {
  EXPECTED_POSITION_SLACK,
  MIN_CONTEXT_SIMILARITY,
  MIN_QUOTE_SIMILARITY,
  SELF_EVIDENT_QUOTE_CHARS,
} from './thresholds';

/**
 * Candidates whose quote + context scores (out of 90) are this close cannot be told apart by
 * them: about four edited characters of a 50-character quote, or eight of its context, which
 * re-extraction noise (a typo fixed in one copy of a recurring sentence) explains as well as a
 * real difference. Only position can choose among them, and only near where the quote is expected.
 */
const AMBIGUITY_MARGIN = 5;
/**
 * A verbatim match within this share of the text (+1,000 characters) of its old position is taken
 * without looking further. Re-extraction shifts offsets by a percent or so (page headers, wrapping).
 */
const NEAR_HINT_FRACTION = 0.02;
/** A candidate this similar in quote and both contexts needs no rival from a much weaker place... */
const NEAR_PERFECT = 0.95;
/** ...that is, one with less than this share of the best place's seeds. */
const SETTLED_SUPPORT = 0.5;

/** A match of a quote, in offsets of the canonical text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: quote similarity weighted with prefix and suffix similarity. */
  score: number;
  /** 0..1: share of the folded quote matched (1 = verbatim up to whitespace and hyphenation). */
  quoteSimilarity: number;
}

/** What `matchQuote` found. */
export interface QuoteSearch {
  /** The passage, or null if nothing is close enough (or only position could choose, and failed). */
  match: QuoteMatch | null;
  /**
   * Other places matched about as well (a passage that recurs with the same context), so the
   * choice rested on the position hint, or was refused for lack of one; a better hint may decide.
   */
  ambiguous: boolean;
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
  /** Offset in the canonical text where the quote is expected (its position selector's start). */
  hint?: number;
  /**
   * How far from `hint` the quote may be when only position tells it from its copies (characters).
   * Default: `positionTolerance(hint)`, for a hint that is an old offset with unknown drift.
   */
  hintTolerance?: number;
  /** Overrides `MIN_QUOTE_SIMILARITY`. */
  minQuoteSimilarity?: number;
}

const NOT_FOUND: QuoteSearch = Object.freeze({ match: null, ambiguous: false });

/**
 * Finds the passage `quote` describes in the indexed text; no match if no candidate is close
 * enough to be the same passage, or if candidates that quote and context cannot tell apart leave
 * none where the quote is expected. Never throws on odd input.
 */
export function matchQuote(
  index: TextIndex,
  quote: TextQuoteSelector,
  options: MatchQuoteOptions = {},
): QuoteSearch {
  const pattern = foldPattern(quote);
  const quoteLength = pattern.quoteEnd - pattern.quoteStart;
  if (quoteLength === 0) return NOT_FOUND;
  const minQuote = options.minQuoteSimilarity ?? MIN_QUOTE_SIMILARITY;
  const folded = index.folded;
  const nQuote = pattern.text.slice(pattern.quoteStart, pattern.quoteEnd);
  const nPrefix = pattern.text.slice(0, pattern.quoteStart);
  const nSuffix = pattern.text.slice(pattern.quoteEnd);
  const hint = options.hint === undefined ? undefined : toFoldedOffset(index, options.hint);
  // Where the quote is expected: position may choose among indistinguishable copies only here.
  const expected = (c: Candidate): boolean => {
    if (options.hint === undefined) return false;
    const tolerance = options.hintTolerance ?? positionTolerance(options.hint);
    return Math.abs(toOriginalStart(index, c.start) - options.hint) <= tolerance;
  };

  const evaluate = (start: number, end: number, errors: number): Candidate => {
    const prefix = contextAt(folded, nPrefix, start, 'before');
    const suffix = contextAt(folded, nSuffix, end, 'after');
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
  // How far from the hint a verbatim match may be and still settle it: re-extraction drift, or
  // when copies compete (a recurring sentence; the real one may carry a typo), only next to it.
  const near = (c: Candidate, ambiguous: boolean) =>
    hint === undefined ||
    Math.abs(c.start - hint) <=
      (ambiguous ? 0 : NEAR_HINT_FRACTION * folded.length) + EXPECTED_POSITION_SLACK;
  if (
    verbatim &&
    (verbatim.best.prefix ?? 1) >= MIN_CONTEXT_SIMILARITY &&
    (verbatim.best.suffix ?? 1) >= MIN_CONTEXT_SIMILARITY &&
    near(verbatim.best, verbatim.ambiguous) &&
    (!verbatim.ambiguous || expected(verbatim.best))
  ) {
    return { match: toQuoteMatch(index, verbatim.best), ambiguous: verbatim.ambiguous };
  }

  // 2. Approximate matches around places where the pattern's grams line up.
  const clusters = findClusters(index, pattern.text);
  const maxErrors = Math.floor(quoteLength * (1 - minQuote) + 1e-9);
  const slack = maxErrors + 8;
  const places = topClusters(clusters, hint === undefined ? undefined : hint - pattern.quoteStart);
  const insertion: InsertionSearch = {
    folded,
    clusters,
    quote: nQuote,
    prefix: nPrefix,
    suffix: nSuffix,
    quoteStart: pattern.quoteStart,
    slack,
  };
  let settled = false;
  for (const { cluster, support } of places) {
    // Once a place matched near perfectly, places with much weaker support cannot beat it.
    if (settled && support < SETTLED_SUPPORT * (places[0]?.support ?? 0)) break;
    const from = Math.max(0, cluster.dmin + pattern.quoteStart - slack);
    const to = Math.min(folded.length, cluster.dmax + pattern.quoteEnd + slack);
    if (from >= to || candidates.some((c) => c.quote === 1 && c.start >= from && c.end <= to))
      continue;
    const expected = cluster.dmin + pattern.quoteStart - from;
    const plain = nearest(search(folded.slice(from, to), nQuote, maxErrors), expected);
    let found = plain && { start: from + plain.start, end: from + plain.end, errors: plain.errors };
    if (!found || found.errors > 0) {
      // Text may have been inserted into the passage (a page header): align across it, forgiving
      // the inserted run, and keep whichever alignment is better.
      const gapped = alignAcrossInsertion(
        insertion,
        cluster,
        found,
        cluster === places[0]?.cluster,
      );
      if (gapped && gapped.errors < (found?.errors ?? Infinity)) found = gapped;
    }
    if (found && found.errors <= maxErrors) {
      const c = evaluate(found.start, found.end, found.errors);
      candidates.push(c);
      settled ||=
        c.quote >= NEAR_PERFECT &&
        (c.prefix ?? 1) >= NEAR_PERFECT &&
        (c.suffix ?? 1) >= NEAR_PERFECT;
    }
  }
  const chosen = bestOf(candidates, accepts, hint);
  if (!chosen) return NOT_FOUND;
  // Several places match about equally (a recurring passage) and only position chose among them.
  // The copy the quote was made on may have been moved or deleted, and another copy is not the
  // annotated passage: the chosen one must lie where the quote is expected, and its context agree
  // on one side at least. Otherwise it is an orphan, not the nearest copy.
  const { best, ambiguous } = chosen;
  const agrees = (side: number | null) => (side ?? 1) >= MIN_CONTEXT_SIMILARITY;
  const oneSide = agrees(best.prefix) || agrees(best.suffix);
  if (ambiguous && (!oneSide || !expected(best))) return { match: null, ambiguous };
  return { match: toQuoteMatch(index, best), ambiguous };
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

function nearest<T extends { start: number }>(matches: T[], expected: number): T | undefined {
  let best: T | undefined;
  for (const m of matches)
    if (!best || Math.abs(m.start - expected) < Math.abs(best.start - expected)) best = m;
  return best;
}

/**
 * The acceptable candidate with the best quote and context scores; among candidates within
 * `AMBIGUITY_MARGIN` of it (copies of a recurring passage, one of them slightly damaged), the one
 * nearest the position hint. `ambiguous` says whether such rivals elsewhere existed.
 */
function bestOf(
  candidates: Candidate[],
  accepts: (c: Candidate) => boolean,
  hint: number | undefined,
): { best: Candidate; ambiguous: boolean } | undefined {
  const acceptable = candidates.filter(accepts);
  let best: Candidate | undefined;
  for (const c of acceptable) if (!best || c.rank > best.rank) best = c;
  if (!best) return undefined;
  const top = best.rank;
  const rivals = acceptable.filter((c) => c.rank >= top - AMBIGUITY_MARGIN);
  if (hint !== undefined) {
    for (const c of rivals) if (Math.abs(c.start - hint) < Math.abs(best.start - hint)) best = c;
  }
  const chosen = best;
  const ambiguous = rivals.some((c) => c.end <= chosen.start || c.start >= chosen.end);
  return { best: chosen, ambiguous };
}

function toQuoteMatch(index: TextIndex, c: Candidate): QuoteMatch {
  return {
    start: toOriginalStart(index, c.start),
    end: toOriginalEnd(index, c.end),
    score: (50 * c.quote + 20 * (c.prefix ?? 1) + 20 * (c.suffix ?? 1)) / 90,
    quoteSimilarity: c.quote,
  };
}
