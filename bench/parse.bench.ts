/**
 * Parsing benchmark: generates text and Markdown papers of 0.1, 1 and 10 MB, with and without
 * blank lines between paragraphs, parses each with `parsePaper` and reports milliseconds per MB
 * at each size. Linear parsing keeps ms/MB flat as the size grows.
 *
 * Baseline, measured in the same run on the same source: one linear pass that every parse needs
 * anyway — `source.split('\n')` plus the document lexicon (`buildLexicon`, one regex over the
 * text). The ratio parse / baseline says how many such passes the parser costs.
 *
 * Run: `npm run bench -- bench/parse.bench.ts`. Prints a Markdown table and writes it to
 * `bench/results/parse.md` (not committed; `bench/PARSE-RESULTS.md` keeps a copy of one run).
 * `BENCH_MAX_MB=1` stops after the 1 MB papers. Reports, never fails on numbers.
 *
 * Goal rows (`bench/GOALS.md`, issue 9): per shape, CPU ms per MB at each size, judged linear when
 * the 10 MB paper costs at most {@link LINEAR_TOLERANCE}× the 1 MB paper's ms per MB; and the
 * slowest 10 MB parse, judged on CPU time against 2 s (wall time is given beside it: the machines
 * are shared, so wall time also counts other work).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'vitest';

import { buildLexicon } from '../src/paper/hyphenation';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId } from '../src/paper/types';
import { generatePaper, type PaperShape } from './fixtures/generate-paper';
import { recordGoals, type GoalRow } from './goals';

const SIZES_MB = [0.1, 1, 10];
const MAX_MB = Number(process.env.BENCH_MAX_MB ?? '10');
const GOAL_MS_AT_10MB = 2000;
/** Linear enough: ms per MB at 10 MB at most this many times the ms per MB at 1 MB. */
const LINEAR_TOLERANCE = 1.5;
const now = () => performance.now();

/** A timing in ms: wall clock, and CPU time of this process (less disturbed by a busy machine). */
interface Timing {
  wall: number;
  cpu: number;
}

/** The best of `runs` timings of `fn` (the least disturbed by other work on the machine). */
function best(runs: number, fn: () => unknown): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = now();
    fn();
    wall = Math.min(wall, now() - t0);
    const used = process.cpuUsage(c0);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function baselinePass(source: string): number {
  return source.split('\n').length + buildLexicon(source).words.size;
}

/** One parse measured: the paper's size in MB, the parse and the baseline pass. */
interface Measured {
  mb: number;
  size: number;
  parse: Timing;
  base: Timing;
}

const shapeName = (shape: PaperShape) =>
  `${shape.format}, ${shape.blankLines ? 'blank lines' : 'no blank lines'}`;
const perMb = (ms: number, size: number) => `${(ms / size).toFixed(0)}`;

/** The goal rows of one shape: its ms per MB at each size, linear or not. */
function linearRow(shape: PaperShape, measured: readonly Measured[]): GoalRow {
  const at = (mb: number) => measured.find((m) => m.mb === mb);
  const one = at(1);
  const ten = at(10);
  const list = (pick: (m: Measured) => number) =>
    measured.map((m) => perMb(pick(m), m.size)).join(' / ');
  return {
    issue: '9',
    figure: `parse ms/MB (CPU) at ${measured.map((m) => m.mb).join(' / ')} MB: ${shapeName(shape)}`,
    baseline: `one linear pass (split + lexicon): ${list((m) => m.base.cpu)} ms/MB`,
    goal: `linear: 10 MB ≤ ${LINEAR_TOLERANCE}× the ms/MB of 1 MB`,
    measured: `${list((m) => m.parse.cpu)} ms/MB`,
    met:
      one && ten ? ten.parse.cpu / ten.size <= (LINEAR_TOLERANCE * one.parse.cpu) / one.size : null,
  };
}

/** The slowest 10 MB parse against the 2 s goal (null when the 10 MB papers were not run). */
function tenMbRow(results: ReadonlyArray<{ shape: PaperShape; measured: Measured[] }>): GoalRow {
  const tens = results.flatMap(({ shape, measured }) =>
    measured.filter((m) => m.mb === 10).map((m) => ({ shape, m })),
  );
  const slowest = tens.sort((a, b) => b.m.parse.cpu - a.m.parse.cpu)[0];
  return {
    issue: '9',
    figure: `slowest 10 MB parse${slowest ? ` (${shapeName(slowest.shape)})` : ''}`,
    baseline: slowest
      ? `one linear pass: ${slowest.m.base.cpu.toFixed(0)} ms CPU`
      : 'not run (BENCH_MAX_MB)',
    goal: `< ${GOAL_MS_AT_10MB} ms (CPU)`,
    measured: slowest
      ? `${slowest.m.parse.cpu.toFixed(0)} ms CPU, ${slowest.m.parse.wall.toFixed(0)} ms wall`
      : 'not run',
    met: slowest ? slowest.m.parse.cpu < GOAL_MS_AT_10MB : null,
  };
}

describe('parse benchmark', () => {
  it('parses text and Markdown papers in time proportional to their size', () => {
    const rows: string[] = [];
    const results: Array<{ shape: PaperShape; measured: Measured[] }> = [];
    const shapes: PaperShape[] = [
      { format: 'text', blankLines: true },
      { format: 'text', blankLines: false },
      { format: 'markdown', blankLines: true },
      { format: 'markdown', blankLines: false },
    ];
    for (const shape of shapes) {
      const measured: Measured[] = [];
      results.push({ shape, measured });
      for (const mb of SIZES_MB.filter((s) => s <= MAX_MB)) {
        const source = generatePaper(shape, Math.round(mb * 1024 * 1024));
        const runs = mb >= 10 ? 1 : 3;
        let citations = 0;
        const parse = best(runs, () => {
          const paper = parsePaper(source, {
            format: shape.format,
            fileName: `bench.${shape.format === 'markdown' ? 'md' : 'txt'}`,
            id: asPaperId(`sha256:${'0'.repeat(64)}`),
          });
          citations = paper.citations.length;
        });
        const base = best(runs, () => baselinePass(source));
        const size = source.length / (1024 * 1024);
        measured.push({ mb, size, parse, base });
        const met = (ms: number): string => (ms < GOAL_MS_AT_10MB ? 'met' : 'not met');
        const goal =
          mb === 10
            ? `< ${GOAL_MS_AT_10MB} ms: wall ${met(parse.wall)}, CPU ${met(parse.cpu)}`
            : '';
        rows.push(
          `| ${shape.format} | ${shape.blankLines ? 'yes' : 'no'} | ${size.toFixed(2)} | ${citations} | ` +
            `${parse.wall.toFixed(0)} | ${parse.cpu.toFixed(0)} | ${(parse.wall / size).toFixed(0)} | ` +
            `${(parse.cpu / size).toFixed(0)} | ${(base.cpu / size).toFixed(0)} | ` +
            `${(parse.cpu / base.cpu).toFixed(1)}× | ${goal} |`,
        );
      }
    }
    const report = [
      `Parse benchmark, ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ` +
        `load average ${os.loadavg()[0]?.toFixed(1)}, node ${process.version}`,
      '',
      '| format | blank lines | MB | citations | parse ms (wall) | parse ms (CPU) | wall ms/MB | CPU ms/MB | baseline CPU ms/MB | parse / baseline (CPU) | goal (10 MB) |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    console.log(report);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/parse.md', report);
    recordGoals('parse', [
      ...results.map(({ shape, measured }) => linearRow(shape, measured)),
      tenMbRow(results),
    ]);
  });
});
