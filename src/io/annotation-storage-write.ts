/**
 * The write half of the annotation storage: turns the persisted state into the small keys of
 * storage-keys.ts, writing only keys whose value changed (unchanged parts are skipped by object
 * identity first, then by comparing the serialized value with what storage holds). Once the state
 * was written in full, a write visits only the annotations that changed since (the records share
 * the rest: annotations/shared-record.ts) and
 * rewrites an index chunk from the ids the mirror lists for it, so its cost follows the change,
 * not the number of annotations.
 */
import { encodeStoredAnnotation, encodeStoredTombstone } from '../annotations/compact';
import { PERSISTED_DEFAULTS, type PersistedState } from '../annotations/persisted';
import { type Annotation, type AnnotationId } from '../annotations/types';
import type { StorageKeys } from './storage-keys';
import type { StorageLike } from './storage-like';
import { isSplitField, setListed, type SplitField, type StorageMirror } from './storage-mirror';
import type { PaperId } from '../paper/types';
import { changedKeysOf, entryOf, forEachEntry, hasEntry } from '../annotations/shared-record';

/** What a write did not do: the errors of writes that failed, and the keys left for a merge. */
export interface WriteOutcome {
  failures: unknown[];
  /**
   * Annotation keys another tab wrote since this tab last read them (its `storage` event not yet
   * heard): not written over, so that its change is merged first rather than lost.
   */
  stale: string[];
}

/**
 * Keys whose value is not the same in `next` as in `previous` (added, changed or removed): for the
 * tombstones, a small plain record (a walk of its keys, no encoding of the unchanged ones).
 */
const changedTombstones = (
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): string[] => {
  const keys: string[] = [];
  for (const key in b) if (!Object.hasOwn(a, key) || a[key] !== b[key]) keys.push(key);
  for (const key in a) if (!Object.hasOwn(b, key)) keys.push(key);
  return keys;
};

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
      if (before !== undefined) unlist(a.id, before);
      const key = k.index(a.paperId, a.id);
      mirror.dirtyIndexes.add(key);
      setListed(mirror, key, a.id, true);
      mirror.paperOf.set(a.id, a.paperId);
    }
  };
  /** Takes a gone (or moved) annotation out of its paper's index chunk. */
  const unlist = (id: AnnotationId, paperId: PaperId) => {
    const key = k.index(paperId, id);
    mirror.dirtyIndexes.add(key);
    setListed(mirror, key, id, false);
  };
  const forget = (id: AnnotationId, paperId: PaperId) => {
    mirror.paperOf.delete(id);
    unlist(id, paperId);
    mirror.encodedFrom.delete(id);
    if (!(id in tombstones)) drop(k.annotation(id));
  };
  const writeTombstone = (id: AnnotationId, deletedAt: number) => {
    if (putRecord(k.annotation(id), encodeStoredTombstone(deletedAt))) mirror.tombstoneIds.add(id);
  };

  // Records first, then indexes, then meta: a write cut short leaves records the loader finds.
  const { flushed } = mirror;
  if (annotations !== flushed.annotations && flushed.annotations) {
    // Written in full before: only the entries that changed since (the records share the rest,
    // so adding one highlight among thousands visits one).
    for (const id of changedKeysOf(flushed.annotations, annotations)) {
      const live = entryOf(annotations, id);
      const paperId = mirror.paperOf.get(id);
      if (live) writeAnnotation(live);
      else if (paperId !== undefined) forget(id, paperId);
    }
  } else if (annotations !== flushed.annotations) {
    forEachEntry(annotations, (_id, a) => writeAnnotation(a));
    // paperOf holds every live id now; more entries means some annotations are gone.
    if (mirror.paperOf.size > annotations.size) {
      for (const [id, paperId] of mirror.paperOf)
        if (!hasEntry(annotations, id)) forget(id, paperId);
    }
  }
  if (tombstones !== flushed.tombstones) {
    // Once written in full, only the tombstones that came or went since (a deletion among
    // hundreds visits one); else all of them, and every stored one the state no longer holds.
    const ids = flushed.tombstones
      ? changedTombstones(flushed.tombstones, tombstones)
      : [...Object.keys(tombstones), ...mirror.tombstoneIds];
    for (const id of ids as AnnotationId[])
      if (Object.hasOwn(tombstones, id)) writeTombstone(id, tombstones[id]!);
      else if (mirror.tombstoneIds.has(id) && !hasEntry(annotations, id) && drop(k.annotation(id)))
        mirror.tombstoneIds.delete(id);
  }
  for (const id of mirror.recheck) {
    mirror.recheck.delete(id);
    mirror.encodedFrom.delete(id);
    const live = entryOf(annotations, id);
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
  // Each dirty chunk from the ids it lists (mirror.listed): adding one annotation among thousands
  // rewrites its chunk without a pass over the others.
  for (const key of [...mirror.dirtyIndexes]) {
    const ids = mirror.listed.get(key);
    if (ids?.size ? put(key, JSON.stringify([...ids].sort())) : drop(key))
      mirror.dirtyIndexes.delete(key);
  }
}
