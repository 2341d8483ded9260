/**
 * Giant paragraphs cut into readable pieces (issue 9): a PDF whose layout finds no paragraph
 * breaks gives one paragraph of its whole text (1.5 MB for 300 pages), which the browser lays out
 * as one element in one task of a second or more. Paragraphs over `SPLIT_PARAGRAPH_CHARS` become
 * several paragraph blocks of at most about `PIECE_CHARS`, cut at sentence ends
 * (`sentencesOfBlock`), else at a space, never inside a citation marker. The canonical text is
 * not changed: the pieces are ranges of the same text, so every offset and highlight stays valid.
 */
import { sentencesOfBlock, type TextRange } from './sentence-citations';
import { docOffset, type Block, type Citation, type ParagraphBlock } from './types';

/** Paragraphs longer than this are cut; an ordinary long paragraph (2–5,000) stays whole. */
export const SPLIT_PARAGRAPH_CHARS = 6_000;

/** The most characters a piece of a cut paragraph holds (unless one sentence is longer). */
export const PIECE_CHARS = 4_000;

/**
 * `blocks` with every paragraph over `SPLIT_PARAGRAPH_CHARS` cut into pieces, renumbered `b0`,
 * `b1`, … in reading order; the same array when none is that long.
 */
export function splitLongParagraphs(
  text: string,
  blocks: readonly Block[],
  citations: readonly Citation[],
): Block[] {
  if (!blocks.some(isLong)) return [...blocks];
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || !isLong(block)) out.push(block);
    else out.push(...cutParagraph(text, block, citations));
  }
  return out.map((block, i) => ({ ...block, id: `b${i}` }));
}

function isLong(block: Block): boolean {
  return block.kind === 'paragraph' && block.end - block.start > SPLIT_PARAGRAPH_CHARS;
}

/** The pieces of one long paragraph: runs of whole sentences of up to `PIECE_CHARS`. */
function cutParagraph(
  text: string,
  block: ParagraphBlock,
  citations: readonly Citation[],
): ParagraphBlock[] {
  const inside = citations.filter((c) => c.start >= block.start && c.end <= block.end);
  const sentences = sentencesOfBlock({ text, citations: inside }, block).flatMap((s) =>
    s.end - s.start > PIECE_CHARS ? cutAtSpaces(text, s, inside) : [s],
  );
  const pieces: TextRange[] = [];
  for (const sentence of sentences) {
    const last = pieces.at(-1);
    if (last && sentence.end - last.start <= PIECE_CHARS) last.end = sentence.end;
    else pieces.push({ ...sentence });
  }
  return pieces.map((piece, i) => {
    const start = docOffset(piece.start);
    const end = docOffset(piece.end);
    const lead = i === 0 && block.leadEnd !== undefined && block.leadEnd < end;
    return lead
      ? { id: block.id, kind: 'paragraph', start, end, leadEnd: block.leadEnd }
      : { id: block.id, kind: 'paragraph', start, end };
  });
}

/**
 * A run-on "sentence" longer than a piece (no full stops in a PDF's table or list), cut at the
 * last space before each `PIECE_CHARS`, or at `PIECE_CHARS` when there is none; never inside a
 * citation marker nor between the halves of a surrogate pair.
 */
function cutAtSpaces(text: string, range: TextRange, citations: readonly Citation[]): TextRange[] {
  const parts: TextRange[] = [];
  let start = range.start;
  while (range.end - start > PIECE_CHARS) {
    let cut = start + PIECE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + PIECE_CHARS / 2) cut = space;
    const marker = citations.find((c) => c.start < cut && c.end > cut);
    if (marker && marker.start > start) cut = marker.start;
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    let end = cut;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    parts.push({ start, end });
    start = cut;
    while (start < range.end && /\s/.test(text[start]!)) start++;
  }
  if (start < range.end) parts.push({ start, end: range.end });
  return parts;
}
