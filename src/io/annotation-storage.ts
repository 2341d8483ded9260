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
 * - Reading recovers what it can (annotation-storage-load.ts) and reports the rest.
 * - `readRemoteChange` turns another tab's write (a `storage` event) into changes to merge.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import {
  decodeStoredRecord,
  encodeStoredAnnotation,
  encodeStoredTombstone,
} from '../annotations/compact';
import type { AnnotationChanges } from '../annotations/merge';
import { DEFAULT_COLOUR_LABELS } from '../annotations/colours';
import { DEFAULT_SET, type Annotation, type AnnotationId } from '../annotations/types';
import type { PersistedState } from '../store/persisted-state';
import {
  createMirror,
  isSplitField,
  loadStoredState,
  type LoadResult,
  type SplitField,
} from './annotation-storage-load';
import { isQuotaExceeded, type StorageLike } from './storage-like';
import { storageKeys, type StorageKeys } from './storage-keys';

/** Wait for a pause this long before writing: a note typed at normal speed is written once. */
export const WRITE_DELAY_MS = 300;
/** ...but never hold a change longer than this while the reader keeps typing. */
export const MAX_WRITE_DELAY_MS = 2000;
/** How often failed writes are retried (the reader may have freed space meanwhile). */
export const RETRY_DELAY_MS = 10_000;

/** Something the reader should be told about their stored data. */
export type StorageProblem =
  | { kind: 'quota'; message: string }
  | { kind: 'write'; message: string }
  | { kind: 'corrupt'; message: string; backupKeys: string[] }
  | { kind: 'unavailable'; message: string };

/** Another tab's changes: annotations and tombstones to merge, and record entries it set or removed. */
export interface RemoteChange extends AnnotationChanges {
  /** Entries of the split records (papers, sets, colour labels); `value` null when removed. */
  entries?: Array<{ field: SplitField; key: string; value: unknown }>;
}

export interface AnnotationStorageOptions {
  delayMs?: number;
  maxDelayMs?: number;
  retryMs?: number;
  /** Clock for backup key names and tombstone expiry. */
  now?: () => number;
}

export interface AnnotationStorage extends PersistStorage<PersistedState> {
  /** The storage area written to (to tell its `storage` events from others'). */
  readonly area: StorageLike;
  /** Writes pending changes now (on page hide, before export, in tests). */
  flush(): void;
  hasPendingWrites(): boolean;
  /**
   * Listens for problems; `null` means writes succeed again. Problems found before anyone
   * listened (while loading) are delivered on subscribing.
   */
  onProblem(listener: (problem: StorageProblem | null) => void): () => void;
  /** Reads what another tab wrote under `key` (a `storage` event's key); null if nothing to merge. */
  readRemoteChange(key: string | null): RemoteChange | null;
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
};

/** What a missing entry of a split record stands for (the store's initial values). */
const ENTRY_DEFAULTS: Partial<Record<SplitField, Record<string, unknown>>> = {
  colourLabels: DEFAULT_COLOUR_LABELS,
  annotationSets: { [DEFAULT_SET.id]: DEFAULT_SET },
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
  // The last state written in full, by identity: parts that are still the same are skipped.
  let flushedAnnotations: object | null = null;
  let flushedTombstones: object | null = null;
  let flushedMeta: unknown[] | null = null;
  const flushedRecords = new Map<SplitField, object>();
  let legacy: LoadResult['legacy'] = null;
  let failing: StorageProblem | null = null;
  const listeners = new Set<(problem: StorageProblem | null) => void>();
  let undelivered: StorageProblem[] = [];

  const report = (problem: StorageProblem | null) => {
    if (listeners.size) for (const listener of listeners) listener(problem);
    else if (problem) undelivered.push(problem);
    else undelivered = undelivered.filter((p) => p.kind !== 'quota' && p.kind !== 'write');
  };

  const schedule = (wait: number) => {
    clearTimeout(timer);
    timer = setTimeout(flush, wait);
  };

  const markChanged = () => {
    if (!latest) return;
    if (!dirty) dirtySince = Date.now();
    dirty = true;
    schedule(Math.min(delayMs, Math.max(0, dirtySince + maxDelayMs - Date.now())));
  };

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty || !latest || !keys) return;
    dirty = false;
    const failures = writeState(keys, latest.state, latest.version ?? 0);
    if (failures.length) {
      console.warn(`Could not save ${failures.length} stored item(s); will retry`, failures[0]);
      dirty = true;
      dirtySince = Date.now();
      schedule(retryMs);
      const problem = describeFailure(failures[0]);
      if (failing?.kind !== problem.kind) report((failing = problem));
    } else if (failing) {
      failing = null;
      report(null);
    }
  }

  function writeState(k: StorageKeys, state: PersistedState, version: number): unknown[] {
    const failures: unknown[] = [];
    const put = (key: string, raw: string): boolean => {
      if (mirror.protectedKeys.has(key) || mirror.raw.get(key) === raw) return true;
      try {
        area.setItem(key, raw);
        mirror.raw.set(key, raw);
        return true;
      } catch (error) {
        failures.push(error);
        return false;
      }
    };
    const drop = (key: string): boolean => {
      if (mirror.protectedKeys.has(key) || !mirror.raw.has(key)) return true;
      try {
        area.removeItem(key);
        mirror.raw.delete(key);
        return true;
      } catch (error) {
        failures.push(error);
        return false;
      }
    };
    const { annotations, annotationTombstones: tombstones, ...meta } = state;

    const writeAnnotation = (a: Annotation) => {
      if (mirror.encodedFrom.get(a.id) === a) return; // unchanged since written or read
      if (put(k.annotation(a.id), encodeStoredAnnotation(a))) {
        mirror.encodedFrom.set(a.id, a);
        mirror.tombstoneIds.delete(a.id);
      }
      const before = mirror.paperOf.get(a.id);
      if (before !== a.paperId) {
        if (before !== undefined) mirror.dirtyIndexes.add(k.index(before, a.id));
        mirror.dirtyIndexes.add(k.index(a.paperId, a.id));
        mirror.paperOf.set(a.id, a.paperId);
      }
    };
    const writeTombstone = (id: AnnotationId, deletedAt: number) => {
      if (put(k.annotation(id), encodeStoredTombstone(deletedAt))) mirror.tombstoneIds.add(id);
    };

    // Records first, then indexes, then meta: a write cut short leaves records the loader finds.
    if (annotations !== flushedAnnotations) {
      let live = 0;
      for (const id in annotations) {
        live++;
        writeAnnotation(annotations[id]!);
      }
      // paperOf holds every live id now; more entries means some annotations are gone.
      if (mirror.paperOf.size > live) {
        for (const [id, paperId] of mirror.paperOf) {
          if (id in annotations) continue;
          mirror.paperOf.delete(id);
          mirror.dirtyIndexes.add(k.index(paperId, id));
          mirror.encodedFrom.delete(id);
          if (!(id in tombstones)) drop(k.annotation(id));
        }
      }
    }
    if (tombstones !== flushedTombstones) {
      for (const [id, deletedAt] of Object.entries(tombstones)) writeTombstone(id, deletedAt);
      for (const id of mirror.tombstoneIds) {
        if (!(id in tombstones) && !(id in annotations) && drop(k.annotation(id)))
          mirror.tombstoneIds.delete(id);
      }
    }
    for (const id of mirror.recheck) {
      mirror.recheck.delete(id);
      mirror.encodedFrom.delete(id);
      const live = annotations[id];
      if (live) writeAnnotation(live);
      else if (tombstones[id] !== undefined) writeTombstone(id, tombstones[id]);
    }
    writeIndexes(k, put, drop);

    const whole: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(meta)) {
      if (!isSplitField(field) || typeof value !== 'object' || value === null) whole[field] = value;
      else if (flushedRecords.get(field) !== value)
        writeEntries(k, field, value as Record<string, unknown>, put, drop);
    }
    const metaParts = [version, ...Object.entries(whole).flat()];
    if (
      !flushedMeta ||
      metaParts.length !== flushedMeta.length ||
      metaParts.some((p, i) => p !== flushedMeta?.[i])
    ) {
      put(k.meta, JSON.stringify({ version, state: whole }));
    }
    if (legacy && !failures.length) retireLegacy(k, Object.keys(annotations).length);

    const ok = failures.length === 0;
    flushedAnnotations = ok ? annotations : null;
    flushedTombstones = ok ? tombstones : null;
    flushedMeta = ok ? metaParts : null;
    flushedRecords.clear();
    if (ok) for (const field of mirror.entryKeys.keys()) flushedRecords.set(field, meta[field]);
    return failures;
  }

  /** Writes the entries of a record that changed and removes those that are gone. */
  function writeEntries(
    k: StorageKeys,
    field: SplitField,
    record: Record<string, unknown>,
    put: (key: string, raw: string) => boolean,
    drop: (key: string) => boolean,
  ) {
    const stored = mirror.entryKeys.get(field) ?? new Set<string>();
    mirror.entryKeys.set(field, stored);
    const defaults: Record<string, unknown> = ENTRY_DEFAULTS[field] ?? {};
    for (const [key, value] of Object.entries(record)) {
      const raw = JSON.stringify(value);
      // An entry never stored stands at its default: writing the default would only risk
      // overwriting another tab's change we have not heard of yet.
      if (!stored.has(key) && key in defaults && JSON.stringify(defaults[key]) === raw) continue;
      if (put(k.metaEntry(field, key), raw)) stored.add(key);
    }
    for (const key of stored)
      if (!(key in record) && drop(k.metaEntry(field, key))) stored.delete(key);
  }

  function writeIndexes(
    k: StorageKeys,
    put: (key: string, raw: string) => boolean,
    drop: (key: string) => boolean,
  ) {
    if (!mirror.dirtyIndexes.size) return;
    const chunks = new Map<string, AnnotationId[]>([...mirror.dirtyIndexes].map((key) => [key, []]));
    for (const [id, paperId] of mirror.paperOf) chunks.get(k.index(paperId, id))?.push(id);
    for (const [key, ids] of chunks) {
      if (ids.length ? put(key, JSON.stringify(ids.sort())) : drop(key)) mirror.dirtyIndexes.delete(key);
    }
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

  function readRemoteChange(key: string | null): RemoteChange | null {
    if (!keys || key === null || !key.startsWith(keys.root)) return null;
    let raw: string | null;
    try {
      raw = area.getItem(key); // what storage holds now, which may be newer than the event says
    } catch {
      return null;
    }
    if (raw === (mirror.raw.get(key) ?? null)) return null;
    if (raw === null) mirror.raw.delete(key);
    else mirror.raw.set(key, raw);

    const id = keys.annotationIdOf(key);
    if (id !== null) {
      mirror.recheck.add(id); // if ours wins the merge, it is written back
      markChanged();
      const record = raw === null ? null : decodeStoredRecord(id, raw);
      if (!record) return null;
      return record.kind === 'annotation'
        ? { annotations: { [id]: record.annotation } }
        : { tombstones: { [id]: record.deletedAt } };
    }
    if (keys.isIndex(key)) {
      mirror.dirtyIndexes.add(key); // rewritten if our annotations say otherwise
      markChanged();
      return null;
    }
    const entry = keys.metaEntryOf(key);
    if (entry && isSplitField(entry.field)) {
      const stored = mirror.entryKeys.get(entry.field);
      if (raw === null) stored?.delete(entry.key);
      else stored?.add(entry.key);
      flushedRecords.delete(entry.field); // if ours differs and stays, it is written back
      markChanged();
      let value: unknown;
      try {
        value = raw === null ? null : JSON.parse(raw);
      } catch {
        return null;
      }
      return { entries: [{ field: entry.field, key: entry.key, value }] };
    }
    // The meta key holds per-tab fields (the current paper): noted, never merged or fought over.
    return null;
  }

  return {
    area,
    getItem(name) {
      keys = storageKeys(name);
      let loaded: LoadResult;
      try {
        loaded = loadStoredState(area, keys, mirror, now());
      } catch (error) {
        console.warn('Could not read stored annotations', error);
        report({
          kind: 'unavailable',
          message: 'Stored annotations could not be read in this browser.',
        });
        return null;
      }
      legacy = loaded.legacy;
      if (loaded.unreadable) {
        report({
          kind: 'corrupt',
          message: MESSAGES.corrupt(loaded.unreadable),
          backupKeys: loaded.backupKeys,
        });
      }
      flushedAnnotations = loaded.value?.state.annotations ?? null;
      flushedTombstones = loaded.storedTombstones;
      return loaded.value;
    },
    setItem(name, value) {
      keys ??= storageKeys(name);
      latest = value;
      markChanged();
    },
    removeItem(name) {
      const k = (keys ??= storageKeys(name));
      const ours: string[] = [];
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        if (key?.startsWith(k.root) || key === k.legacy) ours.push(key);
      }
      for (const key of ours) area.removeItem(key);
      Object.assign(mirror, createMirror());
      flushedAnnotations = flushedTombstones = flushedMeta = null;
      flushedRecords.clear();
    },
    flush,
    hasPendingWrites: () => dirty,
    onProblem(listener) {
      listeners.add(listener);
      for (const problem of undelivered) listener(problem);
      undelivered = [];
      return () => listeners.delete(listener);
    },
    readRemoteChange,
    dispose() {
      flush();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
