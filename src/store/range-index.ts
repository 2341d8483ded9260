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

const rangeKey = (start: number, end: number) => `${start}:${end}`;

/**
 * A lookup of the anchors by range (ids anchored, not orphaned, exactly on `[start, end)`), kept
 * in step with the last anchors record it was given. Its answer is read at once, not kept: the
 * next anchors record patches the lists in place.
 */
export function createRangeIndex(): (anchors: Anchors) => AnchoredOn {
  let indexed: Anchors | null = null;
  const byRange = new Map<string, AnnotationId[]>();
  /** Each indexed id's range key, to take it out when its anchor changes. */
  const keyOf = new Map<AnnotationId, string>();

  const remove = (id: AnnotationId) => {
    const key = keyOf.get(id);
    if (key === undefined) return;
    keyOf.delete(id);
    const ids = byRange.get(key)!;
    if (ids.length === 1) byRange.delete(key);
    else ids.splice(ids.indexOf(id), 1);
  };
  const add = (id: AnnotationId, at: AnchorResult | undefined) => {
    if (!at || at.status === 'orphan') return;
    const key = rangeKey(at.start, at.end);
    keyOf.set(id, key);
    const ids = byRange.get(key);
    if (ids) ids.push(id);
    else byRange.set(key, [id]);
  };
  const rebuild = (anchors: Anchors) => {
    byRange.clear();
    keyOf.clear();
    for (const id in anchors)
      if (Object.hasOwn(anchors, id)) add(id as AnnotationId, anchors[id as AnnotationId]);
  };
  const lookup: AnchoredOn = (start, end) => byRange.get(rangeKey(start, end)) ?? NONE;

  return (anchors) => {
    if (anchors === indexed) return lookup;
    const changed = indexed === null ? null : changedKeys(indexed, anchors);
    if (changed === null || changed.length > PATCH_LIMIT) rebuild(anchors);
    else
      for (const id of changed) {
        remove(id);
        add(id, anchors[id]);
      }
    indexed = anchors;
    return lookup;
  };
}
