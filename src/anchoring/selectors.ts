/**
 * W3C Web Annotation selectors for a range of a paper's canonical text, and how to describe a
 * range with them.
 *
 * We store both a position and a quote (with 32 characters of context either side), the pair
 * Hypothesis stores: the position is cheap to check when the text has not changed, and the quote
 * with its context lets us find the passage again when it has (see `anchor.ts`). The types keep
 * the W3C names and fields (zotero does the same in `src/dom/common/lib/selector.ts`), so a
 * Web Annotation export can reuse them; the app has no such export yet.
 */
import type { DocOffset } from '../paper/types';

/**
 * The quoted text of a range and the text just before and after it.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected text, exactly as it was in the text when the range was described. */
  exact: string;
  /** Up to `QUOTE_CONTEXT_CHARS` characters immediately before `exact` ('' at the start). */
  prefix: string;
  /** Up to `QUOTE_CONTEXT_CHARS` characters immediately after `exact` ('' at the end). */
  suffix: string;
}

/**
 * Start and end offsets of a range in the text it was described in (UTF-16 code units,
 * `[start, end)`). Plain numbers, not `DocOffset`: once the paper's text changes they are offsets
 * into an older text, and only a hint.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors an annotation keeps for its range of the text: always a quote, usually a position. */
export interface RangeSelectors {
  position?: TextPositionSelector;
  quote: TextQuoteSelector;
}

/**
 * How much context a quote keeps on each side. 32 characters is what Hypothesis stores: enough to
 * tell apart repeated phrases (a short quote like "the model" needs its neighbours) while staying
 * small in storage, share links and exports.
 */
export const QUOTE_CONTEXT_CHARS = 32;

/**
 * Describes `[start, end)` of `text` with a position and a quote selector.
 *
 * Offsets are clamped to the text and swapped if reversed, so a describe never throws; an empty
 * range yields an empty `exact` (which `anchor` reports as an orphan).
 */
export function describeRange(
  text: string,
  start: DocOffset,
  end: DocOffset,
): { position: TextPositionSelector; quote: TextQuoteSelector } {
  const a = clampOffset(Math.min(start, end), text.length);
  const b = clampOffset(Math.max(start, end), text.length);
  return {
    position: { type: 'TextPositionSelector', start: a, end: b },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(a, b),
      prefix: text.slice(Math.max(0, a - QUOTE_CONTEXT_CHARS), a),
      suffix: text.slice(b, b + QUOTE_CONTEXT_CHARS),
    },
  };
}

function clampOffset(n: number, length: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(length, Math.max(0, Math.trunc(n)));
}
