/**
 * The application store: typed slices combined on a vanilla Zustand store, with the persist
 * middleware on the combined store only (zustand docs/learn/guides/slices-pattern.md).
 *
 * `createAppStore({ storage, clock, ids })` builds a fresh store over the storage it is given
 * (io/annotation-storage.ts in the app, an in-memory one in tests): nothing here touches the
 * browser, and no store exists until app/ (the composition root) builds one.
 */
import { createStore } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import { newAnnotationId } from '../annotations/ids';
import {
  mergeStoredState,
  pickPersisted,
  samePersisted,
  type PersistedState,
  type StorageProblem,
  type StoredRest,
} from '../annotations/persisted';
import { PERSIST_VERSION } from '../annotations/persisted-migrations';
import type { AnnotationId, Env } from '../annotations/types';
import { createAnnotationsSlice, type AnnotationsSlice } from './slices/annotations-slice';
import { createAppUpdateSlice, type AppUpdateSlice } from './slices/app-update-slice';
import { createImportSlice, type ImportSlice } from './slices/import-slice';
import { createIntentsSlice, type IntentsSlice } from './slices/intents-slice';
import { createPapersSlice, type PapersSlice } from './slices/papers-slice';
import { createSetsSlice, type SetsSlice } from './slices/sets-slice';
import { createStorageSlice, type StorageSlice } from './slices/storage-slice';
import { createViewSlice, type ViewSlice } from './slices/view-slice';
import { createWithoutDrafts } from './persisted-view';
import { batching } from './batch';

export type AppState = PapersSlice &
  AnnotationsSlice &
  StorageSlice &
  ViewSlice &
  IntentsSlice &
  SetsSlice &
  ImportSlice &
  AppUpdateSlice;
export type AppMutators = [['zustand/persist', unknown]];

/** The localStorage key (or key prefix) that the store persists under. */
export const PERSIST_NAME = 'marginalia';

/** Where the store persists: zustand's storage, optionally telling the store of its problems. */
export interface AppStorage extends PersistStorage<PersistedState> {
  /** Listens for problems with the stored data (null: all is well again); returns an unsubscribe. */
  onProblem?(listener: (problem: StorageProblem | null) => void): () => void;
  /** True when the hydrated state holds only the first screen's annotations (the rest to come). */
  restPending?(): boolean;
  /** Listens for the stored annotations read after the first screen; returns an unsubscribe. */
  onRestLoaded?(listener: (rest: StoredRest) => void): () => void;
  /** Reads again the stored annotations whose reading after the first screen failed. */
  retryRest?(): void;
}

export interface AppStoreOptions {
  storage: AppStorage;
  /** Epoch milliseconds now; tests pass a deterministic clock. */
  clock?: () => number;
  /** A new annotation id; tests pass deterministic ones. */
  ids?: () => AnnotationId;
  /** Called when stored data could not be read; nothing is dropped, the user is told. */
  onRehydrateError?: (error: unknown) => void;
}

/** Builds a store over `storage`; `dispose()` removes every listener the store added. */
export function createAppStore(options: AppStoreOptions) {
  const env: Env = { now: options.clock ?? Date.now, newId: options.ids ?? newAnnotationId };
  const storage = writeOnlyPersistedChanges(options.storage);
  const withoutDrafts = createWithoutDrafts();
  const store = createStore<AppState>()(
    batching(
      persist(
        (...a) => ({
          ...createPapersSlice(env)(...a),
          ...createAnnotationsSlice(env)(...a),
          ...createStorageSlice(options.storage)(...a),
          ...createViewSlice(...a),
          ...createIntentsSlice(...a),
          ...createSetsSlice(env)(...a),
          ...createImportSlice(env)(...a),
          ...createAppUpdateSlice(...a),
        }),
        {
          name: PERSIST_NAME,
          version: PERSIST_VERSION,
          merge: mergeStoredState,
          partialize: (s: AppState) => withoutDrafts(s),
          storage,
          onRehydrateStorage: () => (_state, error) => {
            if (error) options.onRehydrateError?.(error);
          },
        },
      ),
    ),
  );
  storage.loaded(pickPersisted(withoutDrafts(store.getState())));
  const lifetime = new AbortController();
  const unsubscribe = options.storage.onProblem?.((problem) =>
    store.getState().storageProblemReported(problem),
  );
  if (unsubscribe) lifetime.signal.addEventListener('abort', unsubscribe, { once: true });
  if (options.storage.restPending?.()) {
    store.setState({ storedRestPending: true });
    const stop = options.storage.onRestLoaded?.((rest) => store.getState().storedRestLoaded(rest));
    if (stop) lifetime.signal.addEventListener('abort', stop, { once: true });
  }
  return Object.assign(store, { dispose: () => lifetime.abort() });
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Passes a write on only when a persisted field changed: the persist middleware offers one after
 * every change, and UI-only changes (anchors resolved, announcements) must not wake the storage.
 */
function writeOnlyPersistedChanges(storage: AppStorage) {
  let last: PersistedState | null = null;
  return {
    getItem: (name: string) => storage.getItem(name),
    removeItem: (name: string) => storage.removeItem(name),
    setItem(name: string, value: { state: PersistedState; version?: number }) {
      if (last && samePersisted(last, value.state)) return;
      last = value.state;
      return storage.setItem(name, value);
    },
    /** What storage holds after loading: not written back until something in it changes. */
    loaded(state: PersistedState) {
      last ??= state;
    },
  } satisfies PersistStorage<PersistedState> & { loaded(state: PersistedState): void };
}
