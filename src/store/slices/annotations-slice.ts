/**
 * Annotations slice: the reader's annotations (all papers), their sets and colour labels (all
 * persisted), plus drafts, the undo history and the list filter. What storage and other tabs bring
 * in, and the storage status shown in a banner, is the storage slice (storage-slice.ts).
 *
 * Actions are thin: each calls a pure operation from annotations/ and records an undo step when
 * something changed. Annotations are a plain `Record<id, Annotation>`; unchanged annotations keep
 * their identity, which is how the persistence knows to skip them.
 */
import type { StateCreator } from 'zustand/vanilla';
import { normaliseColourLabel, type ColourId, type ColourLabels } from '../../annotations/colours';
import {
  EMPTY_HISTORY,
  recordStep,
  redoStep,
  undoStep,
  type AnnotationHistory,
  type HistoryStep,
} from '../../annotations/history';
import { emptyRecord, entryOf, removeEntry } from '../../annotations/shared-record';
import { isOwnSet } from '../../annotations/sets';
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
import { PERSISTED_DEFAULTS } from '../../annotations/persisted';
import {
  idsOf,
  type Annotation,
  type AnnotationId,
  type Annotations,
  type AnnotationSet,
  type AnnotationsState,
  type AnnotationTarget,
  type Env,
  type SetId,
  type Tombstones,
} from '../../annotations/types';
import type { AppMutators, AppState } from '../app-store';
import { EMPTY_FILTER, type AnnotationFilter } from '../annotation-filter';

export interface AnnotationsSlice {
  /** All annotations by id (a record that shares structure with the last, shared-record.ts). */
  annotations: Annotations;
  /** Deleted annotations' deletion times, so other tabs' older copies do not come back. */
  annotationTombstones: Tombstones;
  annotationSets: Record<SetId, AnnotationSet>;
  colourLabels: ColourLabels;
  annotationHistory: AnnotationHistory;
  annotationFilter: AnnotationFilter;
  /**
   * New highlights opened for a note or a link that have not got content yet: shown, not
   * persisted, not in the undo history. The first change (or leaving it) keeps one for good.
   */
  drafts: Record<AnnotationId, true>;

  /** Highlights a passage; returns the new annotation's id. */
  annotationCreated: (input: NewAnnotation) => AnnotationId;
  /** Highlights a passage as a draft (see `drafts`); returns its id. */
  draftCreated: (input: NewAnnotation) => AnnotationId;
  /** Keeps a draft for good: it becomes an annotation like any other, with its undo step. */
  draftConfirmed: (id: AnnotationId) => void;
  /** Takes a draft back as if it never was (no undo step); false if `id` is not a draft. */
  draftDiscarded: (id: AnnotationId) => boolean;
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
}

export const createAnnotationsSlice =
  (env: Env): StateCreator<AppState, AppMutators, [], AnnotationsSlice> =>
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
      if (get().drafts[id]) confirm(id);
      // An imported layer is read-only: its annotations are copied, never changed in place.
      const own = entryOf(get().annotations, id);
      if (own && action !== 'restore' && !isOwnSet(get().annotationSets[own.setId])) return false;
      const before = current();
      const now = env.now();
      const after = operation(before, now);
      if (after === before) return false;
      const step: HistoryStep = {
        action,
        id,
        before: entryOf(before.annotations, id) ?? null,
        after: entryOf(after.annotations, id) ?? null,
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

    /** Records a draft's creation as the undo step it would have been, and keeps it. */
    const confirm = (id: AnnotationId) => {
      const { [id]: _kept, ...drafts } = get().drafts;
      const draft = entryOf(get().annotations, id);
      if (!draft) return set({ drafts });
      const step: HistoryStep = { action: 'create', id, before: null, after: draft, at: env.now() };
      set({ drafts, annotationHistory: recordStep(get().annotationHistory, step) });
    };

    const travel = (move: typeof undoStep) => {
      // Ctrl+Z right after highlighting for a note takes the highlight back, as it always did.
      for (const id of idsOf(get().drafts)) confirm(id);
      const result = move(current(), get().annotationHistory, env.now());
      if (!result) return;
      set({
        annotations: result.state.annotations,
        annotationTombstones: result.state.tombstones,
        annotationHistory: result.history,
      });
    };

    return {
      annotations: emptyRecord(),
      annotationTombstones: {},
      annotationSets: PERSISTED_DEFAULTS.annotationSets,
      colourLabels: PERSISTED_DEFAULTS.colourLabels,
      annotationHistory: EMPTY_HISTORY,
      annotationFilter: EMPTY_FILTER,
      drafts: {},

      annotationCreated: (input) => {
        const created = createAnnotation(current(), input, env);
        change('create', created.annotation.id, () => created.state);
        return created.annotation.id;
      },
      draftCreated: (input) => {
        const created = createAnnotation(current(), input, env);
        const { id } = created.annotation;
        set({ annotations: created.state.annotations, drafts: { ...get().drafts, [id]: true } });
        return id;
      },
      draftConfirmed: (id) => {
        if (get().drafts[id]) confirm(id);
      },
      draftDiscarded: (id) => {
        if (!get().drafts[id]) return false;
        const { [id]: _draft, ...drafts } = get().drafts;
        set({ annotations: removeEntry(get().annotations, id), drafts });
        return true;
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
    };
  };
