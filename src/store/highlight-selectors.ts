/**
 * Highlights per block, for the reading view. Each block subscribes to its own list, and a list
 * keeps its identity while nothing in that block changed, so a change to one annotation
 * re-renders only the blocks it touches (thousands of highlights stay smooth).
 */
import type { AnchorResult } from '../anchoring/anchor';
import type { ColourId } from '../annotations/colours';
import type { Annotation, AnnotationId } from '../annotations/types';
import type { Paper } from '../paper/types';
import { hiddenSetIds } from '../annotations/sets';
import type { AppState } from './app-store';

/** One highlight as a block draws it: where it anchored and how it looks. */
export interface BlockHighlight {
  id: AnnotationId;
  start: number;
  end: number;
  colour: ColourId;
  active: boolean;
}

const EMPTY: BlockHighlight[] = [];

const sameList = (a: readonly BlockHighlight[], b: readonly BlockHighlight[]) =>
  a.length === b.length &&
  a.every((h, i) => {
    const o = b[i]!;
    return (
      h.id === o.id &&
      h.start === o.start &&
      h.end === o.end &&
      h.colour === o.colour &&
      h.active === o.active
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

function computeByBlock(
  paper: Paper,
  annotations: Readonly<Record<AnnotationId, Annotation>>,
  anchors: Readonly<Record<AnnotationId, AnchorResult>>,
  activeId: AnnotationId | null,
  hidden: ReadonlySet<string>,
): Map<string, BlockHighlight[]> {
  const byBlock = new Map<string, BlockHighlight[]>();
  for (const a of Object.values(annotations)) {
    if (a.paperId !== paper.id || hidden.has(a.setId)) continue;
    const at = anchors[a.id];
    if (!at || at.status === 'orphan') continue;
    const highlight: BlockHighlight = {
      id: a.id,
      start: at.start,
      end: at.end,
      colour: a.colour,
      active: a.id === activeId,
    };
    for (let i = firstBlockEndingAfter(paper, at.start); i < paper.blocks.length; i++) {
      const block = paper.blocks[i]!;
      if (block.start >= at.end) break;
      const list = byBlock.get(block.id) ?? [];
      list.push(highlight);
      byBlock.set(block.id, list);
    }
  }
  for (const list of byBlock.values())
    list.sort((x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : 1));
  return byBlock;
}

/**
 * Builds a selector of one block's highlights that returns the same array while they are
 * unchanged. One instance per store (the cache is shared by all blocks of the current paper).
 */
export function createBlockHighlightsSelector() {
  let inputs:
    | [
        Paper | null,
        AppState['annotations'],
        AppState['anchors'],
        AnnotationId | null,
        AppState['annotationSets'],
      ]
    | null = null;
  let current = new Map<string, BlockHighlight[]>();
  const refresh = (s: AppState) => {
    const next: typeof inputs = [
      s.paper,
      s.annotations,
      s.anchors,
      s.activeAnnotationId,
      s.annotationSets,
    ];
    if (inputs && next.every((v, i) => Object.is(v, inputs![i]))) return;
    inputs = next;
    if (!s.paper) {
      current = new Map();
      return;
    }
    const fresh = computeByBlock(
      s.paper,
      s.annotations,
      s.anchorsPaperId === s.paper.id ? s.anchors : {},
      s.activeAnnotationId,
      hiddenSetIds(s.annotationSets),
    );
    for (const [blockId, list] of fresh) {
      const before = current.get(blockId);
      if (before && sameList(before, list)) fresh.set(blockId, before);
    }
    current = fresh;
  };
  return (s: AppState, blockId: string): BlockHighlight[] => {
    refresh(s);
    return current.get(blockId) ?? EMPTY;
  };
}

export const selectBlockHighlights = createBlockHighlightsSelector();
