// Several tabs over one localStorage, each started by the composition root like the app.
import { PAPER_A, PAPER_B, makeTarget, testEnv } from '../annotations/__fixtures__/annotations';
import { createAnnotationStorage } from '../io/annotation-storage';
import { createMemoryStorage } from '../io/storage-like';
import { createSharedStorage, type Tab } from '../io/__fixtures__/shared-storage';
import { createTestStore } from '../store/__fixtures__/test-store';
import { flushOnPageHide, mergeOtherTabsWrites } from './browser-wiring';
import { startApp } from './start-app';
import { entryOf, keysOf, plainOf } from '../annotations/shared-record';

/** A tab: a real store over the shared storage, hearing the other tabs through its window. */
function openTab(tab: Tab, env: ReturnType<typeof testEnv>) {
  const { store, storage, dispose } = startApp({
    area: tab.area,
    window: tab.window,
    document: null,
    clock: env.now,
    ids: env.newId,
  });
  return { store, storage, env, dispose };
}

function twoTabs() {
  const shared = createSharedStorage(2);
  const a = openTab(shared.tabs[0]!, testEnv(1_700_000_000_000, 'a'));
  const b = openTab(shared.tabs[1]!, testEnv(1_700_000_000_000, 'b'));
  /** Both tabs write what they have, then hear of each other, until nothing is left to say. */
  const settle = () => {
    for (let round = 0; round < 10; round++) {
      a.storage.flush();
      b.storage.flush();
      if (shared.deliver() === 0) return round;
    }
    throw new Error('tabs keep writing to each other');
  };
  return { a, b, settle };
}

describe('two tabs on the same paper', () => {
  it('shows an annotation created in one tab in the other', () => {
    const { a, b, settle } = twoTabs();
    const id = a.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(10), note: 'new' });
    settle();
    expect(entryOf(b.store.getState().annotations, id)).toEqual(
      entryOf(a.store.getState().annotations, id),
    );
  });

  it('keeps concurrent edits to different annotations from both tabs', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    const y = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(90) });
    settle();

    a.store.getState().annotationEdited(x, { note: 'edited in A' });
    b.store.getState().annotationEdited(y, { note: 'edited in B' });
    b.store.getState().annotationCreated({ paperId: PAPER_B, target: makeTarget(5) });
    settle();

    for (const tab of [a, b]) {
      expect(entryOf(tab.store.getState().annotations, x)?.note).toBe('edited in A');
      expect(entryOf(tab.store.getState().annotations, y)?.note).toBe('edited in B');
      expect(keysOf(tab.store.getState().annotations)).toHaveLength(3);
    }
  });

  it('gives a colour picked in both tabs at once to the newer pick in both tabs', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    settle();
    b.env.clock.t += 60_000; // B's edit is a minute later
    a.store.getState().annotationEdited(x, { colour: 'red' });
    b.store.getState().annotationEdited(x, { colour: 'blue' });
    settle();
    expect(entryOf(a.store.getState().annotations, x)?.colour).toBe('blue');
    expect(entryOf(b.store.getState().annotations, x)?.colour).toBe('blue');
  });

  it('keeps a colour picked in one tab and a note typed in the other', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    settle();
    a.store.getState().annotationEdited(x, { colour: 'red' });
    b.env.clock.t += 60_000; // the note is the newer change, and still the colour stays
    b.store.getState().annotationEdited(x, { note: 'typed in B' });
    settle();
    for (const tab of [a, b])
      expect(entryOf(tab.store.getState().annotations, x)).toMatchObject({
        colour: 'red',
        note: 'typed in B',
      });
  });

  it("keeps every word both tabs type in the same note, written before hearing each other's", () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    settle();
    const typeWord = (tab: typeof a, word: string) => {
      const note = entryOf(tab.store.getState().annotations, x)!.note;
      tab.store.getState().annotationEdited(x, { note: `${note} ${word}` });
    };
    for (let i = 0; i < 10; i++) {
      typeWord(a, `a${i}`);
      typeWord(b, `b${i}`);
      // Both write before either hears the other, every other round; the others, in turn.
      if (i % 2) settle();
      else {
        a.storage.flush();
        b.storage.flush();
      }
    }
    settle();
    const note = entryOf(a.store.getState().annotations, x)!.note;
    expect(entryOf(b.store.getState().annotations, x)!.note).toBe(note);
    for (let i = 0; i < 10; i++)
      expect(note.split(' ')).toEqual(expect.arrayContaining([`a${i}`, `b${i}`]));
  });

  it("keeps both tabs' words when their writes cross (a tab's reads lag behind the other's write)", () => {
    const shared = createSharedStorage(2);
    const [tabA, tabB] = shared.tabs as [Tab, Tab];
    // Tab B's renderer has not seen A's write yet: its reads give what it last saw.
    let lagging: Map<string, string | null> | null = null;
    const bArea = { ...tabB.area, length: 0 };
    Object.defineProperty(bArea, 'length', { get: () => tabB.area.length });
    bArea.getItem = (key) => (lagging?.has(key) ? lagging.get(key)! : tabB.area.getItem(key));
    const a = openTab(tabA, testEnv(1_700_000_000_000, 'a'));
    const b = openTab({ area: bArea, window: tabB.window }, testEnv(1_700_000_000_000, 'b'));
    const settle = () => {
      for (let round = 0; round < 10; round++) {
        a.storage.flush();
        b.storage.flush();
        if (shared.deliver() === 0) return;
      }
      throw new Error('tabs keep writing to each other');
    };
    const x = a.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(10), note: 'start' });
    settle();
    const key = `marginalia:v2:a:${x}`;
    lagging = new Map([[key, tabB.area.getItem(key)]]);
    a.store.getState().annotationEdited(x, { note: 'start mine' });
    b.store.getState().annotationEdited(x, { note: 'start theirs' });
    a.storage.flush();
    b.storage.flush(); // over A's write, unseen
    lagging = null;
    settle();
    for (const tab of [a, b])
      expect(entryOf(tab.store.getState().annotations, x)?.note).toBe('start mine theirs');
  });

  it('tells the tab whose note was also typed in elsewhere', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(10), note: 'base' });
    settle();
    a.store.getState().annotationEdited(x, { note: 'base mine' });
    b.store.getState().annotationEdited(x, { note: 'base theirs' });
    settle();
    const told = [a, b].map((tab) => tab.store.getState().remoteNoteEdits[x]);
    expect(told).toContain('merged');
    for (const tab of [a, b])
      expect(entryOf(tab.store.getState().annotations, x)?.note).toBe('base mine theirs');
  });

  it('does not bring back an annotation deleted in the other tab', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    settle();
    a.env.clock.t += 60_000;
    a.store.getState().annotationDeleted(x);
    b.store.getState().colourLabelRenamed('green', 'support'); // B writes too, with its stale copy of x in memory
    settle();
    expect(entryOf(b.store.getState().annotations, x)).toBeUndefined();
    expect(entryOf(a.store.getState().annotations, x)).toBeUndefined();
    expect(b.store.getState().annotationTombstones[x]).toBeDefined();
  });

  it('keeps an edit made after the other tab deleted the annotation', () => {
    const { a, b, settle } = twoTabs();
    const x = a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    settle();
    a.store.getState().annotationDeleted(x);
    b.env.clock.t += 60_000;
    b.store.getState().annotationEdited(x, { note: 'still needed' });
    settle();
    expect(entryOf(a.store.getState().annotations, x)?.note).toBe('still needed');
  });

  it('shares renamed colour labels and newly opened papers', () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().colourLabelRenamed('blue', 'doubt');
    b.store.setState({
      papers: {
        [PAPER_B]: { id: PAPER_B, title: 'B', fileName: 'b.txt', format: 'text', openedAt: 5 },
      },
    });
    settle();
    expect(b.store.getState().colourLabels.blue).toBe('doubt');
    expect(Object.keys(a.store.getState().papers)).toEqual([PAPER_B]);
  });

  it.each([
    ['a colour label stored as an object', 'colourLabels:blue', { text: 'x' }],
    ['a recent paper missing its fields', `papers:${PAPER_B}`, { id: PAPER_B }],
    ['a recent paper under __proto__', 'papers:__proto__', { id: '__proto__', openedAt: 1 }],
  ])('does not take in %s written by another tab', (_what, entry, value) => {
    const shared = createSharedStorage(2);
    const b = openTab(shared.tabs[1]!, testEnv(1_700_000_000_000, 'b'));
    shared.tabs[0]!.area.setItem(`marginalia:v2:m:${entry}`, JSON.stringify(value));
    shared.deliver();
    expect(b.store.getState().colourLabels.blue).toBe('question');
    expect(b.store.getState().papers).toEqual({});
    expect(Object.getPrototypeOf(b.store.getState().papers)).toBe(Object.prototype);
  });

  it('keeps concurrent renames of different colour labels from both tabs', () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().colourLabelRenamed('blue', 'doubt');
    settle();
    a.store.getState().colourLabelRenamed('green', 'support');
    b.store.getState().colourLabelRenamed('red', 'crucial');
    settle();
    for (const tab of [a, b]) {
      expect(tab.store.getState().colourLabels).toMatchObject({
        blue: 'doubt',
        green: 'support',
        red: 'crucial',
      });
    }
  });

  it("drops a paper forgotten in one tab from the other tab's recent list", () => {
    const { a, b, settle } = twoTabs();
    const meta = { title: 'B', fileName: 'b.txt', format: 'text' as const, openedAt: 5 };
    a.store.setState({
      papers: { [PAPER_A]: { id: PAPER_A, ...meta }, [PAPER_B]: { id: PAPER_B, ...meta } },
    });
    settle();
    a.store.getState().paperForgotten(PAPER_B);
    settle();
    expect(Object.keys(b.store.getState().papers)).toEqual([PAPER_A]);
  });

  it('ends in the same stored state in both tabs without writing back and forth', () => {
    const { a, b, settle } = twoTabs();
    a.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(10) });
    b.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(20) });
    b.store.setState({ currentPaperId: PAPER_B }); // each tab keeps its own current paper
    expect(settle()).toBeLessThan(4);
    expect(plainOf(a.store.getState().annotations)).toEqual(
      plainOf(b.store.getState().annotations),
    );
  });
});

describe('mergeOtherTabsWrites', () => {
  it('ignores events about other storage areas', () => {
    const storage = createAnnotationStorage(createMemoryStorage());
    const store = createTestStore();
    const onChange = vi.spyOn(store.getState(), 'remoteAnnotationsMerged');
    const target = new EventTarget();
    mergeOtherTabsWrites(storage, store, target, new AbortController().signal);
    target.dispatchEvent(
      new StorageEvent('storage', { key: 'marginalia:v2:a:x', storageArea: sessionStorage }),
    );
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('startApp', () => {
  it("stops hearing other tabs' writes once disposed", () => {
    const shared = createSharedStorage(2);
    const reader = openTab(shared.tabs[1]!, testEnv(1_700_000_000_000, 'b'));
    reader.dispose();
    const writer = openTab(shared.tabs[0]!, testEnv());
    const id = writer.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    writer.storage.flush();
    shared.deliver();
    expect(entryOf(reader.store.getState().annotations, id)).toBeUndefined();
  });

  it('writes pending changes when the page is hidden, and no longer listens once disposed', () => {
    const area = createMemoryStorage();
    const win = new EventTarget();
    const app = startApp({ area, window: win, document });
    const id = app.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    expect(area.getItem(`marginalia:v2:a:${id}`)).toBeNull();
    win.dispatchEvent(new Event('pagehide'));
    expect(area.getItem(`marginalia:v2:a:${id}`)).not.toBeNull();

    app.dispose();
    const flush = vi.spyOn(app.storage, 'flush');
    win.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
  });

  it('flushes pending writes when disposed', () => {
    const area = createMemoryStorage();
    const app = startApp({ area, window: null, document: null });
    const id = app.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    app.dispose();
    expect(area.getItem(`marginalia:v2:a:${id}`)).not.toBeNull();
  });

  it('persists to localStorage in small keys when given no storage area', () => {
    const app = startApp({ window: null, document: null });
    const id = app.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    app.storage.flush();
    expect(localStorage.getItem(`marginalia:v2:a:${id}`)).toContain(PAPER_A);
    app.dispose();
  });
});

describe('flushOnPageHide', () => {
  it('flushes when the document becomes hidden', () => {
    const storage = createAnnotationStorage(createMemoryStorage());
    const flush = vi.spyOn(storage, 'flush');
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    flushOnPageHide(storage, new EventTarget(), document, new AbortController().signal);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
    hidden.mockRestore();
  });
});
