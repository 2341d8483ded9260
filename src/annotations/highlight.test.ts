import { aid, makeAnnotation, sharedById } from './__fixtures__/annotations';
import { docOffset } from '../paper/types';
import {
  findSameRange,
  highlightAnnouncement,
  isEmptyAnnotation,
  planHighlight,
} from './highlight';
import { pid } from '../paper/__fixtures__/paper-ids';
import { emptyRecord } from './shared-record';

const text = 'Reading is social. Notes travel between readers.';
const at = (start: number, end: number) =>
  ({ status: 'exact', start: docOffset(start), end: docOffset(end) }) as const;
const request = (intent: 'note' | 'link' | 'tags' | null, start = 0, end = 17) => ({
  paperId: pid('p'),
  text,
  start: docOffset(start),
  end: docOffset(end),
  colour: 'green' as const,
  intent,
});

describe('planHighlight', () => {
  const annotations = sharedById({
    a: makeAnnotation({ id: 'a' }),
    gone: makeAnnotation({ id: 'gone' }),
  });

  it.each([
    ['a colour', null, false],
    ['tags', 'tags', false],
    ['a note', 'note', true],
    ['a link', 'link', true],
  ] as const)('makes a new highlight for %s (draft: %s)', (_what, intent, draft) => {
    const plan = planHighlight(request(intent), emptyRecord(), emptyRecord());
    expect(plan).toMatchObject({ kind: 'new', draft, input: { paperId: 'p', colour: 'green' } });
    expect(plan.kind === 'new' && plan.input.target.quote.exact).toBe('Reading is social');
  });

  it('edits the highlight already on the same passage rather than duplicate it', () => {
    expect(planHighlight(request(null), annotations, sharedById({ a: at(0, 17) }))).toEqual({
      kind: 'existing',
      id: 'a',
      recolour: 'green',
    });
    expect(planHighlight(request('note'), annotations, sharedById({ a: at(0, 17) }))).toEqual({
      kind: 'existing',
      id: 'a',
      recolour: null,
    });
  });

  it('ignores orphans and anchors left by deleted annotations', () => {
    expect(findSameRange(emptyRecord(), sharedById({ gone: at(0, 17) }), 0, 17)).toBeNull();
    expect(
      findSameRange(annotations, sharedById({ a: { status: 'orphan' as const } }), 0, 17),
    ).toBeNull();
  });

  it('looks only at the ids an index of the anchors names, and walks all when it names several', () => {
    const anchors = sharedById({ gone: at(0, 17), a: at(0, 17) });
    // No id indexed on the range: nothing is walked.
    expect(findSameRange(annotations, anchors, 0, 17, () => [])).toBeNull();
    expect(findSameRange(annotations, anchors, 0, 17, () => [aid('a')])).toBe('a');
    // One named whose anchor is elsewhere, or whose annotation is gone: not it.
    expect(findSameRange(annotations, sharedById({ a: at(1, 17) }), 0, 17, () => [aid('a')])).toBe(
      null,
    );
    const onlyA = sharedById({ a: makeAnnotation({ id: 'a' }) });
    expect(findSameRange(onlyA, anchors, 0, 17, () => [aid('gone')])).toBeNull();
    // A deleted annotation's anchor lingers on the range: the one annotation left is the answer.
    expect(findSameRange(onlyA, anchors, 0, 17, () => [aid('gone'), aid('a')])).toBe('a');
    // Several: the same answer as without an index (the first in the anchors held).
    const both = sharedById({ a: makeAnnotation({ id: 'a' }), b: makeAnnotation({ id: 'b' }) });
    const twice = sharedById({ b: at(0, 17), a: at(0, 17) });
    expect(findSameRange(both, twice, 0, 17, () => [aid('a'), aid('b')])).toBe(
      findSameRange(both, twice, 0, 17),
    );
  });
});

describe('highlightAnnouncement', () => {
  it.each([
    [null, 'Highlighted as claim. Press Ctrl+Z to undo.'],
    ['note', 'Highlighted as claim. Write your note.'],
    ['tags', 'Highlighted as claim. Write your tags.'],
    ['link', 'Highlighted as claim. Choose the sources it cites.'],
  ] as const)('tells the reader what comes next (%s)', (intent, sentence) => {
    expect(highlightAnnouncement('claim', intent)).toBe(sentence);
  });
});

describe('isEmptyAnnotation', () => {
  it('is true only with no note, tags or links', () => {
    expect(isEmptyAnnotation(makeAnnotation({ id: 'x', note: '  ' }))).toBe(true);
    expect(isEmptyAnnotation(makeAnnotation({ id: 'x', tags: ['t'] }))).toBe(false);
    expect(isEmptyAnnotation(makeAnnotation({ id: 'x', refLabels: ['8'] }))).toBe(false);
  });
});
