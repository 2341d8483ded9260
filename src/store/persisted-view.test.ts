import { makeAnnotation } from '../annotations/__fixtures__/annotations';
import { PERSISTED_DEFAULTS } from '../annotations/persisted';
import { createWithoutDrafts } from './persisted-view';

describe('createWithoutDrafts', () => {
  const a = makeAnnotation({ id: 'kept' });
  const d = makeAnnotation({ id: 'draft', note: '' });
  const state = (annotations: object, drafts: object) =>
    ({ ...PERSISTED_DEFAULTS, annotations, drafts }) as Parameters<
      ReturnType<typeof createWithoutDrafts>
    >[0];

  it('leaves drafts out and gives the same object while the settled annotations are unchanged', () => {
    const view = createWithoutDrafts();
    const first = view(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    expect(Object.keys(first)).toEqual([a.id]);
    const again = view(state({ [a.id]: a, [d.id]: { ...d } }, { [d.id]: true })).annotations;
    expect(again).toBe(first);
  });

  it('remembers nothing across stores: each view gives its own object', () => {
    const one = createWithoutDrafts();
    const two = createWithoutDrafts();
    const fromOne = one(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    const fromTwo = two(state({ [a.id]: a, [d.id]: { ...d } }, { [d.id]: true })).annotations;
    expect(fromTwo).toEqual(fromOne);
    expect(fromTwo).not.toBe(fromOne);
  });
});
