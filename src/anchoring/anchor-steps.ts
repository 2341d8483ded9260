/**
 * The first, cheap phase of anchoring a batch (anchor-all.ts), one small step per `yield`: every
 * target whose stored position still holds its quote is anchored there; the others are left for
 * the quote search (quote-steps.ts), which loads only when there are any.
 */
import { anchorAtPosition, type AnchorResult } from './anchor-position';
import type { RangeSelectors } from './selectors';

/** One annotation to anchor. */
export interface AnchorTarget {
  id: string;
  selectors: RangeSelectors;
}

/** A batch being anchored: its results so far and how far it has got. */
export interface Job {
  results: Record<string, AnchorResult>;
  /** Results since the last progress report. */
  fresh: Record<string, AnchorResult>;
  done: number;
  total: number;
}

export const newJob = (total: number): Job => ({ results: {}, fresh: {}, done: 0, total });

/** Anchors each target at its position when it still holds; the rest go to `pending`. */
export function* positionSteps(
  text: string,
  ordered: readonly AnchorTarget[],
  job: Job,
  pending: AnchorTarget[],
): Generator<void, void, void> {
  for (const target of ordered) {
    const result = anchorAtPosition(text, target.selectors);
    if (result) {
      job.results[target.id] = job.fresh[target.id] = result;
      job.done += 1;
    } else {
      pending.push(target);
    }
    yield;
  }
}

/** The targets named in `priorityIds`, in that order, then all the others in their own order. */
export function inPriorityOrder(
  targets: readonly AnchorTarget[],
  priorityIds: readonly string[],
): AnchorTarget[] {
  if (priorityIds.length === 0) return [...targets];
  const byId = new Map<string, AnchorTarget[]>();
  for (const t of targets) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
  const first: AnchorTarget[] = [];
  for (const id of new Set(priorityIds)) first.push(...(byId.get(id) ?? []));
  const priority = new Set(priorityIds);
  return [...first, ...targets.filter((t) => !priority.has(t.id))];
}
