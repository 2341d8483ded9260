import { describe, expect, it } from 'vitest';
import { splitAtMarks } from './split-text';

describe('splitAtMarks', () => {
  it.each([
    { name: 'no marks gives one plain run', marks: [], want: [[0, 10, null]] },
    { name: 'a mark in the middle', marks: [{ start: 3, end: 5 }], want: [[0, 3, null], [3, 5, 3], [5, 10, null]] },
    { name: 'marks touching the edges', marks: [{ start: 0, end: 2 }, { start: 8, end: 10 }], want: [[0, 2, 0], [2, 8, null], [8, 10, 8]] },
    { name: 'a mark clipped by the range', marks: [{ start: -2, end: 2 }], want: [[0, 2, -2], [2, 10, null]] },
    { name: 'a mark outside the range', marks: [{ start: 12, end: 14 }], want: [[0, 10, null]] },
  ])('$name', ({ marks, want }) => {
    const runs = splitAtMarks(0, 10, marks).map((r) => [r.start, r.end, r.mark ? r.mark.start : null]);
    expect(runs).toEqual(want);
  });
});
