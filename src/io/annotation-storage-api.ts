/**
 * What the store's persistence offers (annotation-storage.ts builds it): zustand's
 * `PersistStorage`, and flushing, read-only state, problems, other tabs' changes and the
 * annotations a reload reads after its first screen.
 */
import type { PersistStorage } from 'zustand/middleware';
import type {
  PersistedState,
  RemoteChange,
  StorageProblem,
  StoredRest,
} from '../annotations/persisted';
import type { StorageLike } from './storage-like';

/** Timings, clock and first-screen wait of `createAnnotationStorage` (defaults in annotation-storage.ts). */
export interface AnnotationStorageOptions {
  delayMs?: number;
  maxDelayMs?: number;
  retryMs?: number;
  /** Clock for backup key names and tombstone expiry. */
  now?: () => number;
  /**
   * Waits for the first screen to be shown: the bookkeeping of what was loaded waits for it, then
   * for an idle moment. Called only when a load left such work. Without it, the first idle
   * moment, which comes while a reload still waits for the paper's model (the main thread is
   * idle then), before its first screen.
   *
   * Given (the app in a browser), a reload reads first only the annotations the first screen
   * shows (the stored hint, annotation-storage-hint.ts), and the others once it is painted
   * (`onRestLoaded`); the hint is kept up to date. Without it, everything is read at once.
   */
  afterFirstScreen?: () => Promise<unknown>;
  /** Longest wait for `afterFirstScreen` before the rest is read anyway (`REST_WAIT_MS`). */
  restWaitMs?: number;
}

/** The persistence the store is built with, and what the app asks of it beyond zustand's. */
export interface AnnotationStorage extends PersistStorage<PersistedState> {
  /** The storage area written to (to tell its `storage` events from others'). */
  readonly area: StorageLike;
  /** Writes pending changes now (on page hide, before export, in tests). */
  flush(): void;
  /** Whether leaving now would lose work: writes not yet made, or changes a read-only tab keeps. */
  hasPendingWrites(): boolean;
  /** True when stored data must not be written (a newer version wrote it, or it is unreadable). */
  isReadOnly(): boolean;
  /**
   * Listens for problems; `null` means writes succeed again. Problems found before anyone
   * listened (while loading) are delivered on subscribing.
   */
  onProblem(listener: (problem: StorageProblem | null) => void): () => void;
  /** Reads what another tab wrote under `key` (a `storage` event's key); null if nothing to merge. */
  readRemoteChange(key: string | null): RemoteChange | null;
  /**
   * Listens for other tabs' changes found while writing (written before their `storage` event
   * arrived): they must be merged into the state, which is then written.
   */
  onRemoteChange(listener: (change: RemoteChange) => void): () => void;
  /**
   * True from a load that read only the first screen's annotations until the others are read
   * (after the first screen, or at once when something needs them: see `completeLoad`).
   */
  restPending(): boolean;
  /**
   * Reads the annotations a load left for later, now, and hands them to the `onRestLoaded`
   * listeners; nothing if none are left. Everything that needs the whole state calls it first:
   * each write, another tab's change, the reader's first input (app/start-app.ts).
   */
  completeLoad(): void;
  /**
   * Reads again the annotations a load left for later when reading them failed (the problem
   * offered `retry: 'rest'`), and says what happened; nothing if none are unread.
   */
  retryRest(): void;
  /**
   * Listens for the annotations read after the first screen: records this tab had not read yet,
   * to be added to the state under anything it holds for the same ids (store `storedRestLoaded`).
   */
  onRestLoaded(listener: (rest: StoredRest) => void): () => void;
  /** Cancels pending timers (pending changes are flushed first). */
  dispose(): void;
}
