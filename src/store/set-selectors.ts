/**
 * Derived data about annotation sets (computed, never stored).
 */
import type { SetId } from '../annotations/types';

/** How far a set reaches: its annotations, and on how many papers they are. */
export interface SetReach {
  annotations: number;
  papers: number;
}

/** The annotations of `setId` across every paper, and how many papers they are on. */
export function selectSetReach(
  annotations: Record<string, { setId: SetId; paperId: string }>,
  setId: SetId,
): SetReach {
  const papers = new Set<string>();
  let count = 0;
  for (const a of Object.values(annotations)) {
    if (a.setId !== setId) continue;
    count += 1;
    papers.add(a.paperId);
  }
  return { annotations: count, papers: papers.size };
}
