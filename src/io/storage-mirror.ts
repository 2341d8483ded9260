/**
 * What a tab knows about the stored keys (see storage-keys.ts): the raw value of each, what it was
 * encoded from, and what must be written next. Kept up to date by loading, writing and other
 * tabs' writes, so that a flush writes only keys whose value really changed.
 */
import type { Annotation, AnnotationId, Annotations, Tombstones } from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { PersistedState } from '../annotations/persisted';

/** Everything persisted but the annotations. */
export type PersistedMeta = Omit<PersistedState, 'annotations' | 'annotationTombstones'>;

/**
 * Records stored one key per entry, because two tabs may change them at once (each opens a paper,
 * renames a different colour): a whole-record write from one tab would undo the other's change.
 * Every other field is small and per tab (the current paper) and is stored whole in the meta key.
 */
export const SPLIT_FIELDS = ['papers', 'annotationSets', 'colourLabels'] as const;
export type SplitField = (typeof SPLIT_FIELDS)[number];
export const isSplitField = (field: string): field is SplitField =>
  (SPLIT_FIELDS as readonly string[]).includes(field);

/** What this tab knows about the stored keys, kept up to date by reads, writes and other tabs. */
export interface StorageMirror {
  /** The raw value of each key as storage holds it. */
  raw: Map<string, string>;
  /** By id, the annotation object its key was last encoded from or decoded to. */
  encodedFrom: Map<AnnotationId, Annotation>;
  /** The paper of each live annotation, as the per-paper indexes list them. */
  paperOf: Map<AnnotationId, PaperId>;
  /**
   * The index chunks as loaded (key → ids), until they are compared with the records
   * (annotation-storage-load.ts `reconcileIndexes`); null once they are. Until then `listed` and
   * `dirtyIndexes` do not account for them: nothing may write or merge before that.
   */
  unreconciledIndexes: Map<string, string[]> | null;
  /**
   * The annotation keys as loaded, until `reconcileIndexes` notes them in `raw`, `encodedFrom`,
   * `paperOf` and `tombstoneIds` (before any write or merge needs those, as for the indexes), so
   * a reload does not fill four maps of thousands before its first screen: one flat list of
   * triples, each key, its raw value, then the annotation decoded from it or a tombstone's id.
   */
  unreconciledRecords: (string | Annotation)[] | null;
  /** Ids stored as tombstones. */
  tombstoneIds: Set<AnnotationId>;
  /** Index chunk keys that must be rewritten at the next flush. */
  dirtyIndexes: Set<string>;
  /** The ids each index chunk key lists (`paperOf` grouped by key), so a chunk is rewritten alone. */
  listed: Map<string, Set<AnnotationId>>;
  /**
   * For an annotation key this tab wrote since it last read another tab's value there: that value
   * (null if none), then each value this tab wrote, oldest first. Another tab's write may have
   * been made from any of them (writes can cross), so the merge finds which.
   */
  ownWrites: Map<string, (string | null)[]>;
  /** Annotation keys another tab changed: compared again at the next flush. */
  recheck: Set<AnnotationId>;
  /** Keys holding unreadable values that could not be backed up: never overwritten. */
  protectedKeys: Set<string>;
  /** The entry keys stored for each split record field. */
  entryKeys: Map<SplitField, Set<string>>;
  /**
   * The parts of the state last written in full, by identity: parts that are still the same
   * object are skipped without looking inside. Null (or absent) means "compare everything".
   */
  flushed: {
    annotations: Annotations | null;
    tombstones: Tombstones | null;
    meta: unknown[] | null;
    records: Map<SplitField, unknown>;
  };
}

export const createMirror = (): StorageMirror => ({
  raw: new Map(),
  encodedFrom: new Map(),
  paperOf: new Map(),
  unreconciledIndexes: null,
  unreconciledRecords: null,
  tombstoneIds: new Set(),
  dirtyIndexes: new Set(),
  listed: new Map(),
  ownWrites: new Map(),
  recheck: new Set(),
  protectedKeys: new Set(),
  entryKeys: new Map(SPLIT_FIELDS.map((field) => [field, new Set<string>()])),
  flushed: { annotations: null, tombstones: null, meta: null, records: new Map() },
});

/** Records that the index chunk `key` lists `id` (`add`) or no longer does. */
export function setListed(mirror: StorageMirror, key: string, id: AnnotationId, add: boolean) {
  let ids = mirror.listed.get(key);
  if (add) {
    if (!ids) mirror.listed.set(key, (ids = new Set()));
    ids.add(id);
  } else if (ids) {
    ids.delete(id);
    if (!ids.size) mirror.listed.delete(key);
  }
}
