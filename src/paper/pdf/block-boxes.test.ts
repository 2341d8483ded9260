import { parsePaper } from '../parse-paper';
import { docOffset, type Block } from '../types';
import { pid } from '../__fixtures__/paper-ids';
import { column, line } from './__fixtures__/items';
import { placeBlocks } from './block-boxes';
import { readPdfLayout } from './layout-pdf-text';
import type { LineBox } from './line-boxes';

/** Line boxes for each line of `source`, the n-th on page `pages[n]` (1 by default), at y = n. */
function boxesOf(source: string, pages: readonly number[] = []): LineBox[] {
  const boxes: LineBox[] = [];
  let offset = 0;
  source.split('\n').forEach((text) => {
    if (text !== '') {
      const n = boxes.length;
      boxes.push({
        start: offset,
        end: offset + text.length,
        page: pages[n] ?? 1,
        x: 0,
        y: n,
        width: 100,
        height: 10,
      });
    }
    offset += text.length + 1;
  });
  return boxes;
}

/** Blocks over each `\n\n`-separated part of `text`, as paragraphs. */
function paragraphs(text: string): Block[] {
  let offset = 0;
  return text.split('\n\n').map((part, i) => {
    const block: Block = {
      id: `b${i}`,
      kind: 'paragraph',
      start: docOffset(offset),
      end: docOffset(offset + part.length),
    };
    offset += part.length + 2;
    return block;
  });
}

const linesOf = (blocks: readonly Block[]) =>
  blocks.map((b) => b.boxes?.map((box) => box.y) ?? null);

describe('placeBlocks', () => {
  it.each([
    {
      case: 'lines joined into a paragraph, a hyphen dropped',
      source: 'A para-\ngraph on two lines.\n\nNext one.',
      text: 'A paragraph on two lines.\n\nNext one.',
      lines: [[0, 1], [2]],
    },
    {
      case: 'a note the parser moved after the paragraph it interrupted',
      source: 'The sentence starts here and\n1 A footnote set in between.\ngoes on after the note.',
      text: 'The sentence starts here and goes on after the note.\n\n1 A footnote set in between.',
      lines: [[0, 2], [1]],
    },
    {
      case: 'a page number the parser left out',
      source: 'Running text that runs on and\n12\ngoes on over the page.',
      text: 'Running text that runs on and goes on over the page.',
      lines: [[0, 2]],
    },
    {
      case: 'a block with no letter or digit (left without boxes)',
      source: 'Some words here.\n* * *\nMore words here.',
      text: 'Some words here.\n\n* * *\n\nMore words here.',
      lines: [[0], null, [2]],
    },
    {
      case: 'letters outside the Basic Multilingual Plane, a page number between blocks',
      source: 'Let 𝑥 be real.\n12\nThen 𝑦 follows 𝑥.',
      text: 'Let 𝑥 be real.\n\nThen 𝑦 follows 𝑥.',
      lines: [[0], [2]],
    },
    {
      case: 'a heading in Greek capitals (a final sigma lowercases to ς, another to σ)',
      source: 'ΛΟΓΟΣ ΚΑΙ ΣΟΦΙΑ\nbody text follows',
      text: 'λογος και σοφια\n\nbody text follows',
      lines: [[0], [1]],
    },
    {
      case: 'letters changed in case and odd spaces',
      source: 'ABSTRACT\u00A0TEXT\nbody text follows',
      text: 'Abstract text\n\nbody text follows',
      lines: [[0], [1]],
    },
  ])('finds the printed lines of each block: $case', ({ source, text, lines }) => {
    expect(linesOf(placeBlocks(source, boxesOf(source), text, paragraphs(text)))).toEqual(lines);
  });

  it('places a block overlapping the one before by the letters that one left, and one past the layout by none', () => {
    const source = 'First line here\nSecond line here';
    const text = 'First line here Second line here more';
    const at = (start: number, end: number, i: number): Block => ({
      id: `b${i}`,
      kind: 'paragraph',
      start: docOffset(start),
      end: docOffset(end),
    });
    // The second block opens inside the first: only `Second line here` is its own. The third has
    // letters the layout never printed (`more`), after the last printed line.
    const blocks = [at(0, 22, 0), at(11, 32, 1), at(32, 37, 2)];
    expect(linesOf(placeBlocks(source, boxesOf(source), text, blocks))).toEqual([
      [0, 1],
      [1],
      null,
    ]);
  });

  it('gives a block the page its first line is on', () => {
    const source = 'A paragraph that starts on one page\nand ends on the next one.';
    const [block] = placeBlocks(source, boxesOf(source, [4, 5]), source, paragraphs(source));
    expect(block?.page).toBe(4);
    expect(block?.boxes?.map((b) => b.page)).toEqual([4, 5]);
  });

  it('leaves blocks as they are when there are no line boxes', () => {
    const blocks = paragraphs('Plain text.');
    expect(placeBlocks('Plain text.', [], 'Plain text.', blocks)).toEqual(blocks);
  });
});

describe('a PDF paper parsed with its line boxes', () => {
  const page1 = [
    line('A Short Paper', 200, 720, { size: 16 }),
    line('1. Introduction', 54, 680, { size: 12 }),
    ...column(
      [
        '>Close reading has a long history in the study of',
        'texts, and it has been tested on many cor-',
      ],
      { x: 54, top: 650, right: 299 },
    ),
  ];
  const page2 = [
    ...column(['pora since then. Readers mark what they find.¶'], { x: 54, top: 700, right: 299 }),
  ];
  const layout = readPdfLayout([page1, page2]);
  const options = {
    format: 'pdf' as const,
    fileName: 'short.pdf',
    id: pid(`sha256:${'0'.repeat(64)}`),
  };
  const paper = parsePaper(layout.text, { ...options, lines: layout.lines ?? [] });

  it('gives every block its first page and one box per printed line, across a page break', () => {
    expect(paper.blocks.map((b) => [b.kind, b.page, b.boxes?.map((box) => box.page)])).toEqual([
      ['title', 1, [1]],
      ['heading', 1, [1]],
      ['paragraph', 1, [1, 1, 2]],
    ]);
  });

  it('keeps the same text and offsets as a parse without boxes', () => {
    const plain = parsePaper(layout.text, options);
    expect(paper.text).toBe(plain.text);
    expect(paper.blocks.map(({ page: _p, boxes: _b, ...rest }) => rest)).toEqual(plain.blocks);
  });

  it('gives a text paper no pages or boxes', () => {
    const text = parsePaper('A Title\n\nSome text here.', { ...options, format: 'text' });
    expect(text.blocks.every((b) => b.page === undefined && b.boxes === undefined)).toBe(true);
  });
});
