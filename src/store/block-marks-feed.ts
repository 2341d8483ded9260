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

/** The part of the store the feed needs. */
interface Store {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** Per-block subscriptions over one store subscription. */
export class BlockMarksFeed {
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly marks = new Map<string, BlockMarks>();
  private unsubscribe: (() => void) | null = null;
  /** The highlight lists and labels as last checked, to look again at the changed blocks only. */
  private seen: { version: HighlightsVersion; labels: ColourLabels | null } = {
    version: { build: null, generation: 0 },
    labels: null,
  };

  constructor(private readonly store: Store) {}

  /** Calls `listener` when the marks of block `blockId` change; returns an unsubscribe. */
  subscribe(blockId: string, listener: () => void): () => void {
    let forBlock = this.listeners.get(blockId);
    if (!forBlock) this.listeners.set(blockId, (forBlock = new Set()));
    forBlock.add(listener);
    if (!this.unsubscribe) {
      const state = this.store.getState();
      const { version } = selectBlockHighlights.changedBlocks(state, this.seen.version);
      this.seen = { version, labels: state.colourLabels };
      this.unsubscribe = this.store.subscribe(() => this.changed());
    }
    return () => {
      forBlock.delete(listener);
      if (forBlock.size > 0) return;
      this.listeners.delete(blockId);
      this.marks.delete(blockId);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    };
  }

  /** The marks of block `blockId` now. */
  get(blockId: string): BlockMarks {
    const state = this.store.getState();
    const highlights = selectBlockHighlights(state, blockId);
    const labels = state.colourLabels;
    const last = this.marks.get(blockId);
    // Labels only matter to a block that has highlights to describe.
    if (
      last &&
      last.highlights === highlights &&
      (last.labels === labels || highlights.length === 0)
    )
      return last;
    const marks = { highlights, labels };
    this.marks.set(blockId, marks);
    return marks;
  }

  /**
   * Tells the blocks whose marks changed. Only the blocks whose highlights the selector replaced
   * since the last check are looked at (a few, not every block of the paper on each change to
   * the store), unless that cannot be told or the colour labels changed: then every block.
   */
  private changed() {
    const state = this.store.getState();
    const { blocks, version } = selectBlockHighlights.changedBlocks(state, this.seen.version);
    const everyBlock = blocks === null || state.colourLabels !== this.seen.labels;
    this.seen = { version, labels: state.colourLabels };
    const toCheck = everyBlock ? this.listeners.keys() : blocks;
    for (const blockId of toCheck) {
      const forBlock = this.listeners.get(blockId);
      if (!forBlock) continue;
      const last = this.marks.get(blockId);
      if (last && this.get(blockId) === last) continue;
      for (const listener of [...forBlock]) listener();
    }
  }
}

const feeds = new WeakMap<Store, BlockMarksFeed>();

/** The feed of a store (one per store). */
export function blockMarksFeed(store: Store): BlockMarksFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new BlockMarksFeed(store)));
  return feed;
}
