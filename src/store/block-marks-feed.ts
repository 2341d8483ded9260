/**
 * What each block of the reading view draws over its text (its highlights and the colour labels
 * they are described with), handed to the blocks through one store subscription rather than one
 * per block. A paper has thousands of blocks; with a subscription each, every change to the store
 * (a note keystroke, a new highlight) ran thousands of selectors before anything was drawn. The
 * feed listens once, finds the blocks whose highlights changed (their lists keep their identity
 * otherwise, highlight-selectors.ts) and tells those alone.
 */
import type { ColourLabels } from '../annotations/colours';
import type { AppState } from './app-store';
import { KeyedFeed, type FeedStore } from './keyed-feed';
import {
  selectBlockHighlights,
  type BlockHighlight,
  type HighlightsVersion,
} from './highlight-selectors';

/** One block's marks; the same object while they are unchanged. */
export interface BlockMarks {
  highlights: readonly BlockHighlight[];
  labels: ColourLabels;
}

/** Per-block subscriptions over one store subscription. */
export class BlockMarksFeed extends KeyedFeed<BlockMarks> {
  /** The highlight lists and labels as last checked, to look again at the changed blocks only. */
  private seen: { version: HighlightsVersion; labels: ColourLabels | null } = {
    version: { build: null, generation: 0 },
    labels: null,
  };

  /** The marks of block `blockId` now. */
  get(blockId: string): BlockMarks {
    const state = this.store.getState();
    const highlights = selectBlockHighlights(state, blockId);
    const labels = state.colourLabels;
    const last = this.last.get(blockId);
    // Labels only matter to a block that has highlights to describe.
    if (
      last &&
      last.highlights === highlights &&
      (last.labels === labels || highlights.length === 0)
    )
      return last;
    const marks = { highlights, labels };
    this.last.set(blockId, marks);
    return marks;
  }

  protected start(state: AppState) {
    const { version } = selectBlockHighlights.changedBlocks(state, this.seen.version);
    this.seen = { version, labels: state.colourLabels };
  }

  /**
   * The blocks whose highlights the selector replaced since the last check (a few, not every
   * block of the paper on each change to the store), unless that cannot be told or the colour
   * labels changed: then every block.
   */
  protected changedKeys(state: AppState) {
    const { blocks, version } = selectBlockHighlights.changedBlocks(state, this.seen.version);
    const everyBlock = blocks === null || state.colourLabels !== this.seen.labels;
    this.seen = { version, labels: state.colourLabels };
    return everyBlock ? null : blocks;
  }
}

const feeds = new WeakMap<FeedStore, BlockMarksFeed>();

/** The feed of a store (one per store). */
export function blockMarksFeed(store: FeedStore): BlockMarksFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new BlockMarksFeed(store)));
  return feed;
}
