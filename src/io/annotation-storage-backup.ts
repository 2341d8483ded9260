/**
 * Moving stored data aside rather than losing it: every key of ours into one backup (a migration
 * that failed), values left out of the state (invalid fields), and the v1 key retired once its
 * state is written in the current layout.
 */
import type { StorageProblem } from '../annotations/persisted';
import type { DroppedValue } from '../annotations/persisted-schema';
import type { LoadResult } from './annotation-storage-load';
import { MESSAGES } from './annotation-storage-messages';
import { listKeys, type StorageLike } from './storage-like';
import type { StorageKeys } from './storage-keys';

/** Every key of ours: the current layout's and the v1 key. */
export const ourKeys = (area: StorageLike, k: StorageKeys): string[] =>
  listKeys(area).filter((key) => key.startsWith(k.root) || key === k.legacy);

/**
 * Moves every stored key of ours into one backup key (a JSON object of key → raw value, as found)
 * and removes them. Returns the backup key, or null (and touches nothing) if it could not be kept.
 */
export function backUpEverything(area: StorageLike, k: StorageKeys, at: number): string | null {
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

/**
 * After the v1 state `old` is written in the current layout: removes the v1 key, backed up first
 * if the migration kept fewer annotations than it held (`migrated`). Returns the problem to report
 * for that backup, or null; a failure leaves the key in place.
 */
export function retireLegacy(
  area: StorageLike,
  k: StorageKeys,
  old: NonNullable<LoadResult['legacy']>,
  migrated: number,
  at: number,
): StorageProblem | null {
  let problem: StorageProblem | null = null;
  try {
    if (migrated < old.count) {
      const backupKey = k.backup(k.legacy, at);
      area.setItem(backupKey, old.raw);
      problem = {
        kind: 'corrupt',
        message: MESSAGES.legacy(old.count - migrated),
        backupKeys: [backupKey],
      };
    }
    area.removeItem(k.legacy);
  } catch (error) {
    console.warn('Could not retire the v1 stored state; it is left in place', error);
  }
  return problem;
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
