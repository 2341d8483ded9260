import { describe, expect, it, vi } from 'vitest';
import type { AnchorResult } from '../anchoring/anchor';
import { describeRange } from '../anchoring/selectors';
import { parsePaper } from '../paper/parse-paper';
import { pid } from '../paper/__fixtures__/paper-ids';
import type { DocOffset } from '../paper/types';
import { createTestStore } from './__fixtures__/test-store';
import { BlockMarksFeed } from './block-marks-feed';

const paper = parsePaper(
  `# Feed\n\n${Array.from({ length: 6 }, (_, i) => `Paragraph ${i} says a thing or two.`).join('\n\n')}`,
  { format: 'markdown', fileName: 'feed.md', id: pid('sha256:feed') },
);
const paragraphs = paper.blocks.filter((b) => b.kind === 'paragraph');

/** A store with one highlight at the start of each paragraph, and a feed over it. */
function setUp() {
  const store = createTestStore();
  store
    .getState()
    .paperOpened(paper, { id: paper.id, title: 'Feed', fileName: 'feed.md', format: 'markdown' });
  const anchors: Record<string, AnchorResult> = {};
  const ids = paragraphs.map((block) => {
    const start = block.start as DocOffset;
    const end = (block.start + 9) as DocOffset;
    const id = store
      .getState()
      .annotationCreated({ paperId: paper.id, target: describeRange(paper.text, start, end) });
    anchors[id] = { status: 'exact', start, end };
    return id;
  });
  store.getState().anchorsResolved(paper.id, anchors, true);
  const feed = new BlockMarksFeed(store);
  const listeners = paragraphs.map((block) => {
    const listener = vi.fn();
    feed.subscribe(block.id, listener);
    feed.get(block.id);
    return listener;
  });
  return { store, feed, ids, listeners };
}

describe('BlockMarksFeed', () => {
  it("tells only the block whose highlight changed, with the highlight's new colour", () => {
    const { store, feed, ids, listeners } = setUp();
    store.getState().annotationEdited(ids[2]!, { colour: 'red' });
    expect(listeners.map((l) => l.mock.calls.length)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(feed.get(paragraphs[2]!.id).highlights[0]?.colour).toBe('red');
  });

  it('looks again only at the blocks whose highlights changed, not at every block', () => {
    const { store, feed, ids, listeners } = setUp();
    const get = vi.spyOn(feed, 'get');
    store.getState().annotationEdited(ids[1]!, { colour: 'green' });
    store.getState().annotationEdited(ids[3]!, { note: 'A note draws nothing.' });
    store.getState().announced('Saved.');
    expect(get.mock.calls.map(([blockId]) => blockId)).toEqual([paragraphs[1]!.id]);
    expect(listeners.map((l) => l.mock.calls.length)).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('tells no block of a change that draws nothing new (a note typed)', () => {
    const { store, ids, listeners } = setUp();
    store.getState().annotationEdited(ids[4]!, { note: 'Why?' });
    store.getState().announced('Saved.');
    expect(listeners.every((l) => l.mock.calls.length === 0)).toBe(true);
  });

  it('gives the same marks while nothing changed, and tells every block with highlights of renamed colours', () => {
    const { store, feed, listeners } = setUp();
    const before = feed.get(paragraphs[0]!.id);
    expect(feed.get(paragraphs[0]!.id)).toBe(before);
    store.getState().colourLabelRenamed('yellow', 'Claim (main)');
    expect(listeners.every((l) => l.mock.calls.length === 1)).toBe(true);
    expect(feed.get(paragraphs[0]!.id).labels.yellow).toBe('Claim (main)');
  });

  it('stops listening to the store when the last block unsubscribes', () => {
    const store = createTestStore();
    const subscribe = vi.spyOn(store, 'subscribe');
    const feed = new BlockMarksFeed(store);
    const stopA = feed.subscribe('a', () => {});
    const stopB = feed.subscribe('b', () => {});
    expect(subscribe).toHaveBeenCalledTimes(1);
    stopA();
    stopB();
    const listener = vi.fn();
    feed.subscribe('a', listener);
    expect(subscribe).toHaveBeenCalledTimes(2);
  });
});
