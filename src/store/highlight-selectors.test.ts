import { describe, expect, it } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import { describeRange } from '../anchoring/selectors';
import { parsePaper } from '../paper/parse-paper';
import type { DocOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { createBlockHighlightsSelector } from './highlight-selectors';
import { pid } from '../paper/__fixtures__/paper-ids';
import { entryOf, keysOf, valuesOf } from '../annotations/shared-record';

const paragraphs = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i} makes claim ${i} and cites nothing at all.`,
);
const paper = parsePaper(`# Many\n\n${paragraphs.join('\n\n')}`, {
  format: 'markdown',
  fileName: 'many.md',
  id: pid('sha256:many'),
});

function storeWithHighlights(perParagraph: number) {
  const store = createTestStore();
  store
    .getState()
    .paperOpened(paper, { id: paper.id, title: 'Many', fileName: 'many.md', format: 'markdown' });
  const anchors: Record<string, AnchorResult> = {};
  for (const block of paper.blocks.filter((b) => b.kind === 'paragraph')) {
    for (let k = 0; k < perParagraph; k++) {
      const start = (block.start + k * 3) as DocOffset;
      const end = (block.start + k * 3 + 12) as DocOffset;
      const id = store
        .getState()
        .annotationCreated({ paperId: paper.id, target: describeRange(paper.text, start, end) });
      anchors[id] = { status: 'exact', start, end };
    }
  }
  store.getState().anchorsResolved(paper.id, anchors, true);
  return store;
}

describe('block highlights selector', () => {
  it('gives each block its own highlights, overlapping ones included', () => {
    const store = storeWithHighlights(5);
    const select = createBlockHighlightsSelector();
    const first = paper.blocks.find((b) => b.kind === 'paragraph')!;
    expect(select(store.getState(), first.id)).toHaveLength(5);
    expect(select(store.getState(), paper.blocks[0]!.id)).toHaveLength(0);
  });

  it("keeps every untouched block's list identical when one annotation changes (1,000 highlights)", () => {
    const store = storeWithHighlights(25);
    const select = createBlockHighlightsSelector();
    const before = new Map(paper.blocks.map((b) => [b.id, select(store.getState(), b.id)]));
    const edited = valuesOf(store.getState().annotations).sort(
      (x, y) => x.created - y.created,
    )[300]!;
    store.getState().annotationEdited(edited.id, { colour: 'red' });
    const changed = paper.blocks.filter((b) => select(store.getState(), b.id) !== before.get(b.id));
    expect(changed).toHaveLength(1);
    const at = entryOf(store.getState().anchors, edited.id) as Extract<
      AnchorResult,
      { start: number }
    >;
    expect(changed[0]!.start <= at.start && at.end <= changed[0]!.end).toBe(true);
    expect(select(store.getState(), changed[0]!.id).find((h) => h.id === edited.id)?.colour).toBe(
      'red',
    );
  });

  it('changes only the two blocks involved when the open highlight moves from one to another', () => {
    const store = storeWithHighlights(2);
    const select = createBlockHighlightsSelector();
    const before = new Map(paper.blocks.map((b) => [b.id, select(store.getState(), b.id)]));
    const ids = keysOf(store.getState().annotations);
    store.getState().annotationActivated(ids[0]!);
    const afterFirst = new Map(paper.blocks.map((b) => [b.id, select(store.getState(), b.id)]));
    expect(paper.blocks.filter((b) => afterFirst.get(b.id) !== before.get(b.id))).toHaveLength(1);
    store.getState().annotationActivated(ids[ids.length - 1]!);
    expect(
      paper.blocks.filter((b) => select(store.getState(), b.id) !== afterFirst.get(b.id)),
    ).toHaveLength(2);
  });

  it('gives the same lists as a fresh build after every kind of change', () => {
    const store = storeWithHighlights(3);
    const select = createBlockHighlightsSelector();
    const listsOf = (pick: typeof select) =>
      paper.blocks.map((b) => pick(store.getState(), b.id).map((h) => ({ ...h })));
    const ids = keysOf(store.getState().annotations);
    const paragraph = paper.blocks.find((b) => b.kind === 'paragraph')!;
    const steps: [string, () => void][] = [
      ['recolour', () => store.getState().annotationEdited(ids[4]!, { colour: 'blue' })],
      ['open one', () => store.getState().annotationActivated(ids[7]!)],
      ['delete', () => store.getState().annotationDeleted(ids[8]!)],
      [
        'add',
        () => {
          const start = (paragraph.start + 20) as DocOffset;
          const end = (start + 9) as DocOffset;
          const id = store.getState().annotationCreated({
            paperId: paper.id,
            target: describeRange(paper.text, start, end),
          });
          store.getState().anchorsResolved(paper.id, { [id]: { status: 'exact', start, end } });
        },
      ],
      [
        'orphan',
        () => store.getState().anchorsResolved(paper.id, { [ids[9]!]: { status: 'orphan' } }),
      ],
      ['note only', () => store.getState().annotationEdited(ids[10]!, { note: 'A note.' })],
      ['close', () => store.getState().annotationActivated(null)],
      ['undo', () => store.getState().undo()],
    ];
    select(store.getState(), paragraph.id);
    for (const [name, step] of steps) {
      step();
      expect(listsOf(select), name).toEqual(listsOf(createBlockHighlightsSelector()));
    }
  });
});
