/**
 * Re-anchoring one annotation: where is the range its selectors describe in the current text?
 *
 * The order is Hypothesis's (`src/annotator/anchoring/html.ts`): the position selector first,
 * checked against the quote; then the quote wherever it occurs verbatim, told apart by its context
 * and the old position; then an approximate match tolerant of small edits, rewrapped lines, changed
 * hyphenation and inserted page headers. A passage that cannot be found confidently is an orphan:
 * a status the app lists, never an exception, and never a guess on unrelated text.
 */
import { docOffset } from '../paper/types';
import { anchorAtPosition, type AnchorResult } from './anchor-position';
import { matchQuote } from './match-quote';
import type { RangeSelectors } from './selectors';
import { getTextIndex, type TextIndex } from './text-index';

export { anchorAtPosition, type AnchorResult } from './anchor-position';

/** Options of `anchor`. */
export interface AnchorOptions {
  /** A prebuilt index of the text (else the last one built for this text is reused, or built). */
  index?: TextIndex;
  /** Least share of the quote that must match for a fuzzy anchor (default `MIN_QUOTE_SIMILARITY`). */
  minQuoteSimilarity?: number;
  /**
   * Where the passage is expected in the current text, when known better than the position
   * selector's old offset (`anchorAll` estimates it from neighbouring annotations).
   */
  hint?: number;
  /**
   * How far from the expected place (`hint`, else the old offset) a passage may be when only
   * position tells it apart from copies of itself (a sentence that recurs with the same context);
   * further away it is an orphan. Default `positionTolerance` of the old offset (`calibrate-hints`).
   */
  hintTolerance?: number;
}

const ORPHAN: AnchorResult = Object.freeze({ status: 'orphan' });

/**
 * Finds the range described by `selectors` in `text`.
 *
 * Fast when nothing changed (one string comparison); otherwise uses an index of `text` built once
 * and shared by all calls with the same text.
 */
export function anchor(
  text: string,
  selectors: RangeSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const atPosition = anchorAtPosition(text, selectors);
  if (atPosition) return atPosition;
  return anchorByQuote(options.index ?? getTextIndex(text), selectors, options);
}

/** The slower steps, given the text's index: verbatim occurrences, then approximate matches. */
export function anchorByQuote(
  index: TextIndex,
  selectors: RangeSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  return locateByQuote(index, selectors, options).result;
}

/**
 * `anchorByQuote`, also saying whether the choice was ambiguous: other places matched about as
 * well and only the position hint decided, or would have had one of them been where the passage
 * is expected (see `anchor-all.ts`, which then refines the hint).
 */
export function locateByQuote(
  index: TextIndex,
  selectors: RangeSelectors,
  options: AnchorOptions = {},
): { result: AnchorResult; ambiguous: boolean } {
  const { position, quote } = selectors;
  if (quote.exact.trim().length === 0) return { result: ORPHAN, ambiguous: false };
  const { match, ambiguous } = matchQuote(index, quote, {
    hint: options.hint ?? position?.start,
    hintTolerance: options.hintTolerance,
    minQuoteSimilarity: options.minQuoteSimilarity,
  });
  if (!match) return { result: ORPHAN, ambiguous };
  const start = docOffset(match.start);
  const end = docOffset(withTrailingHyphen(index.text, match.end, quote.exact));
  const found = index.text.slice(start, end);
  let result: AnchorResult;
  if (found === quote.exact || found === quote.exact.trim()) {
    result =
      position?.start === match.start
        ? { status: 'exact', start, end }
        : { status: 'moved', start, end };
  } else {
    result = { status: 'fuzzy', start, end, score: match.score };
  }
  return { result, ambiguous };
}

/**
 * Folding drops a hyphen between letters, so a quote ending in one (`well-`, cut before `known`)
 * matches without it; take the text's hyphen along when it is there.
 */
function withTrailingHyphen(text: string, end: number, exact: string): number {
  const last = exact.charAt(exact.length - 1);
  return (last === '-' || last === '\u2010' || last === '\u00ad') && text.charAt(end) === last
    ? end + 1
    : end;
}
