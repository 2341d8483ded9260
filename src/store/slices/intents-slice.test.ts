import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeTarget, PAPER_A } from '../../annotations/__fixtures__/annotations';
import type { AnchorResult } from '../../anchoring/anchor-position';
import type { Annotation, AnnotationId, SetId } from '../../annotations/types';
import { docOffset } from '../../paper/types';
import { createTestStore } from '../__fixtures__/test-store';
import { selectIdsStartingAt } from '../paper-annotation-selectors';
import { entryOf, keysOf, recordOf } from '../../annotations/shared-record';

const text = 'x'.repeat(400);
const request = (start: number, end: number, colour: 'green' | 'yellow' = 'green') => ({
  paperId: PAPER_A,
  text,
  start: docOffset(start),
  end: docOffset(end),
  colour,
  intent: null,
});
const at = (start: number, end: number): AnchorResult => ({
  status: 'moved',
  start: docOffset(start),
  end: docOffset(end),
});

/** A paper open with its anchoring done: the reading order can say what starts where. */
function openPaper() {
  const store = createTestStore();
  const annotations: Record<string, Annotation> = {
    // Stored at 100, anchored at 50 (the text moved).
    a: makeAnnotation({ id: 'a', target: makeTarget(100) }),
    // Same start, longer.
    b: makeAnnotation({ id: 'b', target: makeTarget(50) }),
    // Stored exactly on [50, 60) but lost.
    lost: makeAnnotation({ id: 'lost', target: makeTarget(50, 'xxxxxxxxxx') }),
    // In another layer (an imported set), shown.
    theirs: makeAnnotation({ id: 'theirs', setId: 'imported' as SetId, target: makeTarget(80) }),
  };
  const anchors: Record<string, AnchorResult> = {
    a: at(50, 60),
    b: at(50, 70),
    lost: { status: 'orphan' },
    theirs: at(80, 90),
  };
  store.setState({
    annotations: recordOf(annotations),
    currentPaperId: PAPER_A,
    anchors: recordOf(anchors),
    anchorsPaperId: PAPER_A,
  });
  return store;
}

describe('highlightSelection on a passage already highlighted', () => {
  it('finds it among the highlights starting there, by where they anchored', () => {
    const store = openPaper();
    // The reading order can tell here (else this test would only cover the walk); the orphan
    // stored at 50 is among them, and is not taken for the highlight there.
    expect(selectIdsStartingAt(store.getState(), 50)?.toSorted()).toEqual(['a', 'b', 'lost']);
    const count = keysOf(store.getState().annotations).length;
    expect(store.getState().highlightSelection(request(50, 60))).toBe('a');
    expect(entryOf(store.getState().annotations, 'a' as AnnotationId)?.colour).toBe('green');
    expect(store.getState().highlightSelection(request(50, 70))).toBe('b');
    expect(store.getState().highlightSelection(request(80, 90))).toBe('theirs');
    expect(keysOf(store.getState().annotations)).toHaveLength(count);
    // Where `a` was stored, and where nothing starts: new highlights.
    expect(store.getState().highlightSelection(request(100, 110))).not.toBe('a');
    expect(store.getState().highlightSelection(request(50, 65))).not.toMatch(/^(a|b|lost)$/);
  });

  it('finds a highlight just made, and not one deleted whose anchor lingers', () => {
    const store = openPaper();
    const made = store.getState().highlightSelection(request(200, 230, 'yellow'));
    store.getState().anchorsResolved(PAPER_A, { [made]: at(200, 230) });
    expect(store.getState().highlightSelection(request(200, 230))).toBe(made);
    expect(entryOf(store.getState().annotations, made)?.colour).toBe('green');

    store.getState().annotationDeleted('a' as AnnotationId);
    expect(entryOf(store.getState().anchors, 'a' as AnnotationId)).toBeDefined();
    const again = store.getState().highlightSelection(request(50, 60));
    expect(again).not.toBe('a');
    expect(entryOf(store.getState().annotations, again)).toBeDefined();
  });

  it('gives the same answer while the lists wait or a layer is hidden (walking every anchor)', () => {
    const store = openPaper();
    store.getState().listsDeferredSet(true);
    expect(selectIdsStartingAt(store.getState(), 50)).toBeNull();
    expect(store.getState().highlightSelection(request(50, 60))).toBe('a');
  });
});
