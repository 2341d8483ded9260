import { wholeWordCounts } from './whole-word-counts';

describe('wholeWordCounts', () => {
  const lines = ['Methods and methods2', 'the methodsology of Methods', 'me thods'];

  it('counts each word where it stands whole, in any case, the longest first', () => {
    const counts = wholeWordCounts(lines, new Set(['methods', 'me']));
    expect(Object.fromEntries(counts)).toEqual({ methods: 3, me: 1 });
  });

  it('takes a digit beside a word as part of it when told', () => {
    expect(wholeWordCounts(lines, new Set(['methods']), true).get('methods')).toBe(2);
  });

  it('counts nothing for no word', () => {
    expect(wholeWordCounts(lines, new Set()).size).toBe(0);
  });
});
