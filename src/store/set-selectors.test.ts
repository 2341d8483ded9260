import { describe, expect, it } from 'vitest';
import { asSetId } from '../annotations/types';
import { selectSetReach } from './set-selectors';
import { recordOf } from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';

const week = asSetId('week-3');
const other = asSetId('other');

describe('selectSetReach', () => {
  it.each([
    ['no annotations', [], { annotations: 0, papers: 0 }],
    ['only another set', [{ setId: other, paperId: 'a' }], { annotations: 0, papers: 0 }],
    [
      'three on two papers',
      [
        { setId: week, paperId: 'a' },
        { setId: week, paperId: 'a' },
        { setId: week, paperId: 'b' },
        { setId: other, paperId: 'c' },
      ],
      { annotations: 3, papers: 2 },
    ],
  ])('counts a set with %s', (_, list, reach) => {
    const annotations = recordOf<AnnotationId, Annotation>(
      Object.fromEntries(list.map((a, i) => [`id-${i}`, a as Annotation])),
    );
    expect(selectSetReach(annotations, week)).toEqual(reach);
  });
});
