/**
 * Copies of a large record with one entry (or a few) changed, for state that is never mutated:
 * the annotations (thousands on a big paper) and the anchoring results are copied on every change.
 *
 * Object spread (`{ ...record, [id]: value }`) was the slow way to copy them: a record of thousands
 * of generated ids is a dictionary-mode object, which spread copies by the generic path, three to
 * four times slower than assigning its keys one by one into a new object (Chromium, 5,000 entries:
 * about 6 ms against 1.6; issue 9). The result is the same: the same own keys, in the same order.
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

/** A copy of `record`'s own entries, with those of `changes` (added or replaced) after them. */
export function withEntries<K extends string, V>(
  record: Readonly<Record<K, V>>,
  changes: Readonly<Record<NoInfer<K>, V>>,
): Record<K, V> {
  const out: Record<string, V> = {};
  const from = record as Readonly<Record<string, V>>;
  const keys = Object.keys(from);
  for (let i = 0; i < keys.length; i++) assign(out, keys[i]!, from[keys[i]!]!);
  const added = changes as Readonly<Record<string, V>>;
  for (const key of Object.keys(added)) assign(out, key, added[key]!);
  return out as Record<K, V>;
}

/** A copy of `record` with `key` set to `value` (added at the end, or replaced in place). */
export function withEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
  value: NoInfer<V>,
): Record<K, V> {
  const out: Record<string, V> = {};
  const from = record as Readonly<Record<string, V>>;
  const keys = Object.keys(from);
  for (let i = 0; i < keys.length; i++) assign(out, keys[i]!, from[keys[i]!]!);
  assign(out, key, value);
  return out as Record<K, V>;
}

/** A copy of `record` without `key`. */
export function withoutEntry<K extends string, V>(
  record: Readonly<Record<K, V>>,
  key: NoInfer<K>,
): Record<K, V> {
  const out: Record<string, V> = {};
  const from = record as Readonly<Record<string, V>>;
  const keys = Object.keys(from);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== key) assign(out, k, from[k]!);
  }
  return out as Record<K, V>;
}
