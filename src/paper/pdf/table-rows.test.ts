import { column, line } from './__fixtures__/items';
import { assembleText } from './assemble-text';
import { groupLines } from './lines';
import { tableRows } from './table-rows';
import type { TextItem } from './text-item';

/** A column's lines from 50 to 290 (240 wide). */
const WIDTH = 240;
/** A row of a table: each cell `[text, x]`, on the baseline `y`. */
const row = (y: number, ...cells: [string, number][]): TextItem[] =>
  cells.map(([str, x]) => line(str, x, y));
/** A small table of three columns (at 50, 130, 210) under a header row. */
const table = (top: number): TextItem[] => [
  ...row(top, ['Corpus', 50], ['Papers', 130], ['Domain', 210]),
  ...row(top - 12, ['S2ORC', 50], ['8.1M', 130], ['multi', 210]),
  ...row(top - 24, ['PubMed', 50], ['2.6M', 130], ['bio, med', 210]),
  ...row(top - 36, ['AAN', 50], ['25k', 130], ['comp ling', 210]),
];
const prose = (top: number, lines: string[]) => column(lines, { x: 50, top, right: 290 });
const marks = (items: readonly TextItem[]) => tableRows(groupLines(items), WIDTH);

describe('tableRows', () => {
  it('finds the rows of a table: short cells in lined-up columns, wide gaps between them', () => {
    const items = [
      ...prose(760, ['Running text before the table goes on to the', 'end of its column.¶']),
      ...table(720),
      ...prose(660, ['Running text after the table goes on to the', 'end of its column.¶']),
    ];
    expect(marks(items)).toEqual([false, false, true, true, true, true, false, false]);
  });

  it('keeps a lone cell inside the table (a row with only its first cell filled)', () => {
    const items = [
      ...row(720, ['Corpus', 50], ['Papers', 130], ['Domain', 210]),
      ...row(708, ['S2ORC (full)', 50]),
      ...row(696, ['S2ORC', 50], ['8.1M', 130], ['multi', 210]),
      ...row(684, ['AAN', 50], ['25k', 130], ['comp ling', 210]),
    ];
    expect(marks(items)).toEqual([true, true, true, true]);
  });

  it.each([
    [
      'two rows are not yet a table',
      [...row(720, ['Corpus', 50], ['Papers', 130]), ...row(708, ['S2ORC', 50], ['8.1M', 130])],
    ],
    [
      'a reference list with its labels in a column of their own',
      [
        ...row(720, ['[1]', 50], ['A. Smith. On tables.', 80]),
        ...row(708, ['[2]', 50], ['B. Jones. On rows.', 80]),
        ...row(696, ['[3]', 50], ['C. Wu. On cells.', 80]),
      ],
    ],
    [
      'numbered equations, their numbers at the right',
      [
        ...row(720, ['x = y + z', 120], ['(1)', 270]),
        ...row(708, ['y = 2z', 120], ['(2)', 270]),
        ...row(696, ['z = 3', 120], ['(3)', 270]),
      ],
    ],
    [
      'a matrix in a display equation',
      [
        ...row(720, ['⎡', 100], ['ψ(t₁, λ₁)', 130], ['ψ(t₁, λ₂)', 210]),
        ...row(708, ['Ψ = ⎢', 80], ['ψ(t₂, λ₁)', 130], ['ψ(t₂, λ₂)', 210]),
        ...row(696, ['⎣', 100], ['ψ(t₃, λ₁)', 130], ['ψ(t₃, λ₂)', 210]),
      ],
    ],
    [
      'a display equation of fractions, its number on the middle line',
      [
        ...row(720, ['dis R˙′', 120], ['cR′′', 200]),
        ...row(708, ['H₀ =', 80], [', q₀ =', 150], ['− 1', 210], ['(16)', 270]),
        ...row(696, ['R′', 120], ['R˙′²', 200]),
      ],
    ],
    [
      'a display equation of fractions, its number on a line of its own after it',
      [
        ...row(720, ['dis R˙′', 120], ['cR′′', 200]),
        ...row(708, ['H₀ =', 80], [', q₀ =', 150], ['− 1', 210]),
        ...row(696, ['R′', 120], ['R˙′²', 200]),
        ...row(684, ['(16)', 270]),
      ],
    ],
    [
      'cells that do not line up: no strip of white runs down through the rows',
      [
        ...row(720, ['Corpus of many', 50], ['Papers', 150]),
        ...row(708, ['S2ORC', 50], ['8.1M of them in all', 100]),
        ...row(696, ['PubMed and more', 50], ['2.6M', 160]),
      ],
    ],
    [
      'running text',
      prose(720, ['Running text goes on to the end', 'of each line of', 'its column.¶']),
    ],
  ])('finds none in %s', (_case, items) => {
    expect(marks(items).some(Boolean)).toBe(false);
  });

  it('writes a table apart from the paragraph it stands in, marked row by row, after it', () => {
    const items = [
      ...prose(760, ['Running text before the table goes on to the']),
      ...table(740),
      ...prose(680, ['end of its sentence here.¶']),
    ];
    const text = assembleText([
      { regions: [{ kind: 'left', lines: groupLines(items) }], notes: [] },
    ]);
    expect(text.split('\n\n')).toEqual([
      'Running text before the table goes on to the\nend of its sentence here.',
      ['Corpus Papers Domain', 'S2ORC 8.1M multi', 'PubMed 2.6M bio, med', 'AAN 25k comp ling']
        .map((r) => `\u001E${r}`)
        .join('\n'),
    ]);
  });
});
