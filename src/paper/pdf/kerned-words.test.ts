import { describe, expect, it } from 'vitest';
import { joinKernedWords } from './kerned-words';

const BODY = [
  'The methods of this trial are given in full in the protocol, and the results',
  'of the primary outcome follow below; data sets are described, and the abstract',
  'summarises the data in to two groups. Our methods and results are shown (cd, CD8).',
];

describe('joinKernedWords', () => {
  it.each([
    ['Me thods', 'Methods'],
    ['R esult s', 'Results'],
    ['A BS TR AC T', 'ABSTRACT'],
  ])('joins the kern-split heading %j', (line, expected) => {
    expect(joinKernedWords([...BODY, line, ...BODY]).at(BODY.length)).toBe(expected);
  });

  it.each([['Data Sets'], ['In To'], ['Zebra Crossing'], ['see the results'], ['C D']])(
    'keeps %j',
    (line) => {
      expect(joinKernedWords([...BODY, line]).at(-1)).toBe(line);
    },
  );
});
