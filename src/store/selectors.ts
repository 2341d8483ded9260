/**
 * Derived data about annotations, computed from the store and never stored: the one place views
 * import it from. Each part lives in a module of its own: the current paper's annotations in
 * reading order (paper-annotation-selectors.ts, over reading-order.ts), the sidebar's lists
 * (sidebar-selectors.ts), its filter (annotation-filter.ts), counts (annotation-counts.ts) and tag
 * suggestions (tag-suggestions.ts). Selectors that build a new array or object remember their last
 * result by the identity of their inputs (memo-last.ts), so `useAppStore(selectX)` returns the same
 * value until the inputs change (React's useSyncExternalStore requires it).
 */
export {
  EMPTY_FILTER,
  filterAnnotations,
  isFilterActive,
  type AnnotationFilter,
} from './annotation-filter';
export {
  selectAnchoredCounts,
  selectUnlinkedClaimCount,
  type AnnotationCounts,
} from './annotation-counts';
export {
  selectCurrentAnchors,
  selectIdsStartingAt,
  selectPaperAnnotationCount,
  selectPaperAnnotations,
} from './paper-annotation-selectors';
export {
  isOrphan,
  selectAnchoredAnnotations,
  selectPaperOrphans,
  selectVisibleAnnotations,
  selectVisibleIndex,
} from './sidebar-selectors';
export { selectTagSuggestions } from './tag-suggestions';
