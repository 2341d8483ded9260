/**
 * Anchoring: W3C selectors for ranges of a paper's canonical text, and finding those ranges again
 * after the text changed. Pure strings and offsets; see `anchor.ts` for the order of the steps and
 * `anchor-all.ts` for re-anchoring a whole paper without blocking the page.
 */
export {
  anchor,
  anchorAtPosition,
  anchorByQuote,
  type AnchorOptions,
  type AnchorResult,
} from './anchor';
export {
  anchorAll,
  anchorAllSync,
  DEFAULT_SLICE_MS,
  type AnchorAllOptions,
  type AnchorProgress,
  type AnchorTarget,
} from './anchor-all';
export {
  MIN_CONTEXT_SIMILARITY,
  MIN_QUOTE_SIMILARITY,
  SELF_EVIDENT_QUOTE_CHARS,
} from './thresholds';
export {
  describeRange,
  QUOTE_CONTEXT_CHARS,
  type RangeSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
export { forgetTextIndex, getTextIndex, indexText, type TextIndex } from './text-index';
