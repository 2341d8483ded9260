import { describe, expect, it } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import { aid } from '../annotations/__fixtures__/annotations';
import type { AnnotationId } from '../annotations/types';
import { docOffset } from '../paper/types';
import { createRangeIndex } from './range-index';
import { noteChangedKeys } from './record-diff';

type Anchors = Record<AnnotationId, AnchorResult>;

const at = (start: number, end: number): AnchorResult => ({
  status: 'exact',
  start: docOffset(start),
  end: docOffset(end),
});

/** A copy of `anchors` with `changes` (undefined: removed), noted as the store notes it. */
function changed(anchors: Anchors, changes: Record<string, AnchorResult | undefined>): Anchors {
  const next: Anchors = { ...anchors };
  for (const [id, value] of Object.entries(changes)) {
    if (value) next[aid(id)] = value;
    else delete next[aid(id)];
  }
  noteChangedKeys(anchors, next, Object.keys(changes).map(aid));
  return next;
}

describe('createRangeIndex', () => {
  it('finds the ids anchored exactly on a range, not orphans or overlapping ones', () => {
    const index = createRangeIndex();
    const lookup = index({
      [aid('a')]: at(0, 10),
      [aid('b')]: at(0, 11),
      [aid('c')]: { status: 'orphan' },
      [aid('d')]: at(0, 10),
    });
    expect(lookup(0, 10)).toEqual(['a', 'd']);
    expect(lookup(0, 11)).toEqual(['b']);
    expect(lookup(5, 10)).toEqual([]);
  });

  it('follows added, moved, orphaned and removed anchors as the record changes', () => {
    const index = createRangeIndex();
    let anchors: Anchors = { [aid('a')]: at(0, 10), [aid('b')]: at(20, 30) };
    expect(index(anchors)(0, 10)).toEqual(['a']);
    anchors = changed(anchors, { c: at(40, 50) });
    expect(index(anchors)(40, 50)).toEqual(['c']);
    anchors = changed(anchors, { a: at(20, 30) });
    expect(index(anchors)(0, 10)).toEqual([]);
    expect(index(anchors)(20, 30)).toEqual(['b', 'a']);
    anchors = changed(anchors, { b: { status: 'orphan' } });
    expect(index(anchors)(20, 30)).toEqual(['a']);
    anchors = changed(anchors, { a: undefined });
    expect(index(anchors)(20, 30)).toEqual([]);
    expect(index(anchors)(40, 50)).toEqual(['c']);
  });

  it('answers for a record it was not patched towards (another paper, un-noted changes)', () => {
    const index = createRangeIndex();
    index({ [aid('a')]: at(0, 10) });
    const other: Anchors = {};
    for (let i = 0; i < 100; i++) other[aid(`x${i}`)] = at(i, i + 5);
    expect(index(other)(0, 10)).toEqual([]);
    expect(index(other)(7, 12)).toEqual(['x7']);
    expect(index({ [aid('a')]: at(0, 10) })(7, 12)).toEqual([]);
  });
});
