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
 * - Reading recovers what it can (annotation-storage-load.ts) and reports the rest; writing is in
 *   annotation-storage-write.ts, and reading other tabs' writes in annotation-storage-remote.ts.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type {
  PersistedState,
  RemoteChange,
  StorageProblem,
  StoredRest,
} from '../annotations/persisted';
import { pruneTombstones } from '../annotations/tombstones';
import { migratePersistedState, PERSIST_VERSION } from '../annotations/persisted-migrations';
import {
  backUpDropped,
  loadRest,
  loadStoredState,
  type FirstKeys,
  reconcileIndexes,
  type LoadResult,
} from './annotation-storage-load';
import { firstKeysOf } from './annotation-storage-hint';
import { readRemoteKey } from './annotation-storage-remote';
import { writeState } from './annotation-storage-write';
import { isQuotaExceeded, listKeys, type StorageLike } from './storage-like';
import { storageKeys, type StorageKeys } from './storage-keys';
import { createMirror } from './storage-mirror';
import { whenIdle } from './when-idle';
import { asPaperId, type PaperId } from '../paper/types';

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
   * Listens for the annotations read after the first screen: records this tab had not read yet,
   * to be added to the state under anything it holds for the same ids (store `storedRestLoaded`).
   */
  onRestLoaded(listener: (rest: StoredRest) => void): () => void;
  /** Cancels pending timers (pending changes are flushed first). */
  dispose(): void;
}

const MESSAGES = {
  quota:
    'Browser storage is full, so your latest changes are not saved yet. They are safe while this ' +
    'tab stays open: export your annotations to keep a copy, or delete some to make room.',
  write:
    'Your latest changes could not be saved yet; they are kept in this tab and saving will be retried.',
  corrupt: (n: number) =>
    `${n === 1 ? 'One stored item' : `${n} stored items`} could not be read. Everything else is loaded; ` +
    'the unreadable data is kept unchanged in a backup.',
  legacy: (n: number) =>
    `${n === 1 ? 'One annotation' : `${n} annotations`} saved by an earlier version could not be read. ` +
    'Everything else is loaded; the old data is kept unchanged in a backup.',
  tooNew:
    'Your annotations were saved by a newer version of Marginalia, so this version does not show ' +
    'them and saves nothing: they stay exactly as they are. Reload the page to get the newer version.',
  failed:
    'Your stored annotations could not be brought up to date. They are kept unchanged in a backup; ' +
    'this tab starts empty.',
  unavailable:
    'Stored annotations could not be read in this browser. Nothing is lost: they are still ' +
    'stored, unchanged. Reload the page to try again; until then nothing here is saved: export ' +
    'to keep a copy.',
  failedNoBackup:
    'Your stored annotations could not be brought up to date, and there was no room to back them ' +
    'up, so this tab saves nothing and leaves them as they are.',
};

const describeFailure = (error: unknown): StorageProblem =>
  isQuotaExceeded(error)
    ? { kind: 'quota', message: MESSAGES.quota }
    : { kind: 'write', message: MESSAGES.write };

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
  const listeners = new Set<(problem: StorageProblem | null) => void>();
  const remoteListeners = new Set<(change: RemoteChange) => void>();
  let undelivered: StorageProblem[] = [];
  let cancelIdle: (() => void) | null = null;
  /** The keys a load given the first screen's read (the others not yet), until `completeLoad`. */
  let pending: Set<string> | null = null;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
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
    let rest: ReturnType<typeof loadRest>;
    try {
      rest = loadRest(area, keys, mirror, read, now());
    } catch (error) {
      // The state holds only the first screen's annotations: nothing may be written from it.
      console.warn('Could not read the rest of the stored annotations', error);
      readOnly = true;
      report({ kind: 'unavailable', message: MESSAGES.unavailable });
      for (const listener of restListeners)
        listener({ annotations: {}, tombstones: {}, entries: [] });
      return;
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
      return;
    }
    // No one took the rest in: the state lacks it, and writing from it would drop those records.
    if (!restListeners.size) readOnly = true;
    // Noting what was read waits for an idle moment, as after a whole load; a write held back
    // meanwhile goes now.
    cancelIdle?.();
    cancelIdle = whenIdle(reconcile, undefined, IDLE_WAIT_MS);
    if (dirty) schedule(delayMs);
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

  const report = (problem: StorageProblem | null) => {
    if (listeners.size) for (const listener of listeners) listener(problem);
    else if (problem) undelivered.push(problem);
    else undelivered = undelivered.filter((p) => p.kind !== 'quota' && p.kind !== 'write');
  };

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
      if (legacy && !failures.length && !stale.length)
        retireLegacy(keys, latest.state.annotations.size);
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

  /** After the v1 state is written in the v2 layout: remove the v1 key, or back it up if it lost anything. */
  function retireLegacy(k: StorageKeys, migrated: number) {
    const old = legacy;
    legacy = null;
    if (!old) return;
    try {
      if (migrated < old.count) {
        const backupKey = k.backup(k.legacy, now());
        area.setItem(backupKey, old.raw);
        report({
          kind: 'corrupt',
          message: MESSAGES.legacy(old.count - migrated),
          backupKeys: [backupKey],
        });
      }
      area.removeItem(k.legacy);
    } catch (error) {
      console.warn('Could not retire the v1 stored state; it is left in place', error);
    }
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
      /** One report for every unreadable or invalid stored item (`extra` found after reading). */
      const reportUnreadable = (extra = 0, extraKeys: string[] = []) => {
        const n = loaded.unreadable + extra;
        if (n) {
          const backupKeys = [...loaded.backupKeys, ...extraKeys];
          report({ kind: 'corrupt', message: MESSAGES.corrupt(n), backupKeys });
        }
      };
      if (!loaded.value) {
        reportUnreadable();
        return null;
      }
      // The split layout's records were each checked as they were read; the v1 key's were not.
      const migrated = migratePersistedState(
        loaded.value.state,
        loaded.value.version ?? PERSIST_VERSION,
        undefined,
        { validated: loaded.legacy === null },
      );
      if (migrated.type !== 'ok') reportUnreadable();
      if (migrated.type === 'too-new') {
        readOnly = true;
        report({ kind: 'too-new', message: MESSAGES.tooNew });
        return null;
      }
      if (migrated.type === 'failed') {
        // Everything is backed up (or left alone) as one: nothing is read after the first screen.
        pending = null;
        console.warn('Could not migrate the stored annotations', migrated.reason);
        const backupKey = backUpEverything(area, keys, now());
        if (backupKey === null) {
          readOnly = true;
          report({ kind: 'unavailable', message: MESSAGES.failedNoBackup });
        } else {
          legacy = null;
          Object.assign(mirror, createMirror());
          report({
            kind: 'corrupt',
            message: MESSAGES.failed,
            backupKeys: [...loaded.backupKeys, backupKey],
          });
        }
        return null;
      }
      const dropped = [...loaded.dropped, ...migrated.dropped];
      if (dropped.length) {
        // Invalid records kept in the state's own fields (the meta key, the v1 key): backed up,
        // or, if there is no room for the backup, nothing is written over them.
        const backupKey = backUpDropped(area, keys, dropped, now());
        if (backupKey === null) readOnly = true;
        reportUnreadable(dropped.length, backupKey === null ? [] : [backupKey]);
      } else reportUnreadable();
      const value = { state: migrated.state, version: PERSIST_VERSION };
      loadedState = migrated.state;
      mirror.flushed.tombstones = loaded.storedTombstones;
      if ((loaded.value.version ?? PERSIST_VERSION) < PERSIST_VERSION) {
        // Data of an older version is written in the current shape without waiting for a change.
        latest = value;
        markChanged();
      } else {
        mirror.flushed.annotations = migrated.state.annotations;
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
    onRestLoaded(listener) {
      restListeners.add(listener);
      return () => restListeners.delete(listener);
    },
    hasPendingWrites: () => (readOnly ? changedReadOnly : dirty),
    isReadOnly: () => readOnly,
    onProblem(listener) {
      listeners.add(listener);
      for (const problem of undelivered) listener(problem);
      undelivered = [];
      return () => listeners.delete(listener);
    },
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

/**
 * The paper that was open when the state was last written, read from the meta key alone (the
 * annotations are not decoded), or null when there is none or it cannot be read. A reload asks
 * IndexedDB for that paper's model with this while the annotations are still being read, so
 * reading them overlaps the wait (app/start-app.ts). A hint only: the hydrated state decides
 * which paper opens (the bundled sample has no stored model, and is simply not found).
 */
export function storedOpenPaperId(area: StorageLike, name: string): PaperId | null {
  const id = readMeta(area, storageKeys(name))?.state?.currentPaperId;
  return typeof id === 'string' && id !== '' ? asPaperId(id) : null;
}

/** The meta key's value as stored, unchecked (null when missing or not JSON). */
function readMeta(area: StorageLike, keys: StorageKeys) {
  try {
    return JSON.parse(area.getItem(keys.meta) ?? 'null') as {
      version?: unknown;
      state?: { currentPaperId?: unknown };
    } | null;
  } catch {
    return null;
  }
}

/**
 * The annotation keys a reload reads first: the stored hint's, if it is about the paper that will
 * open and the stored data is of this version (older data is migrated whole); else null.
 */
function firstKeys(area: StorageLike, keys: StorageKeys): FirstKeys | null {
  const meta = readMeta(area, keys);
  const paperId = meta?.state?.currentPaperId;
  if (meta?.version !== PERSIST_VERSION || typeof paperId !== 'string') return null;
  return firstKeysOf(area.getItem(keys.hint), paperId, keys);
}

/** Every key of ours: the current layout's and the v1 key. */
const ourKeys = (area: StorageLike, k: StorageKeys): string[] =>
  listKeys(area).filter((key) => key.startsWith(k.root) || key === k.legacy);

/**
 * Moves every stored key of ours into one backup key (a JSON object of key → raw value, as found)
 * and removes them. Returns the backup key, or null (and touches nothing) if it could not be kept.
 */
function backUpEverything(area: StorageLike, k: StorageKeys, at: number): string | null {
  const keys = ourKeys(area, k);
  const saved = Object.fromEntries(keys.map((key) => [key, area.getItem(key)]));
  const backupKey = k.backup(k.root, at);
  try {
    area.setItem(backupKey, JSON.stringify(saved));
  } catch (error) {
    console.warn('Could not back up the stored annotations; they are left in place', error);
    return null;
  }
  for (const key of keys) area.removeItem(key);
  return backupKey;
}
