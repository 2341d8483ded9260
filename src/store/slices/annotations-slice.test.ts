import { PAPER_A, makeTarget, testEnv, aid } from '../../annotations/__fixtures__/annotations';
import { createTestStore } from '../__fixtures__/test-store';
import type { DocOffset } from '../../paper/types';
import { changedKeysOf, entryOf } from '../../annotations/shared-record';
import { copiedBy } from '../../annotations/__fixtures__/shared-record-copies';

function openStore() {
  const env = testEnv();
  const store = createTestStore({ clock: env.now, ids: env.newId });
  const create = (start = 0, paperId = PAPER_A) =>
    store.getState().annotationCreated({ paperId, target: makeTarget(start) });
  return { store, env, create, get: () => store.getState() };
}

describe('annotations slice', () => {
  // Issue 9: each add copied the 5,000-key records of annotations and anchors. Counted (what the
  // change copied, and what a reader of the two states is told changed), not timed.
  it.each([50, 5000])(
    'adds, edits and deletes among %i annotations copying a few nodes, not the records',
    (n) => {
      const { store, create, get } = openStore();
      for (let i = 0; i < n; i++) create(i * 10);
      const before = get();
      const id = create(1);
      get().anchorsResolved(PAPER_A, {
        [id]: { status: 'exact', start: 1 as DocOffset, end: 23 as DocOffset },
      });
      const added = get();
      expect(copiedBy(before.annotations, added.annotations)).toBeLessThan(3 * 32 + 9);
      expect(copiedBy(before.anchors, added.anchors)).toBeLessThan(3 * 32 + 9);
      expect(changedKeysOf(before.annotations, added.annotations)).toEqual([id]);
      get().annotationEdited(id, { colour: 'green' });
      expect(copiedBy(added.annotations, get().annotations)).toBeLessThan(3 * 32 + 9);
      const edited = get();
      get().annotationDeleted(id);
      expect(copiedBy(edited.annotations, get().annotations)).toBeLessThan(3 * 32 + 9);
      expect(changedKeysOf(edited.annotations, store.getState().annotations)).toEqual([id]);
    },
  );

  it('creates an annotation and returns its id', () => {
    const { get, create } = openStore();
    const id = create(10);
    expect(id).toBe('id-1');
    expect(entryOf(get().annotations, id)).toMatchObject({
      paperId: PAPER_A,
      colour: 'yellow',
      setId: 'default',
    });
  });

  it('edits, links and unlinks, leaving the other annotations untouched', () => {
    const { get, create } = openStore();
    const a = create(0);
    const b = create(50);
    const before = entryOf(get().annotations, b);
    get().annotationEdited(a, { note: 'why?', tags: ['Method'], colour: 'blue' });
    get().referenceLinked(a, '8');
    get().referenceLinked(a, 'Zhang 2013');
    get().referenceUnlinked(a, '8');
    expect(entryOf(get().annotations, a)).toMatchObject({
      note: 'why?',
      tags: ['Method'],
      colour: 'blue',
      refLabels: ['Zhang 2013'],
    });
    expect(entryOf(get().annotations, b)).toBe(before);
  });

  it('re-attaches an orphan to a new passage', () => {
    const { get, create } = openStore();
    const id = create(0);
    get().annotationReattached(id, makeTarget(700, 'found it again'));
    expect(entryOf(get().annotations, id)?.target.quote.exact).toBe('found it again');
  });

  it('renames colour labels, and an empty label brings the default back', () => {
    const { get } = openStore();
    get().colourLabelRenamed('blue', '  open   question ');
    expect(get().colourLabels.blue).toBe('open question');
    get().colourLabelRenamed('blue', '   ');
    expect(get().colourLabels.blue).toBe('question');
  });

  it('records no undo step for a change that changes nothing', () => {
    const { get, create } = openStore();
    const id = create(0);
    get().annotationEdited(id, { note: '' });
    get().referenceUnlinked(id, '3');
    get().annotationEdited(aid('missing'), { note: 'x' });
    expect(get().annotationHistory.past).toHaveLength(1);
  });

  describe('undo and redo', () => {
    it('undo and redo creating, editing, linking and deleting, in order', () => {
      const { get, create } = openStore();
      const id = create(0);
      get().annotationEdited(id, { colour: 'green' });
      get().referenceLinked(id, '4');
      get().annotationDeleted(id);
      expect(entryOf(get().annotations, id)).toBeUndefined();

      get().undo();
      expect(entryOf(get().annotations, id)).toMatchObject({ colour: 'green', refLabels: ['4'] });
      get().undo();
      expect(entryOf(get().annotations, id)?.refLabels).toEqual([]);
      get().undo();
      expect(entryOf(get().annotations, id)?.colour).toBe('yellow');
      get().undo();
      expect(entryOf(get().annotations, id)).toBeUndefined();
      get().undo(); // nothing left: no change
      expect(get().annotationHistory.future).toHaveLength(4);

      get().redo();
      get().redo();
      expect(entryOf(get().annotations, id)?.colour).toBe('green');
      get().redo();
      get().redo();
      expect(entryOf(get().annotations, id)).toBeUndefined();
    });

    it('undoes a burst of typing in one note as one step', () => {
      const { get, create } = openStore();
      const id = create(0);
      for (const note of ['S', 'Sa', 'Sam', 'Samp', 'Sample']) get().annotationEdited(id, { note });
      expect(get().annotationHistory.past).toHaveLength(2);
      get().undo();
      expect(entryOf(get().annotations, id)?.note).toBe('');
      get().redo();
      expect(entryOf(get().annotations, id)?.note).toBe('Sample');
    });

    it('keeps typing in two different notes as separate steps', () => {
      const { get, create } = openStore();
      const a = create(0);
      const b = create(10);
      get().annotationEdited(a, { note: 'a' });
      get().annotationEdited(b, { note: 'b' });
      get().annotationEdited(a, { note: 'aa' });
      expect(get().annotationHistory.past).toHaveLength(5);
    });

    it('forgets redo after a new change', () => {
      const { get, create } = openStore();
      const id = create(0);
      get().annotationEdited(id, { colour: 'red' });
      get().undo();
      get().annotationEdited(id, { colour: 'blue' });
      expect(get().annotationHistory.future).toEqual([]);
    });
  });

  it('restores a deleted annotation', () => {
    const { get, create } = openStore();
    const id = create(0);
    const copy = entryOf(get().annotations, id)!;
    get().annotationDeleted(id);
    get().annotationRestored(copy);
    expect(entryOf(get().annotations, id)).toMatchObject({ note: copy.note, target: copy.target });
    expect(get().annotationTombstones[id]).toBeUndefined();
  });

  it('keeps the filter in the store and clears it', () => {
    const { get } = openStore();
    get().annotationFilterChanged({ colours: ['red'] });
    get().annotationFilterChanged({ text: 'sample' });
    expect(get().annotationFilter).toMatchObject({ colours: ['red'], text: 'sample' });
    get().annotationFilterCleared();
    expect(get().annotationFilter.colours).toEqual([]);
  });
});
