import { parseTextBlocks } from './text-blocks';
import { separateUnwrappedParagraphs } from './unwrapped-paragraphs';
import type { SourceLine } from './normalize-text';

const p1 =
  'Readers annotate papers in many ways, and the margins of a page have long held their notes, questions and arguments with the author (Smith, 2001). We study how they do so today, on screens and on paper, and what their notes say of the papers they read and of the readers who wrote them.';
const p2 =
  'We asked forty readers to read two papers each and to annotate them as they would at work; their notes were collected and coded by two of us independently (Lee and Park, 2019), then compared with the notes that the same readers had written in the papers of their own field over the last year.';
const lines = (...texts: string[]): SourceLine[] => texts.map((text) => ({ text, indent: 0 }));

describe('separateUnwrappedParagraphs', () => {
  it('sets a blank line after each line of a text whose paragraphs are lines (Word saved as text)', () => {
    expect(
      separateUnwrappedParagraphs(lines('Introduction', p1, p2, 'Methods', p2)).map((l) => l.text),
    ).toEqual(['Introduction', '', p1, '', p2, '', 'Methods', '', p2]);
  });

  it('leaves a text wrapped into lines, or with its paragraphs apart already, as it is', () => {
    const wrapped = lines(
      'Introduction',
      'Readers annotate papers in many ways, and the',
      'margins of a page.',
    );
    expect(separateUnwrappedParagraphs(wrapped)).toEqual(wrapped);
    const apart = lines('Introduction', '', p1, '', p2);
    expect(separateUnwrappedParagraphs(apart)).toEqual(apart);
  });
});

describe('parseTextBlocks: a Word document saved as text', () => {
  it('reads each line as a paragraph or a heading', () => {
    const source = `Reading Closely: A Study of Margins\n\nIntroduction\n${p1}\n${p2}\nMethods\n${p2}\n${p1}\n`;
    const blocks = parseTextBlocks(source).map((b) => `${b.kind}: ${b.text.slice(0, 20)}`);
    expect(blocks).toEqual([
      'title: Reading Closely: A S',
      'heading: Introduction',
      'paragraph: Readers annotate pap',
      'paragraph: We asked forty reade',
      'heading: Methods',
      'paragraph: We asked forty reade',
      'paragraph: Readers annotate pap',
    ]);
  });
});
