/**
 * The sidebar's lists: where annotations anchored, not only where they were stored. The
 * annotations in the text, the orphans apart, the filtered list and where a card is in it.
 */
import { changedKeysOf, entryOf, keysOf } from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';
import { filterAnnotations, isFilterActive, type AnnotationFilter } from './annotation-filter';
import type { AppState } from './app-store';
import { memoLast } from './memo-last';
import { selectCurrentAnchors, selectPaperAnnotations } from './paper-annotation-selectors';
import { firstStartingAt, startOf } from './reading-order';
import type { Anchors } from './slices/view-slice';

/** True when the anchoring result says the annotation could not be found in the text. */
export const isOrphan = (a: Annotation, anchors: Anchors): boolean =>
  entryOf(anchors, a.id)?.status === 'orphan';

/**
 * The current paper's annotations that are in the text (anchored, or not anchored yet), in
 * reading order by where they anchored. Orphans are listed apart (`selectPaperOrphans`).
 */
export const selectAnchoredAnnotations: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], anchors: Anchors) =>
    hasOrphans(anchors) ? list.filter((a) => !isOrphan(a, anchors)) : list,
  );
  return (s: AppState) => compute(selectPaperAnnotations(s), selectCurrentAnchors(s));
})();

const NO_ORPHANS: Annotation[] = [];

/** The current paper's orphans, in the order of their stored positions. */
export const selectPaperOrphans: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], anchors: Anchors) =>
    hasOrphans(anchors) ? list.filter((a) => isOrphan(a, anchors)) : NO_ORPHANS,
  );
  return (s: AppState) => compute(selectPaperAnnotations(s), selectCurrentAnchors(s));
})();

/**
 * Whether any anchoring result is an orphan. Usually none is, and then the lists in and out of
 * the text are the paper's list and an empty one, with no walk over thousands of annotations per
 * change. Told from the changed results alone when the last record asked about had none.
 */
const hasOrphans: (anchors: Anchors) => boolean = (() => {
  let last: { anchors: Anchors; has: boolean } | null = null;
  return (anchors) => {
    if (last?.anchors === anchors) return last.has;
    const keys: Iterable<AnnotationId> =
      last && !last.has ? changedKeysOf(last.anchors, anchors) : keysOf(anchors);
    let has = false;
    for (const id of keys)
      if (entryOf(anchors, id)?.status === 'orphan') {
        has = true;
        break;
      }
    last = { anchors, has };
    return has;
  };
})();

/**
 * The annotations in the text that pass the filter, in reading order: the sidebar's list. With
 * no filter it is the anchored list itself (no copy, and the same identity).
 */
export const selectVisibleAnnotations: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], filter: AnnotationFilter) =>
    isFilterActive(filter) ? filterAnnotations(list, filter) : list,
  );
  return (s: AppState) => compute(selectAnchoredAnnotations(s), s.annotationFilter);
})();

/**
 * Where annotation `id` is in the sidebar's list (`selectVisibleAnnotations`), or -1: found by
 * binary search on where it starts, since the list is in reading order, rather than by walking the
 * list (the open card's place is asked on every render of the list: with 5,000 highlights and the
 * card 80% down, that walk was thousands of reads per click, issue 9). Walks the list only when
 * the search does not find it there (it is not listed, or the list is not in order yet).
 */
export function selectVisibleIndex(s: AppState, id: AnnotationId | null): number {
  if (id === null) return -1;
  const list = selectVisibleAnnotations(s);
  const a = entryOf(s.annotations, id);
  if (a !== undefined) {
    const anchors = selectCurrentAnchors(s);
    const start = startOf(a, anchors);
    const at = (i: number) => i < list.length && startOf(list[i]!, anchors) === start;
    for (let i = firstStartingAt(list, start, anchors); at(i); i++)
      if (list[i]!.id === id) return i;
  }
  return list.findIndex((b) => b.id === id);
}
