/**
 * Which references a passage cites: the passage is widened to the sentence(s) it sits in, and the
 * citation markers inside those sentences are collected. The "Link to source" picker offers these
 * first, so a claim is tied to the entry its own sentence cites with one key press.
 *
 * Sentences are found with a deliberately small rule, good enough for running academic prose:
 * a sentence ends at `.`, `?` or `!` (plus any closing quotes or brackets, and a citation marker
 * set right after it, as in `discussed.[8]`) when white space and a capital letter or an opening
 * quote follow (or a citation marker and a lower-case word: `[7] disagrees`), or at the edge of
 * its block. Abbreviations common in papers (`et al.`, `e.g.`, `i.e.`, `Fig.`, initials) do not
 * end a sentence; decimals (`3.5`) never match the rule.
 */
import type { Block, Citation, Paper, ReferenceId } from './types';
import { isSpaceCode } from './spaces';
import { trimRange } from './text-range';

/** Words that end with a full stop without ending the sentence (compared in lower case). */
const ABBREVIATIONS = new Set(
  'al e.g i.e cf fig figs eq eqs vs no nos vol pp p ch sec ref refs ed eds approx dr mr mrs ms prof st resp viz'.split(
    ' ',
  ),
);

/** `.`, `?` or `!`: what may end a sentence. */
const TERMINATOR = /[.?!]/g;
/** Closing marks that belong to the sentence they follow (`..." Next`, `...). Next`). */
const CLOSERS = `"'”’)]»`;
/** What may open the next sentence: a capital letter or an opening quote. */
const SENTENCE_OPENER = /[\p{Lu}"“‘'«]/u;

/** A `[start, end)` range of `Paper.text`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Is the full stop at `i` the end of an abbreviation or an initial (`J. Smith`)? */
function endsAbbreviation(text: string, blockStart: number, i: number): boolean {
  const word = /(\S+)$/.exec(text.slice(Math.max(blockStart, i - 12), i))?.[1] ?? '';
  const bare = word.replace(/^[("'“‘[]+/, '');
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}

/**
 * Where the sentence closed by the terminator at `i` ends (after closers and a marker glued to
 * it), or null when the terminator does not end a sentence.
 */
function sentenceEndAt(
  text: string,
  block: Block,
  i: number,
  citationAt: (offset: number) => Citation | undefined,
): number | null {
  if (text[i] === '.' && endsAbbreviation(text, block.start, i)) return null;
  let end = i + 1;
  while (end < block.end && CLOSERS.includes(text[end]!)) end++;
  const glued = citationAt(end);
  if (glued) end = glued.end;
  let next = end;
  while (next < block.end && isSpaceCode(text.charCodeAt(next))) next++;
  if (next === end || next >= block.end) return next >= block.end ? block.end : null;
  if (SENTENCE_OPENER.test(text[next]!)) return end;
  // A marker that is the next sentence's subject (`models say. [7] disagrees`): a lower-case word
  // after it says so.
  const opening = citationAt(next);
  if (!opening) return null;
  let after = opening.end;
  while (after < block.end && isSpaceCode(text.charCodeAt(after))) after++;
  return after > opening.end && /\p{Ll}/u.test(text[after] ?? '') ? end : null;
}

/** The `[start, end)` of every sentence of a block, in order, covering its text. */
export function sentencesOfBlock(
  paper: Pick<Paper, 'text' | 'citations'>,
  block: Block,
): TextRange[] {
  const { text } = paper;
  const markers = new Map<number, Citation>(
    paper.citations
      .filter((c) => c.start >= block.start && c.end <= block.end)
      .map((c) => [c.start, c]),
  );
  const sentences: TextRange[] = [];
  const blockEnd = block.end;
  let start: number = block.start;
  // From terminator to terminator: a native scan for the next one, not a test per character.
  TERMINATOR.lastIndex = start;
  for (let found = TERMINATOR.exec(text); found !== null; found = TERMINATOR.exec(text)) {
    const i = found.index;
    if (i >= blockEnd) break;
    const end = sentenceEndAt(text, block, i, (at) => markers.get(at));
    if (end === null || end >= blockEnd) continue;
    sentences.push({ start, end });
    start = end;
    while (start < blockEnd && isSpaceCode(text.charCodeAt(start))) start++;
    TERMINATOR.lastIndex = start;
  }
  if (start < blockEnd) sentences.push({ start, end: blockEnd });
  return sentences;
}

/** The blocks that `[start, end)` touches, first and last (null when it touches none). */
function blocksSpanning(paper: Paper, start: number, end: number): [Block, Block] | null {
  const first = paper.blocks.find((b) => b.end > start);
  const last = paper.blocks.findLast((b) => b.start < end);
  return first && last && first.start <= last.start ? [first, last] : null;
}

/**
 * `[start, end)` widened to whole sentences: from the start of the sentence holding its first
 * character to the end of the one holding its last. White space at its edges is ignored; a range
 * outside every block is returned unchanged.
 */
export function sentenceRangeAround(paper: Paper, start: number, end: number): TextRange {
  ({ start, end } = trimRange(paper.text, start, end) ?? { start: end, end });
  const blocks = blocksSpanning(paper, start, Math.max(end, start + 1));
  if (!blocks) return { start, end };
  const [firstBlock, lastBlock] = blocks;
  const opening = sentencesOfBlock(paper, firstBlock).findLast((s) => s.start <= start);
  const closing = sentencesOfBlock(paper, lastBlock).find((s) => s.end >= end);
  return {
    start: Math.min(start, opening?.start ?? firstBlock.start),
    end: Math.max(end, closing?.end ?? lastBlock.end),
  };
}

/**
 * The ids of the references cited in the sentence(s) around `[start, end)`, in the order they are
 * cited, each once. Empty when the sentences cite nothing.
 */
export function suggestReferences(paper: Paper, start: number, end: number): ReferenceId[] {
  const range = sentenceRangeAround(paper, start, end);
  const ids: ReferenceId[] = [];
  for (const citation of paper.citations) {
    if (citation.end <= range.start || citation.start >= range.end) continue;
    for (const refId of citation.refIds) if (!ids.includes(refId)) ids.push(refId);
  }
  return ids;
}
