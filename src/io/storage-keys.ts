/**
 * How the persisted state is laid out in localStorage: small keys, so that a change rewrites only
 * what changed. `<name>` is the persist name (`marginalia`).
 *
 * - `<name>:v2:meta`            the state's schema version and the small persisted fields
 *                               (the current paper)
 * - `<name>:v2:m:<field>:<key>` one entry of a persisted record that two tabs may change at once:
 *                               a paper of the recent list, an annotation set, a colour label
 * - `<name>:v2:idx:<paperId>:<c>` the ids of a paper's annotations whose id starts with `c`
 *                               (sorted JSON array): the paper's index in 16 chunks (UUIDs start
 *                               with a hex digit), so adding one annotation to a paper of 500
 *                               rewrites ~1 KB of index rather than ~20 KB
 * - `<name>:v2:a:<id>`          one annotation in its compact form, or its tombstone
 * - `<name>:v2:hint`            which annotations the first screen of a reload shows (the current
 *                               paper's opening): read first, the rest after the paint
 *                               (annotation-storage-hint.ts); only a hint, never the truth
 * - `<name>:backup:<key>:<ms>`  an unreadable value, kept as it was found
 * - `<name>`                    the v1 layout: the whole state in one key (zustand's default)
 *
 * `v2` names the key layout (introduced with state version 2); later state versions may keep it.
 */
import { asAnnotationId, type AnnotationId } from '../annotations/types';
import type { PaperId } from '../paper/types';

export const KEY_LAYOUT = 'v2';

export interface StorageKeys {
  /** Prefix of every key of the current layout. */
  root: string;
  meta: string;
  /** The first screen's annotations (annotation-storage-hint.ts). */
  hint: string;
  /** The single key of the v1 layout. */
  legacy: string;
  annotation: (id: AnnotationId) => string;
  /** The index chunk of `paperId` that lists annotation `id`. */
  index: (paperId: PaperId, id: AnnotationId) => string;
  metaEntry: (field: string, key: string) => string;
  backup: (key: string, at: number) => string;
  /** The annotation id of an annotation key, or null for any other key. */
  annotationIdOf: (key: string) => AnnotationId | null;
  /** Whether `key` is an index chunk's key. */
  isIndex: (key: string) => boolean;
  /** The field and entry key of a record entry's key, or null for any other key. */
  metaEntryOf: (key: string) => { field: string; key: string } | null;
}

/**
 * The index chunk an annotation is listed in: its id's first character if a digit or letter
 * (lower-cased), else `_` (the last character of the chunk's key).
 */
export const chunkOf = (id: AnnotationId): string => {
  const c = id.charAt(0).toLowerCase();
  return c.length === 1 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) ? c : '_';
};

export function storageKeys(name: string): StorageKeys {
  const root = `${name}:${KEY_LAYOUT}:`;
  const a = `${root}a:`;
  const idx = `${root}idx:`;
  const m = `${root}m:`;
  const after = (prefix: string) => (key: string) =>
    key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null;
  // Made once: a reload asks them of every stored key.
  const afterA = after(a);
  const afterM = after(m);
  return {
    root,
    meta: `${root}meta`,
    hint: `${root}hint`,
    legacy: name,
    annotation: (id) => a + id,
    index: (paperId, id) => `${idx}${paperId}:${chunkOf(id)}`,
    metaEntry: (field, key) => `${m}${field}:${key}`,
    backup: (key, at) => `${name}:backup:${key}:${at}`,
    annotationIdOf(key) {
      const id = afterA(key);
      return id === null ? null : asAnnotationId(id);
    },
    isIndex: (key) => key.startsWith(idx),
    metaEntryOf(key) {
      const rest = afterM(key);
      const colon = rest?.indexOf(':') ?? -1;
      return rest && colon > 0 && colon < rest.length - 1
        ? { field: rest.slice(0, colon), key: rest.slice(colon + 1) }
        : null;
    },
  };
}
