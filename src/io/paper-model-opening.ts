/**
 * A long stored model's opening (`openingOf`), sent before the rest of it by the stored-model
 * reader (`paper-model.worker.ts`), as a parse sends a long source's (`paper/opening-blocks.ts`).
 */
import type { Paper } from '../paper/types';

/** Models with less text than this are shown whole at once (as a parse makes no opening). */
export const OPENING_MIN_TEXT_CHARS = 100_000;
/** Text of the opening: a few screens (as `paper/opening-blocks.ts` parses for a long source). */
export const OPENING_TEXT_CHARS = 16_000;

/**
 * A long model's first blocks as a provisional paper, like a parse's opening: the blocks ending
 * within the first `OPENING_TEXT_CHARS` characters, the text up to the last one's end, the
 * references there and no citations; null for a model short enough to show whole.
 */
export function openingOf(paper: Paper): Paper | null {
  if (paper.text.length <= OPENING_MIN_TEXT_CHARS) return null;
  const count = paper.blocks.findIndex((b) => b.end > OPENING_TEXT_CHARS);
  if (count <= 0) return null;
  const blocks = paper.blocks.slice(0, count);
  const end = blocks.at(-1)!.end;
  const { limits: _limits, ...rest } = paper;
  return {
    ...rest,
    text: paper.text.slice(0, end),
    blocks,
    references: paper.references.filter((r) => r.end <= end),
    citations: [],
  };
}
