/**
 * Undo and redo of annotation changes (create, edit, link, unlink, delete, restore, reattach).
 *
 * Each step keeps the annotation before and after the change; undoing puts the "before" back and
 * redoing the "after", each as a new change (`modified` moves forward), so other tabs take the
 * undone version rather than keep the one it replaced. Consecutive steps with the same
 * `coalesceKey` (keystrokes in one note) merge into one step while the reader keeps typing.
 */
import { deleteAnnotation, restoreAnnotation } from './operations';
import type { Annotation, AnnotationId, AnnotationsState } from './types';

export interface HistoryStep {
  /** What the reader did, for a label such as "Undo delete". */
  action: 'create' | 'edit' | 'link' | 'unlink' | 'delete' | 'restore' | 'reattach';
  id: AnnotationId;
  /** The annotation before the change; null when it did not exist. */
  before: Annotation | null;
  /** The annotation after the change; null when it was deleted. */
  after: Annotation | null;
  coalesceKey?: string;
  /** Epoch milliseconds of the (last) change. */
  at: number;
}

export interface AnnotationHistory {
  past: HistoryStep[];
  future: HistoryStep[];
}

export const EMPTY_HISTORY: AnnotationHistory = { past: [], future: [] };

/** Steps kept; older ones are forgotten (a session rarely needs more). */
export const HISTORY_LIMIT = 100;

/** Keystrokes in one note further apart than this become separate undo steps. */
export const TYPING_PAUSE_MS = 2000;

/** Adds a step (merging it into the last one when both have the same coalesce key); clears redo. */
export function recordStep(history: AnnotationHistory, step: HistoryStep): AnnotationHistory {
  const last = history.past.at(-1);
  if (
    step.coalesceKey !== undefined &&
    last?.coalesceKey === step.coalesceKey &&
    step.at - last.at <= TYPING_PAUSE_MS
  ) {
    return {
      past: [...history.past.slice(0, -1), { ...last, after: step.after, at: step.at }],
      future: [],
    };
  }
  return { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [] };
}

/** Makes `id` look like `snapshot` (deleting it when the snapshot is null). */
function applySnapshot(
  state: AnnotationsState,
  id: AnnotationId,
  snapshot: Annotation | null,
  now: number,
): AnnotationsState {
  return snapshot ? restoreAnnotation(state, snapshot, now) : deleteAnnotation(state, id, now);
}

/** Undoes the last step; null when there is nothing to undo. */
export function undoStep(
  state: AnnotationsState,
  history: AnnotationHistory,
  now: number,
): { state: AnnotationsState; history: AnnotationHistory } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    state: applySnapshot(state, step.id, step.before, now),
    history: { past: history.past.slice(0, -1), future: [...history.future, step] },
  };
}

/** Redoes the last undone step; null when there is nothing to redo. */
export function redoStep(
  state: AnnotationsState,
  history: AnnotationHistory,
  now: number,
): { state: AnnotationsState; history: AnnotationHistory } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return {
    state: applySnapshot(state, step.id, step.after, now),
    history: { past: [...history.past, step], future: history.future.slice(0, -1) },
  };
}
