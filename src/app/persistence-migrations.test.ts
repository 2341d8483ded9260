// Stored data of other versions, read through the real storage under a real store: migrated,
// refused when a newer version wrote it (nothing overwritten), or backed up when it fails.
import v1Stored from '../annotations/__fixtures__/v1-localstorage.json';
import { makeTarget, PAPER_A, testEnv } from '../annotations/__fixtures__/annotations';
import { PERSIST_VERSION } from '../annotations/persisted-migrations';
import { createAnnotationStorage, type AnnotationStorage } from '../io/annotation-storage';
import { createMemoryStorage } from '../io/storage-like';
import { recordWrites, snapshot } from '../io/__fixtures__/shared-storage';
import { createAppStore } from '../store/app-store';
import { keysOf, plainOf } from '../annotations/shared-record';

const PAPER = 'sha256:5b3e0c1f9a7d2e4b6c8a0f1e3d5c7b9a2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c';
const NOW = 1_730_001_000_000;

/** The fixture as the v1 app left it in localStorage. */
function storageWithV1(raw = JSON.stringify(v1Stored)) {
  const area = createMemoryStorage();
  area.setItem('marginalia', raw);
  return area;
}

function open(storage: AnnotationStorage) {
  const env = testEnv();
  return createAppStore({ storage, clock: env.now, ids: env.newId });
}

/** A storage area holding what a later version wrote: its meta key at version `version`. */
function storageAtVersion(version: number, state: unknown = { currentPaperId: PAPER }) {
  const area = createMemoryStorage();
  area.setItem('marginalia:v2:meta', JSON.stringify({ version, state }));
  area.setItem('marginalia:v2:m:colourLabels:blue', JSON.stringify('a label from the future'));
  return area;
}

describe('a store opened over v1 data', () => {
  it('loads the v1 fixture, writes it in the v2 layout and retires the v1 key', () => {
    const area = storageWithV1();
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = open(storage);
    expect(keysOf(store.getState().annotations)).toHaveLength(3);
    expect(store.getState().currentPaperId).toBe(PAPER);
    expect(store.getState().storageProblem).toBeNull();

    storage.flush();
    expect(area.getItem('marginalia')).toBeNull();
    expect(JSON.parse(area.getItem('marginalia:v2:meta')!)).toEqual({
      version: 2,
      state: { currentPaperId: PAPER },
    });
    expect(JSON.parse(area.getItem(`marginalia:v2:idx:${PAPER}:c`)!)).toEqual([
      'c9e8d7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f',
    ]);

    const reopened = open(createAnnotationStorage(area, { now: () => NOW }));
    expect(plainOf(reopened.getState().annotations)).toEqual(plainOf(store.getState().annotations));
    expect(reopened.getState().papers).toEqual(v1Stored.state.papers);
  });

  it('keeps the v1 value in a backup and says so when some annotations could not be migrated', () => {
    const damaged = structuredClone(v1Stored) as {
      state: { annotations: Record<string, unknown> };
    };
    damaged.state.annotations.broken = { id: 'broken', paperId: PAPER };
    const raw = JSON.stringify(damaged);
    const area = storageWithV1(raw);
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = open(storage);
    storage.flush();

    expect(keysOf(store.getState().annotations)).toHaveLength(3);
    expect(store.getState().storageProblem).toMatchObject({
      kind: 'corrupt',
      message: expect.stringMatching(/One annotation saved by an earlier version/),
      backupKeys: [`marginalia:backup:marginalia:${NOW}`],
    });
    expect(area.getItem(`marginalia:backup:marginalia:${NOW}`)).toBe(raw);
    expect(area.getItem('marginalia')).toBeNull();
  });

  it('backs up an unreadable v1 value and starts empty', () => {
    const area = storageWithV1('{"state": {"papers": ');
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = open(storage);
    expect(plainOf(store.getState().annotations)).toEqual({});
    expect(store.getState().storageProblem).toMatchObject({ kind: 'corrupt' });
    expect(area.getItem(`marginalia:backup:marginalia:${NOW}`)).toBe('{"state": {"papers": ');
  });
});

describe('a store opened over data a newer version wrote', () => {
  it('opens read-only, says why, and never writes over the stored data', () => {
    const area = storageAtVersion(PERSIST_VERSION + 1);
    const before = snapshot(area);
    const recorded = recordWrites(area);
    const storage = createAnnotationStorage(recorded, { now: () => NOW });
    const store = open(storage);
    expect(store.getState().storageProblem).toMatchObject({
      kind: 'too-new',
      message: expect.stringMatching(/saved by a newer version/),
    });
    expect(store.getState().currentPaperId).toBeNull();

    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    store.getState().colourLabelRenamed('blue', 'mine');
    storage.flush();
    store.persist.clearStorage();
    storage.dispose();
    expect(recorded.writes).toEqual([]);
    expect(recorded.removed).toEqual([]);
    expect(snapshot(area)).toEqual(before);
    expect(storage.isReadOnly()).toBe(true);
  });
});

describe('a store opened over data that cannot be migrated', () => {
  it('keeps all of it under one backup key, says so, and starts empty', () => {
    const area = storageAtVersion(1.5);
    const before = snapshot(area);
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = open(storage);
    const backupKey = `marginalia:backup:marginalia:v2::${NOW}`;
    expect(store.getState().storageProblem).toEqual({
      kind: 'corrupt',
      message: expect.stringMatching(/could not be brought up to date/),
      backupKeys: [backupKey],
    });
    expect(JSON.parse(area.getItem(backupKey)!)).toEqual(before);
    expect(store.getState().colourLabels.blue).toBe('question');

    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    storage.flush();
    expect(JSON.parse(area.getItem(backupKey)!)).toEqual(before);
  });

  it('names in its message the backups of values found unreadable before the migration failed', () => {
    const area = storageAtVersion(1.5);
    area.setItem('marginalia:v2:m:colourLabels:red', '{not json');
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = open(storage);
    const problem = store.getState().storageProblem;
    expect(problem?.kind).toBe('corrupt');
    const keys = problem?.kind === 'corrupt' ? problem.backupKeys : [];
    expect(keys).toHaveLength(2);
    expect(keys.map((k) => area.getItem(k))).toContain('{not json');
  });

  it('neither writes nor removes anything when even the backup cannot be kept', () => {
    const area = storageAtVersion(0);
    const before = snapshot(area);
    const full = recordWrites(area);
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = createAnnotationStorage(full, { now: () => NOW });
    const store = open(storage);
    expect(store.getState().storageProblem?.kind).toBe('unavailable');
    store.getState().annotationCreated({ paperId: PAPER_A, target: makeTarget(0) });
    storage.flush();
    expect(snapshot(area)).toEqual(before);
    expect(full.removed).toEqual([]);
  });
});
