import { describe, expect, it } from 'vitest';
import { trimRange } from './text-range';

describe('trimRange', () => {
  it.each([
    {
      name: 'drops white space at both edges',
      text: '  a claim \n',
      start: 0,
      end: 11,
      want: { start: 2, end: 9 },
    },
    {
      name: 'keeps a range without edge white space',
      text: 'a claim',
      start: 0,
      end: 7,
      want: { start: 0, end: 7 },
    },
    {
      name: 'keeps inner white space',
      text: 'a\n\nb',
      start: 0,
      end: 4,
      want: { start: 0, end: 4 },
    },
    { name: 'gives null for white space only', text: 'a   b', start: 1, end: 4, want: null },
  ])('$name', ({ text, start, end, want }) => {
    expect(trimRange(text, start, end)).toEqual(want);
  });
});
