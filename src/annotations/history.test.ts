import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordStep,
  redoStep,
  undoStep,
  type AnnotationHistory,
  type HistoryStep,
} from './history';
import { createAnnotation, editAnnotation } from './operations';
import {
  EMPTY_ANNOTATIONS_STATE,
  PAPER_A,
  makeAnnotation,
  makeTarget,
  testEnv,
  aid,
} from './__fixtures__/annotations';
import { entryOf, plainOf } from './shared-record';

const step = (fields: Partial<HistoryStep>): HistoryStep => ({
  action: 'edit',
  id: aid('a'),
  before: null,
  after: null,
  at: 0,
  ...fields,
});

describe('recordStep', () => {
  it('merges consecutive steps with the same coalesce key while the reader keeps typing', () => {
    const first = makeAnnotation({ id: 'a', note: '' });
    const typed = makeAnnotation({ id: 'a', note: 'ab' });
    let history = recordStep(
      EMPTY_HISTORY,
      step({
        before: first,
        after: makeAnnotation({ id: 'a', note: 'a' }),
        coalesceKey: 'note:a',
        at: 0,
      }),
    );
    history = recordStep(
      history,
      step({ before: null, after: typed, coalesceKey: 'note:a', at: 500 }),
    );
    expect(history.past).toHaveLength(1);
    expect(history.past[0]).toMatchObject({ before: first, after: typed, at: 500 });
  });

  it('starts a new step after a pause in typing', () => {
    let history = recordStep(EMPTY_HISTORY, step({ coalesceKey: 'note:a', at: 0 }));
    history = recordStep(history, step({ coalesceKey: 'note:a', at: 10_000 }));
    expect(history.past).toHaveLength(2);
  });

  it('forgets the oldest steps past the limit and clears redo', () => {
    let history: AnnotationHistory = { past: [], future: [step({})] };
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordStep(history, step({ at: i }));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]?.at).toBe(5);
    expect(history.future).toEqual([]);
  });
});

describe('undoStep and redoStep', () => {
  it('undoes a creation by deleting and redoes it by restoring', () => {
    const env = testEnv();
    const { state, annotation } = createAnnotation(
      EMPTY_ANNOTATIONS_STATE,
      { paperId: PAPER_A, target: makeTarget(0) },
      env,
    );
    const history = recordStep(
      EMPTY_HISTORY,
      step({ action: 'create', id: annotation.id, after: annotation }),
    );
    const undone = undoStep(state, history, env.now())!;
    expect(plainOf(undone.state.annotations)).toEqual({});
    expect(undone.state.tombstones[annotation.id]).toBeDefined();
    const redone = redoStep(undone.state, undone.history, env.now())!;
    expect(entryOf(redone.state.annotations, annotation.id)).toMatchObject({
      note: '',
      paperId: PAPER_A,
    });
    expect(entryOf(redone.state.annotations, annotation.id)!.modified).toBeGreaterThan(
      undone.state.tombstones[annotation.id]!,
    );
    expect(redone.history).toEqual(history);
  });

  it('undoes an edit as a newer change that puts the old note back', () => {
    const env = testEnv();
    const created = createAnnotation(
      EMPTY_ANNOTATIONS_STATE,
      { paperId: PAPER_A, target: makeTarget(0) },
      env,
    );
    const edited = editAnnotation(created.state, created.annotation.id, { note: 'new' }, env.now());
    const id = created.annotation.id;
    const history = recordStep(
      EMPTY_HISTORY,
      step({ id, before: created.annotation, after: entryOf(edited.annotations, id)! }),
    );
    const undone = undoStep(edited, history, env.now())!;
    expect(entryOf(undone.state.annotations, id)?.note).toBe('');
    expect(entryOf(undone.state.annotations, id)!.modified).toBeGreaterThan(
      entryOf(edited.annotations, id)!.modified,
    );
  });

  it('returns null when there is nothing to undo or redo', () => {
    expect(undoStep(EMPTY_ANNOTATIONS_STATE, EMPTY_HISTORY, 0)).toBeNull();
    expect(redoStep(EMPTY_ANNOTATIONS_STATE, EMPTY_HISTORY, 0)).toBeNull();
  });
});
