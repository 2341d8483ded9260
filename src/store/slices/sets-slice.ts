/**
 * Sets slice: the reader's layers. One action per intent: make a set (its author name is asked
 * once and kept on "My annotations", which is persisted), rename, show or hide, delete (undoable
 * from the bar that says so) and copy an annotation of an imported layer into an own set. The
 * decisions are the pure operations in annotations/sets.ts.
 */
import { isolate, quoted } from '../../paper/isolate';
import type { StateCreator } from 'zustand/vanilla';
import type { ImportState } from '../../annotations/formats/apply-import';
import {
  addSet,
  copyAnnotation,
  isOwnSet,
  removeSet,
  restoreSet,
  updateSet,
  type NewSet,
  type RemovedSet,
} from '../../annotations/sets';
import { DEFAULT_SET_ID, type AnnotationId, type Env, type SetId } from '../../annotations/types';
import type { AppMutators, AppState } from '../app-store';
import { plural } from '../../paper/plural';

export interface SetsSlice {
  /** The own set new highlights go to (not persisted: each visit starts in "My annotations"). */
  activeSetId: SetId;
  /** Chooses the own set new highlights go to; an unknown or imported set is ignored. */
  activeSetChosen: (id: SetId) => void;
  /** The last set deleted, offered back by "Undo" until another is deleted. */
  deletedSet: RemovedSet | null;
  /** Makes an own set; returns its id ('' when the name was empty). */
  setCreated: (input: NewSet) => SetId;
  setRenamed: (id: SetId, name: string) => void;
  /** Shows or hides a layer's highlights and cards. */
  setVisibilityToggled: (id: SetId) => void;
  /** Deletes a set and its annotations ("My annotations" stays); "Undo" brings them back. */
  setDeleted: (id: SetId) => void;
  setDeleteUndone: () => void;
  deletedSetDismissed: () => void;
  /** The reader's name, kept once given: the author of the sets they make and export. */
  authorNameChanged: (name: string) => void;
  /** Copies an annotation (of an imported layer) into an own set; returns the copy's id. */
  annotationCopied: (id: AnnotationId, toSet?: SetId) => AnnotationId | null;
}

/** The reader's author name, kept on the default set ("My annotations"). */
export const selectAuthorName = (s: AppState): string =>
  s.annotationSets[DEFAULT_SET_ID]?.author ?? '';

export const createSetsSlice =
  (env: Env): StateCreator<AppState, AppMutators, [], SetsSlice> =>
  (set, get) => {
    const importState = (): ImportState => ({
      annotations: get().annotations,
      tombstones: get().annotationTombstones,
      sets: get().annotationSets,
    });
    const put = (s: ImportState) =>
      set({
        annotations: s.annotations,
        annotationTombstones: s.tombstones,
        annotationSets: s.sets,
      });

    return {
      activeSetId: DEFAULT_SET_ID,
      activeSetChosen: (id) => {
        const chosen = Object.hasOwn(get().annotationSets, id)
          ? get().annotationSets[id]
          : undefined;
        if (chosen && isOwnSet(chosen)) set({ activeSetId: id });
      },
      deletedSet: null,
      setCreated: (input) => {
        const author = input.author?.trim() || selectAuthorName(get());
        if (author && !selectAuthorName(get())) get().authorNameChanged(author);
        const made = addSet(get().annotationSets, { ...input, author }, env);
        // A set just made is where the reader means to highlight next.
        if (made.id)
          set({ annotationSets: made.sets as AppState['annotationSets'], activeSetId: made.id });
        return made.id;
      },
      setRenamed: (id, name) => {
        const sets = updateSet(get().annotationSets, id, { name });
        if (sets !== get().annotationSets)
          set({ annotationSets: sets as AppState['annotationSets'] });
      },
      setVisibilityToggled: (id) => {
        const hidden = !get().annotationSets[id]?.hidden;
        const sets = updateSet(get().annotationSets, id, { hidden });
        if (sets !== get().annotationSets)
          set({ annotationSets: sets as AppState['annotationSets'] });
      },
      setDeleted: (id) => {
        const result = removeSet(importState(), id, env.now());
        if (!result) return;
        put(result.state);
        set({ deletedSet: result.removed });
        if (get().activeSetId === id) set({ activeSetId: DEFAULT_SET_ID });
        const n = result.removed.annotations.length;
        get().announced(
          `Deleted ${quoted(result.removed.set.name)} and its ${plural(n, 'annotation')}.`,
        );
      },
      setDeleteUndone: () => {
        const removed = get().deletedSet;
        if (!removed) return;
        put(restoreSet(importState(), removed));
        set({ deletedSet: null });
        get().announced(`Restored ${quoted(removed.set.name)}.`);
      },
      deletedSetDismissed: () => set({ deletedSet: null }),
      authorNameChanged: (name) => {
        const sets = updateSet(get().annotationSets, DEFAULT_SET_ID, { author: name.trim() });
        if (sets !== get().annotationSets)
          set({ annotationSets: sets as AppState['annotationSets'] });
      },
      annotationCopied: (id, toSet = get().activeSetId) => {
        const copy = copyAnnotation(get().annotations, id, toSet, env);
        if (!copy) return null;
        get().annotationRestored(copy);
        get().announced(
          `Copied to ${isolate(get().annotationSets[toSet]?.name ?? 'My annotations')}.`,
        );
        return copy.id;
      },
    };
  };
