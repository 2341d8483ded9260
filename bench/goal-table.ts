/**
 * The benchmark goal table as Markdown (pure: the files are read by `goals.ts`): one row per
 * figure, with the baseline measured in the same run, the goal, what was measured and whether it is
 * met, grouped by benchmark with the time and machine load of its run.
 */

/** One measured goal. `met` is null for a figure reported without a goal (context). */
export interface GoalRow {
  /** The issue the goal comes from (`9`, `8`). */
  issue: string;
  figure: string;
  /** The same measure on the baseline, in the same run (`sample paper: 49 ms`). */
  baseline: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

/** One benchmark's recorded rows. */
export interface GoalFile {
  bench: string;
  ranAt: string;
  /** One-minute load average when it ran (the machines are shared). */
  load: number;
  rows: GoalRow[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const verdict = (met: boolean | null) => (met === null ? '—' : met ? 'yes' : '**no**');

/** The whole table, with a count of goals met at the top. */
export function formatGoalTable(files: readonly GoalFile[]): string {
  const rows = files.flatMap((file) => file.rows);
  const judged = rows.filter((row) => row.met !== null);
  const met = judged.filter((row) => row.met === true).length;
  const lines = [
    '# Benchmark goals',
    '',
    'Written by `npm run bench` (`bench/goals.ts`): every figure with its baseline measured in the same',
    'run. Millisecond figures are noisy on these shared machines; compare ratios. A benchmark run',
    'alone updates only its own rows.',
    '',
    `**${met} of ${judged.length} goals met.**`,
    '',
    '| issue | benchmark (run, load) | figure | baseline (same run) | goal | measured | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const file of files) {
    const run = `${file.bench} (${file.ranAt.slice(0, 16).replace('T', ' ')}, load ${file.load})`;
    for (const row of file.rows) {
      const cells = [row.issue, run, row.figure, row.baseline, row.goal, row.measured];
      lines.push(`| ${cells.map(cell).join(' | ')} | ${verdict(row.met)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
