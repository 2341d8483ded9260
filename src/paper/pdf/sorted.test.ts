import { describe, expect, it } from 'vitest';
import { isSorted, sortInPlace, sortTopDown, valueOfRank } from './sorted';

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

describe('valueOfRank', () => {
  it('finds the value a sort puts at each rank, duplicates and all', () => {
    // A fixed pseudo-random sequence: the same arrays every run.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 2000; t++) {
      const length = 1 + Math.floor(next() * (t % 5 === 0 ? 200 : 12));
      const distinct = 1 + Math.floor(next() * 8);
      const values = Float64Array.from({ length }, () => Math.floor(next() * distinct) * 0.7 - 2);
      const rank = Math.floor(next() * length);
      expect(valueOfRank(values.slice(), rank)).toBe(values.slice().sort()[rank]);
    }
  });

  it('puts -0 before 0 and NaN last, as a sort does', () => {
    expect(Object.is(valueOfRank(Float64Array.from([0, -0, 0]), 0), -0)).toBe(true);
    expect(Object.is(valueOfRank(Float64Array.from([-0, 0, 0]), 1), 0)).toBe(true);
    expect(valueOfRank(Float64Array.from([NaN, 2, 1]), 1)).toBe(2);
    expect(valueOfRank(Float64Array.from([NaN, 2, 1]), 2)).toBeNaN();
  });

  it('has no value outside the array', () => {
    expect(valueOfRank(new Float64Array(0), 0)).toBeUndefined();
    expect(valueOfRank(Float64Array.from([1, 2]), 2)).toBeUndefined();
    expect(valueOfRank(Float64Array.from([1, 2]), -1)).toBeUndefined();
  });
});

describe('sortTopDown', () => {
  const topDown = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    b.y - a.y || a.x - b.x;

  it('gives the order of a stable sort by height, then from the left, ties as they came', () => {
    // A fixed pseudo-random sequence: the same pages every run, with many equal coordinates.
    let seed = 5;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 500; t++) {
      const length = Math.floor(next() * (t % 4 === 0 ? 300 : 20));
      const items = Array.from({ length }, (_v, id) => ({
        id,
        y: Math.floor(next() * 6) * 12 - (t % 3 === 0 ? 0 : next()),
        x: Math.floor(next() * 4) * 50,
      }));
      const expected = items.slice().sort(topDown);
      const given = items.slice();
      expect(sortTopDown(given)).toBe(given);
      expect(given.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    }
  });

  it('leaves an array in order as it is, and sorts one with a coordinate that is not finite', () => {
    const inOrder = [
      { y: 2, x: 0 },
      { y: 1, x: 0 },
      { y: 1, x: 3 },
    ];
    expect(sortTopDown(inOrder.slice())).toEqual(inOrder);
    const odd = [
      { y: 1, x: 0 },
      { y: Infinity, x: 0 },
      { y: 2, x: NaN },
    ];
    expect(sortTopDown(odd.slice())).toEqual(odd.slice().sort(topDown));
  });
});
