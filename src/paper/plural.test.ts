import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it.each([
    [0, 'annotation', undefined, '0 annotations'],
    [1, 'annotation', undefined, '1 annotation'],
    [2, 'linked claim', undefined, '2 linked claims'],
    [12000, 'annotation', undefined, '12,000 annotations'],
    [1, 'copy', 'copies', '1 copy'],
    [3, 'copy', 'copies', '3 copies'],
  ])('counts %i %s as a reader reads it', (n, noun, nouns, expected) => {
    expect(plural(n, noun, nouns)).toBe(expected);
  });
});
