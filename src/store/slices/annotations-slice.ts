/**
 * Annotations slice: the reader's annotations (all papers), their sets and colour labels (all
 * persisted), plus the undo history, the list filter and the storage status shown in a banner.
 *
 * Actions are thin: each calls a pure operation from annotations/ and records an undo step when
 * something changed. Annotations are a plain `Record<id, Annotation>`; unchanged annotations keep
 * their identity, which is how the persistence knows to skip them.
 */
import type { StateCreator } from 'zustand/vanilla';
import {
  DEFAULT_COLOUR_LABELS,
  normaliseColourLabel,
  type ColourId,
  type ColourLabels,
} from '../../annotations/colours';
import {
  EMPTY_HISTORY,
  recordStep,
  redoStep,
  undoStep,
  type AnnotationHistory,
  type HistoryStep,
} from '../../annotations/history';
import { randomUuid } from '../../annotations/ids';
import { mergeAnnotationChanges } from '../../annotations/merge';
import {
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  linkReference,
  reattachAnnotation,
  restoreAnnotation,
  unlinkReference,
  type AnnotationPatch,
  type NewAnnotation,
} from '../../annotations/operations';
import {
  DEFAULT_SET,
  type Annotation,
  type AnnotationId,
  type AnnotationSet,
  type AnnotationsState,
  type AnnotationTarget,
  type Env,
  type SetId,
  type Tombstones,
} from '../../annotations/types';
import type { RemoteChange, StorageProblem } from '../../io/annotation-storage';
import type { AppMutators, AppState } from '../app-store';
import { mergeRemoteEntries } from '../persisted-state';
import { EMPTY_FILTER, type AnnotationFilter } from '../selectors';

export interface AnnotationsSlice {
  annotations: Record<AnnotationId, Annotation>;
  /** Deleted annotations' deletion times, so other tabs' older copies do not come back. */
  annotationTombstones: Tombstones;
  annotationSets: Record<SetId, AnnotationSet>;
  colourLabels: ColourLabels;
  annotationHistory: AnnotationHistory;
  annotationFilter: AnnotationFilter;
  /** What the storage banner says; null when all is well. */
  storageProblem: StorageProblem | null;

  /** Highlights a passage; returns the new annotation's id. */
  annotationCreated: (input: NewAnnotation) => AnnotationId;
  annotationEdited: (id: AnnotationId, patch: AnnotationPatch) => void;
  /** Links an entry of the reference list, by its label (`8`, `Zhang 2013`). */
  referenceLinked: (id: AnnotationId, refLabel: string) => void;
  referenceUnlinked: (id: AnnotationId, refLabel: string) => void;
  annotationDeleted: (id: AnnotationId) => void;
  /** Puts an annotation back as given (from a backup, or an "undo" toast). */
  annotationRestored: (annotation: Annotation) => void;
  /** Re-attaches an orphan to a passage the reader picked. */
  annotationReattached: (id: AnnotationId, target: AnnotationTarget) => void;
  colourLabelRenamed: (colour: ColourId, label: string) => void;
  annotationFilterChanged: (patch: Partial<AnnotationFilter>) => void;
  annotationFilterCleared: () => void;
  undo: () => void;
  redo: () => void;
  /** Merges what another tab wrote (see io/storage-sync.ts). */
  remoteAnnotationsMerged: (change: RemoteChange) => void;
  /** From the storage: a problem to show, or null once writes succeed again. */
  storageProblemReported: (problem: StorageProblem | null) => void;
  storageProblemDismissed: () => void;
}

/** Ids from `crypto`, time from the clock. */
export const browserEnv: Env = { newId: randomUuid, now: () => Date.now() };

export const createAnnotationsSlice =
  (env: Env = browserEnv): StateCreator<AppState, AppMutators, [], AnnotationsSlice> =>
  (set, get) => {
    const current = (): AnnotationsState => ({
      annotations: get().annotations,
      tombstones: get().annotationTombstones,
    });

    /** Applies an operation to one annotation and records the undo step; false if nothing changed. */
    const change = (
      action: HistoryStep['action'],
      id: AnnotationId,
      operation: (state: AnnotationsState, now: number) => AnnotationsState,
      coalesceKey?: string,
    ): boolean => {
      const before = current();
      const now = env.now();
      const after = operation(before, now);
      if (after === before) return false;
      const step: HistoryStep = {
        action,
        id,
        before: before.annotations[id] ?? null,
        after: after.annotations[id] ?? null,
        at: now,
        ...(coalesceKey === undefined ? {} : { coalesceKey }),
      };
      set({
        annotations: after.annotations,
        annotationTombstones: after.tombstones,
        annotationHistory: recordStep(get().annotationHistory, step),
      });
      return true;
    };

    const travel = (move: typeof undoStep) => {
      const result = move(current(), get().annotationHistory, env.now());
      if (!result) return;
      set({
        annotations: result.state.annotations,
        annotationTombstones: result.state.tombstones,
        annotationHistory: result.history,
      });
    };

    return {
      annotations: {},
      annotationTombstones: {},
      annotationSets: { [DEFAULT_SET.id]: DEFAULT_SET },
      colourLabels: { ...DEFAULT_COLOUR_LABELS },
      annotationHistory: EMPTY_HISTORY,
      annotationFilter: EMPTY_FILTER,
      storageProblem: null,

      annotationCreated: (input) => {
        const created = createAnnotation(current(), input, env);
        change('create', created.annotation.id, () => created.state);
        return created.annotation.id;
      },
      annotationEdited: (id, patch) => {
        const typing =
          patch.note !== undefined && patch.tags === undefined && patch.colour === undefined;
        change(
          'edit',
          id,
          (s, now) => editAnnotation(s, id, patch, now),
          typing ? `note:${id}` : undefined,
        );
      },
      referenceLinked: (id, refLabel) => {
        change('link', id, (s, now) => linkReference(s, id, refLabel, now));
      },
      referenceUnlinked: (id, refLabel) => {
        change('unlink', id, (s, now) => unlinkReference(s, id, refLabel, now));
      },
      annotationDeleted: (id) => {
        change('delete', id, (s, now) => deleteAnnotation(s, id, now));
      },
      annotationRestored: (annotation) => {
        change('restore', annotation.id, (s, now) => restoreAnnotation(s, annotation, now));
      },
      annotationReattached: (id, target) => {
        change('reattach', id, (s, now) => reattachAnnotation(s, id, target, now));
      },
      colourLabelRenamed: (colour, label) => {
        const next = normaliseColourLabel(colour, label);
        if (get().colourLabels[colour] !== next)
          set({ colourLabels: { ...get().colourLabels, [colour]: next } });
      },
      annotationFilterChanged: (patch) =>
        set({ annotationFilter: { ...get().annotationFilter, ...patch } }),
      annotationFilterCleared: () => set({ annotationFilter: EMPTY_FILTER }),
      undo: () => travel(undoStep),
      redo: () => travel(redoStep),

      remoteAnnotationsMerged: (remote) => {
        const s = get();
        const local = current();
        const merged = mergeAnnotationChanges(local, remote);
        const patch: Partial<AppState> = {};
        if (merged !== local) {
          patch.annotations = merged.annotations;
          patch.annotationTombstones = merged.tombstones;
        }
        Object.assign(patch, mergeRemoteEntries(s, remote.entries ?? []));
        if (Object.keys(patch).length) set(patch);
      },
      storageProblemReported: (problem) => {
        const shown = get().storageProblem;
        if (problem) set({ storageProblem: problem });
        else if (shown?.kind === 'quota' || shown?.kind === 'write') set({ storageProblem: null });
      },
      storageProblemDismissed: () => set({ storageProblem: null }),
    };
  };
