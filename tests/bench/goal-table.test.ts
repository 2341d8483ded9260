import { formatGoalTable, type GoalFile } from '../../bench/goal-table';

const file = (bench: string, rows: GoalFile['rows']): GoalFile => ({
  bench,
  ranAt: '2026-12-05T01:40:00.000Z',
  load: 2.5,
  rows,
});

describe('formatGoalTable', () => {
  it('counts the goals met, leaving figures without a goal out of the count', () => {
    const table = formatGoalTable([
      file('open', [
        {
          issue: '9',
          figure: 'first paragraph',
          baseline: 'sample 49 ms',
          goal: '< 300 ms',
          measured: '250 ms',
          met: true,
        },
        {
          issue: '9',
          figure: 'longest task',
          baseline: '—',
          goal: '≤ 50 ms',
          measured: '169 ms',
          met: false,
        },
      ]),
      file('pdf', [
        { issue: '8', figure: 'pages', baseline: '—', goal: '—', measured: '46', met: null },
      ]),
    ]);
    expect(table).toContain('**1 of 2 goals met.**');
    expect(table).toContain(
      '| 9 | open (2026-12-05 01:40, load 2.5) | longest task | — | ≤ 50 ms | 169 ms | **no** |',
    );
    expect(table).toContain('| 8 | pdf (2026-12-05 01:40, load 2.5) | pages | — | — | 46 | — |');
  });

  it('keeps a pipe or a line break in a figure from breaking the table', () => {
    const table = formatGoalTable([
      file('x', [
        { issue: '9', figure: 'a | b\nc', baseline: '', goal: '', measured: '', met: true },
      ]),
    ]);
    expect(table).toContain('| a \\| b c |');
  });
});
