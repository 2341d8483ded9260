/**
 * State-in/state-out operations on annotations: create, edit, link, unlink, delete, restore,
 * reattach. They never mutate their input; an operation that changes nothing returns the very
 * same state object, so callers (the store, its persistence, undo history) can tell by identity.
 *
 * Every change moves `modified` strictly forward, even when the clock has not (two changes in one
 * millisecond, a clock set back): a newer version must always win a merge against its past.
 */
import { DEFAULT_COLOUR, type ColourId } from './colours';
import {
  DEFAULT_SET_ID,
  type Annotation,
  type AnnotationId,
  type AnnotationsState,
  type AnnotationTarget,
  type Env,
  type SetId,
} from './types';
import type { PaperId } from '../paper/types';
import { entryOf, putEntry, removeEntry } from './shared-record';

/** What the reader chose when highlighting. */
export interface NewAnnotation {
  paperId: PaperId;
  target: AnnotationTarget;
  colour?: ColourId;
  note?: string;
  tags?: readonly string[];
  refLabels?: readonly string[];
  setId?: SetId;
}

/** The fields a reader edits in place. */
export interface AnnotationPatch {
  note?: string;
  tags?: readonly string[];
  colour?: ColourId;
}

/** A time strictly after `previous`, and `now` when the clock allows. */
const after = (previous: number, now: number): number => Math.max(now, previous + 1);

/** Trims, drops empty ones and duplicates ignoring case; the first spelling wins. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Trims and drops empty and duplicate reference labels. */
export function normaliseRefLabels(labels: readonly string[]): string[] {
  return [...new Set(labels.map((l) => l.trim()).filter(Boolean))];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const put = (state: AnnotationsState, annotation: Annotation): AnnotationsState => {
  const annotations = putEntry(state.annotations, annotation.id, annotation);
  if (!Object.hasOwn(state.tombstones, annotation.id)) return { ...state, annotations };
  const { [annotation.id]: _lifted, ...tombstones } = state.tombstones;
  return { annotations, tombstones };
};

/** Adds a new annotation; returns it with the new state. */
export function createAnnotation(
  state: AnnotationsState,
  input: NewAnnotation,
  env: Env,
): { state: AnnotationsState; annotation: Annotation } {
  const now = env.now();
  const annotation: Annotation = {
    id: env.newId(),
    paperId: input.paperId,
    setId: input.setId ?? DEFAULT_SET_ID,
    colour: input.colour ?? DEFAULT_COLOUR,
    note: input.note ?? '',
    tags: normaliseTags(input.tags ?? []),
    refLabels: normaliseRefLabels(input.refLabels ?? []),
    created: now,
    modified: now,
    target: input.target,
  };
  return { state: put(state, annotation), annotation };
}

/** Applies `change` to one annotation; unknown ids and no-op changes return `state` itself. */
function update(
  state: AnnotationsState,
  id: AnnotationId,
  now: number,
  change: (a: Annotation) => Partial<Annotation> | null,
): AnnotationsState {
  const current = entryOf(state.annotations, id);
  if (!current) return state;
  const fields = change(current);
  if (!fields) return state;
  return put(state, { ...current, ...fields, modified: after(current.modified, now) });
}

/** Changes the note, tags or colour of an annotation. */
export function editAnnotation(
  state: AnnotationsState,
  id: AnnotationId,
  patch: AnnotationPatch,
  now: number,
): AnnotationsState {
  return update(state, id, now, (a) => {
    const fields: Partial<Annotation> = {};
    if (patch.note !== undefined && patch.note !== a.note) fields.note = patch.note;
    if (patch.colour !== undefined && patch.colour !== a.colour) fields.colour = patch.colour;
    if (patch.tags !== undefined) {
      const tags = normaliseTags(patch.tags);
      if (!sameList(tags, a.tags)) fields.tags = tags;
    }
    return Object.keys(fields).length ? fields : null;
  });
}

/** Links a reference (by label) to an annotation; linking twice changes nothing. */
export function linkReference(
  state: AnnotationsState,
  id: AnnotationId,
  refLabel: string,
  now: number,
): AnnotationsState {
  const label = refLabel.trim();
  return update(state, id, now, (a) =>
    !label || a.refLabels.includes(label) ? null : { refLabels: [...a.refLabels, label] },
  );
}

/** Removes a linked reference (by label) from an annotation. */
export function unlinkReference(
  state: AnnotationsState,
  id: AnnotationId,
  refLabel: string,
  now: number,
): AnnotationsState {
  const label = refLabel.trim();
  return update(state, id, now, (a) =>
    a.refLabels.includes(label) ? { refLabels: a.refLabels.filter((l) => l !== label) } : null,
  );
}

/** Moves an annotation to a new place in the text (re-attaching an orphan by hand). */
export function reattachAnnotation(
  state: AnnotationsState,
  id: AnnotationId,
  target: AnnotationTarget,
  now: number,
): AnnotationsState {
  return update(state, id, now, () => ({ target }));
}

/** Deletes an annotation, leaving a tombstone so another tab's older copy does not return. */
export function deleteAnnotation(
  state: AnnotationsState,
  id: AnnotationId,
  now: number,
): AnnotationsState {
  const current = entryOf(state.annotations, id);
  if (!current) return state;
  return {
    annotations: removeEntry(state.annotations, id),
    tombstones: { ...state.tombstones, [id]: after(current.modified, now) },
  };
}

/**
 * Puts an annotation back as given (undoing a delete or an edit, or restoring from a backup).
 * Restoring is itself a change: `modified` moves past both the given copy and any tombstone, so
 * the restored version wins merges with other tabs.
 */
export function restoreAnnotation(
  state: AnnotationsState,
  annotation: Annotation,
  now: number,
): AnnotationsState {
  const current = entryOf(state.annotations, annotation.id);
  const latest = Math.max(
    annotation.modified,
    current?.modified ?? -Infinity,
    state.tombstones[annotation.id] ?? -Infinity,
  );
  return put(state, { ...annotation, modified: after(latest, now) });
}
