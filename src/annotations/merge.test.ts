import { mergeAnnotationChanges, mergeRemoteAnnotations } from './merge';
import type { AnnotationsState } from './types';
import { aid, byId, makeAnnotation, sharedById } from './__fixtures__/annotations';
import { entryOf } from './shared-record';

const a1 = makeAnnotation({ id: 'a1', note: 'mine', modified: 2000 });
const a2 = makeAnnotation({ id: 'a2', note: 'other', modified: 2000 });
const local: AnnotationsState = {
  annotations: sharedById({ a1, a2 }),
  tombstones: byId({ gone: 5000 }),
};

describe('mergeAnnotationChanges', () => {
  it('keeps concurrent changes to different annotations', () => {
    const remoteA2 = { ...a2, note: 'edited elsewhere', modified: 3000 };
    const merged = mergeAnnotationChanges(local, { annotations: byId({ a2: remoteA2 }) });
    expect(entryOf(merged.annotations, aid('a1'))).toBe(a1);
    expect(entryOf(merged.annotations, aid('a2'))).toBe(remoteA2);
  });

  it('keeps the newer version of the same annotation', () => {
    const older = { ...a1, note: 'stale', modified: 1000 };
    expect(mergeAnnotationChanges(local, { annotations: byId({ a1: older }) })).toBe(local);
    const newer = { ...a1, note: 'fresh', modified: 9000 };
    expect(
      entryOf(
        mergeAnnotationChanges(local, { annotations: byId({ a1: newer }) }).annotations,
        aid('a1'),
      ),
    ).toBe(newer);
  });

  it('settles a tie in the same millisecond the same way in both tabs', () => {
    const theirs = { ...a1, note: 'zzz' };
    const fromLocal = entryOf(
      mergeAnnotationChanges(local, { annotations: byId({ a1: theirs }) }).annotations,
      aid('a1'),
    );
    const other: AnnotationsState = {
      annotations: sharedById({ a1: theirs }),
      tombstones: byId({}),
    };
    const fromOther = entryOf(
      mergeAnnotationChanges(other, { annotations: byId({ a1 }) }).annotations,
      aid('a1'),
    );
    expect(fromLocal).toEqual(fromOther);
  });

  it('applies a newer deletion and ignores an older one', () => {
    expect(mergeAnnotationChanges(local, { tombstones: byId({ a1: 1500 }) })).toBe(local);
    const merged = mergeAnnotationChanges(local, { tombstones: byId({ a1: 2500 }) });
    expect(entryOf(merged.annotations, aid('a1'))).toBeUndefined();
    expect(merged.tombstones[aid('a1')]).toBe(2500);
  });

  it('does not bring back a deleted annotation from an older copy', () => {
    const stale = makeAnnotation({ id: 'gone', modified: 4000 });
    expect(mergeAnnotationChanges(local, { annotations: byId({ gone: stale }) })).toBe(local);
  });

  it('brings back an annotation restored after the deletion', () => {
    const restored = makeAnnotation({ id: 'gone', modified: 6000 });
    const merged = mergeAnnotationChanges(local, { annotations: byId({ gone: restored }) });
    expect(entryOf(merged.annotations, aid('gone'))).toBe(restored);
    expect(merged.tombstones).toEqual({});
  });

  it('records tombstones of annotations it never had', () => {
    expect(mergeAnnotationChanges(local, { tombstones: byId({ x: 1 }) }).tombstones[aid('x')]).toBe(
      1,
    );
  });
});

describe('mergeRemoteAnnotations', () => {
  const base = makeAnnotation({ id: 'a1', note: 'base', modified: 1000 });

  it('merges an annotation changed in both tabs field by field when the base is known', () => {
    const mine = { ...base, colour: 'red' as const, modified: 2000 };
    const theirs = { ...base, note: 'base and more', modified: 3000 };
    const { state, notes } = mergeRemoteAnnotations(
      { annotations: sharedById({ a1: mine }), tombstones: {} },
      { annotations: byId({ a1: theirs }), bases: byId({ a1: base }) },
    );
    expect(entryOf(state.annotations, aid('a1'))).toMatchObject({
      colour: 'red',
      note: 'base and more',
    });
    expect(notes).toEqual({});
  });

  it('says which notes were typed in both tabs, and which at the same words', () => {
    const local: AnnotationsState = {
      annotations: sharedById({ a1: { ...base, note: 'base mine' } }),
      tombstones: {},
    };
    const typed = mergeRemoteAnnotations(local, {
      annotations: byId({ a1: { ...base, note: 'base theirs' } }),
      bases: byId({ a1: base }),
    });
    expect(entryOf(typed.state.annotations, aid('a1'))?.note).toBe('base mine theirs');
    expect(typed.notes).toEqual({ a1: 'merged' });
    const rewritten = mergeRemoteAnnotations(
      { annotations: sharedById({ a1: { ...base, note: 'mine' } }), tombstones: {} },
      { annotations: byId({ a1: { ...base, note: 'theirs' } }), bases: byId({ a1: base }) },
    );
    expect(rewritten.notes).toEqual({ a1: 'conflict' });
  });

  it('leaves the state as it is when the remote version is already merged in', () => {
    const mine = { ...base, note: 'base more' };
    const local: AnnotationsState = { annotations: sharedById({ a1: mine }), tombstones: {} };
    const outcome = mergeRemoteAnnotations(local, {
      annotations: byId({ a1: base }),
      bases: byId({ a1: base }),
    });
    expect(outcome.state).toBe(local);
  });
});

describe('mergeRemoteAnnotations when two writes crossed', () => {
  const v0 = makeAnnotation({ id: 'a1', note: 'start', modified: 1000 });
  const ours = { ...v0, note: 'start mine', modified: 2000 }; // what this tab wrote
  const local: AnnotationsState = {
    annotations: sharedById({ a1: { ...ours, note: 'start mine more' } }),
    tombstones: {},
  };

  it('merges from the version before our write when the other tab never saw our write', () => {
    const theirs = { ...v0, note: 'start theirs', modified: 2500 }; // written over ours
    const { state } = mergeRemoteAnnotations(local, {
      annotations: byId({ a1: theirs }),
      bases: byId({ a1: ours }),
      baseHistories: byId({ a1: [v0, ours] }),
    });
    expect(entryOf(state.annotations, aid('a1'))?.note).toBe('start mine more theirs');
  });

  it('merges from our write when the other tab built on it', () => {
    const theirs = { ...ours, note: 'start mine theirs', modified: 2500 };
    const { state } = mergeRemoteAnnotations(local, {
      annotations: byId({ a1: theirs }),
      bases: byId({ a1: ours }),
      baseHistories: byId({ a1: [v0, ours] }),
    });
    expect(entryOf(state.annotations, aid('a1'))?.note).toBe('start mine more theirs');
  });
});
