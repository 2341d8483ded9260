import { makeAnnotation } from '../annotations/__fixtures__/annotations';
import { PERSISTED_DEFAULTS } from '../annotations/persisted';
import {
  keysOf,
  plainOf,
  putEntry,
  recordOf,
  type SharedRecord,
} from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';
import { createWithoutDrafts } from './persisted-view';

describe('createWithoutDrafts', () => {
  const a = makeAnnotation({ id: 'kept' });
  const d = makeAnnotation({ id: 'draft', note: '' });
  type Held = SharedRecord<AnnotationId, Annotation>;
  const state = (annotations: Record<string, Annotation> | Held, drafts: object) =>
    ({
      ...PERSISTED_DEFAULTS,
      annotations: 'root' in annotations ? annotations : recordOf(annotations),
      drafts,
    }) as Parameters<ReturnType<typeof createWithoutDrafts>>[0];

  it('leaves drafts out and gives the same object while the settled annotations are unchanged', () => {
    const view = createWithoutDrafts();
    const first = view(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    expect(keysOf(first)).toEqual([a.id]);
    const again = view(state({ [a.id]: a, [d.id]: { ...d } }, { [d.id]: true })).annotations;
    expect(again).toBe(first);
  });

  it('remembers nothing across stores: each view gives its own object', () => {
    const one = createWithoutDrafts();
    const two = createWithoutDrafts();
    const fromOne = one(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    const fromTwo = two(state({ [a.id]: a, [d.id]: { ...d } }, { [d.id]: true })).annotations;
    expect(plainOf(fromTwo)).toEqual(plainOf(fromOne));
    expect(fromTwo).not.toBe(fromOne);
  });
  it('adding a draft among thousands keeps the settled object', () => {
    const view = createWithoutDrafts();
    const record: Record<string, Annotation> = {};
    for (let i = 0; i < 3000; i++) record[`a${i}`] = makeAnnotation({ id: `a${i}` });
    const before: Held = recordOf(record);
    expect(view(state(before, {})).annotations).toBe(before);
    const after = putEntry(before, d.id, d);
    expect(view(state(after, { [d.id]: true })).annotations).toBe(before);
  });

  it('gives a new object, drafts left out, when a settled annotation changes beside a draft', () => {
    const view = createWithoutDrafts();
    const first = view(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    const edited = { ...a, note: 'changed' };
    const next = view(state({ [a.id]: edited, [d.id]: d }, { [d.id]: true })).annotations;
    expect(next).not.toBe(first);
    expect(plainOf(next)).toEqual({ [a.id]: edited });
  });

  it('counts a draft kept (confirmed) or taken back, and a second draft, as the settled state', () => {
    const view = createWithoutDrafts();
    const both = { [a.id]: a, [d.id]: d };
    const first = view(state(both, { [d.id]: true })).annotations;
    expect(plainOf(first)).toEqual({ [a.id]: a });
    const e = makeAnnotation({ id: 'second', note: '' });
    const withSecond = view(state({ ...both, [e.id]: e }, { [d.id]: true, [e.id]: true }));
    expect(withSecond.annotations).toBe(first);
    const confirmed = view(state({ ...both, [e.id]: e }, { [e.id]: true })).annotations;
    expect(plainOf(confirmed)).toEqual({ [a.id]: a, [d.id]: d });
    const discarded = view(state({ [a.id]: a, [d.id]: d }, {})).annotations;
    expect(plainOf(discarded)).toEqual({ [a.id]: a, [d.id]: d });
  });
});
