/**
 * Copies of a large record with one entry (or a few) changed, for state that is never mutated:
 * the annotations (thousands on a big paper) and the anchoring results are copied on every change.
 *
 * Object spread (`{ ...record, [id]: value }`) was the slow way to copy them: a record of thousands
 * of generated ids is a dictionary-mode object, which spread copies by the generic path, three to
 * four times slower than assigning its keys one by one into a new object (Chromium, 5,000 entries:
 * about 6 ms against 1.6; issue 9). The result is the same: the same own keys, in the same order.
 *
 * Asking such an object for its keys (`Object.keys`) is itself half of a copy (V8 sorts a
 * dictionary's keys by when each was added: 0.31 of 0.7 ms for 5,000 in Node), so each record made
 * here remembers its keys, and the next copy made from it reads them from there (issue 9). That
 * holds because state records are never changed once made: every change makes a new one (here,
 * or as a fresh copy that is then filled, which is not remembered).
 */

/** Assigns `key` as an own property, even `__proto__` (which plain assignment would not). */
function assign<V>(out: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else out[key] = value;
}

/**
 * The keys of a record made here: the first `length` of `list`. A record with one key more shares
 * its parent's list when it is the first to grow it (the usual case: each change is made from the
 * latest state), so adding costs no copy of the keys either.
 */
interface Keys {
  list: string[];
  length: number;
}

const keysOf = new WeakMap<object, Keys>();

/** The own keys of `record`, in order: remembered if it was made here, asked for otherwise. */
function keysOfRecord(record: object): Keys {
  const known = keysOf.get(record);
  if (known) return known;
  const list = Object.keys(record);
  return { list, length: list.length };
}

/** Keys with `added` after them (the list shared when nobody grew it yet). */
function appended(keys: Keys, added: readonly string[]): Keys {
  if (added.length === 0) return keys;
  const list = keys.list.length === keys.length ? keys.list : keys.list.slice(0, keys.length);
  for (const key of added) list.push(key);
  return { list, length: list.length };
}

/** A new record with the first `keys.length` keys of `keys.list` taken from `from`. */
function copyOf<V>(from: Readonly<Record<string, V>>, keys: Keys): Record<string, V> {
  const out: Record<string, V> = {};
  const { list, length } = keys;
  for (let i = 0; i < length; i++) assign(out, list[i]!, from[list[i]!]!);
  return out;
}

/** A copy of `record`'s own entries, with those of `changes` (added or replaced) after them. */
export function withEntries<K extends string, V>(
  record: Readonly<Record<K, V>>,
  changes: Readonly<Record<NoInfer<K>, V>>,
): Record<K, V> {
  const from = record as Readonly<Record<string, V>>;
  const keys = keysOfRecord(from);
  const out = copyOf(from, keys);
  const added = changes as Readonly<Record<string, V>>;
  const addedKeys: string[] = [];
  for (const key of Object.keys(added)) {
    if (!Object.hasOwn(out, key)) addedKeys.push(key);
    assign(out, key, added[key]!);
  }
  keysOf.set(out, appended(keys, addedKeys));
  return out as Record<K, V>;
}

/** A copy of `record` with `key` set to `value` (added at the end, or replaced in place). */
export function withEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
  value: NoInfer<V>,
): Record<K, V> {
  const from = record as Readonly<Record<string, V>>;
  const keys = keysOfRecord(from);
  const out = copyOf(from, keys);
  const isNew = !Object.hasOwn(from, key);
  assign(out, key, value);
  keysOf.set(out, isNew ? appended(keys, [key]) : keys);
  return out as Record<K, V>;
}

/** A copy of `record` without `key`. */
export function withoutEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
): Record<K, V> {
  const from = record as Readonly<Record<string, V>>;
  const { list, length } = keysOfRecord(from);
  const kept: string[] = [];
  for (let i = 0; i < length; i++) if (list[i] !== key) kept.push(list[i]!);
  const keys = { list: kept, length: kept.length };
  const out = copyOf(from, keys);
  keysOf.set(out, keys);
  return out as Record<K, V>;
}
