import { withoutIsolates } from './isolate';
import { describeLimits } from './limits-message';
import { limitBlocks, MAX_BLOCKS, MAX_HEADINGS, MERGED_BLOCK_CHARS } from './limit-blocks';
import { parsePaper } from './parse-paper';
import type { RawBlock } from './raw-block';
import { asPaperId } from './types';

const heading = (i: number): RawBlock => ({
  kind: 'heading',
  text: `Heading ${i}`,
  titleOffset: 0,
  level: 1,
  number: null,
  role: 'section',
});
const paragraph = (i: number): RawBlock => ({ kind: 'paragraph', text: `Paragraph ${i}.` });
const kinds = (blocks: RawBlock[]) => blocks.map((b) => b.kind);

describe('limitBlocks', () => {
  it('leaves a paper within the bounds exactly as it was', () => {
    const raw = [heading(1), paragraph(1), heading(2), paragraph(2)];
    expect(limitBlocks(raw)).toEqual({ blocks: raw, limits: null });
  });

  it('keeps headings past the limit as paragraphs with the same text', () => {
    const raw = Array.from({ length: MAX_HEADINGS + 5 }, (_, i) => heading(i));
    const { blocks, limits } = limitBlocks(raw);
    expect(kinds(blocks).filter((k) => k === 'heading')).toHaveLength(MAX_HEADINGS);
    expect(blocks.slice(MAX_HEADINGS)).toEqual(
      raw.slice(MAX_HEADINGS).map((b) => ({ kind: 'paragraph', text: b.text })),
    );
    expect(limits).toEqual({ headingsAsText: 5, blocksMerged: 0, mergedInto: 0 });
  });

  it('keeps the text past the block limit, line by line, in long paragraphs', () => {
    const extra = 3 * MERGED_BLOCK_CHARS; // of paragraphs some 15 characters long
    const raw = Array.from({ length: MAX_BLOCKS + extra / 15 }, (_, i) => paragraph(i));
    const { blocks, limits } = limitBlocks(raw);
    const merged = blocks.slice(MAX_BLOCKS);
    expect(merged.every((b) => b.text.length <= MERGED_BLOCK_CHARS)).toBe(true);
    expect(merged.length).toBeLessThan(10);
    expect(merged.map((b) => b.text).join('\n')).toBe(
      raw
        .slice(MAX_BLOCKS)
        .map((b) => b.text)
        .join('\n'),
    );
    expect(limits).toEqual({
      headingsAsText: 0,
      blocksMerged: raw.length - MAX_BLOCKS,
      mergedInto: merged.length,
    });
  });
});

describe('parsePaper on a file of 100,000 headings', () => {
  const md = Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}`).join('\n');
  const paper = parsePaper(md, { format: 'markdown', fileName: 'h.md', id: asPaperId('sha256:h') });

  it('lists at most the limit of headings and blocks, and keeps every heading’s words', () => {
    expect(paper.blocks.filter((b) => b.kind === 'heading')).toHaveLength(MAX_HEADINGS);
    // The text past the limit (some 1.3 MB) is kept in paragraphs of MERGED_BLOCK_CHARS.
    expect(paper.blocks.length).toBeLessThan(MAX_BLOCKS + 1_400_000 / MERGED_BLOCK_CHARS);
    expect(paper.text).toContain('Heading 0');
    expect(paper.text).toContain('Heading 99999');
    expect(paper.limits).toMatchObject({ headingsAsText: 100_000 - MAX_HEADINGS });
  });
});

describe('describeLimits', () => {
  it('says what was limited and that no text is lost, the file name isolated', () => {
    const sentence = describeLimits('h.md', {
      headingsAsText: 99_000,
      blocksMerged: 90_000,
      mergedInto: 60,
    });
    expect(withoutIsolates(sentence)).toBe(
      '“h.md” is very long: only its first 1,000 headings are in the contents (99,000 more are ' +
        'shown as plain text); and after 10,000 paragraphs, the remaining 90,000 are shown joined ' +
        'into 60 long ones. All of its text is there.',
    );
    // A name that could reorder the sentence (here a right-to-left override) is isolated.
    expect(
      describeLimits('h\u202Edm.md', { headingsAsText: 1, blocksMerged: 0, mergedInto: 0 }),
    ).toContain('\u2068h\u202Edm.md\u2069');
  });
});
