/**
 * What a load's result becomes: the stored state brought up to date by the migrations (or none),
 * the problems to tell the reader, and what the storage must do about data it could not take in:
 * write nothing over it, or forget what it loaded once everything was moved into a backup.
 */
import type { StorageValue } from 'zustand/middleware';
import type { PersistedState, StorageProblem } from '../annotations/persisted';
import { migratePersistedState, PERSIST_VERSION } from '../annotations/persisted-migrations';
import { backUpDropped, backUpEverything } from './annotation-storage-backup';
import type { LoadResult } from './annotation-storage-load';
import { MESSAGES } from './annotation-storage-messages';
import type { StorageLike } from './storage-like';
import type { StorageKeys } from './storage-keys';

export interface Hydrated {
  /** The state to start from, in the current version; null: the store starts empty. */
  value: StorageValue<PersistedState> | null;
  /** What to report, in order. */
  problems: StorageProblem[];
  /** Stored data this version must not write over (too new, or not backed up). */
  readOnly: boolean;
  /** Nothing is read after the first screen (the migration failed: all is backed up as one). */
  dropRest: boolean;
  /** Everything stored was moved into one backup: what the load noted is forgotten. */
  backedUpAll: boolean;
  /** The stored version is older: write it in the current shape without waiting for a change. */
  rewrite: boolean;
}

/** Brings `loaded` (read from `area` under `keys`) up to date; `at` names backup keys. */
export function hydrateLoaded(
  area: StorageLike,
  keys: StorageKeys,
  loaded: LoadResult,
  at: number,
): Hydrated {
  const out: Hydrated = {
    value: null,
    problems: [],
    readOnly: false,
    dropRest: false,
    backedUpAll: false,
    rewrite: false,
  };
  /** One report for every unreadable or invalid stored item (`extra` found after reading). */
  const reportUnreadable = (extra = 0, extraKeys: string[] = []) => {
    const n = loaded.unreadable + extra;
    if (n) {
      const backupKeys = [...loaded.backupKeys, ...extraKeys];
      out.problems.push({ kind: 'corrupt', message: MESSAGES.corrupt(n), backupKeys });
    }
  };
  if (!loaded.value) {
    reportUnreadable();
    return out;
  }
  // The split layout's records were each checked as they were read; the v1 key's were not.
  const version = loaded.value.version ?? PERSIST_VERSION;
  const migrated = migratePersistedState(loaded.value.state, version, undefined, {
    validated: loaded.legacy === null,
  });
  if (migrated.type !== 'ok') reportUnreadable();
  if (migrated.type === 'too-new') {
    out.problems.push({ kind: 'too-new', message: MESSAGES.tooNew });
    return { ...out, readOnly: true };
  }
  if (migrated.type === 'failed') {
    console.warn('Could not migrate the stored annotations', migrated.reason);
    return { ...out, dropRest: true, ...backUpFailedMigration(area, keys, loaded, at, out) };
  }
  const dropped = [...loaded.dropped, ...migrated.dropped];
  if (dropped.length) {
    // Invalid records kept in the state's own fields (the meta key, the v1 key): backed up,
    // or, if there is no room for the backup, nothing is written over them.
    const backupKey = backUpDropped(area, keys, dropped, at);
    if (backupKey === null) out.readOnly = true;
    reportUnreadable(dropped.length, backupKey === null ? [] : [backupKey]);
  } else reportUnreadable();
  const value = { state: migrated.state, version: PERSIST_VERSION };
  return { ...out, value, rewrite: version < PERSIST_VERSION };
}

/**
 * A migration that failed: everything stored is backed up as one (and the load forgotten), or,
 * with no room for the backup, left as it is and nothing written over it. Adds its problem to
 * `out`'s.
 */
function backUpFailedMigration(
  area: StorageLike,
  keys: StorageKeys,
  loaded: LoadResult,
  at: number,
  out: Hydrated,
): Pick<Hydrated, 'readOnly' | 'backedUpAll'> {
  const backupKey = backUpEverything(area, keys, at);
  if (backupKey === null) {
    out.problems.push({ kind: 'unavailable', message: MESSAGES.failedNoBackup });
    return { readOnly: true, backedUpAll: false };
  }
  out.problems.push({
    kind: 'corrupt',
    message: MESSAGES.failed,
    backupKeys: [...loaded.backupKeys, backupKey],
  });
  return { readOnly: false, backedUpAll: true };
}
