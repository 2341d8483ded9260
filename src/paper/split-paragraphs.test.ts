import { parsePaper } from './parse-paper';
import { PIECE_CHARS, SPLIT_PARAGRAPH_CHARS, splitLongParagraphs } from './split-paragraphs';
import { asPaperId, docOffset, type Block, type Citation, type Paper } from './types';

const parse = (source: string): Paper =>
  parsePaper(source, { format: 'pdf', fileName: 'long.pdf', id: asPaperId('sha256:x') });

/** Sentences of about 100 characters, numbered so every one is different. */
const sentences = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Sentence ${i} says the measured effect holds in every county that was sampled here.`,
  ).join(' ');

const textOf = (paper: Paper, block: Block) => paper.text.slice(block.start, block.end);

/** Pieces never overlap, keep reading order, and only white space lies between two of them. */
function expectRangesOfTheSameText(paper: Paper, blocks: readonly Block[]) {
  for (let i = 1; i < blocks.length; i++) {
    expect(blocks[i]!.start).toBeGreaterThanOrEqual(blocks[i - 1]!.end);
    expect(paper.text.slice(blocks[i - 1]!.end, blocks[i]!.start).trim()).toBe('');
  }
}

describe('splitLongParagraphs', () => {
  it('cuts a paragraph of a whole PDF into pieces of whole sentences, the text unchanged', () => {
    const source = sentences(2_000); // some 170,000 characters, no paragraph break
    const paper = parse(source);
    expect(paper.text).toBe(source);
    expect(paper.blocks.length).toBeGreaterThan(source.length / PIECE_CHARS);
    expect(paper.blocks.every((b) => b.end - b.start <= PIECE_CHARS)).toBe(true);
    expect(paper.blocks.every((b) => /^Sentence \d+ .*\.$/.test(textOf(paper, b)))).toBe(true);
    expect(paper.blocks[0]!.start).toBe(0);
    expect(paper.blocks.at(-1)!.end).toBe(source.length);
    expectRangesOfTheSameText(paper, paper.blocks);
    expect(paper.blocks.map((b) => b.id)).toEqual(paper.blocks.map((_, i) => `b${i}`));
  });

  it('leaves a paragraph up to the split size whole', () => {
    const source = `Title line\n\n${sentences(50)}`;
    expect(SPLIT_PARAGRAPH_CHARS).toBeGreaterThan(sentences(50).length);
    const paper = parse(source);
    expect(paper.blocks.map((b) => textOf(paper, b))).toContain(sentences(50));
  });

  it('keeps the blocks around a cut paragraph, and their order', () => {
    const source = `Short first paragraph.\n\n${sentences(200)}\n\nShort last paragraph.`;
    const paper = parse(source);
    expect(textOf(paper, paper.blocks[0]!)).toBe('Short first paragraph.');
    expect(textOf(paper, paper.blocks.at(-1)!)).toBe('Short last paragraph.');
    expectRangesOfTheSameText(paper, paper.blocks);
  });

  it('never cuts inside a citation marker', () => {
    const marker = '[12]';
    const source = `${sentences(100)} ${'word '.repeat(2_000)}${marker}${' word'.repeat(2_000)}.`;
    const start = source.indexOf(marker);
    const citation: Citation = {
      id: 'c0',
      start: docOffset(start),
      end: docOffset(start + marker.length),
      refIds: [],
      style: 'numeric',
    };
    const block: Block = {
      id: 'b0',
      kind: 'paragraph',
      start: docOffset(0),
      end: docOffset(source.length),
    };
    const pieces = splitLongParagraphs(source, [block], [citation]);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.some((p) => p.start <= citation.start && p.end >= citation.end)).toBe(true);
  });

  it.each([
    ['words with no full stop', 'word '.repeat(5_000).trim()],
    ['one run of letters with no space', 'x'.repeat(20_000)],
  ])('cuts %s into pieces no longer than a piece', (_, source) => {
    const block: Block = {
      id: 'b0',
      kind: 'paragraph',
      start: docOffset(0),
      end: docOffset(source.length),
    };
    const pieces = splitLongParagraphs(source, [block], []);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.end - p.start <= PIECE_CHARS)).toBe(true);
    expect(
      pieces
        .map((p) => source.slice(p.start, p.end))
        .join('')
        .replace(/ /g, ''),
    ).toBe(source.replace(/ /g, ''));
  });

  it('keeps a run-in lead on the first piece only', () => {
    const text = `Methods. ${sentences(100)}`;
    const block: Block = {
      id: 'b0',
      kind: 'paragraph',
      start: docOffset(0),
      end: docOffset(text.length),
      leadEnd: docOffset(8),
    };
    const pieces = splitLongParagraphs(text, [block], []);
    expect(pieces[0]).toMatchObject({ leadEnd: 8 });
    expect(pieces.slice(1).every((p) => !('leadEnd' in p))).toBe(true);
  });
});
