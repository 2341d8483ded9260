/**
 * Bounds on a paper's structure, so a hostile or generated file (a Markdown file of 100,000
 * headings) cannot block the tab for a minute: past `MAX_HEADINGS` headings, headings are kept as
 * ordinary paragraphs (out of the contents); past `MAX_BLOCKS` blocks, the rest of the text is
 * kept in paragraphs of up to `MERGED_BLOCK_CHARS` characters. No text is dropped: the canonical
 * text holds every word, so highlights still anchor; the reader is told what was limited
 * (`limits-message.ts`).
 */
import type { RawBlock } from './raw-block';
import { PIECE_CHARS } from './split-paragraphs';
import type { PaperLimits } from './types';

export type { PaperLimits } from './types';

/**
 * Headings listed in the contents and outline. A thesis has a few hundred; past this the
 * contents is no longer a way to find anything, and each heading costs a section to render.
 */
export const MAX_HEADINGS = 1000;

/**
 * Blocks (paragraphs, headings, references) kept as they are. A long paper has about a
 * thousand, a book some ten thousand; each is an element to render and a unit to anchor in.
 */
export const MAX_BLOCKS = 10_000;

/**
 * Size of the paragraphs the text past `MAX_BLOCKS` is kept in: long, but quick to lay out; the
 * size of a cut paragraph's pieces (`split-paragraphs.ts`), so they are never cut again.
 */
export const MERGED_BLOCK_CHARS = PIECE_CHARS;

/** How many headings and blocks a paper keeps as they are. */
export interface BlockBounds {
  maxHeadings: number;
  maxBlocks: number;
}

/** The app's bounds; benchmarks pass `Infinity` to measure what they save. */
export const BLOCK_BOUNDS: BlockBounds = { maxHeadings: MAX_HEADINGS, maxBlocks: MAX_BLOCKS };

/** `raw` within `bounds`, and what was limited (null when nothing was). */
export function limitBlocks(
  raw: readonly RawBlock[],
  { maxHeadings, maxBlocks }: BlockBounds = BLOCK_BOUNDS,
): {
  blocks: RawBlock[];
  limits: PaperLimits | null;
} {
  const blocks: RawBlock[] = [];
  let headings = 0;
  let headingsAsText = 0;
  const kept = Math.min(raw.length, maxBlocks);
  for (let i = 0; i < kept; i++) {
    const block = raw[i]!;
    if (block.kind === 'heading' && ++headings > maxHeadings) {
      headingsAsText += 1;
      blocks.push({ kind: 'paragraph', text: block.text });
    } else blocks.push(block);
  }
  const rest = raw.slice(kept);
  const merged = mergeTexts(rest);
  blocks.push(...merged);
  for (const block of rest) if (block.kind === 'heading') headingsAsText += 1;
  const limited = headingsAsText > 0 || rest.length > 0;
  return {
    blocks,
    limits: limited
      ? { headingsAsText, blocksMerged: rest.length, mergedInto: merged.length }
      : null,
  };
}

/** The texts of `blocks` joined line by line into paragraphs of about `MERGED_BLOCK_CHARS`. */
function mergeTexts(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let lines: string[] = [];
  let size = 0;
  const flush = () => {
    if (lines.length > 0) out.push({ kind: 'paragraph', text: lines.join('\n') });
    lines = [];
    size = 0;
  };
  for (const block of blocks) {
    const text = block.text.trim();
    if (text === '') continue;
    if (size > 0 && size + text.length > MERGED_BLOCK_CHARS) flush();
    lines.push(text);
    size += text.length + 1;
  }
  flush();
  return out;
}
