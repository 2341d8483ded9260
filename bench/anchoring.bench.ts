/**
 * Anchoring benchmark: re-anchors 1,000 quotes on a ~1.5 MB synthetic paper in four versions of
 * its text (see `fixtures/scenarios.ts`) and reports correctness and time, beside a Hypothesis-style
 * baseline measured in the same run on every tenth quote.
 *
 * Run: `npm run bench -- bench/anchoring.bench.ts`. Prints a Markdown table and writes it
 * to `bench/results/anchoring.md` (not committed; `bench/RESULTS.md` keeps a copy of one run).
 * It reports and never fails on numbers: machines differ, so compare the ratios.
 *
 * `BENCH_SEED=n` builds the fixture from another seed (default 2025; the report then goes to
 * `bench/results/anchoring-seed-n.md`); `BENCH_BASELINE=0` skips the slow baseline.
 *
 * Outcomes are defined in `fixtures/judge.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'vitest';

import { anchor, type AnchorResult } from '../src/anchoring/anchor';
import { anchorAll, anchorAllSync, DEFAULT_SLICE_MS } from '../src/anchoring/anchor-all';
import { indexText } from '../src/anchoring/text-index';
import { baselineAnchor } from './baseline-match-quote';
import { judge, type Outcome, type Range } from './fixtures/judge';
import { buildFixture, type Quote, type Scenario } from './fixtures/scenarios';

const BASELINE_EVERY = 10;
const DEFAULT_SEED = 2025;
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : DEFAULT_SEED;
if (!Number.isInteger(SEED))
  throw new Error(`BENCH_SEED must be an integer, not ${process.env.BENCH_SEED}`);
const now = () => performance.now();

const toRange = (r: AnchorResult): Range =>
  r.status === 'orphan' ? null : { start: r.start, end: r.end };

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

interface Tally {
  counts: Record<Outcome, number>;
  expectFound: number;
  expectEither: number;
  expectOrphan: number;
  correctOfFound: number;
}

function tally(scenario: Scenario, results: Range[], indices: readonly number[]): Tally {
  const counts: Record<Outcome, number> = {
    correct: 0,
    inexact: 0,
    partial: 0,
    wrong: 0,
    missed: 0,
    orphan: 0,
  };
  let expectFound = 0;
  let expectEither = 0;
  let expectOrphan = 0;
  let correctOfFound = 0;
  indices.forEach((qi, k) => {
    const truth = scenario.truth[qi];
    if (!truth) return;
    const outcome = judge(scenario, truth, results[k] ?? null);
    counts[outcome] += 1;
    if (truth.expect === 'found') {
      expectFound += 1;
      if (outcome === 'correct') correctOfFound += 1;
    } else if (truth.expect === 'either') expectEither += 1;
    else expectOrphan += 1;
  });
  return { counts, expectFound, expectEither, expectOrphan, correctOfFound };
}

/** Runs `work` while a 0 ms timer chain measures the longest stretch the event loop was blocked. */
async function longestBlock(
  work: () => Promise<unknown>,
): Promise<{ wallMs: number; longestMs: number }> {
  let last = now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const start = now();
  await work();
  running = false;
  longest = Math.max(longest, now() - last);
  return { wallMs: now() - start, longestMs: longest };
}

interface Row {
  scenario: Scenario;
  times: number[];
  results: Range[];
  statuses: Record<AnchorResult['status'], number>;
  totalMs: number;
  indexMs: number;
  indexMb: number;
}

/**
 * Ours on every quote. Correctness and the total time come from one cold `anchorAllSync`, the
 * app's path (it builds the index only if some quote needs it, and re-anchors quotes told apart
 * only by position with hints from their neighbours). Per-quote times come from `anchor` on each
 * quote alone, against a prebuilt index.
 */
function runOurs(scenario: Scenario, quotes: readonly Quote[]): Row {
  const targets = quotes.map((q) => ({ id: q.id, selectors: q.selectors }));
  const tTotal = now();
  const all = anchorAllSync(scenario.text, targets);
  const totalMs = now() - tTotal;
  const tIndex = now();
  const index = indexText(scenario.text);
  const indexMs = now() - tIndex;
  const indexMb =
    (index.folded.length * 2 +
      index.toOriginal.byteLength +
      index.positions.byteLength +
      index.bucketStarts.byteLength) /
    1e6;
  const times: number[] = [];
  const results: Range[] = [];
  const statuses = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const q of quotes) {
    const t = now();
    anchor(scenario.text, q.selectors, { index });
    times.push(now() - t);
    const r = all[q.id] ?? { status: 'orphan' };
    results.push(toRange(r));
    statuses[r.status] += 1;
  }
  return { scenario, times, results, statuses, totalMs, indexMs, indexMb };
}

/** Every wrong or missed anchor of a row, to say what went wrong (empty when none). */
function failureLines(row: Row, quotes: readonly Quote[], original: string): string[] {
  const { scenario } = row;
  const lines: string[] = [];
  row.results.forEach((found, i) => {
    const truth = scenario.truth[i];
    const q = quotes[i];
    if (!truth || !q) return;
    const outcome = judge(scenario, truth, found);
    if (outcome !== 'wrong' && outcome !== 'missed') return;
    let copies = 0;
    for (let at = original.indexOf(q.selectors.quote.exact); at !== -1; copies += 1)
      at = original.indexOf(q.selectors.quote.exact, at + 1);
    const range = ([s, e]: readonly [number, number]) => `${s}-${e}`;
    lines.push(
      `| (${scenario.name}) | ${q.id} | ${outcome} | ${q.end - q.start} | ${copies} | ${q.start} | ` +
        `${truth.expect} ${truth.range ? range(truth.range) : '(gone)'} | ${found ? range([found.start, found.end]) : 'orphan'} |`,
    );
  });
  return lines;
}

function oursLine(row: Row): string {
  const { scenario, statuses } = row;
  const t = tally(
    scenario,
    row.results,
    row.results.map((_, i) => i),
  );
  const sorted = sortNum(row.times);
  const index =
    scenario.name === 'a' ? 'not needed' : `${fmt(row.indexMs, 1)} (${fmt(row.indexMb, 0)} MB)`;
  return (
    `| (${scenario.name}) ${scenario.description} | ${t.expectFound} / ${t.expectEither} / ${t.expectOrphan} | ` +
    `${statuses.exact} / ${statuses.moved} / ${statuses.fuzzy} / ${statuses.orphan} | ${t.counts.correct} | ` +
    `${fmt((100 * t.correctOfFound) / Math.max(1, t.expectFound), 1)}% | ${t.counts.inexact} | ${t.counts.partial} | ` +
    `**${t.counts.wrong}** | ${t.counts.missed} | ${fmt(row.totalMs, 1)} | ${index} | ` +
    `${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 95))} | ${fmt(percentile(sorted, 99))} |`
  );
}

/** The baseline on the subset, beside ours on the same quotes. */
function baselineLine(row: Row, quotes: readonly Quote[], subset: readonly number[]): string {
  const { scenario } = row;
  const times: number[] = [];
  const results: Range[] = [];
  for (const i of subset) {
    const q = quotes[i];
    if (!q) continue;
    const t = now();
    results.push(baselineAnchor(scenario.text, q.selectors));
    times.push(now() - t);
  }
  const theirs = tally(scenario, results, subset);
  const ours = tally(
    scenario,
    subset.map((i) => row.results[i] ?? null),
    subset,
  );
  const o = sortNum(subset.map((i) => row.times[i] ?? NaN));
  const b = sortNum(times);
  const pair = (x: number, y: number) => `${fmt(x)} / ${fmt(y)}`;
  const ratio = (x: number, y: number) => `${fmt(y / x, 0)}×`;
  return (
    `| (${scenario.name}) | ${subset.length} | ${ours.counts.correct} / ${theirs.counts.correct} | ` +
    `${ours.counts.wrong} / **${theirs.counts.wrong}** | ${ours.counts.missed} / ${theirs.counts.missed} | ` +
    `${pair(percentile(o, 50), percentile(b, 50))} | ${pair(percentile(o, 95), percentile(b, 95))} | ` +
    `${pair(mean(o), mean(b))} | ${ratio(percentile(o, 50), percentile(b, 50))} | ` +
    `${ratio(percentile(o, 95), percentile(b, 95))} | **${ratio(mean(o), mean(b))}** |`
  );
}

describe('anchoring benchmark', () => {
  it(
    're-anchors 1,000 quotes in four versions of a 1.5 MB paper',
    { timeout: 900_000 },
    async () => {
      const t0 = now();
      const fixture = buildFixture({ seed: SEED });
      const fixtureMs = now() - t0;
      const { quotes } = fixture;
      const subset = quotes.map((_, i) => i).filter((i) => i % BASELINE_EVERY === 0);

      // Warm the JIT on a small paper of its own, so the timed runs below start from a cold index.
      const warm = buildFixture({ seed: 7, chars: 200_000, quotes: 200 });
      for (const s of warm.scenarios) anchorAllSync(s.text, warm.quotes);

      const lengths = quotes.map((q) => q.end - q.start);
      const lines = [
        '# Anchoring benchmark',
        '',
        `Paper: ${fmt(fixture.original.text.length / 1e6, 2)} M characters; ${quotes.length} quotes of ` +
          `${Math.min(...lengths)}-${Math.max(...lengths)} characters (mean ${fmt(mean(lengths), 0)}); seed ${SEED}; ` +
          `fixture built in ${fmt(fixtureMs / 1000, 1)} s. Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}.`,
        '',
        '## Ours, all quotes',
        '',
        '| scenario | expected found / either / orphan | exact / moved / fuzzy / orphan | correct | correct of expected found | inexact | partial | wrong | missed | total ms (cold, incl. index) | index ms (size) | per quote p50 ms | p95 ms | p99 ms |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ];
      const rows = fixture.scenarios.map((scenario) => runOurs(scenario, quotes));
      rows.forEach((row) => lines.push(oursLine(row)));
      const failures = rows.flatMap((row) => failureLines(row, quotes, fixture.original.text));
      if (failures.length > 0) {
        lines.push(
          '',
          '### Wrong and missed anchors',
          '',
          '| scenario | quote | outcome | chars | verbatim copies in the original | old start | truth | anchored at |',
          '|---|---|---|---|---|---|---|---|',
          ...failures,
        );
      }

      if (process.env.BENCH_BASELINE !== '0') {
        lines.push(
          '',
          `## Ours vs Hypothesis-style baseline: every ${BASELINE_EVERY}th quote, same run (ours / baseline)`,
          '',
          '| scenario | quotes | correct | wrong | missed | p50 ms | p95 ms | mean ms | p50 ratio | p95 ratio | speed-up (mean) |',
          '|---|---|---|---|---|---|---|---|---|---|---|',
        );
        rows.forEach((row) => lines.push(baselineLine(row, quotes, subset)));
      }

      lines.push(
        '',
        `## anchorAll: longest event-loop block (${DEFAULT_SLICE_MS} ms slices, cold index, 0 ms timer probe)`,
        '',
        '| scenario | wall ms | longest block ms |',
        '|---|---|---|',
      );
      for (const scenario of fixture.scenarios) {
        const targets = quotes.map((q) => ({ id: q.id, selectors: q.selectors }));
        const { wallMs, longestMs } = await longestBlock(() => anchorAll(scenario.text, targets));
        lines.push(`| (${scenario.name}) | ${fmt(wallMs, 1)} | ${fmt(longestMs, 1)} |`);
      }

      const report = lines.join('\n');
      console.log(`\n${report}\n`);
      const dir = new URL('./results/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      const file = SEED === DEFAULT_SEED ? 'anchoring.md' : `anchoring-seed-${SEED}.md`;
      writeFileSync(new URL(file, dir), `${report}\n`);
    },
  );
});
