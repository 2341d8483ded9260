import { makeTarget, PAPER_A } from '../annotations/__fixtures__/annotations';
import { docOffset } from '../paper/types';
import { createMemoryAppStorage, createTestStore } from './__fixtures__/test-store';
import { HIGHLIGHT_DELETED } from './slices/intents-slice';
import { entryOf, keysOf } from '../annotations/shared-record';

describe('createAppStore', () => {
  it('hears storage problems until disposed, then removes its listener', () => {
    const storage = createMemoryAppStorage();
    const store = createTestStore({ storage });
    storage.report({ kind: 'write', message: 'not saved' });
    expect(store.getState().storageProblem?.kind).toBe('write');
    store.getState().storageProblemDismissed();

    store.dispose();
    expect(storage.listeners).toBe(0);
    storage.report({ kind: 'write', message: 'not saved' });
    expect(store.getState().storageProblem).toBeNull();
  });

  it('builds independent stores: nothing is shared between two', () => {
    const a = createTestStore();
    const b = createTestStore();
    a.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    expect(keysOf(b.getState().annotations)).toHaveLength(0);
  });
});

describe('write scheduling', () => {
  it('offers the storage a write for a persisted change only, never for UI-only ones', () => {
    const storage = createMemoryAppStorage();
    const store = createTestStore({ storage });
    const id = store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    expect(storage.writes).toBe(1);

    const s = store.getState();
    s.anchorsResolved(PAPER_A, { [id]: { status: 'orphan' } });
    s.annotationActivated(id);
    s.announced('Highlighted.');
    s.cardIntentSet({ annotationId: id, focus: 'note' });
    s.annotationFilterChanged({ text: 'claim' });
    s.paperLoadStarted();
    expect(storage.writes).toBe(1);

    s.annotationEdited(id, { note: 'a note' });
    expect(storage.writes).toBe(2);
  });

  it('does not write back what it just loaded', () => {
    const first = createMemoryAppStorage();
    const store = createTestStore({ storage: first });
    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    const storage = createMemoryAppStorage(first.stored);
    const reopened = createTestStore({ storage });
    reopened.getState().announced('Welcome back.');
    expect(storage.writes).toBe(0);
    expect(keysOf(reopened.getState().annotations)).toHaveLength(1);
  });
});

describe('drafts', () => {
  const text = 'Reading is social. Notes travel between readers.';
  const request = (intent: 'note' | 'link' | 'tags' | null) => ({
    paperId: PAPER_A,
    text,
    start: docOffset(0),
    end: docOffset(17),
    colour: 'yellow' as const,
    intent,
  });

  it('highlights for a note as a draft: shown, open, but not persisted nor undoable yet', () => {
    const storage = createMemoryAppStorage();
    const store = createTestStore({ storage });
    const id = store.getState().highlightSelection(request('note'));
    const s = store.getState();
    expect(entryOf(s.annotations, id)?.target.quote.exact).toBe('Reading is social');
    expect(s.drafts[id]).toBe(true);
    expect(s.activeAnnotationId).toBe(id);
    expect(s.cardIntent).toEqual({ annotationId: id, focus: 'note' });
    expect(s.annotationHistory.past).toHaveLength(0);
    expect(storage.writes).toBe(0);
  });

  it('discards a cancelled draft without touching the undo history, and says so', () => {
    const store = createTestStore();
    const kept = store.getState().highlightSelection({ ...request(null), end: docOffset(7) });
    const history = store.getState().annotationHistory;
    const id = store.getState().highlightSelection(request('link'));
    expect(store.getState().draftCancelled(id)).toBe(true);
    const s = store.getState();
    expect(entryOf(s.annotations, id)).toBeUndefined();
    expect(s.annotationTombstones[id]).toBeUndefined();
    expect(s.annotationHistory).toBe(history);
    expect(s.activeAnnotationId).toBeNull();
    expect(s.announcement?.text).toBe('Nothing was added, so the highlight was removed.');
    expect(entryOf(s.annotations, kept)).toBeDefined();
  });

  it('keeps a draft that gets a note, with the highlight and the note as two undo steps', () => {
    const storage = createMemoryAppStorage();
    const store = createTestStore({ storage });
    const id = store.getState().highlightSelection(request('note'));
    store.getState().annotationEdited(id, { note: 'why?' });
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().draftCancelled(id)).toBe(false);
    expect(store.getState().annotationHistory.past.map((step) => step.action)).toEqual([
      'create',
      'edit',
    ]);
    expect(entryOf(storage.stored!.state.annotations, id)?.note).toBe('why?');
    store.getState().undo();
    store.getState().undo();
    expect(entryOf(store.getState().annotations, id)).toBeUndefined();
  });

  it('keeps a draft the reader moves on from', () => {
    const store = createTestStore();
    const id = store.getState().highlightSelection(request('note'));
    store.getState().annotationActivated(null);
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().draftCancelled(id)).toBe(false);
    expect(entryOf(store.getState().annotations, id)).toBeDefined();
  });

  it('takes a fresh draft back with Ctrl+Z, as it took back any new highlight', () => {
    const store = createTestStore();
    const id = store.getState().highlightSelection(request('note'));
    store.getState().undo();
    expect(entryOf(store.getState().annotations, id)).toBeUndefined();
    expect(store.getState().drafts).toEqual({});
  });

  it('highlights for tags or a colour at once, with an undo step', () => {
    const store = createTestStore();
    const id = store.getState().highlightSelection(request('tags'));
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().annotationHistory.past.at(-1)).toMatchObject({ action: 'create', id });
  });
});

describe('deleting a highlight', () => {
  it('deletes it as one undoable step, closes its card and says how to undo', () => {
    const store = createTestStore();
    const id = store.getState().highlightSelection({
      paperId: PAPER_A,
      text: 'Reading is social.',
      start: docOffset(0),
      end: docOffset(17),
      colour: 'yellow',
      intent: null,
    });
    expect(store.getState().activeAnnotationId).toBe(id);
    store.getState().highlightDeleteRequested(id);
    expect(entryOf(store.getState().annotations, id)).toBeUndefined();
    expect(store.getState().activeAnnotationId).toBeNull();
    expect(store.getState().announcement?.text).toBe(HIGHLIGHT_DELETED);
    store.getState().undo();
    expect(entryOf(store.getState().annotations, id)).toBeDefined();
  });
});
