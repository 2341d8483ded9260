import { contentsRunLength } from './contents-run';
import type { SourceLine } from './normalize-text';
import { parseTextBlocks } from './text-blocks';

const lines = (text: string): SourceLine[] =>
  text.split('\n').map((l) => ({ text: l.trim(), indent: 0 }));

describe('contentsRunLength', () => {
  it.each<[string, string, number]>([
    [
      'entries with their pages set apart, ended by the body’s first section',
      'Contents\n\n1. Introduction\n2. Methods\n2.1. Data 4\n\n2\n3\n3. Results\nReferences\n\nDate: 2015.\n\n1. Introduction',
      10,
    ],
    [
      'entries up to a section number that goes back',
      'Contents\n1 Introduction\n2 Methods\n3 Results\n1 Introduction\nReaders mark margins.',
      4,
    ],
    ['too few entries', 'Contents\n1. Introduction\n2. Methods\n\nText follows here.', 0],
    ['no Contents line', '1. Introduction\n2. Methods\n3. Results\n4. Discussion', 0],
    [
      'an unnumbered first heading after it, left alone',
      'Contents\n1 One\n2 Two\n3 Three\n\nIntroduction\n\nText.',
      4,
    ],
  ])('reads %s', (_case, text, expected) => {
    const source = lines(text);
    expect(contentsRunLength(source, 0, source.length)).toBe(expected);
  });

  it('leaves the sections the contents lists to be read as headings', () => {
    const body = 'Readers mark the margins of a paper as they go through it.';
    const blocks = parseTextBlocks(
      `A Title\n\nContents\n\n1. Introduction\n2. Methods\n\n2\n3\n\n2.1. Results of the study 12\n2.2. Discussion of the results 12\nReferences\n\n1. Introduction\n\n${body}\n\n2. Methods\n\n${body}\n`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '1. Introduction',
      '2. Methods',
    ]);
  });
});
