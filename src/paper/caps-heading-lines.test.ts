import { setApartCapsHeadings } from './caps-heading-lines';
import type { SourceLine } from './normalize-text';
import { parseTextBlocks } from './text-blocks';

const lines = (...texts: string[]): SourceLine[] => texts.map((text) => ({ text, indent: 0 }));
const texts = (ls: readonly SourceLine[]) => ls.map((l) => l.text);

describe('setApartCapsHeadings', () => {
  it('sets apart a line in capitals between a sentence’s end and the prose under it (pdftotext)', () => {
    expect(
      texts(
        setApartCapsHeadings(
          lines('data collected on tolerance.', 'MONITORING HUMAN BEHAVIOR', '', 'To test whether'),
        ),
      ),
    ).toEqual([
      'data collected on tolerance.',
      '',
      'MONITORING HUMAN BEHAVIOR',
      '',
      'To test whether',
    ]);
    expect(
      texts(setApartCapsHeadings(lines('', 'OUR CONTRIBUTIONS', 'In order to better understand'))),
    ).toEqual(['', 'OUR CONTRIBUTIONS', '', 'In order to better understand']);
  });

  it('leaves capitals that go on a sentence, carry a comma or a number, or run on in capitals', () => {
    const kept = [
      lines('which we call the', 'CANINE COOPERATION HYPOTHESIS', 'and test here.'),
      lines('as listed.', 'SMITH, J. A study.', 'Cell 3, 1–9.'),
      lines('as listed.', 'TABLE 2 RESULTS', 'Mean values.'),
      lines('end.', 'THE FIRST LINE OF A', 'TITLE IN CAPITALS'),
      lines('', 'CITATION', 'Wright JJ and Bourke PD (2025) Minimization'),
    ];
    for (const l of kept) expect(setApartCapsHeadings(l)).toEqual(l);
  });
});

describe('parseTextBlocks: a heading in capitals in the middle of a block', () => {
  it('reads it as a section’s heading', () => {
    const prose = 'The dogs were tested in the same way as the wolves were, over many sessions.';
    const source = `A Title of the Paper\n\nINTRODUCTION\n\n${prose}\nThey behaved alike.\nMONITORING HUMAN BEHAVIOR\n\n${prose}\n`;
    const headings = parseTextBlocks(source).filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['INTRODUCTION', 'MONITORING HUMAN BEHAVIOR']);
  });
});
