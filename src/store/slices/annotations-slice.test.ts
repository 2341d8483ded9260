import {
  PAPER_A,
  PAPER_B,
  makeAnnotation,
  makeTarget,
  testEnv,
  aid,
  byId,
} from '../../annotations/__fixtures__/annotations';
import { createTestStore } from '../__fixtures__/test-store';
import type { DocOffset } from '../../paper/types';
import { changedKeysOf, entryOf, plainOf } from '../../annotations/shared-record';
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

  it("merges another tab's changes, including its papers and labels", () => {
    const { get, create } = openStore();
    const mine = create(0);
    const theirs = makeAnnotation({ id: 'remote', paperId: PAPER_B, modified: 1_800_000_000_000 });
    get().remoteAnnotationsMerged({
      annotations: { [theirs.id]: theirs },
      tombstones: { [mine]: 1_800_000_000_000 },
      entries: [
        { field: 'colourLabels', key: 'green', value: 'support' },
        { field: 'colourLabels', key: 'teal', value: 'not a colour' },
        {
          field: 'papers',
          key: PAPER_B,
          value: { id: PAPER_B, title: 'B', fileName: 'b', format: 'text', openedAt: 1 },
        },
        { field: 'annotationSets', key: 'bad', value: 42 },
      ],
    });
    expect(plainOf(get().annotations)).toEqual({ remote: theirs });
    expect(get().colourLabels.green).toBe('support');
    expect(get().colourLabels).not.toHaveProperty('teal');
    expect(Object.keys(get().papers)).toEqual([PAPER_B]);
    expect(Object.keys(get().annotationSets)).toEqual(['default']);
  });

  it("merges another tab's changes that come before the merge has loaded once it has, losing none", async () => {
    vi.resetModules();
    const { createTestStore: freshStore } = await import('../__fixtures__/test-store');
    const { loadedMerge, loadMerge } = await import('../../annotations/load-merge');
    expect(loadedMerge()).toBeNull();
    const store = freshStore({ clock: () => 1_800_000_000_000 });
    const first = makeAnnotation({ id: 'remote', note: 'first', modified: 1_800_000_000_000 });
    const second = { ...first, note: 'second', modified: 1_800_000_000_001 };
    store.getState().remoteAnnotationsMerged({ annotations: { [first.id]: first } });
    store.getState().remoteAnnotationsMerged({ annotations: { [second.id]: second } });
    expect(plainOf(store.getState().annotations)).toEqual({});
    await loadMerge();
    await Promise.resolve();
    expect(plainOf(store.getState().annotations)).toEqual({ remote: second });
  });

  describe('stored annotations read after the first screen', () => {
    it('adds only ids the state holds neither live nor deleted, and takes in new entries', () => {
      const { store } = openStore();
      const kept = store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(1) });
      const gone = store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(2) });
      store.getState().annotationDeleted(gone);
      store.setState({ storedRestPending: true });
      const stored = (id: string, note: string) =>
        makeAnnotation({ id, note, target: makeTarget(3) });
      store.getState().storedRestLoaded({
        annotations: byId({
          [kept]: stored(kept, 'older stored copy'),
          [gone]: stored(gone, 'stored before the deletion'),
          fresh: stored('fresh', 'read after the paint'),
        }),
        tombstones: byId({ [kept]: 5, old: 7 }),
        entries: [{ field: 'colourLabels', key: 'blue', value: 'doubt' }],
      });
      const s = store.getState();
      expect(s.storedRestPending).toBe(false);
      expect(entryOf(s.annotations, kept)?.note).toBe('');
      expect(entryOf(s.annotations, gone)).toBeUndefined();
      expect(entryOf(s.annotations, aid('fresh'))?.note).toBe('read after the paint');
      expect(s.annotationTombstones[aid('old')]).toBe(7);
      expect(s.annotationTombstones[kept]).toBeUndefined();
      expect(s.colourLabels.blue).toBe('doubt');
    });
  });

  describe('storage problems', () => {
    it('shows a problem until dismissed', () => {
      const { get } = openStore();
      get().storageProblemReported({ kind: 'quota', message: 'full' });
      expect(get().storageProblem?.kind).toBe('quota');
      get().storageProblemDismissed();
      expect(get().storageProblem).toBeNull();
    });

    it('clears a write problem when writes succeed again, but not a corrupt-data notice', () => {
      const { get } = openStore();
      get().storageProblemReported({ kind: 'write', message: 'x' });
      get().storageProblemReported(null);
      expect(get().storageProblem).toBeNull();
      get().storageProblemReported({ kind: 'corrupt', message: 'y', backupKeys: ['k'] });
      get().storageProblemReported(null);
      expect(get().storageProblem?.kind).toBe('corrupt');
    });
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
