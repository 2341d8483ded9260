/**
 * Reading the persisted state back from its small keys (see storage-keys.ts), recovering what can
 * be recovered: an unreadable value is moved to a backup key as it was found, everything else is
 * loaded, and the reader is told. When only the v1 single key exists it is returned as it is, for
 * the migrations (annotations/persisted-migrations.ts) to bring up to date.
 */
import { decodeStoredRecord } from '../annotations/compact';
import { pruneTombstones } from '../annotations/tombstones';
import type { PaperId } from '../paper/types';
import type { Annotation, AnnotationId, Tombstones } from '../annotations/types';
import { listKeys, type StorageLike } from './storage-like';
import { chunkOf, type StorageKeys } from './storage-keys';
import { isSplitField, type StorageMirror } from './storage-mirror';
import { isRecord, isStringList } from '../annotations/json-guards';
import {
  checkEntry,
  validatePersistedState,
  type DroppedValue,
} from '../annotations/persisted-schema';

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

const parse = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** Whether a stored index chunk lists exactly `expected`, each once, in any order. */
const listsExactly = (stored: readonly string[] | undefined, expected: readonly string[] = []) => {
  if (!stored || stored.length !== expected.length) return false;
  const listed = new Set(stored);
  return listed.size === stored.length && expected.every((id) => listed.has(id));
};

/** What reading annotation keys (and index chunks) found. */
export interface RecordsRead {
  annotations: Record<AnnotationId, Annotation>;
  /** The tombstones as stored (old ones not yet dropped). */
  tombstones: Tombstones;
  /** Keys of backups made of unreadable values, and how many values were unreadable. */
  backupKeys: string[];
  unreadable: number;
}

/** Moves an unreadable value to a backup key; if even that fails, leaves it untouched. */
function quarantiner(
  area: StorageLike,
  keys: StorageKeys,
  mirror: StorageMirror,
  now: number,
  out: { backupKeys: string[]; unreadable: number },
) {
  return (key: string, raw: string) => {
    out.unreadable++;
    const backupKey = keys.backup(key, now);
    try {
      area.setItem(backupKey, raw);
      area.removeItem(key);
      out.backupKeys.push(backupKey);
    } catch (error) {
      mirror.protectedKeys.add(key);
      console.warn(
        `Could not back up the unreadable stored value ${key}; it is left in place`,
        error,
      );
    }
  };
}

/**
 * Reads annotation keys and index chunks into `out`; `read` returns false for any other key. What
 * it read is noted for `reconcileIndexes` (appended to what the mirror holds unreconciled).
 */
function recordReader(
  keys: StorageKeys,
  mirror: StorageMirror,
  quarantine: (key: string, raw: string) => void,
  out: RecordsRead,
) {
  const { annotations, tombstones } = out;
  const storedIndexes = (mirror.unreconciledIndexes ??= new Map<string, string[]>());
  const loaded = (mirror.unreconciledRecords ??= []);
  const paperIds = new Map<string, PaperId>();
  let lastPaperId: PaperId | null = null;
  return (key: string, raw: string): boolean => {
    const id = keys.annotationIdOf(key);
    if (id !== null) {
      // Decoding checks every field against the schema (annotations/compact.ts): one pass.
      const record = decodeStoredRecord(id, raw);
      if (!record) quarantine(key, raw);
      else if (record.kind === 'tombstone') {
        tombstones[id] = record.deletedAt;
        loaded.push(key, raw, id);
      } else {
        // Thousands of records name a few papers: each paper's id is kept once, not per record.
        // The last one kept is tried first: comparing strings is cheaper than hashing each
        // record's fresh copy of the id for the map.
        const { annotation } = record;
        if (annotation.paperId === lastPaperId) annotation.paperId = lastPaperId;
        else {
          const paperId = paperIds.get(annotation.paperId);
          if (paperId) annotation.paperId = paperId;
          else paperIds.set(annotation.paperId, annotation.paperId);
          lastPaperId = annotation.paperId;
        }
        annotations[id] = annotation;
        loaded.push(key, raw, annotation);
      }
      return true;
    }
    if (!keys.isIndex(key)) return false;
    const ids = parse(raw);
    if (!isStringList(ids)) quarantine(key, raw);
    else {
      mirror.raw.set(key, raw);
      storedIndexes.set(key, ids);
    }
    return true;
  };
}

/** A record entry's key and value, checked and noted in the mirror; null for any other key. */
function readEntry(
  keys: StorageKeys,
  mirror: StorageMirror,
  quarantine: (key: string, raw: string) => void,
  key: string,
  raw: string,
) {
  const entry = keys.metaEntryOf(key);
  if (!entry || !isSplitField(entry.field)) return null;
  const value = parse(raw);
  const reason = value === undefined ? 'not JSON' : checkEntry(entry.field, entry.key, value);
  if (reason) {
    console.warn(`Stored ${entry.field} entry ${entry.key} is not valid (${reason})`);
    quarantine(key, raw);
    return null;
  }
  mirror.raw.set(key, raw);
  mirror.entryKeys.get(entry.field)?.add(entry.key);
  return { field: entry.field, key: entry.key, value };
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
  if (metaRaw === null) {
    const legacyRaw = area.getItem(keys.legacy);
    if (legacyRaw !== null) {
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
        return result;
      }
      quarantine(keys.legacy, legacyRaw);
    }
  }

  let meta: Record<string, unknown> = {};
  let version: number | undefined;
  if (metaRaw !== null) {
    const parsed = parse(metaRaw);
    if (isRecord(parsed) && isRecord(parsed.state) && typeof parsed.version === 'number') {
      // Checked before the split entries join it: a bad field here is reported, not overlaid.
      const valid = validatePersistedState(parsed.state);
      meta = valid.state;
      result.dropped = valid.dropped;
      version = parsed.version;
      mirror.raw.set(keys.meta, metaRaw);
    } else {
      quarantine(keys.meta, metaRaw);
    }
  }

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

/**
 * Notes the annotation keys read at load in the mirror, lists each paper's annotations in the
 * index chunks they belong to (`mirror.listed`) and marks the chunks whose stored list disagrees
 * with the records (a write cut short) for rewriting: the records are the truth. Done once after loading, before the first write or read of another
 * tab's change (or sooner, when the page is idle), so that a reload does not wait for it.
 */
export function reconcileIndexes(keys: StorageKeys, mirror: StorageMirror): void {
  noteLoadedRecords(mirror);
  const stored = mirror.unreconciledIndexes;
  if (!stored) return;
  mirror.unreconciledIndexes = null;
  // Grouped by paper, then by chunk (one character): no chunk key is built per annotation.
  const byPaper = new Map<PaperId, Map<string, AnnotationId[]>>();
  for (const [id, paperId] of mirror.paperOf) {
    let chunks = byPaper.get(paperId);
    if (!chunks) byPaper.set(paperId, (chunks = new Map()));
    const chunk = chunkOf(id);
    const ids = chunks.get(chunk);
    if (ids) ids.push(id);
    else chunks.set(chunk, [id]);
  }
  const expected = new Set<string>();
  for (const [paperId, chunks] of byPaper)
    for (const ids of chunks.values()) {
      const key = keys.index(paperId, ids[0]!);
      expected.add(key);
      mirror.listed.set(key, new Set(ids));
      if (!listsExactly(stored.get(key), ids)) mirror.dirtyIndexes.add(key);
    }
  for (const key of stored.keys()) if (!expected.has(key)) mirror.dirtyIndexes.add(key);
}

/** Notes the annotation keys read at load in the mirror's maps (see `unreconciledRecords`). */
function noteLoadedRecords(mirror: StorageMirror): void {
  const loaded = mirror.unreconciledRecords;
  if (!loaded) return;
  mirror.unreconciledRecords = null;
  for (let i = 0; i < loaded.length; i += 3) {
    mirror.raw.set(loaded[i] as string, loaded[i + 1] as string);
    const record = loaded[i + 2]!;
    if (typeof record === 'string') mirror.tombstoneIds.add(record as AnnotationId);
    else {
      mirror.encodedFrom.set(record.id, record);
      mirror.paperOf.set(record.id, record.paperId);
    }
  }
}

/**
 * Keeps stored values left out of the state (see annotations/persisted-schema.ts) under one backup
 * key, as a JSON list of { field, key, value, reason }. Returns the key, or null if it could not
 * be written.
 */
export function backUpDropped(
  area: StorageLike,
  keys: StorageKeys,
  dropped: readonly DroppedValue[],
  now: number,
): string | null {
  const backupKey = keys.backup(`${keys.root}invalid`, now);
  try {
    area.setItem(backupKey, JSON.stringify(dropped));
    return backupKey;
  } catch (error) {
    console.warn(
      'Could not back up invalid stored values; nothing will be written over them',
      error,
    );
    return null;
  }
}
