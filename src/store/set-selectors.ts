/**
 * Derived data about annotation sets (computed, never stored).
 */
import { forEachEntry } from '../annotations/shared-record';
import type { Annotations, SetId } from '../annotations/types';

/** How far a set reaches: its annotations, and on how many papers they are. */
export interface SetReach {
  annotations: number;
  papers: number;
}

/** The annotations of `setId` across every paper, and how many papers they are on. */
export function selectSetReach(annotations: Annotations, setId: SetId): SetReach {
  const papers = new Set<string>();
  let count = 0;
  forEachEntry(annotations, (_id, a) => {
    if (a.setId !== setId) return;
    count += 1;
    papers.add(a.paperId);
  });
  return { annotations: count, papers: papers.size };
}
