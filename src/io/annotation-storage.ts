/**
 * The store's persistence: a zustand `PersistStorage` that keeps the state in small localStorage
 * keys (one per annotation, one index per paper, one for everything else; see storage-keys.ts) and
 * writes only what changed, so typing a note rewrites one annotation, not the library.
 *
 * - Writes are coalesced: a change waits `WRITE_DELAY_MS` for the next one (at most
 *   `MAX_WRITE_DELAY_MS`), then only keys whose value changed are written. Unchanged annotations
 *   are skipped by object identity, the rest by comparing with what storage holds.
 * - A write that fails (storage full, or anything else) is reported through `onProblem`, nothing
 *   in memory is touched, and the write is retried every `RETRY_DELAY_MS` and at the next change.
 * - Reading recovers what it can (annotation-storage-load.ts), brings it up to date and says what
 *   it could not take in (annotation-storage-hydrate.ts, in the sentences of
 *   annotation-storage-messages.ts); writing is in annotation-storage-write.ts, and reading other
 *   tabs' writes in annotation-storage-remote.ts. What it offers is annotation-storage-api.ts.
 */
import type { StorageValue } from 'zustand/middleware';
import type {
  PersistedState,
  RemoteChange,
  StorageProblem,
  StoredRest,
} from '../annotations/persisted';
import { pruneTombstones } from '../annotations/tombstones';
import type { AnnotationStorage, AnnotationStorageOptions } from './annotation-storage-api';
import { ourKeys, retireLegacy } from './annotation-storage-backup';
import { hydrateLoaded } from './annotation-storage-hydrate';
import { loadRest, loadStoredState, type LoadResult } from './annotation-storage-load';
import { firstKeys } from './annotation-storage-meta';
import { describeFailure, MESSAGES } from './annotation-storage-messages';
import { reconcileIndexes } from './annotation-storage-reconcile';
import { readRemoteKey } from './annotation-storage-remote';
import { writeState } from './annotation-storage-write';
import type { StorageLike } from './storage-like';
import { storageKeys, type StorageKeys } from './storage-keys';
import { createMirror } from './storage-mirror';
import { createProblemChannel } from './storage-problems';
import { whenIdle } from './when-idle';

export type { AnnotationStorage, AnnotationStorageOptions } from './annotation-storage-api';
export type { RemoteChange, StorageProblem, StoredRest } from '../annotations/persisted';

/** Wait for a pause this long before writing: a note typed at normal speed is written once. */
export const WRITE_DELAY_MS = 300;
/**
 * ...but never hold a change longer than this while the reader keeps typing: what a renderer
 * crash can lose (about ten characters), and how stale another tab's copy of a note can get.
 */
export const MAX_WRITE_DELAY_MS = 1000;
/** How many times one flush merges another tab's fresh writes and writes again before waiting. */
const MAX_FLUSH_PASSES = 3;
/**
 * Longest wait for an idle moment (after `afterFirstScreen`) to note the loaded records in the
 * mirror and compare the index chunks with them (a reload shows its first screen first); a write
 * or another tab's change does it at once.
 */
const IDLE_WAIT_MS = 2000;
/** How often failed writes are retried (the reader may have freed space meanwhile). */
export const RETRY_DELAY_MS = 10_000;
/**
 * Longest wait for the first screen before the annotations off it are read anyway (a reload whose
 * paper never shows: it could not be opened, or the reader is asked first).
 */
export const REST_WAIT_MS = 5000;

/** Builds the persistence over `area` (localStorage in the app, an in-memory one in tests). */
export function createAnnotationStorage(
  area: StorageLike,
  options: AnnotationStorageOptions = {},
): AnnotationStorage {
  const {
    delayMs = WRITE_DELAY_MS,
    maxDelayMs = MAX_WRITE_DELAY_MS,
    retryMs = RETRY_DELAY_MS,
  } = options;
  const now = options.now ?? Date.now;
  const mirror = createMirror();
  const problems = createProblemChannel();
  const { report } = problems;
  let keys: StorageKeys | null = null;
  let latest: StorageValue<PersistedState> | null = null;
  let dirty = false;
  let dirtySince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let legacy: LoadResult['legacy'] = null;
  /** Stored data this version must not overwrite: nothing is written while set. */
  let readOnly = false;
  /** The persisted state changed while read-only (work that is not saved). */
  let changedReadOnly = false;
  let failing: StorageProblem | null = null;
  /** The reader changed something since the last failure was reported (so tell them again). */
  let changedSinceReport = false;
  const remoteListeners = new Set<(change: RemoteChange) => void>();
  let cancelIdle: (() => void) | null = null;
  /** The keys a load given the first screen's read (the others not yet), until `completeLoad`. */
  let pending: Set<string> | null = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  /** The keys whose reading failed (and whether the tab was read-only before), for `retryRest`. */
  let unreadRest: { read: ReadonlySet<string>; wasReadOnly: boolean } | null = null;
  /** A retry has been made: the empty rest was handed over already, and failing again is said so. */
  let retried = false;
  const restListeners = new Set<(rest: StoredRest) => void>();
  /** The state as loaded (until the store writes one), for the hint of a load that found none. */
  let loadedState: PersistedState | null = null;
  /** Keeps the first screen's hint (annotation-storage-hint-write.ts, loaded after it). */
  let writeHint: ((state: PersistedState) => void) | null = null;
  let cancelHint: (() => void) | null = null;

  /** The loaded index chunks compared with the records (before any write or merge needs them). */
  const reconcile = () => {
    completeLoad();
    cancelIdle?.();
    cancelIdle = null;
    if (keys) reconcileIndexes(keys, mirror);
  };

  function completeLoad() {
    const read = pending;
    if (!read || !keys) return;
    pending = null;
    clearTimeout(restTimer);
    takeRest(read);
  }

  /**
   * Reads the keys a load left unread, now, and hands them to the `onRestLoaded` listeners.
   * Returns whether all of it was read and taken in (a record backed up as unreadable is not).
   */
  function takeRest(read: ReadonlySet<string>): boolean {
    if (!keys) return false;
    let rest: ReturnType<typeof loadRest>;
    try {
      rest = loadRest(area, keys, mirror, read, now());
    } catch (error) {
      // The state holds only the first screen's annotations: nothing may be written from it.
      console.warn('Could not read the rest of the stored annotations', error);
      unreadRest = { read, wasReadOnly: readOnly };
      readOnly = true;
      const message = retried ? MESSAGES.restStillUnread : MESSAGES.restUnread;
      report({ kind: 'unavailable', message, retry: 'rest' });
      if (!retried)
        for (const listener of restListeners)
          listener({ annotations: {}, tombstones: {}, entries: [] });
      return false;
    }
    if (rest.unreadable)
      report({
        kind: 'corrupt',
        message: MESSAGES.corrupt(rest.unreadable),
        backupKeys: rest.backupKeys,
      });
    const tombstones = pruneTombstones(rest.tombstones, now());
    const { annotations, entries } = rest;
    try {
      for (const listener of restListeners) listener({ annotations, tombstones, entries });
    } catch (error) {
      // The state may lack some of the rest: nothing may be written from it.
      console.warn('Could not take in the rest of the stored annotations', error);
      readOnly = true;
      report({ kind: 'unavailable', message: MESSAGES.unavailable });
      return false;
    }
    // No one took the rest in: the state lacks it, and writing from it would drop those records.
    if (!restListeners.size) readOnly = true;
    // Noting what was read waits for an idle moment, as after a whole load; a write held back
    // meanwhile goes now.
    cancelIdle?.();
    cancelIdle = whenIdle(reconcile, undefined, IDLE_WAIT_MS);
    if (dirty) schedule(delayMs);
    return !rest.unreadable;
  }

  function retryRest() {
    const unread = unreadRest;
    if (!unread) return;
    unreadRest = null;
    readOnly = unread.wasReadOnly;
    retried = true;
    // Only when everything was read: a record backed up as unreadable keeps its own warning.
    if (takeRest(unread.read))
      report({ kind: 'recovered', message: MESSAGES.restLoaded(!readOnly) });
  }

  /** Brings the first screen's hint up to date (never from a state still missing the rest). */
  function saveHint() {
    const state = latest?.state ?? loadedState;
    if (writeHint && !pending && !readOnly && state) writeHint(state);
  }

  /** The hint is brought up to date when the page is next idle (after the first screen). */
  function scheduleHint() {
    cancelHint?.();
    cancelHint = whenIdle(saveHint, undefined, IDLE_WAIT_MS);
  }

  const schedule = (wait: number) => {
    clearTimeout(timer);
    // A timed write waits for the rest of a reload's records (read once its first screen is
    // shown, or at once by the reader's first input): the app's own writes as a paper opens do
    // not pull that reading before the first screen. Page hide and other tabs still force it.
    timer = setTimeout(() => pending === null && flush(), wait);
  };

  const markChanged = () => {
    if (!latest) return;
    if (!dirty) dirtySince = Date.now();
    dirty = true;
    schedule(Math.min(delayMs, Math.max(0, dirtySince + maxDelayMs - Date.now())));
  };

  /** Writes pending changes; a key another tab changed meanwhile is merged first, then written. */
  function flush() {
    // The rest of a reload is read first: taking it in changes the state (the store writes it
    // back), which must be part of this write, not left dirty after it.
    completeLoad();
    clearTimeout(timer);
    timer = undefined;
    for (let pass = 0; pass < MAX_FLUSH_PASSES; pass++) {
      if (!dirty || !latest || !keys || readOnly) return;
      dirty = false;
      reconcile();
      const { failures, stale } = writeState(area, keys, mirror, latest.state, latest.version ?? 0);
      if (legacy && !failures.length && !stale.length) {
        const problem = retireLegacy(area, keys, legacy, latest.state.annotations.size, now());
        legacy = null;
        if (problem) report(problem);
      }
      if (failures.length) {
        console.warn(`Could not save ${failures.length} stored item(s); will retry`, failures[0]);
        dirty = true;
        dirtySince = Date.now();
        schedule(retryMs);
        const problem = describeFailure(failures[0]);
        // A new problem, or the same one after the reader changed more (they may have dismissed
        // the banner): tell them again. Timed retries alone do not nag.
        if (failing?.kind !== problem.kind || changedSinceReport) report((failing = problem));
        changedSinceReport = false;
        return;
      }
      if (failing) {
        failing = null;
        report(null);
      }
      // The hint is not written after each write: walking thousands of annotations for it cost
      // each edit 3–5 ms of its frame (issue 9). It is written as the page is hidden (and once
      // after the first screen); after a crash an older hint costs the next reload speed only.
      if (!stale.length) return;
      // Another tab wrote these before we heard of it: merge its version in (the store calls
      // setItem with the result), then write again, over a value we now know.
      for (const key of stale) {
        const { change, recheck } = readRemoteKey(area, keys, mirror, key);
        if (recheck) dirty = true;
        if (change) for (const listener of remoteListeners) listener(change);
      }
    }
    if (dirty) schedule(delayMs);
  }

  return {
    area,
    getItem(name) {
      keys = storageKeys(name);
      let loaded: LoadResult;
      try {
        const hint = options.afterFirstScreen && firstKeys(area, keys);
        loaded = loadStoredState(area, keys, mirror, now(), hint || null);
      } catch (error) {
        console.warn('Could not read stored annotations', error);
        // The state starts empty: writing from it would drop what could not be read.
        readOnly = true;
        report({ kind: 'unavailable', message: MESSAGES.unavailable });
        return null;
      }
      legacy = loaded.legacy;
      const firstScreen = options.afterFirstScreen?.();
      if (firstScreen)
        // The hint is kept from then on (its writer loads then: it is not needed before).
        void firstScreen
          .then(() => import('./annotation-storage-hint-write'))
          .then(({ keepHint }) => {
            writeHint = keepHint(area, keys!, mirror);
            scheduleHint();
          })
          .catch(() => undefined);
      if (loaded.deferred) {
        // The rest is read once the first screen is painted (and noted, compared, after it).
        pending = loaded.deferred;
        restTimer = setTimeout(completeLoad, options.restWaitMs ?? REST_WAIT_MS);
        void (firstScreen ?? Promise.resolve()).then(completeLoad, completeLoad);
      } else if (mirror.unreconciledRecords?.length || mirror.unreconciledIndexes?.size)
        // Nothing to note or compare (no stored annotations): no wait at all.
        cancelIdle = whenIdle(reconcile, firstScreen, IDLE_WAIT_MS);
      const hydrated = hydrateLoaded(area, keys, loaded, now());
      if (hydrated.readOnly) readOnly = true;
      if (hydrated.dropRest) pending = null;
      if (hydrated.backedUpAll) {
        legacy = null;
        Object.assign(mirror, createMirror());
      }
      for (const problem of hydrated.problems) report(problem);
      const value = hydrated.value;
      if (!value) return null;
      loadedState = value.state;
      mirror.flushed.tombstones = loaded.storedTombstones;
      if (hydrated.rewrite) {
        // Data of an older version is written in the current shape without waiting for a change.
        latest = value;
        markChanged();
      } else {
        mirror.flushed.annotations = value.state.annotations;
      }
      return value;
    },
    setItem(name, value) {
      keys ??= storageKeys(name);
      // The persist middleware calls this on every store change; only a change to persisted
      // data (same fields, new identity) is the reader's work that may need the banner again.
      const before = latest?.state as Record<string, unknown> | undefined;
      const after = value.state as unknown as Record<string, unknown>;
      if (!before || Object.keys(after).some((k) => before[k] !== after[k])) {
        changedSinceReport = true;
        // Read-only, the reader's work is never written: leaving now would lose it.
        if (readOnly) changedReadOnly = true;
      }
      latest = value;
      markChanged();
    },
    removeItem(name) {
      if (readOnly) return;
      const k = (keys ??= storageKeys(name));
      completeLoad();
      for (const key of ourKeys(area, k)) area.removeItem(key);
      Object.assign(mirror, createMirror());
    },
    flush() {
      flush();
      saveHint();
    },
    restPending: () => pending !== null,
    completeLoad,
    retryRest,
    onRestLoaded(listener) {
      restListeners.add(listener);
      return () => restListeners.delete(listener);
    },
    hasPendingWrites: () => (readOnly ? changedReadOnly : dirty),
    isReadOnly: () => readOnly,
    onProblem: problems.onProblem,
    onRemoteChange(listener) {
      remoteListeners.add(listener);
      return () => remoteListeners.delete(listener);
    },
    readRemoteChange(key) {
      if (!keys || readOnly) return null;
      reconcile();
      const { change, recheck } = readRemoteKey(area, keys, mirror, key);
      if (recheck) markChanged();
      return change;
    },
    dispose() {
      flush();
      saveHint();
      clearTimeout(restTimer);
      pending = null;
      cancelHint?.();
      cancelHint = null;
      cancelIdle?.();
      cancelIdle = null;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
