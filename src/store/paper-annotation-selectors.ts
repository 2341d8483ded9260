/**
 * The current paper's annotations in reading order (the one sort, patched as records and anchors
 * change), their count, the anchors that are the current paper's, and the annotations starting
 * at an offset.
 */
import { hiddenSetIds } from '../annotations/sets';
import {
  changedKeysOf,
  emptyRecord,
  entryOf,
  forEachEntry,
  valuesOf,
} from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { AppState } from './app-store';
import { memoLast } from './memo-last';
import {
  PATCH_LIMIT,
  firstStartingAt,
  patchReadingOrder,
  sortInReadingOrder,
  startOf,
} from './reading-order';
import type { Anchors } from './slices/view-slice';

const NO_ANCHORS: Anchors = emptyRecord();

/** Anchoring results for the current paper; empty while the ones held are another paper's. */
export const selectCurrentAnchors = (s: AppState): Anchors =>
  s.anchorsPaperId !== null && s.anchorsPaperId === s.currentPaperId ? s.anchors : NO_ANCHORS;

/**
 * The current paper's annotations in reading order: where they anchored when that is known, else
 * where they were stored (so orphans keep their stored order). This is the one sort; the lists in
 * and out of the text below only filter it, so a keystroke in a note sorts once, not twice. After
 * the first sort the order is patched: the few annotations whose record or anchor changed are
 * taken out and put back in place by binary search (`patchReadingOrder`), so a keystroke or a new
 * highlight costs the same with 50 or 5,000 annotations.
 */
export const selectPaperAnnotations: (s: AppState) => Annotation[] = (() => {
  let last: {
    annotations: AppState['annotations'];
    paperId: PaperId | null;
    anchors: Anchors;
    sets: AppState['annotationSets'];
    list: Annotation[];
  } | null = null;
  return (s: AppState) => {
    const annotations = s.annotations;
    const paperId = s.currentPaperId;
    const anchors = selectCurrentAnchors(s);
    const sets = s.annotationSets;
    if (
      last &&
      last.annotations === annotations &&
      last.paperId === paperId &&
      last.anchors === anchors &&
      last.sets === sets
    )
      return last.list;
    const hidden = hiddenSetIds(sets);
    const belongs = (a: Annotation | undefined): a is Annotation =>
      a !== undefined && a.paperId === paperId && !hidden.has(a.setId);
    let list: Annotation[] | null = null;
    if (last && paperId !== null && last.paperId === paperId && last.sets === sets) {
      const changed = new Set(changedKeysOf(last.annotations, annotations));
      for (const id of changedKeysOf(last.anchors, anchors)) changed.add(id);
      if (changed.size <= PATCH_LIMIT) {
        const moved = [...changed].map((id) => entryOf(annotations, id)).filter(belongs);
        const was = [...changed].map((id) => entryOf(last!.annotations, id)).filter(belongs);
        list = patchReadingOrder(last.list, changed, moved, anchors, {
          records: was,
          anchors: last.anchors,
        });
      }
    }
    list ??=
      paperId === null ? [] : sortInReadingOrder(valuesOf(annotations).filter(belongs), anchors);
    last = { annotations, paperId, anchors, sets, list };
    return list;
  };
})();

/**
 * Ids of the current paper's listed annotations that start at `start`, found by binary search in
 * the reading order: where highlighting looks for the highlight already on a passage, rather than
 * walking every anchor. Null when the list cannot tell: it waits (`listsDeferred`, or the stored
 * annotations off the first screen, `storedRestPending`), the anchors
 * held are another paper's, or a hidden layer's annotations are left out of it.
 */
export function selectIdsStartingAt(s: AppState, start: number): AnnotationId[] | null {
  const anchors = s.anchors;
  if (
    s.listsDeferred ||
    s.storedRestPending ||
    selectCurrentAnchors(s) !== anchors ||
    hiddenSetIds(s.annotationSets).size
  )
    return null;
  const list = selectPaperAnnotations(s);
  const ids: AnnotationId[] = [];
  const at = (i: number) => i < list.length && startOf(list[i]!, anchors) === start;
  for (let i = firstStartingAt(list, start, anchors); at(i); i++) ids.push(list[i]!.id);
  return ids;
}

/**
 * How many annotations the current paper's list holds, without sorting them: what the sidebar's
 * toggle says while the list itself waits for the first screen (`listsDeferred`).
 */
export const selectPaperAnnotationCount: (s: AppState) => number = (() => {
  const count = memoLast(
    (
      annotations: AppState['annotations'],
      paperId: PaperId | null,
      sets: AppState['annotationSets'],
    ) => {
      if (paperId === null) return 0;
      const hidden = hiddenSetIds(sets);
      let n = 0;
      forEachEntry(annotations, (_id, a) => {
        if (a.paperId === paperId && !hidden.has(a.setId)) n++;
      });
      return n;
    },
  );
  return (s: AppState) =>
    s.listsDeferred
      ? count(s.annotations, s.currentPaperId, s.annotationSets)
      : selectPaperAnnotations(s).length;
})();
