import { parseTextBlocks } from './text-blocks';

// Review 24b: a numbered list whose items run in like headings (`1. Data.`, `2. Loss.`) inside
// section 2 leaves `leadListNext` at 3, so section 3's own run-in heading (`3. Results.`) is read
// as the list's third item, and every heading after it falls out of sequence.
const WIDE = 'This line of running text is as wide as the others so that the width is known,';
const L = '\u001F';
const runIn = (head: string) => `${head}${L} ${WIDE}\nand it ends here.`;

describe('run-in numbered headings after a run-in list inside a section', () => {
  it('keeps the next section’s heading after a two-item list', () => {
    const source = [
      'A Title',
      runIn('1. Introduction.'),
      runIn('2. Model.'),
      runIn('1. Data.'),
      runIn('2. Loss.'),
      runIn('3. Results.'),
      runIn('4. Conclusion.'),
      '',
    ].join('\n\n');
    const headings = parseTextBlocks(source)
      .filter((b) => b.kind === 'heading')
      .map((b) => ('number' in b ? b.number : null));
    expect(headings).toEqual(['1', '2', '3', '4']);
  });
});

describe('run-in numbered leads in a paper whose sections are not numbered', () => {
  // Review 24b: with no numbered heading read yet, `runIn` takes any run-in lead `1.` as section
  // 1, so a list of contributions set with bold leads under an unnumbered `Introduction` becomes
  // sections 1, 2, 3 of the outline.
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
});
