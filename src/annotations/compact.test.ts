import { decodeStoredRecord, encodeStoredAnnotation, encodeStoredTombstone } from './compact';
import { makeAnnotation, makeTarget, aid, sid } from './__fixtures__/annotations';

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
  ])('reports %s as unreadable', (_what, raw) => {
    expect(decodeStoredRecord(aid('id'), raw)).toBeNull();
  });
});
