/**
 * The one application store: typed slices combined on a vanilla Zustand store, with the persist
 * middleware on the combined store only (zustand docs/learn/guides/slices-pattern.md).
 *
 * `createAppStore({ storage })` builds a fresh store, so tests use in-memory storage; the app
 * builds one instance in `store/index.ts` and reads it through the bounded `useAppStore` hook.
 */
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Env } from '../annotations/types';
import {
  createAnnotationStorage,
  type AnnotationStorage,
  type StorageProblem,
} from '../io/annotation-storage';
import type { StorageLike } from '../io/storage-like';
import { flushOnPageHide, openLocalStorage, subscribeToStorageChanges } from '../io/storage-sync';
import { createAnnotationsSlice, type AnnotationsSlice } from './slices/annotations-slice';
import { createPapersSlice, type PapersSlice } from './slices/papers-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';
import {
  mergeStoredState,
  migratePersistedState,
  PERSIST_VERSION,
  type PersistedState,
} from './persisted-state';

export type AppState = PapersSlice & AnnotationsSlice & ViewSlice;
export type AppMutators = [['zustand/persist', unknown]];

/** The localStorage key (or key prefix) that the store persists under. */
export const PERSIST_NAME = 'marginalia';

export interface AppStoreOptions {
  /**
   * Where to persist: a StorageLike (an in-memory one in tests), kept in small keys by
   * io/annotation-storage, or an AnnotationStorage built by the caller (to flush it or tune its
   * delays). Omit for the browser's localStorage.
   */
  storage?: StorageLike | AnnotationStorage;
  /** Ids and clock for annotations; tests pass deterministic ones. */
  env?: Env;
  /** Where other tabs' `storage` events arrive: the window for localStorage, else none unless given. */
  storageEvents?: EventTarget | null;
  /** Called when stored data could not be read; nothing is dropped, the user is told. */
  onRehydrateError?: (error: unknown) => void;
  /** Also told of storage problems (the store keeps them in `storageProblem` for the banner). */
  onStorageProblem?: (problem: StorageProblem | null) => void;
}

const isAnnotationStorage = (s: StorageLike | AnnotationStorage): s is AnnotationStorage =>
  'readRemoteChange' in s;

/**
 * Picks what is persisted: the papers index and the current paper's id (never the parsed paper),
 * the annotations with their tombstones, sets and colour labels (never history, filter or status).
 */
export const partializeState = (s: AppState): PersistedState => ({
  papers: s.papers,
  currentPaperId: s.currentPaperId,
  annotations: s.annotations,
  annotationTombstones: s.annotationTombstones,
  annotationSets: s.annotationSets,
  colourLabels: s.colourLabels,
});

export function createAppStore(options: AppStoreOptions = {}) {
  const browser = options.storage ? null : openLocalStorage();
  const area = options.storage ?? browser?.area;
  if (!area) throw new Error('unreachable: no storage area');
  const storage = isAnnotationStorage(area) ? area : createAnnotationStorage(area);
  const annotationsSlice = createAnnotationsSlice(options.env);
  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createPapersSlice(...a),
        ...annotationsSlice(...a),
        ...createViewSlice(...a),
      }),
      {
        name: PERSIST_NAME,
        version: PERSIST_VERSION,
        migrate: migratePersistedState,
        merge: mergeStoredState,
        partialize: partializeState,
        storage,
        onRehydrateStorage: () => (_state, error) => {
          if (error) options.onRehydrateError?.(error);
        },
      },
    ),
  );
  // Problems found while loading are delivered now that the store exists.
  storage.onProblem((problem) => {
    store.getState().storageProblemReported(problem);
    options.onStorageProblem?.(problem);
  });
  if (browser?.problem) store.getState().storageProblemReported(browser.problem);
  const inBrowser = browser !== null && typeof window !== 'undefined';
  const events =
    options.storageEvents === undefined ? (inBrowser ? window : null) : options.storageEvents;
  if (events) {
    subscribeToStorageChanges(storage, events, (change) =>
      store.getState().remoteAnnotationsMerged(change),
    );
  }
  if (inBrowser) flushOnPageHide(storage, window, document);
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
