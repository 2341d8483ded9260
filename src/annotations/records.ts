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

/** The own keys of each record made here, in its order (records are never changed once made). */
const keysOf = new WeakMap<object, readonly string[]>();

/** A new record of `keys` taken from `from`, remembered with its keys. */
function copyOf<V>(from: Readonly<Record<string, V>>, keys: readonly string[]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of keys) assign(out, key, from[key]!);
  keysOf.set(out, keys);
  return out;
}

/** A copy of `record`'s own entries, with those of `changes` (added or replaced) after them. */
export function withEntries<K extends string, V>(
  record: Readonly<Record<K, V>>,
  changes: Readonly<Record<NoInfer<K>, V>>,
): Record<K, V> {
  const from = record as Readonly<Record<string, V>>;
  const added = changes as Readonly<Record<string, V>>;
  const keys = keysOf.get(from) ?? Object.keys(from);
  const fresh = Object.keys(added).filter((k) => !Object.hasOwn(from, k));
  const out = copyOf(from, fresh.length ? [...keys, ...fresh] : keys);
  for (const key of Object.keys(added)) assign(out, key, added[key]!);
  return out as Record<K, V>;
}

/** A copy of `record` with `key` set to `value` (added at the end, or replaced in place). */
export function withEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
  value: NoInfer<V>,
): Record<K, V> {
  // A computed key defines an own entry, even `__proto__`.
  return withEntries<K, V>(record, { [key]: value } as Record<K, V>);
}

/** A copy of `record` without `key`. */
export function withoutEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
): Record<K, V> {
  const from = record as Readonly<Record<string, V>>;
  const keys = keysOf.get(from) ?? Object.keys(from);
  return copyOf(
    from,
    keys.filter((k) => k !== key),
  ) as Record<K, V>;
}
