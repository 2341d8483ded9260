import { describe, expect, it } from 'vitest';
import { splitAtMarks, splitByCoverage } from './split-text';

describe('splitAtMarks', () => {
  it.each([
    { name: 'no marks gives one plain run', marks: [], want: [[0, 10, null]] },
    {
      name: 'a mark in the middle',
      marks: [{ start: 3, end: 5 }],
      want: [
        [0, 3, null],
        [3, 5, 3],
        [5, 10, null],
      ],
    },
    {
      name: 'marks touching the edges',
      marks: [
        { start: 0, end: 2 },
        { start: 8, end: 10 },
      ],
      want: [
        [0, 2, 0],
        [2, 8, null],
        [8, 10, 8],
      ],
    },
    {
      name: 'a mark clipped by the range',
      marks: [{ start: -2, end: 2 }],
      want: [
        [0, 2, -2],
        [2, 10, null],
      ],
    },
    { name: 'a mark outside the range', marks: [{ start: 12, end: 14 }], want: [[0, 10, null]] },
  ])('$name', ({ marks, want }) => {
    const runs = splitAtMarks(0, 10, marks).map((r) => [
      r.start,
      r.end,
      r.mark ? r.mark.start : null,
    ]);
    expect(runs).toEqual(want);
  });
});

describe('splitByCoverage', () => {
  const cover = (marks: { start: number; end: number; id: string }[]) =>
    splitByCoverage(0, 10, marks).map((p) => [
      p.start,
      p.end,
      p.covering.map((m) => m.id).join('+'),
    ]);

  it('keeps text without marks as one piece', () => {
    expect(cover([])).toEqual([[0, 10, '']]);
  });

  it('splits overlapping marks into pieces covered by one, both, then one', () => {
    expect(
      cover([
        { start: 2, end: 6, id: 'a' },
        { start: 4, end: 8, id: 'b' },
      ]),
    ).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'a+b'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });

  it('keeps a mark nested inside another', () => {
    expect(
      cover([
        { start: 0, end: 10, id: 'outer' },
        { start: 3, end: 5, id: 'inner' },
      ]),
    ).toEqual([
      [0, 3, 'outer'],
      [3, 5, 'outer+inner'],
      [5, 10, 'outer'],
    ]);
  });
});
