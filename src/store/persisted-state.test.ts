import v1Stored from './__fixtures__/v1-localstorage.json';
import { createAnnotationStorage } from '../io/annotation-storage';
import { createMemoryStorage } from '../io/storage-like';
import { testEnv } from '../annotations/__fixtures__/annotations';
import { createAppStore } from './app-store';
import {
  MIGRATIONS,
  PERSIST_VERSION,
  mergeStoredState,
  migratePersistedState,
  migrateV1ToV2,
} from './persisted-state';

// How to add a migration: append a step { version: n, name, up } to MIGRATIONS, keep a stored
// fixture of version n - 1 in __fixtures__/, and test the step on it here and through a real store.

const PAPER = 'sha256:5b3e0c1f9a7d2e4b6c8a0f1e3d5c7b9a2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c';
const NOW = 1_730_001_000_000;

/** The fixture as the v1 app left it in localStorage. */
function storageWithV1(raw = JSON.stringify(v1Stored)) {
  const area = createMemoryStorage();
  area.setItem('marginalia', raw);
  return area;
}

describe('MIGRATIONS', () => {
  it('are numbered in order from 2 and the store is at the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 2));
    expect(PERSIST_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    expect(MIGRATIONS.every((m) => m.name.length > 0)).toBe(true);
  });
});

describe('migrateV1ToV2', () => {
  it('brings the stored v1 fixture to the v2 shape', () => {
    const v2 = migrateV1ToV2(v1Stored.state);
    expect(v2.papers).toEqual(v1Stored.state.papers);
    expect(v2.currentPaperId).toBe(PAPER);
    expect(v2.annotationSets).toEqual({
      default: { id: 'default', name: 'My annotations', created: 0 },
    });
    expect(v2.colourLabels).toMatchObject({ yellow: 'claim', red: 'important' });
    expect(v2.annotationTombstones).toEqual({});
    const annotations = v2.annotations as Record<string, Record<string, unknown>>;
    expect(Object.keys(annotations)).toHaveLength(3);
    expect(annotations['5a1d7e2c-8b3f-4e6a-9d0c-1f2e3a4b5c6d']).toMatchObject({
      colour: 'red',
      setId: 'default',
      refLabels: [],
      tags: ['policy', 'unsupported'],
      modified: 1730000250000,
    });
    expect(annotations['c9e8d7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f']).toMatchObject({
      colour: 'blue',
      refLabels: ['7', '8'],
      modified: 1730000300000,
      target: { position: { type: 'TextPositionSelector', start: 1020, end: 1038 } },
    });
  });

  it('migrates the papers-only state that the first release stored', () => {
    const v2 = migrateV1ToV2({ papers: {}, currentPaperId: null });
    expect(v2.annotations).toEqual({});
  });

  it('leaves out annotations too damaged to migrate', () => {
    const v2 = migrateV1ToV2({ annotations: { x: { id: 'x' } } });
    expect(v2.annotations).toEqual({});
  });
});

describe('migratePersistedState', () => {
  it('runs the steps after the stored version only', () => {
    expect(migratePersistedState(v1Stored.state, 1)).toEqual(migrateV1ToV2(v1Stored.state));
    const current = { papers: {}, annotations: {} };
    expect(migratePersistedState(current, PERSIST_VERSION)).toBe(current);
  });
});

describe('mergeStoredState', () => {
  it('keeps initial entries of records that storage does not mention', () => {
    const merged = mergeStoredState(
      { colourLabels: { blue: 'doubt' } },
      { colourLabels: { yellow: 'claim', blue: 'question' }, note: 1 },
    );
    expect(merged).toEqual({ colourLabels: { yellow: 'claim', blue: 'doubt' }, note: 1 });
  });
});

describe('a store opened over v1 data', () => {
  it('loads the v1 fixture, writes it in the v2 layout and retires the v1 key', () => {
    const area = storageWithV1();
    const storage = createAnnotationStorage(area, { now: () => NOW });
    const store = createAppStore({ storage, env: testEnv(), storageEvents: null });
    expect(Object.keys(store.getState().annotations)).toHaveLength(3);
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

    const reopened = createAppStore({ storage: area, env: testEnv(), storageEvents: null });
    expect(reopened.getState().annotations).toEqual(store.getState().annotations);
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
    const store = createAppStore({ storage, env: testEnv(), storageEvents: null });
    storage.flush();

    expect(Object.keys(store.getState().annotations)).toHaveLength(3);
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
    const store = createAppStore({ storage, env: testEnv(), storageEvents: null });
    expect(store.getState().annotations).toEqual({});
    expect(store.getState().storageProblem).toMatchObject({ kind: 'corrupt' });
    expect(area.getItem(`marginalia:backup:marginalia:${NOW}`)).toBe('{"state": {"papers": ');
  });
});
