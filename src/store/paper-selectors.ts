/**
 * Derived data about papers (computed, never stored).
 */
import type { PaperMeta } from './slices/papers-slice';

/** The recent-papers list, most recently opened first. */
export const selectRecentPapers = (papers: Record<string, PaperMeta>): PaperMeta[] =>
  Object.values(papers).sort((a, b) => b.openedAt - a.openedAt);
