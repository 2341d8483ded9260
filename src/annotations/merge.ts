/**
 * Merging another copy of the annotations (another tab's writes) into ours, annotation by
 * annotation: concurrent changes to different annotations all survive. For the same annotation,
 * when the version both tabs started from is known (`bases`), the two are merged field by field
 * and the note as text (field-merge.ts); without it the newer version wins. A deletion
 * (tombstone) is a version like any other. Ties (the same millisecond in two tabs) go to the
 * deletion, else to the greater stored form, so both tabs settle on the same result.
 */
import { encodeStoredAnnotation } from './compact';
import { holdsChanges, mergeAnnotationFields } from './field-merge';
import { entryOf, putEntry, removeEntry } from './shared-record';
export { loadNoteMerge } from './note-merge';
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
  /**
   * For an annotation in `annotations`, the version this tab last shared with the others (what
   * storage held when it last read or wrote it): the common base of a field-by-field merge.
   */
  bases?: Record<AnnotationId, Annotation>;
  /**
   * When that base was this tab's own write: the versions it last shared and wrote since, oldest
   * first. The other tab may have written without seeing the latest (two writes crossing): the
   * base is the latest one whose added words its version holds.
   */
  baseHistories?: Record<AnnotationId, Annotation[]>;
}

/** How the note of an annotation changed in both tabs was merged: `conflict` if the same words. */
export type NoteMergeKind = 'merged' | 'conflict';

/** The merged state, and the annotations whose notes both tabs had changed. */
export interface MergeOutcome {
  state: AnnotationsState;
  notes: Record<AnnotationId, NoteMergeKind>;
}

// Ties compare the canonical stored form, which does not depend on the order of object keys.
const remoteWins = (local: Annotation | undefined, remote: Annotation): boolean =>
  !local ||
  remote.modified > local.modified ||
  (remote.modified === local.modified &&
    encodeStoredAnnotation(remote) > encodeStoredAnnotation(local));

/** Merges `changes` into `local`; returns `local` itself when nothing changes. */
export const mergeAnnotationChanges = (
  local: AnnotationsState,
  changes: AnnotationChanges,
): AnnotationsState => mergeRemoteAnnotations(local, changes).state;

/**
 * Merges `changes` into `local` (the state is `local` itself when nothing changes) and says which
 * notes both tabs had typed in.
 */
export function mergeRemoteAnnotations(
  local: AnnotationsState,
  changes: AnnotationChanges,
): MergeOutcome {
  const notes: Record<AnnotationId, NoteMergeKind> = {};
  let annotations = local.annotations;
  let tombstones = local.tombstones;
  const edit = {
    setLive(a: Annotation) {
      annotations = putEntry(annotations, a.id, a);
      if (a.id in tombstones) {
        if (tombstones === local.tombstones) tombstones = { ...tombstones };
        delete tombstones[a.id];
      }
    },
    setDeleted(id: AnnotationId, at: number) {
      annotations = removeEntry(annotations, id);
      if (tombstones === local.tombstones) tombstones = { ...tombstones };
      tombstones[id] = at;
    },
  };

  for (const remote of Object.values(changes.annotations ?? {})) {
    const deletedAt = tombstones[remote.id];
    const mine = entryOf(annotations, remote.id);
    const history = changes.baseHistories?.[remote.id];
    const base = history ? lastHeld(history, remote) : changes.bases?.[remote.id];
    if (deletedAt !== undefined) {
      if (remote.modified > deletedAt) edit.setLive(remote);
    } else if (mine && base && mine !== remote) {
      const merged = mergeAnnotationFields(base, mine, remote);
      if (merged.annotation !== mine) edit.setLive(merged.annotation);
      if (mine.note !== base.note && remote.note !== base.note && mine.note !== remote.note)
        notes[remote.id] = merged.noteConflict ? 'conflict' : 'merged';
    } else if (remoteWins(mine, remote) && mine !== remote) {
      edit.setLive(remote);
    }
  }
  for (const [id, at] of entriesOf(changes.tombstones ?? {})) {
    const live = entryOf(annotations, id);
    if (live ? live.modified <= at : at > (tombstones[id] ?? -Infinity)) edit.setDeleted(id, at);
  }

  if (annotations === local.annotations && tombstones === local.tombstones)
    return { state: local, notes };
  return { state: { annotations, tombstones }, notes };
}

/** The latest of `history` (versions, oldest first) whose changes `remote` holds. */
function lastHeld(history: Annotation[], remote: Annotation): Annotation {
  let i = 0;
  while (i + 1 < history.length && holdsChanges(history[i]!, history[i + 1]!, remote)) i++;
  return history[i]!;
}
