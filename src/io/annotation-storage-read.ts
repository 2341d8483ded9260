/**
 * Reading stored keys one by one, for a load and for the rest read after the first screen:
 * annotation records and index chunks (`recordReader`), record entries of the meta fields
 * (`readEntry`), each checked, and an unreadable value moved to a backup key (`quarantiner`).
 */
import { decodeStoredRecord } from '../annotations/compact';
import { isStringList } from '../annotations/json-guards';
import { checkEntry } from '../annotations/persisted-schema';
import type { Annotation, AnnotationId, Tombstones } from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { StorageLike } from './storage-like';
import type { StorageKeys } from './storage-keys';
import { isSplitField, type StorageMirror } from './storage-mirror';

/** `raw` parsed as JSON, or undefined when it is not JSON. */
export const parse = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
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
export function quarantiner(
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
export function recordReader(
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
export function readEntry(
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
