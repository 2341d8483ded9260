/**
 * The cheap first step of re-anchoring, and its result type: the stored position still holds the
 * quote. Kept apart from the quote search (anchor.ts, match-quote.ts and the text index), which
 * loads only when some annotation's position no longer holds, so the first screen does not pay
 * for it.
 */
import { docOffset, type DocOffset } from '../paper/types';
import type { RangeSelectors, TextQuoteSelector } from './selectors';

/**
 * Where an annotation's range is in the current text:
 * - `exact`: at its stored position, verbatim;
 * - `moved`: verbatim, somewhere else (text before it changed, or a repeat told apart by context);
 * - `fuzzy`: approximately (edited, rewrapped or rehyphenated); `score` 0..1 says how closely;
 * - `orphan`: not found; the annotation is kept and listed, not deleted.
 */
export type AnchorResult =
  | { status: 'exact'; start: DocOffset; end: DocOffset }
  | { status: 'moved'; start: DocOffset; end: DocOffset }
  | { status: 'fuzzy'; start: DocOffset; end: DocOffset; score: number }
  | { status: 'orphan' };

/**
 * The cheap first step: the stored position still holds the quote, and its context agrees on at
 * least one side (so a repeat that slid into the old place is not taken for it). Null otherwise.
 */
export function anchorAtPosition(text: string, selectors: RangeSelectors): AnchorResult | null {
  const { position, quote } = selectors;
  if (!position || quote.exact.length === 0 || position.end - position.start !== quote.exact.length)
    return null;
  if (!text.startsWith(quote.exact, position.start) || position.start < 0) return null;
  if (!contextAgreesAt(text, position.start, position.end, quote)) return null;
  return { status: 'exact', start: docOffset(position.start), end: docOffset(position.end) };
}

function contextAgreesAt(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
): boolean {
  if (quote.prefix.length === 0 && quote.suffix.length === 0) return true;
  const prefixAgrees =
    quote.prefix.length > 0 &&
    text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix;
  const suffixAgrees = quote.suffix.length > 0 && text.startsWith(quote.suffix, end);
  return (
    prefixAgrees ||
    suffixAgrees ||
    (start === 0 && quote.prefix.length === 0) ||
    (end === text.length && quote.suffix.length === 0)
  );
}
