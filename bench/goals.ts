/**
 * One table for every goal `npm run bench` measures (issue 9): each benchmark records its rows with
 * {@link recordGoals} (figure, baseline measured in the same run, goal, measured, met), one JSON file
 * per benchmark under `bench/goals/`, and the bench run's teardown (`goal-table-setup.ts`) joins
 * them into `bench/GOALS.md`. A benchmark run alone updates only its own rows; the others keep the
 * figures of their last run, dated.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { formatGoalTable, type GoalFile, type GoalRow } from './goal-table';

export type { GoalRow } from './goal-table';

const GOALS_DIR = path.resolve(__dirname, 'goals');
const TABLE_FILE = path.resolve(__dirname, 'GOALS.md');

/** Records one benchmark's goal rows (replacing its previous rows). */
export function recordGoals(bench: string, rows: readonly GoalRow[]): void {
  mkdirSync(GOALS_DIR, { recursive: true });
  const file: GoalFile = {
    bench,
    ranAt: new Date().toISOString(),
    load: Number(loadavg()[0]?.toFixed(1) ?? 0),
    rows: [...rows],
  };
  writeFileSync(path.join(GOALS_DIR, `${bench}.json`), `${JSON.stringify(file, null, 2)}\n`);
}

/** Every recorded benchmark's rows, as written by {@link recordGoals}. */
export function readGoalFiles(): GoalFile[] {
  let names: string[];
  try {
    names = readdirSync(GOALS_DIR).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(GOALS_DIR, name), 'utf8')) as GoalFile);
}

/** Writes `bench/GOALS.md` from every recorded benchmark. */
export function writeGoalTable(): void {
  const files = readGoalFiles();
  if (files.length > 0) writeFileSync(TABLE_FILE, formatGoalTable(files));
}
