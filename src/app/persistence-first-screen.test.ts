// A reload reads its first screen's stored annotations first and the rest after the paint
// (io/annotation-storage.ts, annotation-storage-hint.ts): every storage promise still holds.
import { PAPER_A, PAPER_B, makeTarget, testEnv } from '../annotations/__fixtures__/annotations';
import type { AnnotationId } from '../annotations/types';
import { createAnnotationStorage } from '../io/annotation-storage';
import { HINT_CHARS } from '../io/annotation-storage-hint-write';
import { createMemoryStorage, type StorageLike } from '../io/storage-like';
import { storageKeys } from '../io/storage-keys';
import { createSharedStorage } from '../io/__fixtures__/shared-storage';
import { PERSIST_NAME } from '../store/app-store';
import { startApp } from './start-app';
import { entryOf, keysOf, plainOf } from '../annotations/shared-record';

const keys = storageKeys(PERSIST_NAME);

/** Settles the pending promise callbacks and timers of zero delay. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let tabs = 0;

/** A tab started like the app, whose first screen is "painted" when the test says so. */
function openTab(
  area: StorageLike,
  win: EventTarget | null = null,
  env = testEnv(1_700_000_000_000, `tab${++tabs}`),
  delayMs?: number,
) {
  let paint = () => {};
  const painted = new Promise<void>((resolve) => (paint = resolve));
  const app = startApp({
    area,
    window: win,
    document: null,
    clock: env.now,
    ids: env.newId,
    storage: { afterFirstScreen: () => painted, ...(delayMs === undefined ? {} : { delayMs }) },
  });
  return { ...app, paint, env };
}

type Tab = ReturnType<typeof openTab>;

const ids = (tab: Tab) => keysOf(tab.store.getState().annotations).sort();
const storedAnnotationKeys = (area: StorageLike) => {
  const found: string[] = [];
  for (let i = 0; i < area.length; i++) {
    const key = area.key(i)!;
    if (keys.annotationIdOf(key) !== null) found.push(key);
  }
  return found.sort();
};

/**
 * Storage as a session left it: paper A open, `opening` highlights in its first screen's range,
 * `later` ones further down, one on paper B; the hint written as the tab went away.
 */
/** Storage that cannot list its keys (what reading the rest does) until `heal` is called. */
function keysFailing(area: StorageLike) {
  let failing = true;
  const flaky: StorageLike = {
    getItem: (key) => area.getItem(key),
    setItem: (key, value) => area.setItem(key, value),
    removeItem: (key) => area.removeItem(key),
    key: (index) => {
      if (failing) throw new Error('storage went away');
      return area.key(index);
    },
    get length() {
      return area.length;
    },
  };
  return { area: flaky, heal: () => (failing = false) };
}

async function storedSession(opening = 5, later = 20, area: StorageLike = createMemoryStorage()) {
  const tab = openTab(area);
  tab.store.setState({ currentPaperId: PAPER_A });
  tab.store.getState().colourLabelRenamed('green', 'method');
  const first: AnnotationId[] = [];
  const rest: AnnotationId[] = [];
  for (let i = 0; i < opening; i++)
    first.push(
      tab.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(100 * i) }),
    );
  for (let i = 0; i < later; i++)
    rest.push(
      tab.store
        .getState()
        .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS + 100 * i) }),
    );
  rest.push(tab.store.getState().annotationCreated({ paperId: PAPER_B, target: makeTarget(5) }));
  const all = plainOf(tab.store.getState().annotations);
  // The hint's writer loads once the first screen is shown; the page is then hidden.
  tab.paint();
  await vi.waitFor(() => {
    tab.storage.flush();
    expect(area.getItem(keys.hint)).not.toBeNull();
  });
  tab.dispose();
  return { area, first, rest, all };
}

describe('a reload with the first screen hint', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('writes the hint: the open paper, the ids stored in its opening by position, the entries', async () => {
    const { area, first } = await storedSession();
    expect(JSON.parse(area.getItem(keys.hint)!)).toEqual({
      paper: PAPER_A,
      ids: first,
      entries: [keys.metaEntry('colourLabels', 'green')],
    });
  });

  it('hydrates the first screen alone, then everything once the first screen is painted', async () => {
    const { area, first, all } = await storedSession();
    const tab = openTab(area);
    expect(ids(tab)).toEqual([...first].sort());
    expect(tab.store.getState().storedRestPending).toBe(true);
    expect(tab.storage.restPending()).toBe(true);

    tab.paint();
    await tick();
    expect(plainOf(tab.store.getState().annotations)).toEqual(all);
    expect(tab.store.getState().storedRestPending).toBe(false);
    tab.dispose();
  });

  it('reads the rest after REST_WAIT_MS when no first screen is ever painted', async () => {
    const { area, all } = await storedSession();
    vi.useFakeTimers();
    try {
      const tab = openTab(area);
      expect(tab.storage.restPending()).toBe(true);
      await vi.advanceTimersByTimeAsync(5000);
      expect(plainOf(tab.store.getState().annotations)).toEqual(all);
      tab.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['missing', null],
    ['unreadable', '{"paper":'],
    ['about another paper', JSON.stringify({ paper: PAPER_B, ids: [] })],
    ['of the wrong shape', JSON.stringify({ paper: PAPER_A, ids: 'all' })],
  ])('reads everything at once when the hint is %s', async (_, hint) => {
    const { area, all } = await storedSession();
    if (hint === null) area.removeItem(keys.hint);
    else area.setItem(keys.hint, hint);
    const tab = openTab(area);
    expect(tab.storage.restPending()).toBe(false);
    expect(tab.store.getState().storedRestPending).toBe(false);
    expect(plainOf(tab.store.getState().annotations)).toEqual(all);
    tab.dispose();
  });

  it('loses nothing to a stale hint: a listed record that is gone, an unlisted one on screen', async () => {
    // As if the tab was killed between writing a record and the hint (or another tab wrote).
    const { area, first, all } = await storedSession();
    const gone = first[0]!;
    area.removeItem(keys.annotation(gone));
    const hint = JSON.parse(area.getItem(keys.hint)!) as { ids: string[] };
    area.setItem(keys.hint, JSON.stringify({ ...hint, ids: hint.ids.slice(0, 2) }));

    const tab = openTab(area);
    expect(ids(tab)).toEqual([first[1]!]);
    tab.paint();
    await tick();
    const { [gone]: _, ...expected } = all;
    expect(plainOf(tab.store.getState().annotations)).toEqual(expected);
    tab.dispose();
  });

  it('reads an entry stored since the hint was written with the rest', async () => {
    const { area } = await storedSession();
    area.setItem(keys.metaEntry('colourLabels', 'blue'), JSON.stringify('doubt'));
    area.removeItem(keys.metaEntry('colourLabels', 'green'));
    const tab = openTab(area);
    expect(tab.store.getState().colourLabels.green).not.toBe('method');
    expect(tab.store.getState().colourLabels.blue).not.toBe('doubt');
    tab.paint();
    await tick();
    expect(tab.store.getState().colourLabels.blue).toBe('doubt');
    tab.dispose();
  });

  it('keeps an edit and a deletion made before the rest is read, and adds the rest under them', async () => {
    const { area, first, all } = await storedSession();
    const tab = openTab(area);
    tab.store.getState().annotationEdited(first[0]!, { note: 'edited early' });
    tab.store.getState().annotationDeleted(first[1]!);
    tab.paint();
    await tick();
    const state = tab.store.getState();
    expect(entryOf(state.annotations, first[0]!)?.note).toBe('edited early');
    expect(entryOf(state.annotations, first[1]!)).toBeUndefined();
    expect(state.annotationTombstones[first[1]!]).toBeDefined();
    expect(keysOf(state.annotations)).toHaveLength(Object.keys(all).length - 1);
    tab.dispose();

    const later = openTab(area);
    later.paint();
    await tick();
    expect(plainOf(later.store.getState().annotations)).toEqual(
      plainOf(tab.store.getState().annotations),
    );
    later.dispose();
  });

  it('reads the rest before writing a change made before it (nothing unread is written over)', async () => {
    const { area, first, rest } = await storedSession();
    const before = storedAnnotationKeys(area);
    const tab = openTab(area);
    const added = tab.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS * 3) });
    tab.storage.flush(); // as the page is hidden, before the first screen was painted
    expect(tab.storage.restPending()).toBe(false);
    expect(entryOf(tab.store.getState().annotations, rest[0]!)).toBeDefined();
    expect(storedAnnotationKeys(area)).toEqual([...before, keys.annotation(added)].sort());

    // Even without the hint, a later tab finds every record and the indexes listing them.
    area.removeItem(keys.hint);
    const later = openTab(area);
    expect(keysOf(later.store.getState().annotations)).toHaveLength(first.length + rest.length + 1);
    later.dispose();
    tab.dispose();
  });

  it('holds a timed write until the rest is read (it does not pull the reading forward)', async () => {
    const { area } = await storedSession();
    const tab = openTab(area, null, undefined, 5);
    const added = tab.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS * 3) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tab.storage.restPending()).toBe(true);
    expect(area.getItem(keys.annotation(added))).toBeNull();
    tab.paint();
    await vi.waitFor(() => expect(area.getItem(keys.annotation(added))).not.toBeNull());
    expect(tab.storage.restPending()).toBe(false);
    tab.dispose();
  });

  it("merges another tab's writes made while the rest is unread", async () => {
    const shared = createSharedStorage(2);
    const { first, rest } = await storedSession(5, 20, shared.tabs[0]!.area);
    const other = openTab(shared.tabs[1]!.area, shared.tabs[1]!.window);
    other.paint();
    await tick();
    shared.deliver();

    const reloaded = openTab(shared.tabs[0]!.area, shared.tabs[0]!.window);
    expect(reloaded.storage.restPending()).toBe(true);
    other.store.getState().annotationEdited(rest[0]!, { note: 'from the other tab' });
    other.store.getState().annotationEdited(first[0]!, { note: 'on screen, other tab' });
    const added = other.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS * 2) });
    other.storage.flush();
    shared.deliver();

    const state = reloaded.store.getState();
    expect(reloaded.storage.restPending()).toBe(false);
    expect(entryOf(state.annotations, rest[0]!)?.note).toBe('from the other tab');
    expect(entryOf(state.annotations, first[0]!)?.note).toBe('on screen, other tab');
    expect(entryOf(state.annotations, added)).toBeDefined();
    expect(keysOf(state.annotations)).toHaveLength(first.length + rest.length + 1);
    reloaded.dispose();
    other.dispose();
  });

  it('says so when storage is full during the gap, and loses nothing stored', async () => {
    const full = createMemoryStorage();
    const { all } = await storedSession(5, 20, full);
    const area = createMemoryStorage({ quotaChars: full.usedChars() + 50 });
    for (let i = 0; i < full.length; i++) area.setItem(full.key(i)!, full.getItem(full.key(i)!)!);

    const tab = openTab(area);
    const added = tab.store.getState().annotationCreated({
      paperId: PAPER_A,
      target: makeTarget(10, 'a much longer quote '.repeat(10)),
    });
    tab.storage.flush();
    expect(tab.store.getState().storageProblem?.kind).toBe('quota');
    expect(plainOf(tab.store.getState().annotations)).toEqual({
      ...all,
      [added]: entryOf(tab.store.getState().annotations, added),
    });
    tab.dispose();

    const later = openTab(area);
    later.paint();
    await tick();
    for (const id of Object.keys(all))
      expect(entryOf(later.store.getState().annotations, id as AnnotationId)).toEqual(
        all[id as AnnotationId],
      );
    later.dispose();
  });

  it('backs up a malformed record among the rest, says so, and loads the others', async () => {
    const { area, rest, all } = await storedSession();
    const bad = keys.annotation(rest[3]!);
    area.setItem(bad, '{"not": "a record"');
    const tab = openTab(area);
    tab.paint();
    await tick();
    const { [rest[3]!]: _, ...expected } = all;
    expect(plainOf(tab.store.getState().annotations)).toEqual(expected);
    const problem = tab.store.getState().storageProblem;
    expect(problem?.kind).toBe('corrupt');
    expect(problem?.message).toMatch(/One stored item could not be read/);
    const backupKey = problem?.kind === 'corrupt' ? problem.backupKeys[0]! : '';
    expect(area.getItem(backupKey)).toBe('{"not": "a record"');
    expect(area.getItem(bad)).toBeNull();
    tab.dispose();
  });

  it('writes nothing when no store takes in the rest (nothing unread is dropped)', async () => {
    const { area } = await storedSession();
    const storage = createAnnotationStorage(area, {
      afterFirstScreen: () => new Promise(() => {}),
    });
    storage.getItem(PERSIST_NAME);
    expect(storage.restPending()).toBe(true);
    storage.completeLoad();
    expect(storage.isReadOnly()).toBe(true);
    storage.dispose();
  });

  it('says part of the annotations was not loaded when the rest cannot be read, and Reload reads it again', async () => {
    const { area, all } = await storedSession();
    const flaky = keysFailing(area);
    const tab = openTab(flaky.area);
    tab.paint();
    await tick();
    const shown = () => tab.store.getState().storageProblem;
    expect(shown()?.kind).toBe('unavailable');
    expect(shown()?.message).toMatch(/Part of your annotations was not loaded/);
    expect(shown()).toMatchObject({ retry: 'rest' });
    expect(tab.storage.isReadOnly()).toBe(true);

    tab.store.getState().storedRestRetried();
    expect(shown()?.message).toMatch(/still could not be read/);
    expect(tab.storage.isReadOnly()).toBe(true);

    flaky.heal();
    tab.store.getState().storedRestRetried();
    expect(plainOf(tab.store.getState().annotations)).toEqual(all);
    expect(shown()?.message).toMatch(/All your annotations are loaded now/);
    expect(tab.storage.isReadOnly()).toBe(false);
    // Saving works again: a new highlight is written beside every stored one.
    const id = tab.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS * 3) });
    tab.storage.flush();
    expect(area.getItem(keys.annotation(id))).not.toBeNull();
    expect(storedAnnotationKeys(area)).toHaveLength(Object.keys(all).length + 1);
    tab.dispose();
  });

  it('keeps the warning about an unreadable record when Reload reads the rest (no "all loaded")', async () => {
    const { area, rest, all } = await storedSession();
    area.setItem(keys.annotation(rest[3]!), '{"not": "a record"');
    const flaky = keysFailing(area);
    const tab = openTab(flaky.area);
    tab.paint();
    await tick();
    expect(tab.store.getState().storageProblem).toMatchObject({ retry: 'rest' });

    flaky.heal();
    tab.store.getState().storedRestRetried();
    const { [rest[3]!]: _, ...expected } = all;
    expect(plainOf(tab.store.getState().annotations)).toEqual(expected);
    const problem = tab.store.getState().storageProblem;
    expect(problem?.kind).toBe('corrupt');
    expect(problem?.message).toMatch(/One stored item could not be read/);
    expect(problem?.kind === 'corrupt' ? problem.backupKeys : []).toHaveLength(1);
    tab.dispose();
  });

  it("reads the rest at the reader's first input, before the page handles it", async () => {
    const { area, all } = await storedSession();
    const win = new EventTarget();
    const tab = openTab(area, win);
    let seen = -1;
    win.addEventListener('keydown', () => {
      seen = keysOf(tab.store.getState().annotations).length;
    });
    win.dispatchEvent(new Event('keydown'));
    expect(seen).toBe(Object.keys(all).length);
    tab.dispose();
  });

  it('keeps the hint up to date, and a hint that cannot be written costs nothing else', async () => {
    const { area, first } = await storedSession();
    const tab = openTab(area);
    tab.paint();
    const early = tab.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(50) });
    await vi.waitFor(() => {
      tab.storage.flush();
      const hint = JSON.parse(area.getItem(keys.hint)!) as { ids: string[] };
      expect(hint.ids).toEqual([first[0], early, ...first.slice(1)]);
    });

    const failing: StorageLike = Object.assign(Object.create(area) as StorageLike, {
      setItem(key: string, value: string) {
        if (key === keys.hint) throw new Error('quota');
        area.setItem(key, value);
      },
    });
    const other = openTab(failing);
    other.paint();
    const warned = vi.mocked(console.warn);
    other.store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(60) });
    await vi.waitFor(() => {
      other.storage.flush();
      expect(warned).toHaveBeenCalledWith(
        'Could not keep the first screen hint',
        expect.anything(),
      );
    });
    expect(other.store.getState().storageProblem).toBeNull();
    other.dispose();
    tab.dispose();
  });
});

describe('a reload read in two parts, then written', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('has no pending write left after a flush that read the rest (beforeunload would prompt)', async () => {
    const { area } = await storedSession();
    const tab = openTab(area);
    tab.store
      .getState()
      .annotationCreated({ paperId: PAPER_A, target: makeTarget(HINT_CHARS * 3) });
    tab.storage.flush(); // beforeunload: storage.flush(); if (!storage.hasPendingWrites()) return;
    expect(tab.storage.restPending()).toBe(false);
    expect(tab.storage.hasPendingWrites()).toBe(false);
    tab.dispose();
  });

  it('lists in the hint an entry made after the last annotation change (a new layer, a label)', async () => {
    const { area } = await storedSession();
    const tab = openTab(area);
    tab.paint();
    await tick();
    const setId = tab.store.getState().setCreated({ name: 'Doubts' });
    tab.store.getState().colourLabelRenamed('blue', 'doubt');
    await vi.waitFor(() => expect(tab.storage.hasPendingWrites()).toBe(false));
    tab.storage.flush();
    tab.dispose();
    const hint = JSON.parse(area.getItem(keys.hint)!) as { entries: string[] };
    expect(hint.entries).toContain(keys.metaEntry('annotationSets', setId));
    expect(hint.entries).toContain(keys.metaEntry('colourLabels', 'blue'));
  });
});
