/**
 * The write half of the annotation storage: turns the persisted state into the small keys of
 * storage-keys.ts, writing only keys whose value changed (unchanged parts are skipped by object
 * identity first, then by comparing the serialized value with what storage holds).
 */
import { encodeStoredAnnotation, encodeStoredTombstone } from '../annotations/compact';
import { PERSISTED_DEFAULTS, type PersistedState } from '../annotations/persisted';
import { entriesOf, idsOf, type Annotation, type AnnotationId } from '../annotations/types';
import { chunkOf, type StorageKeys } from './storage-keys';
import type { StorageLike } from './storage-like';
import { isSplitField, type SplitField, type StorageMirror } from './storage-mirror';

/** What a write did not do: the errors of writes that failed, and the keys left for a merge. */
export interface WriteOutcome {
  failures: unknown[];
  /**
   * Annotation keys another tab wrote since this tab last read them (its `storage` event not yet
   * heard): not written over, so that its change is merged first rather than lost.
   */
  stale: string[];
}

/** How many of this tab's own writes of a key are remembered as possible merge bases. */
const MAX_OWN_WRITES = 16;

/** Whether storage holds, under an annotation key, something this tab has not read yet. */
function changedElsewhere(area: StorageLike, mirror: StorageMirror, key: string): boolean {
  try {
    return area.getItem(key) !== (mirror.raw.get(key) ?? null);
  } catch {
    return false;
  }
}

/**
 * Writes what changed in `state` since the mirror's record of storage, in the order records,
 * index chunks, other keys (so a write cut short leaves records the loader finds). Nothing is
 * thrown: a failed key is tried again next time, and so is a stale one (see `WriteOutcome`).
 */
export function writeState(
  area: StorageLike,
  k: StorageKeys,
  mirror: StorageMirror,
  state: PersistedState,
  version: number,
): WriteOutcome {
  const failures: unknown[] = [];
  const stale: string[] = [];
  const put = (key: string, raw: string): boolean => {
    if (mirror.protectedKeys.has(key) || mirror.raw.get(key) === raw) return true;
    try {
      area.setItem(key, raw);
      mirror.raw.set(key, raw);
      return true;
    } catch (error) {
      failures.push(error);
      return false;
    }
  };
  const drop = (key: string): boolean => {
    if (mirror.protectedKeys.has(key) || !mirror.raw.has(key)) return true;
    try {
      area.removeItem(key);
      mirror.raw.delete(key);
      return true;
    } catch (error) {
      failures.push(error);
      return false;
    }
  };
  /** An annotation key is written only over what this tab knows is there. */
  const putRecord = (key: string, raw: string): boolean => {
    if (mirror.protectedKeys.has(key) || mirror.raw.get(key) === raw) return true;
    if (changedElsewhere(area, mirror, key)) {
      stale.push(key);
      return false;
    }
    const before = mirror.raw.get(key) ?? null;
    if (!put(key, raw)) return false;
    const chain = mirror.ownWrites.get(key) ?? [before];
    chain.push(raw);
    // A long burst is kept coarser: its middle steps are merged into one.
    if (chain.length > MAX_OWN_WRITES) chain.splice(1, 1);
    mirror.ownWrites.set(key, chain);
    return true;
  };
  const { annotations, annotationTombstones: tombstones, ...meta } = state;

  const writeAnnotation = (a: Annotation) => {
    if (mirror.encodedFrom.get(a.id) === a) return; // unchanged since written or read
    if (putRecord(k.annotation(a.id), encodeStoredAnnotation(a))) {
      mirror.encodedFrom.set(a.id, a);
      mirror.tombstoneIds.delete(a.id);
    }
    const before = mirror.paperOf.get(a.id);
    if (before !== a.paperId) {
      if (before !== undefined) mirror.dirtyIndexes.add(k.index(before, a.id));
      mirror.dirtyIndexes.add(k.index(a.paperId, a.id));
      mirror.paperOf.set(a.id, a.paperId);
    }
  };
  const writeTombstone = (id: AnnotationId, deletedAt: number) => {
    if (putRecord(k.annotation(id), encodeStoredTombstone(deletedAt))) mirror.tombstoneIds.add(id);
  };

  // Records first, then indexes, then meta: a write cut short leaves records the loader finds.
  const { flushed } = mirror;
  if (annotations !== flushed.annotations) {
    let live = 0;
    for (const id of idsOf(annotations)) {
      live++;
      writeAnnotation(annotations[id]!);
    }
    // paperOf holds every live id now; more entries means some annotations are gone.
    if (mirror.paperOf.size > live) {
      for (const [id, paperId] of mirror.paperOf) {
        if (id in annotations) continue;
        mirror.paperOf.delete(id);
        mirror.dirtyIndexes.add(k.index(paperId, id));
        mirror.encodedFrom.delete(id);
        if (!(id in tombstones)) drop(k.annotation(id));
      }
    }
  }
  if (tombstones !== flushed.tombstones) {
    for (const [id, deletedAt] of entriesOf(tombstones)) writeTombstone(id, deletedAt);
    for (const id of mirror.tombstoneIds) {
      if (!(id in tombstones) && !(id in annotations) && drop(k.annotation(id)))
        mirror.tombstoneIds.delete(id);
    }
  }
  for (const id of mirror.recheck) {
    mirror.recheck.delete(id);
    mirror.encodedFrom.delete(id);
    const live = annotations[id];
    if (live) writeAnnotation(live);
    else if (tombstones[id] !== undefined) writeTombstone(id, tombstones[id]);
  }
  writeIndexes(k, mirror, put, drop);

  const whole: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(meta)) {
    if (!isSplitField(field) || typeof value !== 'object' || value === null) whole[field] = value;
    else if (flushed.records.get(field) !== value) {
      writeEntries(k, mirror, field, value as Record<string, unknown>, put, drop);
    }
  }
  const metaParts = [version, ...Object.entries(whole).flat()];
  if (
    !flushed.meta ||
    metaParts.length !== flushed.meta.length ||
    metaParts.some((p, i) => p !== flushed.meta?.[i])
  ) {
    put(k.meta, JSON.stringify({ version, state: whole }));
  }
  const ok = failures.length === 0 && stale.length === 0;
  flushed.annotations = ok ? annotations : null;
  flushed.tombstones = ok ? tombstones : null;
  flushed.meta = failures.length === 0 ? metaParts : null;
  flushed.records.clear();
  if (failures.length === 0)
    for (const field of mirror.entryKeys.keys()) flushed.records.set(field, meta[field]);
  return { failures, stale };
}

/** Writes the entries of a record that changed and removes those that are gone. */
function writeEntries(
  k: StorageKeys,
  mirror: StorageMirror,
  field: SplitField,
  record: Record<string, unknown>,
  put: (key: string, raw: string) => boolean,
  drop: (key: string) => boolean,
) {
  const stored = mirror.entryKeys.get(field) ?? new Set<string>();
  mirror.entryKeys.set(field, stored);
  // What a missing entry stands for: the store's initial values.
  const defaults: Record<string, unknown> = PERSISTED_DEFAULTS[field];
  for (const [key, value] of Object.entries(record)) {
    const raw = JSON.stringify(value);
    // An entry never stored stands at its default: writing the default would only risk
    // overwriting another tab's change we have not heard of yet.
    if (!stored.has(key) && Object.hasOwn(defaults, key) && JSON.stringify(defaults[key]) === raw)
      continue;
    if (put(k.metaEntry(field, key), raw)) stored.add(key);
  }
  for (const key of stored)
    if (!Object.hasOwn(record, key) && drop(k.metaEntry(field, key))) stored.delete(key);
}

/** Rewrites the index chunks whose membership changed, from the live annotations' papers. */
function writeIndexes(
  k: StorageKeys,
  mirror: StorageMirror,
  put: (key: string, raw: string) => boolean,
  drop: (key: string) => boolean,
) {
  if (!mirror.dirtyIndexes.size) return;
  const chunks = new Map<string, AnnotationId[]>([...mirror.dirtyIndexes].map((key) => [key, []]));
  // A key is built only for ids in a dirty chunk (its last character), not for all of them: with
  // thousands of annotations, adding one stays cheap.
  const dirtyChunks = new Set([...mirror.dirtyIndexes].map((key) => key.charAt(key.length - 1)));
  for (const [id, paperId] of mirror.paperOf)
    if (dirtyChunks.has(chunkOf(id))) chunks.get(k.index(paperId, id))?.push(id);
  for (const [key, ids] of chunks) {
    if (ids.length ? put(key, JSON.stringify(ids.sort())) : drop(key))
      mirror.dirtyIndexes.delete(key);
  }
}
