/**
 * A run of consecutive blocks of a long paper, drawn inside one box that the browser may skip
 * while it is off screen (`content-visibility: auto`, paper-view.css). One box per few dozen
 * paragraphs rather than one per paragraph: the browser checks every such box against the view
 * on each frame, and 3,000 of them cost ~10 ms a frame on their own (issue 9: every interaction
 * within one frame), while ~100 cost almost nothing. Until a box is first drawn its height is
 * guessed from the length of its text.
 */
import { memo, type CSSProperties } from 'react';
import type { Block, Paper } from '../../paper/types';
import { BlockText } from './BlockText';

/**
 * Blocks per group: enough that a long paper has only a hundred or so groups, few enough that
 * the one coming into view lays out in a few milliseconds.
 */
export const BLOCKS_PER_GROUP = 32;

/** Characters in a line of the reading measure (68ch of the text face), for the height guess. */
const CHARS_PER_LINE = 75;

interface Props {
  paper: Paper;
  /** The blocks of the group (a slice of the section's, in order). */
  blocks: readonly Block[];
}

/** The guessed size of the group before it is first drawn, as CSS variables (paper-view.css). */
function sizeGuess(blocks: readonly Block[]): CSSProperties {
  let lines = 0;
  for (const block of blocks)
    lines += Math.max(1, Math.ceil((block.end - block.start) / CHARS_PER_LINE));
  return { '--group-lines': lines, '--group-blocks': blocks.length } as CSSProperties;
}

export const BlockGroup = memo(
  function BlockGroup({ paper, blocks }: Props) {
    return (
      <div className="block-group" style={sizeGuess(blocks)}>
        {blocks.map((block) => (
          <BlockText key={block.id} paper={paper} block={block} className="paragraph" />
        ))}
      </div>
    );
  },
  // Equal when the same blocks of the same paper: the section cuts a new slice on every render.
  (a, b) =>
    a.paper === b.paper &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((block, i) => block === b.blocks[i]),
);
