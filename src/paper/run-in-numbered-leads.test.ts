import { parseTextBlocks } from './text-blocks';

const WIDE = 'This line of running text is as wide as the others so that the width is known,';
const L = '\u001F';
const runIn = (head: string) => `${head}${L} ${WIDE}\nand it ends here.`;

describe('run-in numbered leads in a paper whose sections are not numbered', () => {
  // With no numbered heading read yet, a run-in lead `1.` could be section 1; under an unnumbered
  // `Introduction` it is a list's item (contributions set with bold leads).
  it('keeps a bold-lead numbered list under `Introduction` as paragraphs', () => {
    const para = `${WIDE}\nand it ends here.`;
    const source = [
      'A Title',
      'Introduction',
      para,
      runIn('1. Data.'),
      runIn('2. Model.'),
      runIn('3. Results.'),
      'Discussion',
      para,
      '',
    ].join('\n\n');
    const headings = parseTextBlocks(source)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['Introduction', 'Discussion']);
  });

  it('keeps a lead that is a sentence, not a title with its stop, as a paragraph', () => {
    const lead = (n: string, word: string) => `${n}. ${word}${L}, we ${WIDE}\nand it ends here.`;
    const source = ['A Title', lead('1', 'First'), lead('2', 'Second'), ''].join('\n\n');
    expect(parseTextBlocks(source).filter((b) => b.kind === 'heading')).toEqual([]);
  });
});
