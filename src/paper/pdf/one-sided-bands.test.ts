import { line } from './__fixtures__/items';
import { measureOwnItems, type LineShape } from './lines';
import { joinOneSidedBands } from './one-sided-bands';

/** Left of the gutter at 300: a fragment ending before it. */
const isLeft = (f: LineShape) => f.right <= 300;

/** A table's row across the gutter: three cells, wide apart, the middle one crossing x 300. */
const row = (y: number): LineShape[] => [
  measureOwnItems([line('Species', 55, y, { size: 8 })]),
  measureOwnItems([line('Female', 292, y, { size: 8 })]),
  measureOwnItems([line('11+', 420, y, { size: 8 })]),
];

const cell = (text: string, y: number): LineShape[] => [
  measureOwnItems([line(text, 55, y, { size: 8 })]),
];

describe('joinOneSidedBands', () => {
  it('reads the cells of a row set on three lines left of the gutter with the rows around them', () => {
    // F1000Research: a row's first cells take three lines (`western North Atlantic`,
    // `R. terraenovae`, `Loefer & Sedberry, 2003`) between the rows that cross the gutter.
    const bands = [
      { kind: 'full', fragments: row(400) },
      {
        kind: 'columns',
        fragments: [
          ...cell('western North Atlantic', 390),
          ...cell('R. terraenovae', 381),
          ...cell('Loefer & Sedberry, 2003', 372),
        ],
      },
      { kind: 'full', fragments: row(362) },
    ];
    expect(joinOneSidedBands(bands, isLeft).map((b) => [b.kind, b.fragments.length])).toEqual([
      ['full', 9],
    ]);
  });

  it('leaves a band of four lines between rows, or one between lines that are no rows, apart', () => {
    const four = [
      { kind: 'full', fragments: row(400) },
      {
        kind: 'columns',
        fragments: [390, 381, 372, 363].flatMap((y) => cell('a line of the left column', y)),
      },
      { kind: 'full', fragments: row(352) },
    ];
    expect(joinOneSidedBands(four, isLeft).map((b) => b.kind)).toEqual(['full', 'columns', 'full']);
    const prose = [
      { kind: 'full', fragments: cell('A title set across the whole of the page, over both', 400) },
      { kind: 'columns', fragments: cell('ABSTRACT', 381) },
      { kind: 'full', fragments: row(362) },
    ];
    expect(joinOneSidedBands(prose, isLeft).map((b) => b.kind)).toEqual([
      'full',
      'columns',
      'full',
    ]);
  });
});
