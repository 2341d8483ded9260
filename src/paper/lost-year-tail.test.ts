import { parseTextBlocks } from './text-blocks';

// An entry with no year whose last line ends in a short capitalised word and a stop takes the
// text after a blank as its tail only when that opens with the journal's next abbreviation (`J.
// Stat.` / blank / `Mech. Theory Exp. 2008`): a publisher or place (`Oxford Univ. Press.`,
// `Wiley.`) ends entries too, and a paragraph after the list mentioning a year stays a paragraph.
const WIDE = 'This line of running text is as wide as the others so that the width is known,';
const entry = (n: number, y: number) =>
  `[${n}] A. Author${n}. A study of things ${n}. Journal of Things, 3(2):1–9, ${y}.`;

describe('a paragraph after a headed list whose last entry has no year', () => {
  const source = [
    'A Title',
    '',
    '1 Introduction',
    '',
    `${WIDE} as shown in [1] and [3].`,
    '',
    'References',
    '',
    entry(1, 2001),
    entry(2, 2002),
    '[3] C. Brown. Collected notes on things. Oxford Univ. Press.',
    '',
    'We ran the survey again in 2019 with new data and the results held, as',
    'the appendix tables show for each of the three waves of the panel.',
    '',
  ].join('\n');

  it('stays a paragraph, not the tail of the entry', () => {
    const blocks = parseTextBlocks(source);
    expect(blocks.at(-2)).toMatchObject({
      kind: 'reference',
      text: '[3] C. Brown. Collected notes on things. Oxford Univ. Press.',
    });
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph' });
  });

  it('still takes a tail that goes on with the journal’s abbreviated name', () => {
    const cut = source
      .replace('Oxford Univ. Press.', 'Large networks. J. Stat.')
      .replace('We ran the survey again in 2019', 'Mech. Theory Exp. 2008, 10008.\n\nWe ran it');
    const blocks = parseTextBlocks(cut);
    expect(blocks.find((b) => b.kind === 'reference' && b.text.startsWith('[3]'))).toMatchObject({
      text: '[3] C. Brown. Collected notes on things. Large networks. J. Stat. Mech. Theory Exp. 2008, 10008.',
    });
  });
});
