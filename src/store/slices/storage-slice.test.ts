import {
  PAPER_A,
  PAPER_B,
  makeAnnotation,
  makeTarget,
  aid,
  byId,
} from '../../annotations/__fixtures__/annotations';
import { entryOf, plainOf } from '../../annotations/shared-record';
import { createTestStore } from '../__fixtures__/test-store';

/** A fresh store (deterministic ids and clock), and its state now. */
function openStore() {
  const store = createTestStore();
  return { store, get: () => store.getState() };
}

describe('storage slice', () => {
  it("merges another tab's changes, including its papers and labels", () => {
    const { get } = openStore();
    const mine = get().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
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
});
