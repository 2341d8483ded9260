import { describe, expect, it } from 'vitest';
import {
  PAPER_A,
  makeAnnotation,
  makeTarget,
  sid,
  testEnv,
} from '../../annotations/__fixtures__/annotations';
import { DEFAULT_SET_ID } from '../../annotations/types';
import { docOffset } from '../../paper/types';
import { createTestStore } from '../__fixtures__/test-store';
import { selectPaperAnnotations } from '../paper-annotation-selectors';
import { selectAuthorName } from './sets-slice';
import { entryOf, putEntry } from '../../annotations/shared-record';

const WEEK_3 = sid('week-3');

function openStore() {
  const env = testEnv();
  const store = createTestStore({ clock: env.now, ids: env.newId });
  const get = () => store.getState();
  const create = (start: number) =>
    get().annotationCreated({ paperId: PAPER_A, target: makeTarget(start) });
  /** An imported, read-only layer with one annotation on paper A. */
  const importLayer = () => {
    const layer = { id: WEEK_3, name: 'Week 3', created: 0, origin: 'imported' as const };
    const a = makeAnnotation({ id: 'shared-1', paperId: PAPER_A, setId: layer.id });
    store.setState({
      annotationSets: { ...get().annotationSets, [layer.id]: layer },
      annotations: putEntry(get().annotations, a.id, a),
    });
    return a;
  };
  return { store, get, create, importLayer };
}

describe('sets slice', () => {
  it('makes a set with a title, colour cue and the author name, and keeps the name for next time', () => {
    const { get } = openStore();
    const id = get().setCreated({ name: '  Seminar   notes ', author: 'Ana', colour: 'blue' });
    expect(get().annotationSets[id]).toMatchObject({
      name: 'Seminar notes',
      author: 'Ana',
      colour: 'blue',
      origin: 'own',
    });
    expect(selectAuthorName(get())).toBe('Ana');
    const next = get().setCreated({ name: 'Second' });
    expect(get().annotationSets[next]!.author).toBe('Ana');
  });

  it('refuses a set with an empty title', () => {
    const { get } = openStore();
    const before = get().annotationSets;
    expect(get().setCreated({ name: '   ' })).toBe('');
    expect(get().annotationSets).toBe(before);
  });

  it('renames a set, and ignores an empty new name', () => {
    const { get } = openStore();
    get().setRenamed(DEFAULT_SET_ID, 'Reading notes');
    get().setRenamed(DEFAULT_SET_ID, ' ');
    expect(get().annotationSets[DEFAULT_SET_ID]!.name).toBe('Reading notes');
  });

  it('hides a layer: its annotations leave the list, and come back when shown', () => {
    const { store, get, create, importLayer } = openStore();
    store.setState({ currentPaperId: PAPER_A });
    create(0);
    importLayer();
    expect(selectPaperAnnotations(get())).toHaveLength(2);
    get().setVisibilityToggled(WEEK_3);
    expect(selectPaperAnnotations(get()).map((a) => a.setId)).toEqual([DEFAULT_SET_ID]);
    get().setVisibilityToggled(WEEK_3);
    expect(selectPaperAnnotations(get())).toHaveLength(2);
  });

  it('deletes a set with its annotations, and Undo brings both back', () => {
    const { get, importLayer } = openStore();
    const a = importLayer();
    get().setDeleted(WEEK_3);
    expect(get().annotationSets[WEEK_3]).toBeUndefined();
    expect(entryOf(get().annotations, a.id)).toBeUndefined();
    expect(get().annotationTombstones[a.id]).toBeTypeOf('number');
    get().setDeleteUndone();
    expect(get().annotationSets[WEEK_3]!.name).toBe('Week 3');
    expect(entryOf(get().annotations, a.id)).toEqual(a);
    expect(get().annotationTombstones[a.id]).toBeUndefined();
  });

  it('never deletes "My annotations"', () => {
    const { get, create } = openStore();
    const id = create(0);
    get().setDeleted(DEFAULT_SET_ID);
    expect(get().annotationSets[DEFAULT_SET_ID]).toBeDefined();
    expect(entryOf(get().annotations, id)).toBeDefined();
    expect(get().deletedSet).toBeNull();
  });

  it('keeps an imported layer read-only, and copies one of its annotations into My annotations', () => {
    const { get, importLayer } = openStore();
    const a = importLayer();
    get().annotationEdited(a.id, { note: 'changed' });
    get().annotationDeleted(a.id);
    expect(entryOf(get().annotations, a.id)).toEqual(a);

    const copyId = get().annotationCopied(a.id)!;
    expect(copyId).not.toBe(a.id);
    expect(entryOf(get().annotations, copyId)).toMatchObject({
      setId: DEFAULT_SET_ID,
      target: a.target,
      note: a.note,
    });
    get().annotationEdited(copyId, { note: 'mine now' });
    expect(entryOf(get().annotations, copyId)!.note).toBe('mine now');
    expect(entryOf(get().annotations, a.id)).toEqual(a);
  });

  it('puts new highlights in the set the reader chose, and back in My annotations once it is deleted', () => {
    const { get } = openStore();
    const id = get().setCreated({ name: 'Seminar' });
    expect(get().activeSetId).toBe(id);
    const request = {
      paperId: PAPER_A,
      text: 'Reading is social. Notes travel.',
      start: docOffset(0),
      end: docOffset(7),
      colour: 'yellow' as const,
      intent: null,
    };
    const a = get().highlightSelection(request);
    expect(entryOf(get().annotations, a)!.setId).toBe(id);
    get().activeSetChosen(sid('no-such-set'));
    expect(get().activeSetId).toBe(id);
    get().setDeleted(id);
    expect(get().activeSetId).toBe(DEFAULT_SET_ID);
  });
});
