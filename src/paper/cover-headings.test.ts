// A thesis's cover and title pages, read by type size, are a run of "headings" with nothing under
// them; they are text, not sections (the contents start at the real sections).
import { headingBlock, type RawBlock } from './raw-block';
import { withoutCoverHeadings } from './cover-headings';

const heading = (title: string, number: string | null = null): RawBlock =>
  headingBlock(number, title, 'section');
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text });
const kinds = (blocks: readonly RawBlock[]) => blocks.map((b) => `${b.kind}:${b.text}`);

describe('withoutCoverHeadings', () => {
  it('reads a cover and title page as text: author, city and the title in two halves', () => {
    const blocks: RawBlock[] = [
      {
        kind: 'title',
        text: 'COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA AMÉRICA LATINA, 1979-2012',
      },
      heading('FERNANDO MEIRELES'),
      heading('PORTO ALEGRE'),
      heading('FERNANDO MEIRELES'),
      heading('COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA'),
      heading('AMÉRICA LATINA, 1979-2012'),
      paragraph('Dissertação apresentada ao Programa de Pós-Graduação em Ciência Política.'),
      heading('RESUMO'),
      paragraph('Este trabalho estuda coalizões.'),
      heading('INTRODUÇÃO', '1'),
    ];
    expect(kinds(withoutCoverHeadings(blocks))).toEqual([
      'title:COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA AMÉRICA LATINA, 1979-2012',
      'paragraph:FERNANDO MEIRELES',
      'paragraph:PORTO ALEGRE',
      'paragraph:FERNANDO MEIRELES',
      'paragraph:COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA',
      'paragraph:AMÉRICA LATINA, 1979-2012',
      'paragraph:Dissertação apresentada ao Programa de Pós-Graduação em Ciência Política.',
      'heading:RESUMO',
      'paragraph:Este trabalho estuda coalizões.',
      'heading:1. INTRODUÇÃO',
    ]);
  });

  it('keeps headings that stand over another: a chapter label, a numbered section, a known name', () => {
    const blocks: RawBlock[] = [
      { kind: 'title', text: 'On Margins' },
      heading('CHAPTER 1'),
      heading('Introduction'),
      heading('Background'),
      heading('Setting', '1.1'),
      paragraph('Margins were studied.'),
    ];
    expect(withoutCoverHeadings(blocks)).toBe(blocks);
  });

  it('leaves the opening alone once a paragraph has come, and a heading that is the middle of the title', () => {
    const afterText: RawBlock[] = [
      { kind: 'title', text: 'Randomness in Judgment' },
      paragraph('Portions of this article were presented at a meeting.'),
      heading('Review of Behavioral Studies'),
      heading('Random Sequences'),
      paragraph('In 2005, the number 53 had not been drawn.'),
    ];
    expect(withoutCoverHeadings(afterText)).toBe(afterText);
    const middle: RawBlock[] = [
      { kind: 'title', text: 'A Quick Introduction to Version Control with Git and GitHub' },
      heading('Introduction to Version Control'),
      paragraph('Many scientists write code.'),
    ];
    expect(withoutCoverHeadings(middle)).toBe(middle);
  });

  it('leaves every heading after the first one with something under it alone', () => {
    const blocks: RawBlock[] = [
      { kind: 'title', text: 'On Margins' },
      heading('Highlights'),
      paragraph('Margins matter.'),
      heading('Part of the Story'),
      heading('Methods'),
      paragraph('We read.'),
    ];
    expect(withoutCoverHeadings(blocks)).toBe(blocks);
  });
});
