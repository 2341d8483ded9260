/**
 * Derived data about papers (computed, never stored).
 */
import type { PaperId } from '../paper/types';
import type { PaperMeta } from './slices/papers-slice';
import { forEachEntry } from '../annotations/shared-record';
import type { Annotations } from '../annotations/types';

/** The recent-papers list, most recently opened first. */
export const selectRecentPapers = (papers: Record<string, PaperMeta>): PaperMeta[] =>
  Object.values(papers).sort((a, b) => b.openedAt - a.openedAt);

/** How many annotations (of every set) belong to `paperId`. */
export const countPaperAnnotations = (annotations: Annotations, paperId: PaperId): number => {
  let n = 0;
  forEachEntry(annotations, (_id, a) => {
    if (a.paperId === paperId) n += 1;
  });
  return n;
};
