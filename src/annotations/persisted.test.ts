import {
  mergeRemoteEntries,
  mergeStoredState,
  pickPersisted,
  PERSISTED_DEFAULTS,
  PERSISTED_FIELDS,
} from './persisted';

describe('mergeStoredState', () => {
  it('keeps initial entries of records that storage does not mention', () => {
    const merged = mergeStoredState(
      { colourLabels: { blue: 'doubt' } },
      { colourLabels: { yellow: 'claim', blue: 'question' }, note: 1 },
    );
    expect(merged).toEqual({ colourLabels: { yellow: 'claim', blue: 'doubt' }, note: 1 });
  });
});

describe('pickPersisted', () => {
  it('keeps exactly the persisted fields', () => {
    const state = { ...PERSISTED_DEFAULTS, paper: 'not persisted', anchors: {} };
    expect(Object.keys(pickPersisted(state))).toEqual([...PERSISTED_FIELDS]);
  });
});

describe('mergeRemoteEntries', () => {
  it('applies valid entries and ignores malformed ones', () => {
    const patch = mergeRemoteEntries(PERSISTED_DEFAULTS, [
      { field: 'colourLabels', key: 'blue', value: 'doubt' },
      { field: 'colourLabels', key: '__proto__', value: 'x' },
      { field: 'papers', key: 'p', value: { id: 'p' } },
    ]);
    expect(patch).toEqual({ colourLabels: { ...PERSISTED_DEFAULTS.colourLabels, blue: 'doubt' } });
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'changes nothing when another tab removes a %s entry that is not there',
    (key) => {
      expect(
        mergeRemoteEntries(PERSISTED_DEFAULTS, [
          { field: 'papers', key, value: null },
          { field: 'annotationSets', key, value: null },
        ]),
      ).toEqual({});
    },
  );
});
