/**
 * Reading order of annotations: by where they anchored (else where they were stored), then end,
 * creation and id. Sorting once, patching a sorted list with a few changed records by binary
 * search, and finding where a start offset begins in it.
 */
import { entryOf } from '../annotations/shared-record';
import type { Annotation } from '../annotations/types';
import type { Anchors } from './slices/view-slice';

/** Where an annotation starts: where it anchored if known, else its stored position. */
export const startOf = (a: Annotation, anchors?: Anchors): number => {
  const anchored = anchors && entryOf(anchors, a.id);
  if (anchored && anchored.status !== 'orphan') return anchored.start;
  return a.target.position?.start ?? Number.POSITIVE_INFINITY;
};

/**
 * Sorts in reading order: by start, then end, then creation (orphans without a position last).
 * Each annotation's start is looked up once, not at every comparison.
 */
export function sortInReadingOrder(list: readonly Annotation[], anchors?: Anchors): Annotation[] {
  const keyed = list.map((a) => ({
    a,
    start: startOf(a, anchors),
    end: a.target.position?.end ?? 0,
  }));
  keyed.sort(
    (x, y) =>
      x.start - y.start ||
      x.end - y.end ||
      x.a.created - y.a.created ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );
  return keyed.map((k) => k.a);
}

/**
 * The index of the first annotation of `list` (in reading order) that starts at or after `start`,
 * by binary search; `list.length` when none does.
 */
export function firstStartingAt(
  list: readonly Annotation[],
  start: number,
  anchors: Anchors,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]!, anchors) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Changes patched into the reading order one by one; more (an import, a paper's anchoring
 * finishing a slice) and one sort is quicker.
 */
export const PATCH_LIMIT = 64;

/** Reading order: by start, then end, then creation, then id (a total order). */
function compareInReadingOrder(x: Annotation, y: Annotation, anchors: Anchors): number {
  return (
    startOf(x, anchors) - startOf(y, anchors) ||
    (x.target.position?.end ?? 0) - (y.target.position?.end ?? 0) ||
    x.created - y.created ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

/** Where `a` is, or would go, in `list` (in reading order by `anchors`): by binary search. */
function placeOf(list: readonly Annotation[], a: Annotation, anchors: Anchors): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareInReadingOrder(list[mid]!, a, anchors) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `list` without `records`, each found by binary search where `anchors` (those the list was
 * ordered by) placed it, rather than by a walk of the whole list; null if one is not there.
 */
function withoutInPlace(
  list: readonly Annotation[],
  records: readonly Annotation[],
  anchors: Anchors,
): Annotation[] | null {
  const out = list.slice();
  for (const a of records) {
    const at = placeOf(out, a, anchors);
    if (out[at] !== a) return null;
    out.splice(at, 1);
  }
  return out;
}

/**
 * `list` (in reading order) without the annotations of `changed`, and with `moved` (their current
 * records) put in place by binary search: the same as sorting everything again. `previous`, when
 * known: the records of `changed` that `list` holds and the anchors it was ordered by, so they are
 * taken out by binary search too (else the list is walked).
 */
export function patchReadingOrder(
  list: readonly Annotation[],
  changed: ReadonlySet<string>,
  moved: readonly Annotation[],
  anchors: Anchors,
  previous?: {
    records: readonly Annotation[];
    anchors: Anchors;
  },
): Annotation[] {
  const out =
    (previous && withoutInPlace(list, previous.records, previous.anchors)) ??
    list.filter((a) => !changed.has(a.id));
  for (const a of moved) out.splice(placeOf(out, a, anchors), 0, a);
  return out;
}
