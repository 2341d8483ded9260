import {
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  linkReference,
  normaliseTags,
  reattachAnnotation,
  restoreAnnotation,
  unlinkReference,
} from './operations';
import type { AnnotationId, AnnotationsState } from './types';
import {
  EMPTY_ANNOTATIONS_STATE,
  PAPER_A,
  makeTarget,
  testEnv,
  aid,
} from './__fixtures__/annotations';
import { entryOf, plainOf } from './shared-record';

function withOne(): { state: AnnotationsState; id: AnnotationId; env: ReturnType<typeof testEnv> } {
  const env = testEnv();
  const { state, annotation } = createAnnotation(
    EMPTY_ANNOTATIONS_STATE,
    { paperId: PAPER_A, target: makeTarget(10) },
    env,
  );
  return { state, id: annotation.id, env };
}

describe('createAnnotation', () => {
  it('adds an annotation in the default set with the default colour and an empty note', () => {
    const { state, id } = withOne();
    expect(entryOf(state.annotations, id)).toMatchObject({
      id: 'id-1',
      paperId: PAPER_A,
      setId: 'default',
      colour: 'yellow',
      note: '',
      tags: [],
      refLabels: [],
      created: 1_700_000_001_000,
      modified: 1_700_000_001_000,
    });
  });

  it('cleans the tags and reference labels it is given', () => {
    const { annotation } = createAnnotation(
      EMPTY_ANNOTATIONS_STATE,
      {
        paperId: PAPER_A,
        target: makeTarget(0),
        colour: 'green',
        tags: [' method ', 'Method', '', 'data'],
        refLabels: ['8', ' 8', '12'],
      },
      testEnv(),
    );
    expect(annotation.tags).toEqual(['method', 'data']);
    expect(annotation.refLabels).toEqual(['8', '12']);
    expect(annotation.colour).toBe('green');
  });

  it('does not change the state it was given', () => {
    createAnnotation(
      EMPTY_ANNOTATIONS_STATE,
      { paperId: PAPER_A, target: makeTarget(0) },
      testEnv(),
    );
    expect(plainOf(EMPTY_ANNOTATIONS_STATE.annotations)).toEqual({});
  });
});

describe('editAnnotation', () => {
  it('changes the note and moves the modified time forward', () => {
    const { state, id, env } = withOne();
    const next = editAnnotation(state, id, { note: 'Is this sample large enough?' }, env.now());
    expect(entryOf(next.annotations, id)?.note).toBe('Is this sample large enough?');
    expect(entryOf(next.annotations, id)?.modified).toBe(1_700_000_002_000);
    expect(entryOf(state.annotations, id)?.note).toBe('');
  });

  it('returns the same state when nothing changes', () => {
    const { state, id, env } = withOne();
    expect(editAnnotation(state, id, { note: '', tags: [], colour: 'yellow' }, env.now())).toBe(
      state,
    );
    expect(editAnnotation(state, aid('missing'), { note: 'x' }, env.now())).toBe(state);
  });

  it('moves the modified time forward even when the clock has not', () => {
    const { state, id } = withOne();
    const next = editAnnotation(state, id, { colour: 'red' }, 0);
    expect(entryOf(next.annotations, id)?.modified).toBe(1_700_000_001_001);
  });

  it('keeps other annotations as the same objects', () => {
    const env = testEnv();
    const one = createAnnotation(
      EMPTY_ANNOTATIONS_STATE,
      { paperId: PAPER_A, target: makeTarget(0) },
      env,
    );
    const two = createAnnotation(one.state, { paperId: PAPER_A, target: makeTarget(50) }, env);
    const next = editAnnotation(two.state, two.annotation.id, { note: 'x' }, env.now());
    expect(entryOf(next.annotations, one.annotation.id)).toBe(one.annotation);
  });
});

describe('linkReference and unlinkReference', () => {
  it('links a reference label once and unlinks it again', () => {
    const { state, id, env } = withOne();
    const linked = linkReference(state, id, ' 8 ', env.now());
    expect(entryOf(linked.annotations, id)?.refLabels).toEqual(['8']);
    expect(linkReference(linked, id, '8', env.now())).toBe(linked);
    const unlinked = unlinkReference(linked, id, '8', env.now());
    expect(entryOf(unlinked.annotations, id)?.refLabels).toEqual([]);
    expect(unlinkReference(unlinked, id, '8', env.now())).toBe(unlinked);
  });
});

describe('deleteAnnotation and restoreAnnotation', () => {
  it('removes the annotation and leaves a tombstone newer than its last change', () => {
    const { state, id, env } = withOne();
    const deleted = deleteAnnotation(state, id, env.now());
    expect(plainOf(deleted.annotations)).toEqual({});
    expect(deleted.tombstones[id]).toBe(1_700_000_002_000);
  });

  it('restores a deleted annotation as a newer version and clears its tombstone', () => {
    const { state, id, env } = withOne();
    const original = entryOf(state.annotations, id)!;
    const deleted = deleteAnnotation(state, id, env.now());
    const restored = restoreAnnotation(deleted, original, 0);
    expect(restored.tombstones).toEqual({});
    expect(entryOf(restored.annotations, id)).toEqual({ ...original, modified: 1_700_000_002_001 });
  });
});

describe('reattachAnnotation', () => {
  it('moves an annotation to a new target', () => {
    const { state, id, env } = withOne();
    const next = reattachAnnotation(state, id, makeTarget(400, 'moved text'), env.now());
    expect(entryOf(next.annotations, id)?.target.position).toEqual({
      type: 'TextPositionSelector',
      start: 400,
      end: 410,
    });
  });
});

describe('normaliseTags', () => {
  it.each([
    [['a', 'A', ' a '], ['a']],
    [['  two   words '], ['two words']],
    [['', '  '], []],
    [
      ['B', 'a'],
      ['B', 'a'],
    ],
  ])('cleans %j to %j', (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });
});
