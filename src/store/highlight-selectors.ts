/**
 * Highlights per block, for the reading view. Each block subscribes to its own list, and a list
 * keeps its identity while nothing in that block changed, so a change to one annotation
 * re-renders only the blocks it touches (thousands of highlights stay smooth). The lists are
 * patched, not rebuilt: after a change only the annotations whose record, anchor or open state
 * changed (found by identity, shared-record.ts) are placed again, and only their blocks re-sorted,
 * so a note keystroke or a new highlight costs the same with 50 or 5,000 highlights.
 */
import type { ColourId } from '../annotations/colours';
import { changedKeysOf, emptyRecord, entryOf, forEachEntry } from '../annotations/shared-record';
import type { AnnotationId } from '../annotations/types';
import type { Paper } from '../paper/types';
import { hiddenSetIds } from '../annotations/sets';
import type { AppState } from './app-store';
import type { Anchors } from './slices/view-slice';

/** One highlight as a block draws it: where it anchored and how it looks. */
export interface BlockHighlight {
  id: AnnotationId;
  start: number;
  end: number;
  colour: ColourId;
  active: boolean;
  /** Of a layer the reader imported (read-only), drawn apart from their own. */
  imported?: true;
}

const EMPTY: BlockHighlight[] = [];
const NO_ANCHORS: Anchors = emptyRecord();

const sameList = (a: readonly BlockHighlight[], b: readonly BlockHighlight[]) =>
  a.length === b.length &&
  a.every((h, i) => {
    const o = b[i]!;
    return (
      h.id === o.id &&
      h.start === o.start &&
      h.end === o.end &&
      h.colour === o.colour &&
      h.active === o.active &&
      h.imported === o.imported
    );
  });

/** First block whose end is past `offset` (blocks are sorted and do not overlap). */
function firstBlockEndingAfter(paper: Paper, offset: number): number {
  let lo = 0;
  let hi = paper.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paper.blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reading order within a block: by start, the longer first, then by id. */
const byPosition = (x: BlockHighlight, y: BlockHighlight) =>
  x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : 1);

/** What the selector needs from the state, compared by identity between calls. */
interface Inputs {
  paper: Paper;
  annotations: AppState['annotations'];
  anchors: Anchors;
  activeId: AnnotationId | null;
  sets: AppState['annotationSets'];
}

/**
 * The highlights of one paper per block, kept up to date by placing again only the annotations
 * that changed.
 */
class BlockHighlights {
  /** Each block's highlights, sorted; a list is replaced only when its content changed. */
  readonly lists = new Map<string, BlockHighlight[]>();
  /** Updates made so far; the blocks whose list was replaced by each of the last few. */
  generation = 0;
  private readonly log: { generation: number; blocks: string[] }[] = [];
  /** Each block's highlights by annotation id, unsorted. */
  private readonly members = new Map<string, Map<AnnotationId, BlockHighlight>>();
  /** The blocks each annotation is drawn in. */
  private readonly blocksOf = new Map<AnnotationId, string[]>();
  private readonly hidden: ReadonlySet<string>;

  constructor(public inputs: Inputs) {
    this.hidden = hiddenSetIds(inputs.sets);
    // Only an anchored annotation is drawn: on a reload the first screen's few are anchored
    // before the rest, so this visits those, not every stored annotation.
    forEachEntry(inputs.anchors, (id) => this.place(id, new Set()));
    for (const blockId of this.members.keys()) this.sortBlock(blockId);
  }

  /** Brings the lists up to `next` (same paper and sets); false when they must be rebuilt. */
  update(next: Inputs): boolean {
    const before = this.inputs;
    if (next.paper !== before.paper || next.sets !== before.sets) return false;
    this.inputs = next;
    const ids = new Set(changedKeysOf(before.annotations, next.annotations));
    for (const id of changedKeysOf(before.anchors, next.anchors)) ids.add(id);
    if (before.activeId !== next.activeId) {
      if (before.activeId) ids.add(before.activeId);
      if (next.activeId) ids.add(next.activeId);
    }
    const dirty = new Set<string>();
    for (const id of ids) this.place(id, dirty);
    const replaced: string[] = [];
    for (const blockId of dirty) if (this.sortBlock(blockId)) replaced.push(blockId);
    if (replaced.length > 0 || ids.size > 0) {
      this.generation++;
      this.log.push({ generation: this.generation, blocks: replaced });
      if (this.log.length > LOG_LENGTH) this.log.shift();
    }
    return true;
  }

  /**
   * The blocks whose list was replaced since update `generation` of this instance, or null when
   * that is too long ago to say (then every block may have changed).
   */
  changedSince(generation: number): Set<string> | null {
    if (generation === this.generation) return new Set();
    const oldest = this.log[0];
    if (!oldest || oldest.generation > generation + 1) return null;
    const blocks = new Set<string>();
    for (const entry of this.log)
      if (entry.generation > generation) for (const b of entry.blocks) blocks.add(b);
    return blocks;
  }

  /** Takes an annotation out of its blocks and puts it where it is now drawn (if anywhere). */
  private place(id: AnnotationId, dirty: Set<string>) {
    for (const blockId of this.blocksOf.get(id) ?? []) {
      this.members.get(blockId)?.delete(id);
      dirty.add(blockId);
    }
    this.blocksOf.delete(id);
    const { paper, annotations, anchors, activeId } = this.inputs;
    const a = entryOf(annotations, id);
    if (!a || a.paperId !== paper.id || this.hidden.has(a.setId)) return;
    const at = entryOf(anchors, id);
    if (!at || at.status === 'orphan') return;
    const highlight: BlockHighlight = {
      id,
      start: at.start,
      end: at.end,
      colour: a.colour,
      active: id === activeId,
      // Sets change only by a rebuild: a layer's origin is read once per placing.
      ...(this.inputs.sets[a.setId]?.origin === 'imported' && { imported: true }),
    };
    const blocks: string[] = [];
    for (let i = firstBlockEndingAfter(paper, at.start); i < paper.blocks.length; i++) {
      const block = paper.blocks[i]!;
      if (block.start >= at.end) break;
      let members = this.members.get(block.id);
      if (!members) this.members.set(block.id, (members = new Map()));
      members.set(id, highlight);
      blocks.push(block.id);
      dirty.add(block.id);
    }
    this.blocksOf.set(id, blocks);
  }

  /** Sorts a block's list again; true when the list was replaced (or removed). */
  private sortBlock(blockId: string): boolean {
    const members = this.members.get(blockId);
    if (!members || members.size === 0) {
      this.members.delete(blockId);
      return this.lists.delete(blockId);
    }
    const list = [...members.values()].sort(byPosition);
    const before = this.lists.get(blockId);
    if (before && sameList(before, list)) return false;
    this.lists.set(blockId, list);
    return true;
  }
}

/** Updates whose replaced blocks are remembered (the changes between two reads of a listener). */
const LOG_LENGTH = 32;

/** Where a reader of the lists last looked: which build, and how many updates into it. */
export interface HighlightsVersion {
  build: object | null;
  generation: number;
}

/**
 * Builds a selector of one block's highlights that returns the same array while they are
 * unchanged. One instance per store (the cache is shared by all blocks of the current paper).
 */
export function createBlockHighlightsSelector() {
  let last: AppState | null = null;
  let current: BlockHighlights | null = null;
  const refresh = (s: AppState) => {
    if (s === last) return;
    last = s;
    if (!s.paper) {
      current = null;
      return;
    }
    const inputs: Inputs = {
      paper: s.paper,
      annotations: s.annotations,
      anchors: s.anchorsPaperId === s.paper.id ? s.anchors : NO_ANCHORS,
      activeId: s.activeAnnotationId,
      sets: s.annotationSets,
    };
    if (!current || !current.update(inputs)) current = new BlockHighlights(inputs);
  };
  const select = (s: AppState, blockId: string): BlockHighlight[] => {
    refresh(s);
    return current?.lists.get(blockId) ?? EMPTY;
  };
  /**
   * The blocks whose highlights changed between `since` and state `s`, and the version to pass
   * next time; null blocks when that cannot be told (another paper, a rebuild, too many updates
   * ago): then any block may have changed.
   */
  const changedBlocks = (
    s: AppState,
    since: HighlightsVersion,
  ): { blocks: Set<string> | null; version: HighlightsVersion } => {
    refresh(s);
    const version = { build: current, generation: current?.generation ?? 0 };
    if (!current || since.build !== current) return { blocks: null, version };
    return { blocks: current.changedSince(since.generation), version };
  };
  return Object.assign(select, { changedBlocks });
}

export const selectBlockHighlights = createBlockHighlightsSelector();
