/**
 * Storage slice: what storage and other tabs bring into the annotations. The stored annotations
 * a reload reads after its first screen, another tab's changes merged in (and the notes both
 * edited, until seen), and the problem the storage banner shows.
 */
import type { StateCreator } from 'zustand/vanilla';
import { loadedMerge, loadMerge } from '../../annotations/load-merge';
import type { NoteMergeKind } from '../../annotations/merge';
import {
  mergeRemoteEntries,
  type RemoteChange,
  type StorageProblem,
  type StoredRest,
} from '../../annotations/persisted';
import { hasEntry, putEntries } from '../../annotations/shared-record';
import {
  idsOf,
  type Annotation,
  type AnnotationId,
  type Tombstones,
} from '../../annotations/types';
import type { AppMutators, AppState, AppStorage } from '../app-store';

export interface StorageSlice {
  /** What the storage banner says; null when all is well. */
  storageProblem: StorageProblem | null;
  /**
   * Notes typed in this tab and another at once, merged (`conflict`: both rewrote the same words,
   * both versions kept), until the reader has seen it said; not persisted.
   */
  remoteNoteEdits: Record<AnnotationId, NoteMergeKind>;
  /**
   * The state holds only the first screen's stored annotations; the others are read after it is
   * painted (io/annotation-storage.ts). Lists and counts over all annotations say they are
   * loading meanwhile. Not persisted.
   */
  storedRestPending: boolean;

  /**
   * Adds the stored annotations read after the first screen: only ids the state holds neither
   * live nor deleted (anything it holds for an id is newer: the reader's change, another tab's).
   * Record entries the first read did not know of are taken in as another tab's would be.
   */
  storedRestLoaded: (rest: StoredRest) => void;
  /** Merges what another tab wrote (see io/annotation-storage-remote.ts). */
  remoteAnnotationsMerged: (change: RemoteChange) => void;
  /** The reader has been told that a note was also edited in another tab. */
  remoteNoteEditSeen: (id: AnnotationId) => void;
  /**
   * The reader asks for the stored annotations whose reading failed to be read again (the
   * banner's Reload); the storage says what happened.
   */
  storedRestRetried: () => void;
  /** From the storage: a problem to show, or null once writes succeed again. */
  storageProblemReported: (problem: StorageProblem | null) => void;
  storageProblemDismissed: () => void;
}

export const createStorageSlice =
  (storage: AppStorage): StateCreator<AppState, AppMutators, [], StorageSlice> =>
  (set, get) => ({
    storageProblem: null,
    remoteNoteEdits: {},
    storedRestPending: false,

    storedRestLoaded: (rest) => {
      const { annotations, annotationTombstones: tombstones } = get();
      const added: Record<AnnotationId, Annotation> = {};
      const ids: AnnotationId[] = [];
      for (const id of idsOf(rest.annotations))
        if (!hasEntry(annotations, id) && !Object.hasOwn(tombstones, id)) {
          added[id] = rest.annotations[id]!;
          ids.push(id);
        }
      const deleted: Tombstones = {};
      let anyDeleted = false;
      for (const id of idsOf(rest.tombstones))
        if (!hasEntry(annotations, id) && !Object.hasOwn(tombstones, id)) {
          deleted[id] = rest.tombstones[id]!;
          anyDeleted = true;
        }
      const patch: Partial<AppState> = { storedRestPending: false };
      if (ids.length) patch.annotations = putEntries(annotations, added);
      if (anyDeleted) patch.annotationTombstones = { ...tombstones, ...deleted };
      Object.assign(patch, mergeRemoteEntries(get(), rest.entries));
      set(patch);
    },

    remoteAnnotationsMerged: (remote) => {
      const merge = loadedMerge();
      if (!merge) {
        // Merged once the merge has loaded (it loads as the app starts), in the order received.
        loadMerge().then(
          () => get().remoteAnnotationsMerged(remote),
          (error: unknown) =>
            console.warn("Could not load the merge of another tab's changes", error),
        );
        return;
      }
      const s = get();
      const local = { annotations: s.annotations, tombstones: s.annotationTombstones };
      const { state: merged, notes } = merge.mergeRemoteAnnotations(local, remote);
      const patch: Partial<AppState> = {};
      if (merged !== local) {
        patch.annotations = merged.annotations;
        patch.annotationTombstones = merged.tombstones;
      }
      if (idsOf(notes).length) {
        // A conflict stays said until seen, even if a later merge of the same note is clean.
        const seen = s.remoteNoteEdits;
        const next = { ...seen };
        for (const id of idsOf(notes)) if (seen[id] !== 'conflict') next[id] = notes[id]!;
        patch.remoteNoteEdits = next;
      }
      Object.assign(patch, mergeRemoteEntries(s, remote.entries ?? []));
      if (Object.keys(patch).length) set(patch);
    },
    remoteNoteEditSeen: (id) => {
      if (!(id in get().remoteNoteEdits)) return;
      const { [id]: _seen, ...rest } = get().remoteNoteEdits;
      set({ remoteNoteEdits: rest });
    },
    storedRestRetried: () => storage.retryRest?.(),
    storageProblemReported: (problem) => {
      const shown = get().storageProblem;
      if (problem) set({ storageProblem: problem });
      else if (shown?.kind === 'quota' || shown?.kind === 'write') set({ storageProblem: null });
    },
    storageProblemDismissed: () => set({ storageProblem: null }),
  });
