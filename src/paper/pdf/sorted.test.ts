import { describe, expect, it } from 'vitest';
import { isSorted, sortInPlace } from './sorted';

const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;

describe('sortInPlace', () => {
  it.each([
    [[], true],
    [[1], true],
    [[1, 1, 2, 3], true],
    [[2, 1], false],
    [[1, 3, 2], false],
    [[1, NaN, 2], false],
  ])('says whether %j is in order already: %s', (values, sorted) => {
    expect(isSorted(values, (a, b) => a - b)).toBe(sorted);
  });

  it('gives the same order as a stable sort, ties kept in the order they came', () => {
    const items = [3, 1, 2, 1, 3].map((v, i) => ({ v, i }));
    expect(sortInPlace([...items], byValue)).toEqual([...items].sort(byValue));
    expect(sortInPlace([...items], byValue).map((x) => x.i)).toEqual([1, 3, 2, 0, 4]);
  });

  it('returns the array it was given, sorted in place', () => {
    const items = [{ v: 2 }, { v: 1 }];
    expect(sortInPlace(items, byValue)).toBe(items);
    expect(items.map((x) => x.v)).toEqual([1, 2]);
  });
});
