/**
 * Test doubles for browser storage: an in-memory localStorage shared by several simulated tabs,
 * each tab with its own window (an EventTarget) that receives `storage` events for the others'
 * writes, as browsers do. Events are queued and delivered by `deliver()`, so a test can let both
 * tabs write before either hears of the other, like real concurrent tabs.
 */
import { createMemoryStorage, type MemoryStorage, type StorageLike } from '../storage-like';

export interface Tab {
  area: StorageLike;
  window: EventTarget;
}

export interface SharedStorage {
  shared: MemoryStorage;
  tabs: Tab[];
  /** Delivers queued storage events; returns how many. */
  deliver(): number;
}

export function createSharedStorage(
  tabCount = 2,
  options: { quotaChars?: number } = {},
): SharedStorage {
  const shared = createMemoryStorage(options);
  const queue: Array<{ to: EventTarget; init: StorageEventInit }> = [];
  const tabs: Tab[] = [];
  const notifyOthers = (
    from: Tab,
    key: string,
    oldValue: string | null,
    newValue: string | null,
  ) => {
    if (oldValue === newValue) return; // browsers fire no event for a write that changes nothing
    for (const tab of tabs)
      if (tab !== from) queue.push({ to: tab.window, init: { key, oldValue, newValue } });
  };
  for (let i = 0; i < tabCount; i++) {
    const tab: Tab = {
      window: new EventTarget(),
      area: {
        getItem: (key) => shared.getItem(key),
        setItem(key, value) {
          const old = shared.getItem(key);
          shared.setItem(key, value);
          notifyOthers(tab, key, old, value);
        },
        removeItem(key) {
          const old = shared.getItem(key);
          shared.removeItem(key);
          notifyOthers(tab, key, old, null);
        },
        key: (index) => shared.key(index),
        get length() {
          return shared.length;
        },
      },
    };
    tabs.push(tab);
  }
  return {
    shared,
    tabs,
    deliver() {
      const events = queue.splice(0);
      for (const { to, init } of events) to.dispatchEvent(new StorageEvent('storage', init));
      return events.length;
    },
  };
}

/** Wraps a storage to record every write: key and characters written. */
export function recordWrites(area: StorageLike): StorageLike & {
  writes: Array<{ key: string; chars: number }>;
  removed: string[];
  reset(): void;
} {
  const writes: Array<{ key: string; chars: number }> = [];
  const removed: string[] = [];
  return {
    writes,
    removed,
    reset() {
      writes.length = 0;
      removed.length = 0;
    },
    getItem: (key) => area.getItem(key),
    setItem(key, value) {
      area.setItem(key, value);
      writes.push({ key, chars: key.length + value.length });
    },
    removeItem(key) {
      area.removeItem(key);
      removed.push(key);
    },
    key: (index) => area.key(index),
    get length() {
      return area.length;
    },
  };
}

/** Every key of `area` with its value, to tell whether anything was written or removed. */
export function snapshot(area: StorageLike): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < area.length; i++) out[area.key(i)!] = area.getItem(area.key(i)!);
  return out;
}
