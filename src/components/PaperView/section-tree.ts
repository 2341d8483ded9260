/**
 * Groups a paper's flat block list into nested sections for rendering: each heading opens a
 * section that holds the blocks after it until a heading of the same or a higher level.
 */
import type { Block, HeadingBlock } from '../../paper/types';

export interface SectionNode {
  heading: HeadingBlock | null;
  /** Content blocks (paragraphs, references, the title) in order, without sub-headings. */
  blocks: Block[];
  children: SectionNode[];
}

/** Builds the section tree; blocks before the first heading sit in a root node with no heading. */
export function buildSectionTree(blocks: readonly Block[]): SectionNode {
  const root: SectionNode = { heading: null, blocks: [], children: [] };
  const stack: SectionNode[] = [root];
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      stack[stack.length - 1]!.blocks.push(block);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.heading!.level >= block.level) stack.pop();
    const node: SectionNode = { heading: block, blocks: [], children: [] };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  return root;
}

/** The DOM id of a section's heading, used by the table of contents and backlinks. */
export const headingDomId = (heading: HeadingBlock): string => `sec-${heading.id}`;
