/**
 * Annotation sets (layers), purely: make, rename, show or hide, delete (and undo that), and copy
 * an annotation of an imported, read-only layer into one of the reader's own sets. Every
 * annotation belongs to a set; "My annotations" (`DEFAULT_SET_ID`) always exists and cannot be
 * deleted.
 */
import type { ColourId } from './colours';
import { entryOf, putEntry, removeEntry, valuesOf } from './shared-record';
import type { ImportState } from './formats/apply-import';
import {
  asSetId,
  DEFAULT_SET_ID,
  type Annotation,
  type Annotations,
  type AnnotationId,
  type AnnotationSet,
  type Env,
  type SetId,
} from './types';

/** Longest set name kept; a longer one is cut, so a pasted paragraph cannot fill the sidebar. */
export const MAX_SET_NAME_CHARS = 120;

export type SetRecord = Readonly<Record<SetId, AnnotationSet>>;

/** What the reader asks for when making a set. */
export interface NewSet {
  name: string;
  author?: string;
  colour?: ColourId;
}

/** A set name trimmed and cut to `MAX_SET_NAME_CHARS`; null when nothing is left. */
export function normaliseSetName(name: string): string | null {
  const trimmed = name.trim().replace(/\s+/g, ' ').slice(0, MAX_SET_NAME_CHARS);
  return trimmed === '' ? null : trimmed;
}

/** Whether annotations of this set are the reader's to edit (imported layers are read-only). */
export const isOwnSet = (set: AnnotationSet | undefined): boolean =>
  set === undefined || set.origin !== 'imported';

/** Adds an own set; returns the record unchanged when the name is empty. */
export function addSet(sets: SetRecord, input: NewSet, env: Env): { sets: SetRecord; id: SetId } {
  const name = normaliseSetName(input.name);
  if (name === null) return { sets, id: asSetId('') };
  const id = asSetId(env.newId());
  const author = input.author?.trim();
  const set: AnnotationSet = {
    id,
    name,
    created: env.now(),
    origin: 'own',
    ...(author ? { author } : {}),
    ...(input.colour ? { colour: input.colour } : {}),
  };
  return { sets: { ...sets, [id]: set }, id };
}

/** Changes one field of a set; the same record when nothing changes or the set is unknown. */
export function updateSet(
  sets: SetRecord,
  id: SetId,
  patch: Partial<Pick<AnnotationSet, 'name' | 'hidden' | 'colour' | 'author'>>,
): SetRecord {
  const set = Object.hasOwn(sets, id) ? sets[id] : undefined;
  if (!set) return sets;
  const next = { ...set, ...patch };
  if (patch.name !== undefined) {
    const name = normaliseSetName(patch.name);
    if (name === null) return sets;
    next.name = name;
  }
  if (!next.hidden) delete next.hidden;
  if (JSON.stringify(next) === JSON.stringify(set)) return sets;
  return { ...sets, [id]: next };
}

/** A deleted set with its annotations, as they were: what "Undo" puts back. */
export interface RemovedSet {
  set: AnnotationSet;
  annotations: Annotation[];
}

/**
 * Deletes a set and its annotations (tombstoned, so other tabs do not bring them back). The
 * default set is never deleted: null then, as for an unknown set.
 */
export function removeSet(
  state: ImportState,
  id: SetId,
  now: number,
): { state: ImportState; removed: RemovedSet } | null {
  if (id === DEFAULT_SET_ID || !Object.hasOwn(state.sets, id)) return null;
  const { [id]: set, ...sets } = state.sets;
  let annotations = state.annotations;
  const tombstones = { ...state.tombstones };
  const removed: Annotation[] = [];
  for (const a of valuesOf(state.annotations))
    if (a.setId === id) {
      removed.push(a);
      tombstones[a.id] = now;
      annotations = removeEntry(annotations, a.id);
    }
  return { state: { annotations, tombstones, sets }, removed: { set: set!, annotations: removed } };
}

/** Puts a deleted set and its annotations back (their deletion marks lifted). */
export function restoreSet(state: ImportState, removed: RemovedSet): ImportState {
  let annotations = state.annotations;
  const tombstones = { ...state.tombstones };
  for (const a of removed.annotations) {
    annotations = putEntry(annotations, a.id, a);
    delete tombstones[a.id];
  }
  return { annotations, tombstones, sets: { ...state.sets, [removed.set.id]: removed.set } };
}

/**
 * A copy of an annotation in another set, with a new id and times: the reader's own from now on
 * (editing it never changes the layer it came from). Null when the annotation is unknown.
 */
export function copyAnnotation(
  annotations: Annotations,
  id: AnnotationId,
  setId: SetId,
  env: Env,
): Annotation | null {
  const from = entryOf(annotations, id);
  if (!from) return null;
  const now = env.now();
  return { ...from, id: env.newId(), setId, created: now, modified: now };
}

/** The ids of the sets the reader has hidden. */
export function hiddenSetIds(sets: SetRecord): ReadonlySet<SetId> {
  const out = new Set<SetId>();
  for (const s of Object.values(sets)) if (s.hidden) out.add(s.id);
  return out;
}
