import { TOMBSTONE_TTL_MS } from '../annotations/tombstones';
// The annotation storage (io/) under a real store: what is written, when, and what comes back.
import { createAppStore } from '../store/app-store';
import { PAPER_A, PAPER_B, makeTarget, testEnv } from '../annotations/__fixtures__/annotations';
import {
  createAnnotationStorage,
  MAX_WRITE_DELAY_MS,
  RETRY_DELAY_MS,
  WRITE_DELAY_MS,
  type AnnotationStorage,
} from '../io/annotation-storage';
import { createMemoryStorage, quotaExceededError, type StorageLike } from '../io/storage-like';
import { recordWrites } from '../io/__fixtures__/shared-storage';
import { entryOf, keysOf, plainOf } from '../annotations/shared-record';

/** Loads happen shortly after the test clock's (testEnv) changes. */
const NOW = 1_700_000_100_000;

function openStore(area: StorageLike, now = NOW, env = testEnv()) {
  const storage = createAnnotationStorage(area, { now: () => now });
  const store = createAppStore({ storage, clock: env.now, ids: env.newId });
  return { store, storage };
}

function highlight(store: ReturnType<typeof openStore>['store'], start: number, paperId = PAPER_A) {
  return store.getState().annotationCreated({ paperId, target: makeTarget(start) });
}

/** The persisted part of a store's state. */
const persisted = (store: ReturnType<typeof openStore>['store']) => {
  const { annotations, annotationTombstones, annotationSets, colourLabels } = store.getState();
  return { annotations, annotationTombstones, annotationSets, colourLabels };
};

/** A storage that can be made to fail every write. */
function failingStorage() {
  const inner = createMemoryStorage();
  const control = { error: null as (() => unknown) | null };
  const area: StorageLike = {
    ...inner,
    getItem: (key) => inner.getItem(key),
    key: (index) => inner.key(index),
    get length() {
      return inner.length;
    },
    setItem(key, value) {
      if (control.error) throw control.error();
      inner.setItem(key, value);
    },
  };
  return { area, control };
}

describe('createAnnotationStorage', () => {
  // Failures are logged with context (and asserted where it matters); keep test output quiet.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('restores annotations, sets and colour labels in a later session', () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    const first = highlight(store, 10);
    highlight(store, 500, PAPER_B);
    store.getState().annotationEdited(first, { note: 'Sample of 12?', tags: ['method'] });
    store.getState().referenceLinked(first, '8');
    const third = highlight(store, 90);
    store.getState().annotationDeleted(third);
    store.getState().colourLabelRenamed('blue', 'doubt');
    storage.flush();

    const later = openStore(area).store;
    expect(persisted(later)).toEqual(persisted(store));
    expect(later.getState().colourLabels.blue).toBe('doubt');
    expect(later.getState().annotationTombstones[third]).toBeDefined();
  });

  it('writes only the edited annotation when one note changes among many', () => {
    const area = recordWrites(createMemoryStorage());
    const { store, storage } = openStore(area);
    const ids = Array.from({ length: 300 }, (_, i) =>
      highlight(store, i * 40, i % 2 ? PAPER_A : PAPER_B),
    );
    storage.flush();
    area.reset();

    store.getState().annotationEdited(ids[150]!, { note: 'This contradicts section 2.' });
    storage.flush();

    expect(area.writes.map((w) => w.key)).toEqual([`marginalia:v2:a:${ids[150]}`]);
    expect(area.writes[0]!.chars).toBeLessThan(500);
    expect(area.removed).toEqual([]);
  });

  it('writes the new annotation and its paper index, nothing else, when one is created', () => {
    const area = recordWrites(createMemoryStorage());
    const { store, storage } = openStore(area);
    highlight(store, 0);
    highlight(store, 100, PAPER_B);
    storage.flush();
    area.reset();

    const id = highlight(store, 200);
    storage.flush();

    expect(area.writes.map((w) => w.key)).toEqual([
      `marginalia:v2:a:${id}`,
      `marginalia:v2:idx:${PAPER_A}:i`,
    ]);
    expect(JSON.parse(area.getItem(`marginalia:v2:idx:${PAPER_A}:i`)!)).toEqual(['id-1', id]);
  });

  it('keeps a paper index of hundreds sorted through adds and deletes', () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    // testEnv's ids (`id-1`, `id-2`, … `id-10`) are not made in the order they sort in.
    const ids = Array.from({ length: 400 }, (_, i) => highlight(store, i * 40));
    storage.flush();
    const live = new Set(ids);
    for (let i = 0; i < 30; i++) {
      const added = highlight(store, 20_000 + i * 40);
      live.add(added);
      const gone = ids[(i * 37) % ids.length]!;
      if (live.delete(gone)) store.getState().annotationDeleted(gone);
      storage.flush();
      expect(JSON.parse(area.getItem(`marginalia:v2:idx:${PAPER_A}:i`)!)).toEqual([...live].sort());
    }
  });

  it('writes the tombstone of one deletion without encoding the hundreds already stored', () => {
    const area = recordWrites(createMemoryStorage());
    const { store, storage } = openStore(area);
    const ids = Array.from({ length: 300 }, (_, i) => highlight(store, i * 40));
    for (const id of ids.slice(0, 200)) store.getState().annotationDeleted(id);
    storage.flush();
    area.reset();
    const stringify = vi.spyOn(JSON, 'stringify');

    store.getState().annotationDeleted(ids[250]!);
    storage.flush();

    // The record becomes a tombstone and leaves the index chunk: two values made, not 201.
    expect(stringify).toHaveBeenCalledTimes(2);
    expect(area.writes.map((w) => w.key)).toEqual([
      `marginalia:v2:a:${ids[250]}`,
      `marginalia:v2:idx:${PAPER_A}:i`,
    ]);
    stringify.mockRestore();
    // Undone, the highlight is back in storage and no longer a tombstone.
    store.getState().undo();
    storage.flush();
    const later = openStore(area).store.getState();
    expect(entryOf(later.annotations, ids[250]!)).toBeDefined();
    expect(later.annotationTombstones[ids[250]!]).toBeUndefined();
    expect(Object.keys(later.annotationTombstones)).toHaveLength(200);
  });

  it('keeps the paper index whole after a reload, finding what changed from the records', () => {
    const area = createMemoryStorage();
    const env = testEnv();
    const first = openStore(area, NOW, env);
    const stored = [highlight(first.store, 0), highlight(first.store, 100)];
    first.storage.flush();

    const { store, storage } = openStore(area, NOW, env);
    const added = highlight(store, 200);
    store.getState().annotationDeleted(stored[0]!);
    storage.flush();

    const index = `marginalia:v2:idx:${PAPER_A}:i`;
    expect(JSON.parse(area.getItem(index)!)).toEqual([stored[1], added].sort());
    expect(JSON.parse(area.getItem(`marginalia:v2:a:${stored[0]}`)!)).toHaveProperty('x');
    expect(plainOf(openStore(area, NOW, env).store.getState().annotations)).toEqual(
      plainOf(store.getState().annotations),
    );
  });

  it('replaces a deleted annotation by its tombstone and drops it from the paper index', () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    const keep = highlight(store, 0);
    const gone = highlight(store, 100);
    storage.flush();
    store.getState().annotationDeleted(gone);
    storage.flush();
    expect(JSON.parse(area.getItem(`marginalia:v2:a:${gone}`)!)).toHaveProperty('x');
    expect(JSON.parse(area.getItem(`marginalia:v2:idx:${PAPER_A}:i`)!)).toEqual([keep]);
  });

  it('forgets tombstones older than a month at load and removes their keys at the next write', () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    const gone = highlight(store, 0);
    store.getState().annotationDeleted(gone);
    storage.flush();

    const monthLater = openStore(
      area,
      NOW + TOMBSTONE_TTL_MS,
      testEnv(NOW + TOMBSTONE_TTL_MS, 'later'),
    );
    expect(monthLater.store.getState().annotationTombstones).toEqual({});
    highlight(monthLater.store, 50);
    monthLater.storage.flush();
    expect(area.getItem(`marginalia:v2:a:${gone}`)).toBeNull();
  });

  it('after a reload, writes only the edited annotation, even before the page was idle', () => {
    const area = recordWrites(createMemoryStorage());
    const { store, storage } = openStore(area);
    const ids = Array.from({ length: 40 }, (_, i) => highlight(store, i * 40));
    store.getState().annotationDeleted(ids[0]!);
    storage.flush();
    area.reset();

    // The loaded records are noted for writing at the first write (or when the page is idle).
    const later = openStore(area);
    later.store.getState().annotationEdited(ids[20]!, { note: 'Sample of 12?' });
    later.storage.flush();

    expect(area.writes.map((w) => w.key)).toEqual([`marginalia:v2:a:${ids[20]}`]);
    expect(area.removed).toEqual([]);
    expect(JSON.parse(area.getItem(`marginalia:v2:a:${ids[0]}`)!)).toHaveProperty('x');
  });

  it("merges another tab's edit that comes before the first screen against the value loaded", () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    const id = highlight(store, 10);
    storage.flush();
    const loaded = entryOf(store.getState().annotations, id)!;

    // This tab's first screen never comes: its bookkeeping of the load is done when needed.
    const never = new Promise<never>(() => {});
    const waiting = createAnnotationStorage(area, {
      now: () => NOW,
      afterFirstScreen: () => never,
    });
    createAppStore({ storage: waiting, clock: testEnv().now, ids: testEnv().newId });
    const other = openStore(area);
    other.store.getState().annotationEdited(id, { note: 'Seen in the other tab.' });
    other.storage.flush();

    const change = waiting.readRemoteChange(`marginalia:v2:a:${id}`);
    expect(change?.annotations?.[id]?.note).toBe('Seen in the other tab.');
    expect(change?.bases?.[id]).toEqual(loaded);
  });

  it('writes nothing when nothing persisted changed', () => {
    const area = recordWrites(createMemoryStorage());
    const { store, storage } = openStore(area);
    highlight(store, 0);
    storage.flush();
    area.reset();
    store.getState().annotationFilterChanged({ text: 'sample' });
    storage.flush();
    expect(area.writes).toEqual([]);
  });

  describe('coalescing', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('writes a burst of typing once, after the reader pauses', () => {
      const area = recordWrites(createMemoryStorage());
      const { store } = openStore(area);
      const id = highlight(store, 0);
      vi.advanceTimersByTime(WRITE_DELAY_MS);
      area.reset();

      for (const note of ['T', 'Th', 'Thi', 'This']) {
        store.getState().annotationEdited(id, { note });
        vi.advanceTimersByTime(100);
      }
      expect(area.writes).toEqual([]);
      vi.advanceTimersByTime(WRITE_DELAY_MS);
      expect(area.writes).toHaveLength(1);
      expect(area.getItem(`marginalia:v2:a:${id}`)).toContain('"n":"This"');
    });

    it('keeps storage at most a second behind while typing goes on (what a crash could lose)', () => {
      expect(MAX_WRITE_DELAY_MS).toBeLessThanOrEqual(1000);
      const area = recordWrites(createMemoryStorage());
      const { store } = openStore(area);
      const id = highlight(store, 0);
      vi.advanceTimersByTime(WRITE_DELAY_MS);
      area.reset();
      const keystrokeMs = 100;
      let worstLag = 0;
      for (let i = 1; i <= 30; i++) {
        store.getState().annotationEdited(id, { note: 'x'.repeat(i) });
        vi.advanceTimersByTime(keystrokeMs);
        const saved = /"n":"(x*)"/.exec(area.getItem(`marginalia:v2:a:${id}`) ?? '')?.[1] ?? '';
        worstLag = Math.max(worstLag, (i - saved.length) * keystrokeMs);
      }
      expect(worstLag).toBeLessThanOrEqual(MAX_WRITE_DELAY_MS);
      // ...and still writes a burst in a few keys, not one per keystroke.
      expect(area.writes.length).toBeLessThanOrEqual(Math.ceil(3000 / MAX_WRITE_DELAY_MS));
    });
  });

  describe('when storage is full', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('shows the problem, keeps everything in memory and saves once there is room again', () => {
      const { area, control } = failingStorage();
      const { store, storage } = openStore(area);
      highlight(store, 0);
      storage.flush();

      control.error = quotaExceededError;
      const id = highlight(store, 100);
      store.getState().annotationEdited(id, { note: 'kept in memory' });
      storage.flush();
      expect(store.getState().storageProblem).toMatchObject({ kind: 'quota' });
      expect(store.getState().storageProblem?.message).toMatch(/export/i);
      expect(entryOf(store.getState().annotations, id)?.note).toBe('kept in memory');
      expect(storage.hasPendingWrites()).toBe(true);

      control.error = null;
      vi.advanceTimersByTime(RETRY_DELAY_MS);
      expect(store.getState().storageProblem).toBeNull();
      expect(storage.hasPendingWrites()).toBe(false);
      expect(entryOf(openStore(area).store.getState().annotations, id)?.note).toBe(
        'kept in memory',
      );
    });

    it('shows the banner again after a dismiss when the next change cannot be saved either', () => {
      const { area, control } = failingStorage();
      const { store, storage } = openStore(area);
      control.error = quotaExceededError;
      const id = highlight(store, 0);
      storage.flush();
      store.getState().storageProblemDismissed();
      vi.advanceTimersByTime(RETRY_DELAY_MS); // a timed retry alone does not nag
      expect(store.getState().storageProblem).toBeNull();
      store.getState().annotationEdited(id, { note: 'written after the dismiss' });
      storage.flush();
      expect(store.getState().storageProblem).toMatchObject({ kind: 'quota' });
    });

    it('reports any other write error as a write problem', () => {
      const { area, control } = failingStorage();
      const { store, storage } = openStore(area);
      control.error = () => new Error('SecurityError');
      highlight(store, 0);
      storage.flush();
      expect(store.getState().storageProblem).toMatchObject({ kind: 'write' });
      expect(console.warn).toHaveBeenCalledWith(
        expect.stringMatching(/Could not save/),
        expect.any(Error),
      );
    });

    it('tells every listener of the storage, not only the store', () => {
      const { area, control } = failingStorage();
      const onStorageProblem = vi.fn();
      const { store, storage } = openStore(area);
      storage.onProblem(onStorageProblem);
      control.error = quotaExceededError;
      highlight(store, 0);
      storage.flush();
      expect(onStorageProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: 'quota' }));
    });
  });

  describe('when stored data is unreadable', () => {
    function storedThree() {
      const area = createMemoryStorage();
      const { store, storage } = openStore(area);
      const ids = [highlight(store, 0), highlight(store, 100), highlight(store, 200)];
      store.getState().colourLabelRenamed('red', 'crucial');
      storage.flush();
      return { area, ids };
    }

    it('keeps the raw value under a backup key, loads the rest and says so', () => {
      const { area, ids } = storedThree();
      const key = `marginalia:v2:a:${ids[1]}`;
      area.setItem(key, '{"p":"sha256:aa","o":[1,');

      const { store, storage } = openStore(area);

      expect(keysOf(store.getState().annotations).sort()).toEqual([ids[0], ids[2]]);
      const backupKey = `marginalia:backup:${key}:${NOW}`;
      expect(store.getState().storageProblem).toEqual({
        kind: 'corrupt',
        message: expect.stringMatching(/could not be read/),
        backupKeys: [backupKey],
      });
      expect(area.getItem(backupKey)).toBe('{"p":"sha256:aa","o":[1,');
      expect(area.getItem(key)).toBeNull();

      store.getState().annotationEdited(ids[0]!, { note: 'still saving' });
      storage.flush();
      expect(area.getItem(backupKey)).toBe('{"p":"sha256:aa","o":[1,');
    });

    it('still loads the annotations and colour labels when the meta key is unreadable', () => {
      const { area, ids } = storedThree();
      area.setItem('marginalia:v2:meta', 'garbage');
      const { store } = openStore(area);
      expect(keysOf(store.getState().annotations)).toHaveLength(3);
      expect(store.getState().colourLabels.red).toBe('crucial');
      expect(area.getItem(`marginalia:backup:marginalia:v2:meta:${NOW}`)).toBe('garbage');
      expect(entryOf(store.getState().annotations, ids[0]!)).toBeDefined();
    });

    it('rebuilds a damaged paper index at the next write', () => {
      const { area, ids } = storedThree();
      area.setItem(`marginalia:v2:idx:${PAPER_A}:i`, '[1,2');
      const { store, storage } = openStore(area);
      expect(keysOf(store.getState().annotations)).toHaveLength(3);
      store.getState().colourLabelRenamed('green', 'support');
      storage.flush();
      expect(JSON.parse(area.getItem(`marginalia:v2:idx:${PAPER_A}:i`)!)).toEqual([...ids].sort());
    });

    it.each([
      ['at the next write', false],
      ['after another tab wrote first', true],
    ])('rewrites a paper index that lists the wrong ids %s', (_, remoteFirst) => {
      const { area, ids } = storedThree();
      const chunk = `marginalia:v2:idx:${PAPER_A}:i`;
      const stale = 'marginalia:v2:idx:sha256:gone:i';
      area.setItem(chunk, JSON.stringify([ids[0], 'i-not-stored']));
      area.setItem(stale, JSON.stringify(['i-not-stored']));
      const { store, storage } = openStore(area);
      if (remoteFirst) storage.readRemoteChange(`marginalia:v2:m:colourLabels:red`);
      store.getState().colourLabelRenamed('green', 'support');
      storage.flush();
      expect(JSON.parse(area.getItem(chunk)!)).toEqual([...ids].sort());
      expect(area.getItem(stale)).toBeNull();
    });

    it('leaves an unreadable value where it is, untouched, when it cannot be backed up', () => {
      const { area, ids } = storedThree();
      const key = `marginalia:v2:a:${ids[2]}`;
      area.setItem(key, 'not json');
      const full: StorageLike = {
        ...area,
        getItem: (k) => area.getItem(k),
        key: (i) => area.key(i),
        get length() {
          return area.length;
        },
        setItem(k, v) {
          if (k.startsWith('marginalia:backup:')) throw quotaExceededError();
          area.setItem(k, v);
        },
        removeItem: (k) => area.removeItem(k),
      };
      const { store, storage } = openStore(full);
      expect(store.getState().storageProblem).toMatchObject({ kind: 'corrupt', backupKeys: [] });
      store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(900) });
      storage.flush();
      expect(area.getItem(key)).toBe('not json');
    });
  });
});

describe('AnnotationStorage.removeItem', () => {
  it('clears every key of the layout and the v1 key, but not backups', () => {
    const area = createMemoryStorage();
    const { store, storage } = openStore(area);
    highlight(store, 0);
    storage.flush();
    area.setItem('marginalia:backup:x:1', 'kept');
    area.setItem('other-app', 'kept');
    (storage as AnnotationStorage).removeItem('marginalia');
    const left = Array.from({ length: area.length }, (_, i) => area.key(i));
    expect(left.sort()).toEqual(['marginalia:backup:x:1', 'other-app']);
  });
});
