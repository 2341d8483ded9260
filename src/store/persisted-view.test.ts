import { makeAnnotation } from '../annotations/__fixtures__/annotations';
import { PERSISTED_DEFAULTS } from '../annotations/persisted';
import { createWithoutDrafts } from './persisted-view';
import { noteChangedKeys } from './record-diff';

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
  /** A record of `n` settled annotations that counts how often its keys are listed. */
  const counted = (n: number) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) record[`a${i}`] = makeAnnotation({ id: `a${i}` });
    const listed = { count: 0 };
    const proxy = new Proxy(record, {
      ownKeys(target) {
        listed.count++;
        return Reflect.ownKeys(target);
      },
    });
    return { record: proxy, listed };
  };

  it('adding a draft among thousands keeps the settled object without listing every annotation', () => {
    const view = createWithoutDrafts();
    const { record: before, listed } = counted(3000);
    expect(view(state(before, {})).annotations).toBe(before);
    const after = new Proxy(
      { ...before, [d.id]: d },
      { ownKeys: (t) => (listed.count++, Reflect.ownKeys(t)) },
    );
    noteChangedKeys(before, after, [d.id]);
    listed.count = 0;
    expect(view(state(after, { [d.id]: true })).annotations).toBe(before);
    expect(listed.count).toBe(0);
  });

  it('gives a new object, drafts left out, when a settled annotation changes beside a draft', () => {
    const view = createWithoutDrafts();
    const first = view(state({ [a.id]: a, [d.id]: d }, { [d.id]: true })).annotations;
    const edited = { ...a, note: 'changed' };
    const next = view(state({ [a.id]: edited, [d.id]: d }, { [d.id]: true })).annotations;
    expect(next).not.toBe(first);
    expect(next).toEqual({ [a.id]: edited });
  });

  it('counts a draft kept (confirmed) or taken back, and a second draft, as the settled state', () => {
    const view = createWithoutDrafts();
    const both = { [a.id]: a, [d.id]: d };
    const first = view(state(both, { [d.id]: true })).annotations;
    expect(first).toEqual({ [a.id]: a });
    const e = makeAnnotation({ id: 'second', note: '' });
    const withSecond = view(state({ ...both, [e.id]: e }, { [d.id]: true, [e.id]: true }));
    expect(withSecond.annotations).toBe(first);
    const confirmed = view(state({ ...both, [e.id]: e }, { [e.id]: true })).annotations;
    expect(confirmed).toEqual({ [a.id]: a, [d.id]: d });
    const discarded = view(state({ [a.id]: a, [d.id]: d }, {})).annotations;
    expect(discarded).toEqual({ [a.id]: a, [d.id]: d });
  });
});
