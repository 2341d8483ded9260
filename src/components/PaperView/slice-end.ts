/**
 * Where a slice of a long paper's progressive render ends (use-progressive-limit.ts). A slice is
 * sized in units of work, measured by time, so one that took long is followed by a smaller one;
 * a unit is a character of a block's text, but a reference entry also counts each of its "Cited
 * in" back-links (a link with its own label, a few elements each) as `BACKLINK_CHARS`. Counted
 * by characters alone, the first slice to reach the reference list drew a paper's whole list
 * (200 entries with 4,000 back-links in the 1.6 MB paper of issue 9) in one task of ~70 ms.
 */
import type { Block, Paper, ReferenceId } from '../../paper/types';

/**
 * Units a back-link counts as: its `<a>` with an `aria-label`, a `<span>` and a separator cost
 * about what a sentence of running text costs to render.
 */
export const BACKLINK_CHARS = 150;

/** Index of the first block starting at or after `offset` (blocks are sorted by start). */
function firstBlockFrom(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The limit (a canonical offset: blocks starting before it are rendered) after drawing about
 * `units` of work beyond `from`: at least one more block, and the paper's length once the last
 * block is in. `citedCount` says how many back-links a reference entry has.
 */
export function sliceEnd(
  paper: Paper,
  from: number,
  units: number,
  citedCount: (refId: ReferenceId) => number,
): number {
  const { blocks } = paper;
  let spent = 0;
  for (let i = firstBlockFrom(blocks, from); i < blocks.length; i++) {
    const block = blocks[i]!;
    spent += block.end - block.start;
    if (block.kind === 'reference') spent += BACKLINK_CHARS * citedCount(block.refId);
    if (spent >= units) return i + 1 < blocks.length ? blocks[i + 1]!.start : paper.text.length;
  }
  return paper.text.length;
}
