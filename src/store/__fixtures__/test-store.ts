/**
 * A fresh store in one line for tests: `createTestStore()` builds one over an in-memory storage
 * that counts the writes it is offered, with deterministic ids and clock.
 */
import type { StorageValue } from 'zustand/middleware';
import { testEnv } from '../../annotations/__fixtures__/annotations';
import type { PersistedState, StorageProblem } from '../../annotations/persisted';
import { createAppStore, type AppStorage, type AppStoreOptions } from '../app-store';

/** An in-memory AppStorage: what was last written, how many writes, and problems to report. */
export interface MemoryAppStorage extends AppStorage {
  stored: StorageValue<PersistedState> | null;
  writes: number;
  /** Reports a problem to whoever listens (the store). */
  report(problem: StorageProblem | null): void;
  listeners: number;
}

export function createMemoryAppStorage(
  initial: StorageValue<PersistedState> | null = null,
): MemoryAppStorage {
  const listeners = new Set<(problem: StorageProblem | null) => void>();
  const storage: MemoryAppStorage = {
    stored: initial,
    writes: 0,
    getItem: () => storage.stored,
    setItem(_name, value) {
      storage.writes++;
      storage.stored = value;
    },
    removeItem() {
      storage.stored = null;
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: (problem) => listeners.forEach((l) => l(problem)),
    get listeners() {
      return listeners.size;
    },
  };
  return storage;
}

/** A fresh store over in-memory storage, deterministic ids (`id-1`, ...) and clock. */
export function createTestStore(options: Partial<AppStoreOptions> = {}) {
  const env = testEnv();
  return createAppStore({
    storage: createMemoryAppStorage(),
    clock: env.now,
    ids: env.newId,
    ...options,
  });
}
