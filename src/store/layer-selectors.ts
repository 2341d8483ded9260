/**
 * How many of a paper's annotations each layer (annotation set) holds, for the sidebar's Layers
 * section. Counted once, then patched from the few annotations that changed (shared-record.ts), and
 * the same Map is returned while no count changed: a note keystroke neither walks 5,000
 * annotations nor re-renders the section.
 */
import { changedKeysOf, entryOf, forEachEntry } from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';
import type { AppState } from './app-store';

/** Changes patched one by one; more (an import, a merge) and one count is quicker. */
const PATCH_LIMIT = 64;

function countAll(annotations: AppState['annotations'], paperId: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachEntry(annotations, (_id, a) => {
    if (a.paperId === paperId) counts.set(a.setId, (counts.get(a.setId) ?? 0) + 1);
  });
  return counts;
}

/** The layer an annotation counts in on `paperId`, or null when it is not on that paper. */
const layerOn = (a: Annotation | undefined, paperId: string) =>
  a !== undefined && a.paperId === paperId ? a.setId : null;

/** Patched counts, or the very `counts` when no annotation moved in or out of a layer. */
function patch(
  counts: ReadonlyMap<string, number>,
  before: AppState['annotations'],
  after: AppState['annotations'],
  ids: readonly AnnotationId[],
  paperId: string,
): ReadonlyMap<string, number> {
  let next: Map<string, number> | null = null;
  for (const id of ids) {
    const was = layerOn(entryOf(before, id), paperId);
    const is = layerOn(entryOf(after, id), paperId);
    if (was === is) continue;
    next ??= new Map(counts);
    if (was !== null) {
      const left = (next.get(was) ?? 1) - 1;
      if (left > 0) next.set(was, left);
      else next.delete(was);
    }
    if (is !== null) next.set(is, (next.get(is) ?? 0) + 1);
  }
  return next ?? counts;
}

/** Annotations on paper `paperId` per layer id (layers with none are absent). */
export const selectLayerCounts: (s: AppState, paperId: string) => ReadonlyMap<string, number> =
  (() => {
    let last: {
      annotations: AppState['annotations'];
      paperId: string;
      counts: ReadonlyMap<string, number>;
    } | null = null;
    return (s, paperId) => {
      const { annotations } = s;
      if (last && last.annotations === annotations && last.paperId === paperId) return last.counts;
      let counts: ReadonlyMap<string, number> | null = null;
      if (last && last.paperId === paperId) {
        const ids = changedKeysOf(last.annotations, annotations);
        if (ids.length <= PATCH_LIMIT)
          counts = patch(last.counts, last.annotations, annotations, ids, paperId);
      }
      counts ??= countAll(annotations, paperId);
      last = { annotations, paperId, counts };
      return counts;
    };
  })();
