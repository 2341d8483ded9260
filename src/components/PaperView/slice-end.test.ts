import { describe, expect, it } from 'vitest';
import { parsePaper } from '../../paper/parse-paper';
import { pid } from '../../paper/__fixtures__/paper-ids';
import { BACKLINK_CHARS, sliceEnd } from './slice-end';

// Four paragraphs of 100 characters, then a reference list of three entries.
const body = ['# Slices', ...[1, 2, 3, 4].map((n) => `P${n} ${'x'.repeat(97)}`)];
const refs = ['## References', '[1] Adler 1940.', '[2] Booth 1961.', '[3] Calvino 1979.'];
const paper = parsePaper([...body, ...refs].join('\n\n'), {
  format: 'markdown',
  fileName: 'slices.md',
  id: pid('slices'),
});
const paragraphs = paper.blocks.filter((b) => b.kind === 'paragraph');
const references = paper.blocks.filter((b) => b.kind === 'reference');
const startOf = (block: { start: number } | undefined) => block?.start ?? paper.text.length;
/** Blocks rendered with `limit`: those starting before it. */
const rendered = (limit: number) => paper.blocks.filter((b) => b.start < limit);

describe('sliceEnd', () => {
  const uncited = () => 0;
  const cited = (n: number) => () => n;
  it.each([
    ['takes the blocks whose characters reach the units', paragraphs[0]!.start, 150, uncited, 2],
    ['takes at least one block, however few the units', paragraphs[0]!.start, 1, uncited, 1],
    [
      'counts a reference entry by its characters when it is not cited',
      references[0]!.start,
      30,
      uncited,
      2,
    ],
    [
      'counts each back-link of a reference entry',
      references[0]!.start,
      BACKLINK_CHARS,
      cited(1),
      1,
    ],
    [
      'takes one cited entry at a time when each outweighs the units',
      references[0]!.start,
      2 * BACKLINK_CHARS,
      cited(4),
      1,
    ],
  ])('%s', (_, from, units, citedCount, blocksTaken) => {
    const limit = sliceEnd(paper, from, units, citedCount);
    expect(rendered(limit).length - rendered(from).length).toBe(blocksTaken);
  });

  it('ends at the paper’s length once the last block is in', () => {
    expect(sliceEnd(paper, startOf(references[2]), 1, uncited)).toBe(paper.text.length);
    expect(sliceEnd(paper, 0, Infinity, uncited)).toBe(paper.text.length);
  });

  it('starts from the first block not rendered yet, wherever inside a block `from` falls', () => {
    const limit = sliceEnd(paper, paragraphs[1]!.start + 1, 1, uncited);
    expect(limit).toBe(startOf(paragraphs[3]));
  });
});
