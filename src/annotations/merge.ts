/**
 * Merging another copy of the annotations (another tab's writes) into ours, annotation by
 * annotation: concurrent changes to different annotations all survive, and for the same
 * annotation the newer version wins, a deletion (tombstone) being a version like any other. Ties
 * (the same millisecond in two tabs) go to the deletion, else to the greater stored form, so
 * both tabs settle on the same result.
 */
import { encodeStoredAnnotation } from './compact';
import {
  entriesOf,
  type Annotation,
  type AnnotationId,
  type AnnotationsState,
  type Tombstones,
} from './types';

/** Versions read from elsewhere; only the ids present are considered. */
export interface AnnotationChanges {
  annotations?: Record<AnnotationId, Annotation>;
  tombstones?: Tombstones;
}

/** How long a tombstone is kept: longer than any tab plausibly stays open with unsaved state. */
export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// Ties compare the canonical stored form, which does not depend on the order of object keys.
const remoteWins = (local: Annotation | undefined, remote: Annotation): boolean =>
  !local ||
  remote.modified > local.modified ||
  (remote.modified === local.modified &&
    encodeStoredAnnotation(remote) > encodeStoredAnnotation(local));

/** Merges `changes` into `local`; returns `local` itself when nothing changes. */
export function mergeAnnotationChanges(
  local: AnnotationsState,
  changes: AnnotationChanges,
): AnnotationsState {
  let annotations = local.annotations;
  let tombstones = local.tombstones;
  const edit = {
    setLive(a: Annotation) {
      if (annotations === local.annotations) annotations = { ...annotations };
      annotations[a.id] = a;
      if (a.id in tombstones) {
        if (tombstones === local.tombstones) tombstones = { ...tombstones };
        delete tombstones[a.id];
      }
    },
    setDeleted(id: AnnotationId, at: number) {
      if (id in annotations) {
        if (annotations === local.annotations) annotations = { ...annotations };
        delete annotations[id];
      }
      if (tombstones === local.tombstones) tombstones = { ...tombstones };
      tombstones[id] = at;
    },
  };

  for (const remote of Object.values(changes.annotations ?? {})) {
    const deletedAt = tombstones[remote.id];
    if (deletedAt !== undefined) {
      if (remote.modified > deletedAt) edit.setLive(remote);
    } else if (remoteWins(annotations[remote.id], remote) && annotations[remote.id] !== remote) {
      edit.setLive(remote);
    }
  }
  for (const [id, at] of entriesOf(changes.tombstones ?? {})) {
    const live = annotations[id];
    if (live ? live.modified <= at : at > (tombstones[id] ?? -Infinity)) edit.setDeleted(id, at);
  }

  if (annotations === local.annotations && tombstones === local.tombstones) return local;
  return { annotations, tombstones };
}

/** Drops tombstones older than `ttlMs`; returns `tombstones` itself when none is old enough. */
export function pruneTombstones(
  tombstones: Tombstones,
  now: number,
  ttlMs = TOMBSTONE_TTL_MS,
): Tombstones {
  const kept = Object.entries(tombstones).filter(([, at]) => now - at < ttlMs);
  return kept.length === Object.keys(tombstones).length ? tombstones : Object.fromEntries(kept);
}
