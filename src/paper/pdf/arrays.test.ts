import { describe, expect, it } from 'vitest';
import { flatten } from './arrays';

describe('flatten', () => {
  it.each([
    [[], []],
    [[[]], []],
    [
      [[1], [], [2, 3]],
      [1, 2, 3],
    ],
    [
      [[[4]], [5]],
      [[4], 5],
    ],
  ])('flattens %j one level, as flatMap does: %j', (lists, expected) => {
    const pick = (list: readonly unknown[]) => list;
    expect(flatten(lists as unknown[][], pick)).toEqual(expected);
    expect(flatten(lists as unknown[][], pick)).toEqual((lists as unknown[][]).flatMap(pick));
  });
});
