import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_LABELS } from './colours';
import { toAnnotationsBackup } from './backup';
import { DEFAULT_SET, type Annotation } from './types';
import { aid, byId } from './__fixtures__/annotations';
import { pid } from '../paper/__fixtures__/paper-ids';

const make = (id: string, created: number): Annotation => ({
  id: aid(id),
  paperId: pid('sha256:p'),
  setId: DEFAULT_SET.id,
  colour: 'yellow',
  note: `note ${id}`,
  tags: [],
  refLabels: [],
  created,
  modified: created,
  target: {
    position: { type: 'TextPositionSelector', start: 0, end: 4 },
    quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' },
  },
});

describe('toAnnotationsBackup', () => {
  it('keeps every annotation, oldest first, with sets and colour labels', () => {
    const backup = toAnnotationsBackup(
      byId({ b: make('b', 20), a: make('a', 10) }),
      { [DEFAULT_SET.id]: DEFAULT_SET },
      DEFAULT_COLOUR_LABELS,
      0,
    );
    expect(backup.annotations.map((a) => a.note)).toEqual(['note a', 'note b']);
    expect(backup.annotationSets).toEqual([DEFAULT_SET]);
    expect(backup.exported).toBe('1970-01-01T00:00:00.000Z');
    expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
  });
});
