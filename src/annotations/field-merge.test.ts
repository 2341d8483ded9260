import { mergeAnnotationFields, mergeSetList } from './field-merge';
import { makeAnnotation, makeTarget } from './__fixtures__/annotations';

const base = makeAnnotation({
  id: 'a1',
  note: 'first thoughts',
  tags: ['method', 'Key'],
  refLabels: ['8'],
  modified: 1000,
});

describe('mergeAnnotationFields', () => {
  it('keeps a colour changed in one tab and a note typed in the other', () => {
    const recoloured = { ...base, colour: 'red' as const, modified: 2000 };
    const noted = { ...base, note: 'first thoughts, then more', modified: 2100 };
    for (const [local, remote] of [
      [recoloured, noted],
      [noted, recoloured],
    ] as const) {
      const { annotation } = mergeAnnotationFields(base, local, remote);
      expect(annotation).toMatchObject({
        colour: 'red',
        note: 'first thoughts, then more',
        modified: 2100,
      });
    }
  });

  it.each([
    ['colour', { colour: 'green' as const }, { colour: 'blue' as const }, 'colour', 'blue'],
    ['set', { setId: 'x' }, { setId: 'y' }, 'setId', 'y'],
    ['target', { target: makeTarget(5) }, { target: makeTarget(7) }, 'target', makeTarget(7)],
  ])('gives a %s changed in both tabs to the newer change', (_f, mine, theirs, field, expected) => {
    const local = { ...base, ...mine, modified: 2000 } as typeof base;
    const remote = { ...base, ...theirs, modified: 3000 } as typeof base;
    expect(mergeAnnotationFields(base, local, remote).annotation[field as 'colour']).toEqual(
      expected,
    );
    expect(mergeAnnotationFields(base, remote, local).annotation[field as 'colour']).toEqual(
      expected,
    );
  });

  it('adds the tags both tabs added and drops the tags either removed', () => {
    const local = { ...base, tags: ['method', 'Key', 'doubt'], modified: 2000 };
    const remote = { ...base, tags: ['Key', 'replication'], modified: 2000 };
    expect(mergeAnnotationFields(base, local, remote).annotation.tags).toEqual([
      'Key',
      'doubt',
      'replication',
    ]);
  });

  it('links the references linked in either tab', () => {
    const local = { ...base, refLabels: ['8', '3'], modified: 2000 };
    const remote = { ...base, refLabels: [], modified: 2500 };
    expect(mergeAnnotationFields(base, local, remote).annotation.refLabels).toEqual(['3']);
  });

  it("merges both tabs' typing in the note and flags words rewritten in both", () => {
    const local = { ...base, note: 'first thoughts. mine', modified: 2000 };
    const remote = { ...base, note: 'first thoughts. theirs', modified: 2000 };
    expect(mergeAnnotationFields(base, local, remote)).toMatchObject({
      annotation: { note: 'first thoughts. mine theirs' },
      noteConflict: false,
    });
    const rewritten = mergeAnnotationFields(
      base,
      { ...base, note: 'second thoughts' },
      { ...base, note: 'last thoughts' },
    );
    expect(rewritten).toMatchObject({
      annotation: { note: 'last second thoughts' },
      noteConflict: true,
    });
  });

  it('returns the remote version itself when it already holds every change', () => {
    const local = { ...base, colour: 'red' as const, modified: 2000 };
    const remote = { ...local, note: 'more', modified: 3000 };
    expect(mergeAnnotationFields(base, local, remote).annotation).toBe(remote);
    expect(mergeAnnotationFields(base, remote, local).annotation).toBe(remote);
  });
});

describe('mergeSetList', () => {
  it.each([
    [
      'keeps local order and appends remote additions',
      ['a'],
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'b', 'c'],
    ],
    ['drops what the other side removed', ['a', 'b'], ['a', 'b', 'c'], ['b'], ['b', 'c']],
    ['keeps what this side removed removed', ['a', 'b'], ['b'], ['a', 'b'], ['b']],
    ['adds an item added on both sides once', [], ['x'], ['x'], ['x']],
  ])('%s', (_what, base, local, remote, expected) => {
    expect(mergeSetList(base, local, remote)).toEqual(expected);
  });

  it('compares with the key given (tags ignore case)', () => {
    const lower = (s: string) => s.toLowerCase();
    expect(mergeSetList([], ['Doubt'], ['doubt'], lower)).toEqual(['Doubt']);
  });
});
