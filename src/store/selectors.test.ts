import type { AnchorResult } from '../anchoring/anchor';
import {
  PAPER_A,
  PAPER_B,
  makeAnnotation,
  makeTarget,
  aid,
} from '../annotations/__fixtures__/annotations';
import type { Annotation } from '../annotations/types';
import { docOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { EMPTY_FILTER, filterAnnotations } from './annotation-filter';
import { countAnnotations, selectAnchoredCounts } from './annotation-counts';
import { selectPaperAnnotations } from './paper-annotation-selectors';
import { sortInReadingOrder } from './reading-order';
import { selectPaperOrphans, selectVisibleAnnotations } from './sidebar-selectors';
import { recordOf, valuesOf } from '../annotations/shared-record';

const claim = makeAnnotation({ id: 'claim', target: makeTarget(300), tags: ['Method'] });
const linked = makeAnnotation({
  id: 'linked',
  target: makeTarget(100),
  refLabels: ['8'],
  tags: ['method'],
});
const question = makeAnnotation({
  id: 'question',
  colour: 'blue',
  note: 'Sample size?',
  target: makeTarget(200, 'twelve villages'),
  refLabels: ['8', '9'],
});
const elsewhere = makeAnnotation({ id: 'elsewhere', paperId: PAPER_B, target: makeTarget(0) });
const all: Record<string, Annotation> = { claim, linked, question, elsewhere };

function storeWith(annotations: Record<string, Annotation>) {
  const store = createTestStore();
  store.setState({ annotations: recordOf(annotations), currentPaperId: PAPER_A });
  return store;
}

describe('selectPaperAnnotations', () => {
  it("lists the current paper's annotations in reading order", () => {
    const s = storeWith(all).getState();
    expect(selectPaperAnnotations(s).map((a) => a.id)).toEqual(['linked', 'question', 'claim']);
  });

  it('returns the same array until the annotations change', () => {
    const store = storeWith(all);
    const first = selectPaperAnnotations(store.getState());
    store.getState().annotationFilterChanged({ text: 'x' });
    expect(selectPaperAnnotations(store.getState())).toBe(first);
    store.getState().annotationEdited(aid('claim'), { note: 'changed' });
    expect(selectPaperAnnotations(store.getState())).not.toBe(first);
  });

  it('keeps the same order as a full sort while annotations are added, moved, anchored and deleted', () => {
    const many: Record<string, Annotation> = {};
    for (let i = 0; i < 200; i++) {
      const id = `n${i}`;
      many[id] = makeAnnotation({ id, created: i % 7, target: makeTarget((i * 37) % 500) });
    }
    const store = storeWith(many);
    const fullSort = () =>
      sortInReadingOrder(
        valuesOf(store.getState().annotations).filter((a) => a.paperId === PAPER_A),
        store.getState().anchors,
      ).map((a) => a.id);
    const steps: [string, () => void][] = [
      ['a note', () => store.getState().annotationEdited(aid('n5'), { note: 'x' })],
      [
        'a new one',
        () => store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(250) }),
      ],
      [
        'anchored elsewhere',
        () =>
          store.getState().anchorsResolved(PAPER_A, {
            [aid('n9')]: { status: 'moved', start: docOffset(3), end: docOffset(9) },
            [aid('n10')]: { status: 'orphan' },
          }),
      ],
      ['deleted', () => store.getState().annotationDeleted(aid('n20'))],
      ['recoloured', () => store.getState().annotationEdited(aid('n30'), { colour: 'green' })],
      [
        'anchored again, and an orphan found',
        () =>
          store.getState().anchorsResolved(PAPER_A, {
            [aid('n9')]: { status: 'moved', start: docOffset(400), end: docOffset(409) },
            [aid('n10')]: { status: 'exact', start: docOffset(0), end: docOffset(4) },
          }),
      ],
      ['a tied start deleted', () => store.getState().annotationDeleted(aid('n41'))],
      [
        'another paper',
        () => store.getState().annotationCreated({ paperId: PAPER_B, target: makeTarget(1) }),
      ],
      ['undone', () => store.getState().undo()],
    ];
    selectPaperAnnotations(store.getState());
    for (const [name, step] of steps) {
      step();
      expect(
        selectPaperAnnotations(store.getState()).map((a) => a.id),
        name,
      ).toEqual(fullSort());
    }
  });
});

describe('sortInReadingOrder', () => {
  it('sorts by where annotations anchored when that is known, and puts those without a position last', () => {
    const quoteOnly = makeAnnotation({ id: 'quote-only', target: { quote: makeTarget(0).quote } });
    const anchors: Record<string, AnchorResult> = {
      claim: { status: 'moved', start: docOffset(5), end: docOffset(20) },
      linked: { status: 'orphan' },
    };
    expect(
      sortInReadingOrder([quoteOnly, claim, linked, question], recordOf(anchors)).map((a) => a.id),
    ).toEqual(['claim', 'linked', 'question', 'quote-only']);
  });
});

describe('countAnnotations', () => {
  it('counts per colour, per tag ignoring case and per reference', () => {
    expect(countAnnotations([claim, linked, question])).toEqual({
      total: 3,
      byColour: { yellow: 2, green: 0, blue: 1, purple: 0, red: 0 },
      byTag: { Method: 2 },
      byReference: { '8': 2, '9': 1 },
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'counts a tag or reference label named %s like any other word',
    (word) => {
      const counts = countAnnotations([
        makeAnnotation({ id: 'x', tags: [word], refLabels: [word] }),
        makeAnnotation({ id: 'y', tags: [word.toUpperCase()] }),
      ]);
      expect(Object.entries(counts.byTag)).toEqual([[word, 2]]);
      expect(Object.entries(counts.byReference)).toEqual([[word, 1]]);
    },
  );

  it('is available for the current paper as a stable selector', () => {
    const s = storeWith(all).getState();
    expect(selectAnchoredCounts(s).total).toBe(3);
    expect(selectAnchoredCounts(s).byColour.yellow).toBe(2);
    expect(selectAnchoredCounts(s)).toBe(selectAnchoredCounts(s));
  });
});

describe('selectPaperOrphans', () => {
  it('lists the annotations anchoring could not find', () => {
    const store = storeWith(all);
    const anchors: Record<string, AnchorResult> = {
      claim: { status: 'orphan' },
      linked: { status: 'exact', start: docOffset(100), end: docOffset(122) },
    };
    store.getState().anchorsResolved(PAPER_A, anchors);
    expect(selectPaperOrphans(store.getState()).map((a) => a.id)).toEqual(['claim']);
  });
});

describe('filterAnnotations', () => {
  const list = [linked, question, claim];
  it.each([
    [{ colours: ['blue' as const] }, ['question']],
    [{ tags: ['METHOD'] }, ['linked', 'claim']],
    [{ refLabels: ['9'] }, ['question']],
    [{ text: 'sample' }, ['question']],
    [{ text: 'villages' }, ['question']],
    [{ unlinkedClaimsOnly: true }, ['claim']],
    [{ colours: ['yellow' as const], tags: ['method'], refLabels: ['8'] }, ['linked']],
    [{}, ['linked', 'question', 'claim']],
  ])('filter %j keeps %j', (filter, ids) => {
    expect(filterAnnotations(list, { ...EMPTY_FILTER, ...filter }).map((a) => a.id)).toEqual(ids);
  });

  it('keeps every highlight with no linked reference as an unlinked claim, whatever its colour', () => {
    const unlinkedQuestion = makeAnnotation({
      id: 'open',
      colour: 'blue',
      target: makeTarget(400),
    });
    expect(
      filterAnnotations([...list, unlinkedQuestion], {
        ...EMPTY_FILTER,
        unlinkedClaimsOnly: true,
      }).map((a) => a.id),
    ).toEqual(['claim', 'open']);
  });

  it('applies the filter kept in the store', () => {
    const store = storeWith(all);
    store.getState().annotationFilterChanged({ colours: ['blue'] });
    expect(selectVisibleAnnotations(store.getState()).map((a) => a.id)).toEqual(['question']);
  });
});
