import { joinSmallCapsSplits } from './small-caps';

const words = new Set(['code', 'structure', 'design', 'algorithm', 'new', 'method', 'survey']);
const isWord = (w: string) => words.has(w);

describe('joinSmallCapsSplits', () => {
  it.each([
    ['I NTRODUCTION', 'INTRODUCTION'],
    ['R EFERENCES', 'REFERENCES'],
    ['PBRL C ODE S TRUCTURE AND D ESIGN P RINCIPLES', 'PBRL CODE STRUCTURE AND DESIGN PRINCIPLES'],
    ['A N EW M ETHOD', 'A NEW METHOD'],
    ['A LGORITHM', 'ALGORITHM'],
    ['A PBRL C ODE', 'A PBRL CODE'],
  ])('joins the words of a heading in small capitals: %j → %j', (title, expected) => {
    expect(joinSmallCapsSplits(title, isWord)).toBe(expected);
  });

  it.each([
    ['A SURVEY', 'a one-letter word before a word'],
    ['X RAYS', 'a lone split that makes no word'],
    ['Methods and Results', 'a heading in mixed case'],
  ])('leaves %j as it is (%s)', (title) => {
    expect(joinSmallCapsSplits(title, isWord)).toBe(title);
  });
});

describe('a text paper whose headings an extractor split in small capitals', () => {
  it('shows them whole', async () => {
    const { parseTextBlocks } = await import('./text-blocks');
    const text = [
      'Threshold Optimization of Raptor-Like LDPC Codes',
      '',
      'Abstract—We optimize the thresholds of the codes at several rates at once.',
      '',
      'I. I NTRODUCTION',
      '',
      'Low-density parity-check codes are used in many standards, and their design is well understood [1].',
      '',
      'II. PBRL C ODE S TRUCTURE AND D ESIGN',
      '',
      'The code structure is a protograph with a precoded core and an incremental redundancy part [1].',
      '',
      'R EFERENCES',
      '',
      '[1] T. Richardson and R. Urbanke, Modern Coding Theory. Cambridge University Press, 2008.',
      '',
    ].join('\n');
    const headings = parseTextBlocks(text)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual([
      'Abstract',
      'I. INTRODUCTION',
      'II. PBRL CODE STRUCTURE AND DESIGN',
      'REFERENCES',
    ]);
  });
});

describe('a heading in capitals whose one-letter words name things (review28)', () => {
  // `T CELL`, `B CELL`, `X RAY`: a letter and a word the paper writes, two words; two of them in
  // one heading are no small capitals (an extractor would have written `C ELL`).
  const paperWords = new Set(['cell', 'responses', 'memory', 'ray', 'and']);
  it.each(['T CELL RESPONSES AND B CELL MEMORY', 'X RAY AND T CELL IMAGING'])(
    'leaves %j as it is',
    (title) => {
      expect(joinSmallCapsSplits(title, (w) => paperWords.has(w))).toBe(title);
    },
  );
});
