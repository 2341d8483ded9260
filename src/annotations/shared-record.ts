/**
 * Records that share structure: a change makes a new record that shares all but a few small
 * nodes with the one it was made from, so a change to a record of 5,000 entries costs about what
 * it costs with 50 (issue 9: copying the annotations and the anchors, 5,000 keys each, was most
 * of what the count added to a click). State is never mutated, so an old record stays whole and
 * readable beside the new one (selectors compare them, the undo history and the storage keep
 * them).
 *
 * A hash array mapped trie (Bagwell, "Ideal Hash Trees", 2001; Clojure's PersistentHashMap) of
 * plain objects and arrays, no `Map`: each branch has 32 slots chosen by 5 bits of the key's
 * hash, each leaf holds up to {@link LEAF_SIZE} entries. A change copies the path to its leaf
 * (three branches of 32 and a leaf of a few at 5,000 entries). Entries come out in the order of
 * their keys' hashes, not the order they were added.
 *
 * Two records are compared by walking the nodes they do not share ({@link changedKeysOf}): the
 * changes of one click among 5,000 entries are found without looking at the rest.
 */

type Entry<K, V> = [K, V];
interface Leaf<K, V> {
  e: Entry<K, V>[];
}
interface Branch<K, V> {
  b: (TrieNode<K, V> | undefined)[];
}
type TrieNode<K, V> = Leaf<K, V> | Branch<K, V>;

/** A record of `V` by key `K` that shares structure with the records it was made from. */
export interface SharedRecord<K extends string, V> {
  /** The number of entries. */
  readonly size: number;
  /** @internal The trie; read it only through the functions here. */
  readonly root: TrieNode<K, V>;
}

/** Bits of the hash per level: 32 slots a branch. */
const BITS = 5;
const MASK = (1 << BITS) - 1;
/** Entries a leaf holds before it splits: a short walk that still keeps the tree shallow. */
const LEAF_SIZE = 8;
/** Past this shift the hash has no bits left: keys with the same hash share one leaf. */
const LAST_SHIFT = 30;

const EMPTY_LEAF: Leaf<never, never> = Object.freeze({ e: [] }) as unknown as Leaf<never, never>;
const EMPTY = Object.freeze({ size: 0, root: EMPTY_LEAF });

/** A record with no entries (the same object every time). */
export const emptyRecord = <K extends string, V>(): SharedRecord<K, V> =>
  EMPTY as SharedRecord<K, V>;

/** FNV-1a: a 32-bit hash of a string, well spread for random ids and words alike. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The entry for `key`, or undefined. */
export function entryOf<K extends string, V>(record: SharedRecord<K, V>, key: K): V | undefined {
  const h = hashOf(key);
  let node: TrieNode<K, V> | undefined = record.root;
  for (let shift = 0; node && 'b' in node; shift += BITS) node = node.b[(h >>> shift) & MASK];
  if (node) for (const entry of node.e) if (entry[0] === key) return entry[1];
  return undefined;
}

/** Whether `record` has an entry for `key`. */
export const hasEntry = <K extends string, V>(record: SharedRecord<K, V>, key: K): boolean =>
  entryOf(record, key) !== undefined;

/** Removes the entry (as a value given to `put`). */
const GONE: unique symbol = Symbol('gone');

/**
 * One batch of changes: nodes made in it are its own and changed in place by its later changes
 * (a transient, as Clojure calls it), so a batch of many entries copies each node once.
 */
class Batch<K, V> {
  own = new Set<TrieNode<K, V>>();
  size: number;
  constructor(size: number) {
    this.size = size;
  }
  mine<N extends TrieNode<K, V>>(node: N, copy: () => N): N {
    if (this.own.has(node)) return node;
    const made = copy();
    this.own.add(made);
    return made;
  }
}

function put<K extends string, V>(
  node: TrieNode<K, V>,
  shift: number,
  h: number,
  key: K,
  value: V | typeof GONE,
  batch: Batch<K, V>,
): TrieNode<K, V> {
  if ('b' in node) {
    const i = (h >>> shift) & MASK;
    const child = node.b[i] ?? (EMPTY_LEAF as Leaf<K, V>);
    const next = put(child, shift + BITS, h, key, value, batch);
    if (next === child) return node;
    const out = batch.mine(node, () => ({ b: node.b.slice() }));
    out.b[i] = next;
    return out;
  }
  const at = node.e.findIndex((entry) => entry[0] === key);
  if (value === GONE) {
    if (at < 0) return node;
    batch.size--;
    const out = batch.mine(node, () => ({ e: node.e.slice() }));
    out.e.splice(at, 1);
    return out;
  }
  if (at >= 0 && node.e[at]![1] === value) return node;
  const out = batch.mine(node, () => ({ e: node.e.slice() }));
  if (at >= 0) {
    out.e[at] = [key, value];
    return out;
  }
  batch.size++;
  out.e.push([key, value]);
  if (out.e.length <= LEAF_SIZE || shift >= LAST_SHIFT) return out;
  // Too many for one leaf: its entries go one level down, by the next bits of their hashes.
  let branch: TrieNode<K, V> = batch.mine({ b: [] }, () => ({ b: [] }));
  batch.size -= out.e.length;
  for (const [k, v] of out.e) branch = put(branch, shift, hashOf(k), k, v, batch);
  return branch;
}

function changed<K extends string, V>(
  record: SharedRecord<K, V>,
  apply: (put: (key: K, value: V | typeof GONE) => void) => void,
): SharedRecord<K, V> {
  const batch = new Batch<K, V>(record.size);
  let root = record.root;
  apply((key, value) => {
    root = put(root, 0, hashOf(key), key, value, batch);
  });
  return root === record.root ? record : { size: batch.size, root };
}

/** `record` with `key` set to `value` (the same record when it already was). */
export const putEntry = <K extends string, V>(
  record: SharedRecord<K, V>,
  key: K,
  value: V,
): SharedRecord<K, V> => changed(record, (set) => set(key, value));

/** `record` with each entry of `changes` set (added or replaced). */
export const putEntries = <K extends string, V>(
  record: SharedRecord<K, V>,
  changes: Readonly<Record<K, V>>,
): SharedRecord<K, V> =>
  changed(record, (set) => {
    for (const key of Object.keys(changes) as K[]) set(key, changes[key]);
  });

/** `record` without `key` (the same record when it had none). */
export const removeEntry = <K extends string, V>(
  record: SharedRecord<K, V>,
  key: K,
): SharedRecord<K, V> => changed(record, (set) => set(key, GONE));

/**
 * A record of the own entries of a plain one (`__proto__` included, as a key like any other), its
 * keys taken as `K` (ids read from validated data).
 */
export const recordOf = <K extends string, V>(
  plain: Readonly<Record<string, V>>,
): SharedRecord<K, V> => putEntries(emptyRecord<K, V>(), plain as Readonly<Record<K, V>>);

function walk<K, V>(node: TrieNode<K, V> | undefined, visit: (key: K, value: V) => void): void {
  if (!node) return;
  if ('b' in node) for (const child of node.b) walk(child, visit);
  else for (const [key, value] of node.e) visit(key, value);
}

/** Calls `visit` with each entry (in the order of the keys' hashes). */
export const forEachEntry = <K extends string, V>(
  record: SharedRecord<K, V>,
  visit: (key: K, value: V) => void,
): void => walk(record.root, visit);

/** The first key (in the order of the keys' hashes) whose entry passes `test`, walking no further. */
export function findKey<K extends string, V>(
  record: SharedRecord<K, V>,
  test: (key: K, value: V) => boolean,
): K | undefined {
  const find = (node: TrieNode<K, V> | undefined): K | undefined => {
    if (!node) return undefined;
    if ('b' in node) {
      for (const child of node.b) {
        const key = find(child);
        if (key !== undefined) return key;
      }
      return undefined;
    }
    for (const [key, value] of node.e) if (test(key, value)) return key;
    return undefined;
  };
  return find(record.root);
}

/** The keys of `record`. */
export function keysOf<K extends string, V>(record: SharedRecord<K, V>): K[] {
  const out: K[] = [];
  walk(record.root, (key) => out.push(key));
  return out;
}

/** The values of `record`. */
export function valuesOf<K extends string, V>(record: SharedRecord<K, V>): V[] {
  const out: V[] = [];
  walk(record.root, (_key, value) => out.push(value));
  return out;
}

/** A plain record of the same entries (for export, import and other walks over all of them). */
export function plainOf<K extends string, V>(record: SharedRecord<K, V>): Record<K, V> {
  const out = Object.create(null) as Record<K, V>;
  walk(record.root, (key, value) => {
    out[key] = value;
  });
  return out;
}

/**
 * Keys whose value is not the same object in `next` as in `previous` (added, replaced, removed),
 * found by walking only the nodes the two do not share.
 */
export function changedKeysOf<K extends string, V>(
  previous: SharedRecord<K, V>,
  next: SharedRecord<K, V>,
): K[] {
  const out: K[] = [];
  diff(previous.root, next.root, out);
  return out;
}

function diff<K, V>(a: TrieNode<K, V> | undefined, b: TrieNode<K, V> | undefined, out: K[]) {
  if (a === b) return;
  if (a && b && 'b' in a && 'b' in b) {
    for (let i = 0; i <= MASK; i++) diff(a.b[i], b.b[i], out);
    return;
  }
  // A leaf against a leaf or a branch (it split): a few entries, unless whole records differ.
  const was: Entry<K, V>[] = [];
  walk(a, (key, value) => was.push([key, value]));
  const seen = new Set<K>();
  const before = was.length > LEAF_SIZE * 4 ? new Map(was) : null;
  walk(b, (key, value) => {
    seen.add(key);
    const old = before ? before.get(key) : was.find((entry) => entry[0] === key)?.[1];
    if (old !== value) out.push(key);
  });
  for (const [key] of was) if (!seen.has(key)) out.push(key);
}
