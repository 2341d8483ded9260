/**
 * The part of the Web Storage API the app uses, so tests (and browsers that refuse
 * localStorage) can swap in an in-memory storage, including one that runs out of room.
 */

/** What `localStorage` offers; an in-memory fake implements the same. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * Every key of `area`. The browser's own storage lists them in one call, faster than asking
 * `key(i)` for each of thousands: `Object.getOwnPropertyNames`, which only names them, where
 * `Object.keys` also looks up each one's value to see that it is enumerable (Chromium, 5,000 keys:
 * some 0.7 ms against 1.8, and about 1.5 ms less at a reload's first call; issue 9). A browser may
 * leave out keys named like the storage's own members (`key`, `length`), so when the count falls
 * short, or for any other storage, each key is asked by index.
 */
export function listKeys(area: StorageLike): string[] {
  if (typeof Storage !== 'undefined' && area instanceof Storage) {
    const named = Object.getOwnPropertyNames(area);
    if (named.length === area.length) return named;
  }
  const keys: string[] = [];
  for (let i = 0; i < area.length; i++) {
    const key = area.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** True for the errors browsers throw when a storage area is full. */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: string; code?: number };
  // 22: most browsers; 1014 and the NS_ name: older Firefox.
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** The error a full storage throws, as browsers throw it. */
export const quotaExceededError = (): DOMException =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

export interface MemoryStorage extends StorageLike {
  /** Characters held (keys and values), the unit browsers count quota in. */
  usedChars(): number;
}

/**
 * An in-memory StorageLike. With `quotaChars` it throws QuotaExceededError, like a browser, when a
 * write would make keys and values exceed that many characters.
 */
export function createMemoryStorage(options: { quotaChars?: number } = {}): MemoryStorage {
  const items = new Map<string, string>();
  let used = 0;
  let keys: string[] | null = null; // key(i) order, rebuilt after keys are added or removed
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const old = items.get(key);
      const next =
        used - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
      if (options.quotaChars !== undefined && next > options.quotaChars) throw quotaExceededError();
      if (old === undefined) keys = null;
      items.set(key, String(value));
      used = next;
    },
    removeItem(key) {
      const old = items.get(key);
      if (old === undefined) return;
      items.delete(key);
      keys = null;
      used -= key.length + old.length;
    },
    key: (index) => (keys ??= [...items.keys()])[index] ?? null,
    get length() {
      return items.size;
    },
    usedChars: () => used,
  };
}
