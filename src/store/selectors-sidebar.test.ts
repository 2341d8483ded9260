import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import {
  PAPER_A,
  PAPER_B,
  makeAnnotation,
  makeTarget,
  aid,
} from '../annotations/__fixtures__/annotations';
import { DEFAULT_SET_ID, type Annotation } from '../annotations/types';
import { docOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { isUnlinkedClaim } from '../annotations/claims';
import {
  countAnnotations,
  selectAnchoredCounts,
  selectUnlinkedClaimCount,
} from './annotation-counts';
import {
  selectIdsStartingAt,
  selectPaperAnnotationCount,
  selectPaperAnnotations,
} from './paper-annotation-selectors';
import {
  selectAnchoredAnnotations,
  selectPaperOrphans,
  selectVisibleAnnotations,
  selectVisibleIndex,
} from './sidebar-selectors';
import { selectTagSuggestions } from './tag-suggestions';
import { recordOf } from '../annotations/shared-record';

const first = makeAnnotation({ id: 'first', target: makeTarget(100), tags: ['Method'] });
const second = makeAnnotation({
  id: 'second',
  colour: 'green',
  target: makeTarget(200),
  tags: ['method', 'data'],
});
const lost = makeAnnotation({ id: 'lost', target: makeTarget(300), refLabels: ['8'] });
const other = makeAnnotation({ id: 'other', paperId: PAPER_B, tags: ['Elsewhere'] });

const at = (start: number, end = start + 10): AnchorResult => ({
  status: 'moved',
  start: docOffset(start),
  end: docOffset(end),
});

function storeWith(anchors: Record<string, AnchorResult>, anchorsPaperId = PAPER_A) {
  const store = createTestStore();
  const annotations: Record<string, Annotation> = { first, second, lost, other };
  store.setState({
    annotations: recordOf(annotations),
    currentPaperId: PAPER_A,
    anchors: recordOf(anchors),
    anchorsPaperId,
  });
  return store;
}

describe('sidebar selectors', () => {
  it('list the anchored annotations by where they anchored, orphans apart', () => {
    const s = storeWith({ first: at(500), second: at(50), lost: { status: 'orphan' } }).getState();
    expect(selectAnchoredAnnotations(s).map((a) => a.id)).toEqual(['second', 'first']);
    expect(selectPaperOrphans(s).map((a) => a.id)).toEqual(['lost']);
    expect(selectAnchoredCounts(s).byColour).toMatchObject({ yellow: 1, green: 1 });
    expect(selectUnlinkedClaimCount(s)).toBe(2);
  });

  it("count the current paper's annotations the same whether the lists wait or not", () => {
    const store = storeWith({ first: at(500) });
    expect(selectPaperAnnotationCount(store.getState())).toBe(3);
    store.getState().listsDeferredSet(true);
    expect(selectPaperAnnotationCount(store.getState())).toBe(3);
    store.getState().annotationDeleted(aid('second'));
    expect(selectPaperAnnotationCount(store.getState())).toBe(2);
    store.getState().listsDeferredSet(false);
    expect(selectPaperAnnotationCount(store.getState())).toBe(2);
  });

  it("ignore another paper's anchoring results", () => {
    const s = storeWith({ lost: { status: 'orphan' } }, PAPER_B).getState();
    expect(selectPaperOrphans(s)).toEqual([]);
    expect(selectAnchoredAnnotations(s).map((a) => a.id)).toEqual(['first', 'second', 'lost']);
  });

  it('return the same arrays until their inputs change', () => {
    const store = storeWith({ first: at(100), second: at(200) });
    const anchored = selectAnchoredAnnotations(store.getState());
    const visible = selectVisibleAnnotations(store.getState());
    store.getState().announced('something unrelated');
    expect(selectAnchoredAnnotations(store.getState())).toBe(anchored);
    expect(selectVisibleAnnotations(store.getState())).toBe(visible);
    store.getState().annotationFilterChanged({ colours: ['green'] });
    expect(selectVisibleAnnotations(store.getState()).map((a) => a.id)).toEqual(['second']);
  });

  it('suggest every tag in use once, ignoring case, sorted', () => {
    const s = storeWith({}).getState();
    expect(selectTagSuggestions(s)).toEqual(['data', 'Elsewhere', 'Method']);
    expect(selectTagSuggestions(s)).toBe(selectTagSuggestions(s));
  });

  it('keep the suggestions while only a note changes, and add a tag as soon as it is used', () => {
    const store = storeWith({});
    const before = selectTagSuggestions(store.getState());
    store.getState().annotationEdited(aid('first'), { note: 'typed' });
    expect(selectTagSuggestions(store.getState())).toBe(before);
    store.getState().annotationEdited(aid('first'), { tags: ['Method', 'bias'] });
    expect(selectTagSuggestions(store.getState())).toEqual(['bias', 'data', 'Elsewhere', 'Method']);
    store.getState().annotationDeleted(aid('other'));
    expect(selectTagSuggestions(store.getState())).toEqual(['bias', 'data', 'Method']);
  });

  it('show the anchored list itself when no filter is set', () => {
    const s = storeWith({ first: at(100), second: at(200) }).getState();
    expect(selectVisibleAnnotations(s)).toBe(selectAnchoredAnnotations(s));
  });
});

describe('sidebar selectors while a note is typed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('do not sort the paper again for a note; the lists in and out of the text only filter it', () => {
    const store = storeWith({ first: at(500), second: at(50), lost: { status: 'orphan' } });
    expect(selectPaperAnnotations(store.getState()).map((a) => a.id)).toEqual([
      'second',
      'lost',
      'first',
    ]);
    const sort = vi.spyOn(Array.prototype, 'sort');
    store.getState().annotationEdited(aid('first'), { note: 'a' });
    const s = store.getState();
    expect(selectAnchoredAnnotations(s).map((a) => [a.id, a.note])).toEqual([
      ['second', ''],
      ['first', 'a'],
    ]);
    expect(selectPaperOrphans(s).map((a) => a.id)).toEqual(['lost']);
    expect(selectVisibleAnnotations(s)).toHaveLength(2);
    expect(selectUnlinkedClaimCount(s)).toBe(2);
    // The edited annotation is put back in place by binary search (patchReadingOrder).
    expect(sort).not.toHaveBeenCalled();
  });

  it('keep the counts for a note, count again for a colour, and keep the paper list when nothing is an orphan', () => {
    const store = storeWith({ first: at(500), second: at(50), lost: at(300) });
    const counts = selectAnchoredCounts(store.getState());
    const unlinked = selectUnlinkedClaimCount(store.getState());
    expect(selectAnchoredAnnotations(store.getState())).toBe(
      selectPaperAnnotations(store.getState()),
    );
    expect(selectPaperOrphans(store.getState())).toEqual([]);
    store.getState().annotationEdited(aid('first'), { note: 'a' });
    expect(selectAnchoredCounts(store.getState())).toBe(counts);
    expect(selectUnlinkedClaimCount(store.getState())).toBe(unlinked);
    store.getState().annotationEdited(aid('first'), { colour: 'green' });
    expect(selectAnchoredCounts(store.getState()).byColour).toMatchObject({ yellow: 1, green: 2 });
    store.getState().anchorsResolved(PAPER_A, { [aid('lost')]: { status: 'orphan' } });
    expect(selectPaperOrphans(store.getState()).map((a) => a.id)).toEqual(['lost']);
    expect(selectAnchoredCounts(store.getState()).total).toBe(2);
  });
});

describe('sidebar counts as highlights come and go', () => {
  it('match counting again after each add, recolour, link, orphaning, tag and delete', () => {
    const store = storeWith({ first: at(500), second: at(50), lost: at(300) });
    const check = () => {
      const s = store.getState();
      const list = selectAnchoredAnnotations(s);
      expect(selectAnchoredCounts(s)).toEqual(countAnnotations(list));
      expect(selectUnlinkedClaimCount(s)).toBe(list.filter(isUnlinkedClaim).length);
    };
    check();
    const actions = store.getState();
    const added = actions.annotationCreated({ paperId: PAPER_A, target: makeTarget(400) });
    check();
    actions.anchorsResolved(PAPER_A, { [added]: at(400) });
    check();
    actions.annotationEdited(added, { colour: 'green' });
    check();
    actions.referenceLinked(added, '8');
    check();
    actions.referenceLinked(aid('lost'), '12');
    check();
    actions.anchorsResolved(PAPER_A, { [aid('lost')]: { status: 'orphan' } });
    check();
    actions.annotationEdited(added, { tags: ['Data'] });
    check();
    actions.annotationDeleted(added);
    check();
    actions.annotationDeleted(aid('second'));
    check();
    actions.undo();
    check();
    expect(selectAnchoredCounts(store.getState()).byReference).toEqual({});
  });
});

describe('selectIdsStartingAt', () => {
  it('names the listed annotations starting at a position, by where they anchored', () => {
    const store = storeWith({ first: at(50, 60), second: at(50, 70), lost: at(300) });
    expect(selectIdsStartingAt(store.getState(), 50)).toEqual(['first', 'second']);
    expect(selectIdsStartingAt(store.getState(), 51)).toEqual([]);
    // Not where it was stored (100): where it anchored.
    expect(selectIdsStartingAt(store.getState(), 100)).toEqual([]);
  });

  it("cannot tell while the lists wait, for another paper's anchors, or with a layer hidden", () => {
    const store = storeWith({ first: at(50) });
    store.getState().listsDeferredSet(true);
    expect(selectIdsStartingAt(store.getState(), 50)).toBeNull();
    store.getState().listsDeferredSet(false);
    expect(selectIdsStartingAt(store.getState(), 50)).toEqual(['first']);
    store.getState().setVisibilityToggled(DEFAULT_SET_ID);
    expect(selectIdsStartingAt(store.getState(), 50)).toBeNull();
    expect(selectIdsStartingAt(storeWith({ first: at(50) }, PAPER_B).getState(), 50)).toBeNull();
  });
});

describe('selectVisibleIndex', () => {
  it("finds a card's place in the listed order, by where it anchored", () => {
    // first and second start at the same place: the search steps through both.
    const store = storeWith({ first: at(50), second: at(50), lost: at(10) });
    const s = store.getState();
    const listed = selectVisibleAnnotations(s).map((a) => a.id);
    expect(listed[0]).toBe('lost');
    for (const id of ['lost', 'first', 'second'])
      expect(selectVisibleIndex(s, aid(id))).toBe(listed.indexOf(aid(id)));
    expect(selectVisibleIndex(s, null)).toBe(-1);
    // Another paper's, and one that does not exist, are not listed.
    expect(selectVisibleIndex(s, aid('other'))).toBe(-1);
    expect(selectVisibleIndex(s, aid('gone'))).toBe(-1);
  });

  it('counts in the filtered list, and not an orphan', () => {
    const store = storeWith({ first: at(50), second: at(80), lost: { status: 'orphan' } });
    store.getState().annotationFilterChanged({ colours: ['green'] });
    const s = store.getState();
    expect(selectVisibleIndex(s, aid('second'))).toBe(0);
    expect(selectVisibleIndex(s, aid('first'))).toBe(-1);
    expect(selectVisibleIndex(s, aid('lost'))).toBe(-1);
  });
});
