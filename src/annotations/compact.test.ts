import { decodeStoredRecord, encodeStoredAnnotation, encodeStoredTombstone } from './compact';
import { makeAnnotation, makeTarget, aid, sid, sharedById } from './__fixtures__/annotations';
import { checkEntry, MAX_NOTE_CHARS } from './persisted-schema';
import { editAnnotation, linkReference } from './operations';
import { entryOf } from './shared-record';

describe('encodeStoredAnnotation and decodeStoredRecord', () => {
  it('round-trips a plain highlight', () => {
    const a = makeAnnotation({ id: 'x' });
    expect(decodeStoredRecord(aid('x'), encodeStoredAnnotation(a))).toEqual({
      kind: 'annotation',
      annotation: a,
    });
  });

  it('round-trips every field away from its default', () => {
    const a = makeAnnotation({
      id: 'y',
      colour: 'purple',
      note: 'A "quoted" note\nover two lines',
      tags: ['method', 'sample size'],
      refLabels: ['8', 'Zhang 2013'],
      setId: sid('shared-1'),
      modified: 1_700_000_123_456,
      target: makeTarget(12_345, 'exact text'),
    });
    expect(decodeStoredRecord(aid('y'), encodeStoredAnnotation(a))).toEqual({
      kind: 'annotation',
      annotation: a,
    });
  });

  it('round-trips a target with a quote and no position', () => {
    const a = makeAnnotation({ id: 'q', target: { quote: makeTarget(0).quote } });
    expect(decodeStoredRecord(aid('q'), encodeStoredAnnotation(a))).toEqual({
      kind: 'annotation',
      annotation: a,
    });
  });

  it('decodes a highlight without tags or labels to empty lists that edits replace, not change', () => {
    const stored = encodeStoredAnnotation(makeAnnotation({ id: 'x' }));
    const [first, second] = [1, 2].map(() => decodeStoredRecord(aid('x'), stored));
    if (first?.kind !== 'annotation' || second?.kind !== 'annotation') throw new Error('decoded');
    expect(first.annotation.tags).toEqual([]);
    expect(first.annotation.refLabels).toEqual([]);
    // Shared by the thousands of records of a reload, so never changed in place.
    expect(Object.isFrozen(first.annotation.tags)).toBe(true);
    const state = { annotations: sharedById({ x: first.annotation }), tombstones: {} };
    const tagged = editAnnotation(state, aid('x'), { tags: ['method'] }, 5);
    const linked = linkReference(state, aid('x'), '8', 5);
    expect(entryOf(tagged.annotations, aid('x'))!.tags).toEqual(['method']);
    expect(entryOf(linked.annotations, aid('x'))!.refLabels).toEqual(['8']);
    expect(second.annotation.tags).toEqual([]);
    expect(second.annotation.refLabels).toEqual([]);
  });

  it('leaves defaults out so a plain highlight stays small', () => {
    const stored = encodeStoredAnnotation(makeAnnotation({ id: 'x' }));
    expect(JSON.parse(stored)).not.toHaveProperty('c');
    expect(JSON.parse(stored)).not.toHaveProperty('n');
    expect(stored.length).toBeLessThan(250);
  });

  it('round-trips a tombstone', () => {
    expect(decodeStoredRecord(aid('z'), encodeStoredTombstone(1_700_000_000_000))).toEqual({
      kind: 'tombstone',
      id: 'z',
      deletedAt: 1_700_000_000_000,
    });
  });

  it.each([
    ['not JSON', '{"p":'],
    ['an array', '[1,2]'],
    ['a missing paper', '{"o":[1,2],"q":["","x",""],"t":"abc"}'],
    ['an end before the start', '{"p":"p","o":[5,2],"q":["","x",""],"t":"abc"}'],
    ['an unknown colour', '{"p":"p","o":[1,2],"q":["","x",""],"t":"abc","c":"teal"}'],
    ['a bad time', '{"p":"p","o":[1,2],"q":["","x",""],"t":"ABC!"}'],
    ['a bad tombstone', '{"x":12}'],
    ['an empty paper id', '{"p":"","o":[1,2],"q":["","x",""],"t":"abc"}'],
    ['a quote of two parts', '{"p":"p","o":[1,2],"q":["","x"],"t":"abc"}'],
    ['a quote of four parts', '{"p":"p","o":[1,2],"q":["","x","",""],"t":"abc"}'],
    ['a quote with a number in it', '{"p":"p","o":[1,2],"q":["",7,""],"t":"abc"}'],
    ['a quote that is not a list', '{"p":"p","o":[1,2],"q":"x","t":"abc"}'],
    ['tags that are not a list', '{"p":"p","o":[1,2],"q":["","x",""],"t":"abc","g":"t"}'],
    ['a tag that is a number', '{"p":"p","o":[1,2],"q":["","x",""],"t":"abc","g":["t",3]}'],
    ['reference labels that are a number', '{"p":"p","o":[1,2],"q":["","x",""],"t":"abc","r":5}'],
    [
      'an over-long note',
      `{"p":"p","q":["","x",""],"t":"abc","n":"${'x'.repeat(MAX_NOTE_CHARS + 1)}"}`,
    ],
  ])('reports %s as unreadable', (_what, raw) => {
    expect(decodeStoredRecord(aid('id'), raw)).toBeNull();
  });
});

describe('what decodeStoredRecord accepts', () => {
  // The loader trusts the decoder instead of running the schema on each of thousands of records.
  it.each([
    ['a plain highlight', '{"p":"p","o":[1,2],"q":["","x",""],"t":"abc"}'],
    ['no position', '{"p":"p","q":["a","x","b"],"t":"abc","u":5}'],
    [
      'every field',
      '{"p":"p","o":[0,9],"q":["","x",""],"t":"abc","c":"red","n":"n","g":["t"],"r":["[1]"],"s":"set"}',
    ],
    [
      'a note at the longest',
      `{"p":"p","q":["","x",""],"t":"abc","n":"${'x'.repeat(MAX_NOTE_CHARS)}"}`,
    ],
  ])('meets the stored-state schema: %s', (_what, raw) => {
    const record = decodeStoredRecord(aid('id'), raw);
    expect(record?.kind).toBe('annotation');
    if (record?.kind === 'annotation')
      expect(checkEntry('annotations', 'id', record.annotation)).toBeNull();
  });
});
