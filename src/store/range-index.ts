/**
 * The anchors indexed by the range they cover, so highlighting a passage finds the highlight
 * already on it (to edit it rather than duplicate it) without walking every anchor: with 5,000
 * highlights that walk was most of a millisecond of each new highlight's click (issue 9).
 *
 * The index follows the store's anchors record: after a change it is patched for the anchors that
 * changed (found by identity, record-diff.ts), and built again only when many did (a paper opened,
 * its anchoring finishing a slice), lazily, when a highlight asks.
 */
import type { AnchorResult } from '../anchoring/anchor';
import type { AnchoredOn } from '../annotations/highlight';
import type { AnnotationId } from '../annotations/types';
import { changedKeys } from './record-diff';

type Anchors = Readonly<Record<AnnotationId, AnchorResult>>;

/** Changes patched into the index one by one; more, and building it again is as quick. */
const PATCH_LIMIT = 64;

const NONE: readonly AnnotationId[] = Object.freeze([]);

/**
 * A lookup of the anchors by range (ids anchored, not orphaned, exactly on `[start, end)`), kept
 * in step with the last anchors record it was given. Its answer is read at once, not kept: the
 * next anchors record patches the lists in place.
 */
export function createRangeIndex(): (anchors: Anchors) => AnchoredOn {
  let indexed: Anchors | null = null;
  const byRange = new Map<string, AnnotationId[]>();
  const ids = (at: AnchorResult | undefined) =>
    at && at.status !== 'orphan' ? byRange.get(`${at.start}:${at.end}`) : undefined;
  const add = (id: AnnotationId, at: AnchorResult | undefined) => {
    if (!at || at.status === 'orphan') return;
    const on = ids(at);
    if (on) on.push(id);
    else byRange.set(`${at.start}:${at.end}`, [id]);
  };
  const lookup: AnchoredOn = (start, end) => byRange.get(`${start}:${end}`) ?? NONE;

  return (anchors) => {
    if (anchors === indexed) return lookup;
    const changed = indexed && changedKeys(indexed, anchors);
    if (!changed || changed.length > PATCH_LIMIT) {
      byRange.clear();
      for (const id in anchors) add(id as AnnotationId, anchors[id as AnnotationId]);
    } else
      for (const id of changed) {
        // Taken out from where its previous anchor put it.
        const on = ids(indexed![id]);
        const at = on ? on.indexOf(id) : -1;
        if (at >= 0) on!.splice(at, 1);
        add(id, anchors[id]);
      }
    indexed = anchors;
    return lookup;
  };
}
