/**
 * Reading the meta key alone, without decoding any annotation: which paper was open when the state
 * was last written, and so which annotations a reload reads first (its stored hint).
 */
import { PERSIST_VERSION } from '../annotations/persisted-migrations';
import { asPaperId, type PaperId } from '../paper/types';
import { firstKeysOf } from './annotation-storage-hint';
import type { FirstKeys } from './annotation-storage-load';
import type { StorageLike } from './storage-like';
import { storageKeys, type StorageKeys } from './storage-keys';

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
export function firstKeys(area: StorageLike, keys: StorageKeys): FirstKeys | null {
  const meta = readMeta(area, keys);
  const paperId = meta?.state?.currentPaperId;
  if (meta?.version !== PERSIST_VERSION || typeof paperId !== 'string') return null;
  return firstKeysOf(area.getItem(keys.hint), paperId, keys);
}
