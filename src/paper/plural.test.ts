import { describe, expect, it, vi } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it.each([
    [0, 'annotation', undefined, '0 annotations'],
    [1, 'annotation', undefined, '1 annotation'],
    [2, 'linked claim', undefined, '2 linked claims'],
    [12000, 'annotation', undefined, '12,000 annotations'],
    [999, 'annotation', undefined, '999 annotations'],
    [1234567, 'annotation', undefined, '1,234,567 annotations'],
    [-4500, 'day', undefined, '-4,500 days'],
    [1.5, 'page', undefined, '1.5 pages'],
    [1, 'copy', 'copies', '1 copy'],
    [3, 'copy', 'copies', '3 copies'],
  ])('counts %i %s as a reader reads it', (n, noun, nouns, expected) => {
    expect(plural(n, noun, nouns)).toBe(expected);
  });

  it('groups a whole number without Intl, whose first use loads the locale data', () => {
    const intl = vi.spyOn(Number.prototype, 'toLocaleString');
    expect(plural(5000, 'annotation')).toBe('5,000 annotations');
    expect(intl).not.toHaveBeenCalled();
    intl.mockRestore();
  });
});
