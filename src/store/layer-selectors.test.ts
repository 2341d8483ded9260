import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import { asSetId } from '../annotations/types';
import { parsePaper } from '../paper/parse-paper';
import { pid } from '../paper/__fixtures__/paper-ids';
import type { DocOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { selectLayerCounts } from './layer-selectors';

const text = 'One claim here. Another claim there. A third one.';
const paper = parsePaper(text, { format: 'text', fileName: 'l.txt', id: pid('sha256:layers') });
const other = pid('sha256:other');

function setUp() {
  const store = createTestStore();
  const make = (paperId: typeof other, setId: string, start: number) =>
    store.getState().annotationCreated({
      paperId,
      setId: asSetId(setId),
      target: describeRange(paper.text, start as DocOffset, (start + 5) as DocOffset),
    });
  const ids = [make(paper.id, 'mine', 0), make(paper.id, 'mine', 16), make(other, 'mine', 0)];
  return { store, ids, make };
}

describe('selectLayerCounts', () => {
  it("counts each layer's annotations on the paper only", () => {
    const { store } = setUp();
    expect([...selectLayerCounts(store.getState(), paper.id)]).toEqual([['mine', 2]]);
  });

  it('keeps the same counts while edits move nothing between layers (a note typed)', () => {
    const { store, ids } = setUp();
    const before = selectLayerCounts(store.getState(), paper.id);
    store.getState().annotationEdited(ids[0]!, { note: 'Why?' });
    expect(selectLayerCounts(store.getState(), paper.id)).toBe(before);
  });

  it('follows highlights added and deleted, as a full count would', () => {
    const { store, ids, make } = setUp();
    selectLayerCounts(store.getState(), paper.id);
    const added = make(paper.id, 'mine', 37);
    store.getState().annotationDeleted(ids[1]!);
    expect([...selectLayerCounts(store.getState(), paper.id)]).toEqual([['mine', 2]]);
    store.getState().annotationDeleted(ids[0]!);
    store.getState().annotationDeleted(added);
    expect([...selectLayerCounts(store.getState(), paper.id)]).toEqual([]);
  });
});
