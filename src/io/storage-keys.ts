/**
 * How the persisted state is laid out in localStorage: small keys, so that a change rewrites only
 * what changed. `<name>` is the persist name (`marginalia`).
 *
 * - `<name>:v2:meta`            the state's schema version and the small persisted fields
 *                               (the current paper)
 * - `<name>:v2:m:<field>:<key>` one entry of a persisted record that two tabs may change at once:
 *                               a paper of the recent list, an annotation set, a colour label
 * - `<name>:v2:idx:<paperId>`   the ids of a paper's annotations (sorted JSON array)
 * - `<name>:v2:a:<id>`          one annotation in its compact form, or its tombstone
 * - `<name>:backup:<key>:<ms>`  an unreadable value, kept as it was found
 * - `<name>`                    the v1 layout: the whole state in one key (zustand's default)
 *
 * `v2` names the key layout (introduced with state version 2); later state versions may keep it.
 */
import type { AnnotationId } from '../annotations/types';
import type { PaperId } from '../paper/types';

export const KEY_LAYOUT = 'v2';

export interface StorageKeys {
  /** Prefix of every key of the current layout. */
  root: string;
  meta: string;
  /** The single key of the v1 layout. */
  legacy: string;
  annotation: (id: AnnotationId) => string;
  index: (paperId: PaperId) => string;
  metaEntry: (field: string, key: string) => string;
  backup: (key: string, at: number) => string;
  /** The annotation id of an annotation key, or null for any other key. */
  annotationIdOf: (key: string) => AnnotationId | null;
  /** The paper id of an index key, or null for any other key. */
  paperIdOf: (key: string) => PaperId | null;
  /** The field and entry key of a record entry's key, or null for any other key. */
  metaEntryOf: (key: string) => { field: string; key: string } | null;
}

export function storageKeys(name: string): StorageKeys {
  const root = `${name}:${KEY_LAYOUT}:`;
  const a = `${root}a:`;
  const idx = `${root}idx:`;
  const m = `${root}m:`;
  const after = (prefix: string) => (key: string) =>
    key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : null;
  return {
    root,
    meta: `${root}meta`,
    legacy: name,
    annotation: (id) => a + id,
    index: (paperId) => idx + paperId,
    metaEntry: (field, key) => `${m}${field}:${key}`,
    backup: (key, at) => `${name}:backup:${key}:${at}`,
    annotationIdOf: after(a),
    paperIdOf: after(idx),
    metaEntryOf(key) {
      const rest = after(m)(key);
      const colon = rest?.indexOf(':') ?? -1;
      return rest && colon > 0 && colon < rest.length - 1
        ? { field: rest.slice(0, colon), key: rest.slice(colon + 1) }
        : null;
    },
  };
}
