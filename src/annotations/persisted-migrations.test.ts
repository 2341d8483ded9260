import v1Stored from './__fixtures__/v1-localstorage.json';
import {
  MIGRATIONS,
  PERSIST_VERSION,
  migratePersistedState,
  migrateV1ToV2,
  validateMigrations,
  type MigrationStep,
} from './persisted-migrations';
import { plainOf, recordOf } from './shared-record';

// How to add a migration: append a step { version: n, name, up } to MIGRATIONS, keep a stored
// fixture of version n - 1 in __fixtures__/, and test the step on it here and through a real
// storage (app/persistence-migrations.test.ts).

const PAPER = 'sha256:5b3e0c1f9a7d2e4b6c8a0f1e3d5c7b9a2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c';

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

  it('keeps records already in the v2 shape under a version-1 meta (a hand edit) for validation', () => {
    const stored = {
      id: 'a1',
      paperId: PAPER,
      setId: 'default',
      colour: 'yellow',
      note: '',
      tags: [],
      refLabels: [],
      created: 1,
      modified: 1,
      target: { quote: { type: 'TextQuoteSelector', exact: 'claim', prefix: '', suffix: '' } },
    };
    const result = migratePersistedState(
      { annotations: { a1: stored }, colourLabels: { green: 'support' } },
      1,
    );
    expect(result.type === 'ok' && plainOf(result.state.annotations)).toEqual({ a1: stored });
    expect(result.type === 'ok' && result.state.colourLabels.green).toBe('support');
  });
});

describe('validateMigrations', () => {
  const step = (version: number, name = `step ${version}`): MigrationStep => ({
    version,
    name,
    up: (s) => s,
  });

  it.each([
    ['a gap', [step(2), step(4)]],
    ['a repeat', [step(2), step(2)]],
    ['a start past 2', [step(3)]],
    ['a start at 1', [step(1), step(2)]],
    ['a step without a name', [step(2, ' ')]],
  ])('rejects %s', (_case, steps) => {
    expect(() => validateMigrations(steps)).toThrow();
  });

  it('accepts steps numbered from 2 up by one', () => {
    expect(() => validateMigrations([step(2), step(3)])).not.toThrow();
  });
});

describe('migratePersistedState', () => {
  it('runs the steps after the stored version only', () => {
    const v2 = migrateV1ToV2(v1Stored.state);
    expect(migratePersistedState(v1Stored.state, 1)).toEqual({
      type: 'ok',
      state: { ...v2, annotations: recordOf(v2.annotations as Record<string, unknown>) },
      dropped: [],
    });
    const current = { papers: {}, annotations: {} };
    const result = migratePersistedState(current, PERSIST_VERSION);
    expect(result.type === 'ok' && result.state.papers).toBe(current.papers);
  });

  it('says a newer version wrote data it does not know', () => {
    expect(migratePersistedState({}, PERSIST_VERSION + 1)).toEqual({
      type: 'too-new',
      version: PERSIST_VERSION + 1,
    });
  });

  it.each([
    ['no version', undefined],
    ['version 0', 0],
    ['a fractional version', 1.5],
    ['a version that is text', '2'],
  ])('fails on %s rather than guess', (_case, version) => {
    expect(migratePersistedState({}, version).type).toBe('failed');
  });

  it('fails when a step throws, and says which', () => {
    const steps: MigrationStep[] = [
      {
        version: 2,
        name: 'breaks',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migratePersistedState({}, 1, steps)).toEqual({
      type: 'failed',
      reason: expect.stringMatching(/migration 2 failed: Error: boom/),
    });
  });

  it('fails when the result does not have the persisted shape', () => {
    expect(migratePersistedState({ annotations: [] }, PERSIST_VERSION).type).toBe('failed');
  });

  it('loads the rest when a record is not valid, and lists what it left out', () => {
    const result = migratePersistedState(
      { currentPaperId: 7, colourLabels: { blue: { text: 'x' }, red: 'crucial' } },
      PERSIST_VERSION,
    );
    expect(result.type === 'ok' && result.state.currentPaperId).toBeNull();
    expect(result.type === 'ok' && result.state.colourLabels.red).toBe('crucial');
    expect(result.type === 'ok' && result.dropped.map((d) => [d.field, d.key])).toEqual([
      ['colourLabels', 'blue'],
      ['currentPaperId', undefined],
    ]);
  });

  it('checks records the caller already validated again only when a step changed them', () => {
    const bad = { colourLabels: { blue: { text: 'x' } } };
    const asRead = migratePersistedState(bad, PERSIST_VERSION, undefined, { validated: true });
    expect(asRead.type === 'ok' && asRead.dropped).toEqual([]);
    const steps: MigrationStep[] = [{ version: 2, name: 'copies', up: (s) => ({ ...s }) }];
    const stepped = migratePersistedState(bad, 1, steps, { validated: true });
    expect(stepped.type === 'ok' && stepped.dropped.map((d) => d.key)).toEqual(['blue']);
  });
});
