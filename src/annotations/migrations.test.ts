import { migrateAnnotationV1ToV2 } from './migrations';

const v1 = {
  id: '3f1c5e2a-0d5e-4c59-9a53-2b1e8d7f6a10',
  paperId: 'sha256:abc',
  color: 'pink',
  note: 'check',
  tags: ['method'],
  refs: ['8'],
  created: 1000,
  modified: 2000,
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: 'we find', prefix: 'In short, ', suffix: ' that' },
      { type: 'TextPositionSelector', start: 40, end: 47 },
    ],
  },
};

describe('migrateAnnotationV1ToV2', () => {
  it('maps colour names, renames refs to refLabels, adds the default set and splits the selectors', () => {
    expect(migrateAnnotationV1ToV2(v1)).toEqual({
      id: v1.id,
      paperId: 'sha256:abc',
      setId: 'default',
      colour: 'red',
      note: 'check',
      tags: ['method'],
      refLabels: ['8'],
      created: 1000,
      modified: 2000,
      target: {
        position: { type: 'TextPositionSelector', start: 40, end: 47 },
        quote: {
          type: 'TextQuoteSelector',
          exact: 'we find',
          prefix: 'In short, ',
          suffix: ' that',
        },
      },
    });
  });

  it('keeps an annotation that has a quote but no position', () => {
    const quoteOnly = { ...v1, target: { selector: [v1.target.selector[0]] } };
    expect(migrateAnnotationV1ToV2(quoteOnly)?.target).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'we find', prefix: 'In short, ', suffix: ' that' },
    });
  });

  it('gives unknown colour names the default colour', () => {
    expect(migrateAnnotationV1ToV2({ ...v1, color: 'constructor' })?.colour).toBe('yellow');
  });

  it('fills a missing modified time, note, tags and refs', () => {
    const { modified: _m, note: _n, tags: _t, refs: _r, ...bare } = v1;
    expect(migrateAnnotationV1ToV2(bare)).toMatchObject({
      modified: 1000,
      note: '',
      tags: [],
      refLabels: [],
    });
  });

  it.each([
    ['no id', { ...v1, id: 7 }],
    ['no quote selector', { ...v1, target: { selector: [v1.target.selector[1]] } }],
    ['no target', { ...v1, target: undefined }],
    ['tags that are not strings', { ...v1, tags: [1] }],
    ['not an object', 'annotation'],
  ])('returns null for an annotation with %s', (_what, raw) => {
    expect(migrateAnnotationV1ToV2(raw)).toBeNull();
  });
});
