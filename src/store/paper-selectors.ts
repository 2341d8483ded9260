/**
 * Derived data about papers (computed, never stored).
 */
import type { PaperId } from '../paper/types';
import type { PaperMeta } from './slices/papers-slice';

/** The recent-papers list, most recently opened first. */
export const selectRecentPapers = (papers: Record<string, PaperMeta>): PaperMeta[] =>
  Object.values(papers).sort((a, b) => b.openedAt - a.openedAt);

/** How many annotations (of every set) belong to `paperId`. */
export const countPaperAnnotations = (
  annotations: Record<string, { paperId: PaperId }>,
  paperId: PaperId,
): number => {
  let n = 0;
  for (const a of Object.values(annotations)) if (a.paperId === paperId) n += 1;
  return n;
};
