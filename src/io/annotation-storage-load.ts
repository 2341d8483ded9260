/**
 * Reading the persisted state back from its small keys (see storage-keys.ts), recovering what can
 * be recovered: an unreadable value is moved to a backup key as it was found, everything else is
 * loaded, and the reader is told. When only the v1 single key exists it is returned as it is, for
 * the migrations (annotations/persisted-migrations.ts) to bring up to date.
 */
import { isRecord } from '../annotations/json-guards';
import { validatePersistedState, type DroppedValue } from '../annotations/persisted-schema';
import { pruneTombstones } from '../annotations/tombstones';
import type { Tombstones } from '../annotations/types';
import {
  parse,
  quarantiner,
  readEntry,
  recordReader,
  type RecordsRead,
} from './annotation-storage-read';
import { listKeys, type StorageLike } from './storage-like';
import type { StorageKeys } from './storage-keys';
import type { StorageMirror } from './storage-mirror';

export interface LoadResult {
  /** The stored state as found, for the migrations to check and bring up to date. */
  value: { state: Record<string, unknown>; version?: number } | null;
  /** The tombstones as stored, before old ones were dropped from `value`. */
  storedTombstones: Tombstones;
  /** The v1 single key's value and how many annotations it held, when that is what was read. */
  legacy: { raw: string; count: number } | null;
  /** Keys of backups made of unreadable values, and how many values were unreadable. */
  backupKeys: string[];
  unreadable: number;
  /** Invalid values of the meta key's fields, left out of `value` (not yet backed up). */
  dropped: DroppedValue[];
  /** The keys read (a load given the first screen's keys: `loadRest` reads the others), else null. */
  deferred: Set<string> | null;
}

/** The keys a reload reads first (annotation-storage-hint.ts): the first screen's records, and every record entry. */
export interface FirstKeys {
  records: readonly string[];
  entries: readonly string[];
}

/**
 * Reads the stored state, filling `mirror` with what storage holds. Never throws. With `first`
 * (the first screen's keys, annotation-storage-hint.ts), only those keys are read, without
 * listing the others: `loadRest` reads those later.
 */
export function loadStoredState(
  area: StorageLike,
  keys: StorageKeys,
  mirror: StorageMirror,
  now: number,
  first: FirstKeys | null = null,
): LoadResult {
  const result: LoadResult = {
    value: null,
    storedTombstones: {},
    legacy: null,
    backupKeys: [],
    unreadable: 0,
    dropped: [],
    deferred: null,
  };
  const quarantine = quarantiner(area, keys, mirror, now, result);

  const metaRaw = area.getItem(keys.meta);
  if (metaRaw === null && readLegacyKey(area, keys, quarantine, result)) return result;
  const { meta, version } = readMetaKey(keys, mirror, quarantine, metaRaw, result);

  const records: RecordsRead = { annotations: {}, tombstones: {}, backupKeys: [], unreadable: 0 };
  const readRecord = recordReader(keys, mirror, quarantine, records);
  // A reload given the first screen's keys reads them alone: listing thousands of keys (and
  // looking at each) is itself several milliseconds before the first screen.
  const read = first ? new Set<string>() : null;
  let ours = 0;
  for (const key of first ? [...first.entries, ...first.records] : listKeys(area)) {
    if (!key.startsWith(keys.root)) continue;
    ours++;
    const raw = area.getItem(key);
    if (raw === null) continue;
    read?.add(key);
    if (readRecord(key, raw)) continue;
    const entry = readEntry(keys, mirror, quarantine, key, raw);
    if (!entry) continue;
    const record = meta[entry.field];
    if (isRecord(record)) record[entry.key] = entry.value;
    else meta[entry.field] = { [entry.key]: entry.value };
  }
  result.deferred = read;

  const { annotations, tombstones } = records;
  result.storedTombstones = tombstones;
  if (metaRaw === null && ours === 0) return result;
  result.value = {
    state: {
      ...meta,
      annotations,
      annotationTombstones: pruneTombstones(tombstones, now),
    },
    ...(version === undefined ? {} : { version }),
  };
  return result;
}

/**
 * The v1 single key, when there is no meta key: its state as found, into `result` (true), or
 * backed up when unreadable (false, and the split layout is read).
 */
function readLegacyKey(
  area: StorageLike,
  keys: StorageKeys,
  quarantine: (key: string, raw: string) => void,
  result: LoadResult,
): boolean {
  const legacyRaw = area.getItem(keys.legacy);
  if (legacyRaw === null) return false;
  const parsed = parse(legacyRaw);
  if (isRecord(parsed) && isRecord(parsed.state)) {
    const stored = parsed.state.annotations;
    const count = isRecord(stored)
      ? Object.keys(stored).length
      : Array.isArray(stored)
        ? stored.length
        : 0;
    result.legacy = { raw: legacyRaw, count };
    const version = typeof parsed.version === 'number' ? parsed.version : 0;
    result.value = { state: parsed.state, version };
    return true;
  }
  quarantine(keys.legacy, legacyRaw);
  return false;
}

/**
 * The meta key's fields, checked (invalid ones into `result.dropped`), and its version; empty
 * when there is none, and backed up when it is unreadable.
 */
function readMetaKey(
  keys: StorageKeys,
  mirror: StorageMirror,
  quarantine: (key: string, raw: string) => void,
  metaRaw: string | null,
  result: LoadResult,
): { meta: Record<string, unknown>; version: number | undefined } {
  if (metaRaw === null) return { meta: {}, version: undefined };
  const parsed = parse(metaRaw);
  if (isRecord(parsed) && isRecord(parsed.state) && typeof parsed.version === 'number') {
    // Checked before the split entries join it: a bad field here is reported, not overlaid.
    const valid = validatePersistedState(parsed.state);
    result.dropped = valid.dropped;
    mirror.raw.set(keys.meta, metaRaw);
    return { meta: valid.state, version: parsed.version };
  }
  quarantine(keys.meta, metaRaw);
  return { meta: {}, version: undefined };
}

/** What `loadRest` found: records, and record entries the first read did not know of. */
export interface RestRead extends RecordsRead {
  entries: { field: string; key: string; value: unknown }[];
}

/**
 * Reads every key of ours that a load given the first screen's keys did not (`read`): the
 * annotations off the first screen, the index chunks, and record entries stored since the hint
 * was written. An unreadable value is backed up, as at load.
 */
export function loadRest(
  area: StorageLike,
  keys: StorageKeys,
  mirror: StorageMirror,
  read: ReadonlySet<string>,
  now: number,
): RestRead {
  const out: RestRead = {
    annotations: {},
    tombstones: {},
    backupKeys: [],
    unreadable: 0,
    entries: [],
  };
  const quarantine = quarantiner(area, keys, mirror, now, out);
  const readRecord = recordReader(keys, mirror, quarantine, out);
  for (const key of listKeys(area)) {
    if (!key.startsWith(keys.root) || read.has(key) || key === keys.meta) continue;
    const raw = area.getItem(key);
    if (raw === null || readRecord(key, raw)) continue;
    const entry = readEntry(keys, mirror, quarantine, key, raw);
    if (entry) out.entries.push(entry);
  }
  return out;
}
