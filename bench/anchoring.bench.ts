/**
 * Anchoring benchmark: re-anchors 1,000 quotes on a ~1.5 MB synthetic paper in four versions of
 * its text (see `fixtures/scenarios.ts`) and reports correctness and time, beside a Hypothesis-style
 * baseline measured in the same run on a sample drawn from two strata: every quote whose text recurs
 * verbatim in the paper (the hard ones, one in twenty by construction) and every tenth of the
 * others. Baseline totals for all 1,000 quotes are estimated stratum by stratum.
 *
 * Two speed-ups, because they answer different questions:
 * - cold: our `anchorAllSync` on all 1,000 quotes from nothing, INCLUDING building the text index
 *   (what opening a paper costs), against the baseline's estimated total for the same quotes;
 * - warm: our per-quote time against a prebuilt index (what each further anchor costs), against the
 *   baseline's per-quote time. A single quote anchored cold pays the whole index build, so the
 *   report also gives that case and where the index starts to pay for itself.
 *
 * Run: `npm run bench -- bench/anchoring.bench.ts`. Prints a Markdown table and writes it
 * to `bench/results/anchoring.md` (not committed; `bench/RESULTS.md` keeps a copy of one run).
 * It reports and never fails on numbers: machines differ, so compare the ratios.
 *
 * `BENCH_SEED=n` builds the fixture from another seed (default 2025; the report then goes to
 * `bench/results/anchoring-seed-n.md`); `BENCH_BASELINE=0` skips the slow baseline.
 *
 * Outcomes are defined in `fixtures/judge.ts`.
 *
 * Goal rows (`bench/GOALS.md`, issue 9: the benchmark says what it measures): per scenario the
 * cold speed-up (the index build counted) against the baseline's estimated total, whose sample
 * includes every quote from a recurring sentence, and the wrong anchors of each on those quotes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'vitest';

import { anchor, type AnchorResult } from '../src/anchoring/anchor';
import { anchorAll, DEFAULT_SLICE_MS } from '../src/anchoring/anchor-all';
import { anchorAllSync } from '../src/anchoring/quote-steps';
import { indexText } from '../src/anchoring/text-index';
import { baselineAnchor } from './baseline-match-quote';
import { judge, type Outcome, type Range } from './fixtures/judge';
import { buildFixture, type Quote, type Scenario } from './fixtures/scenarios';
import { recordGoals, type GoalRow } from './goals';

/** The baseline samples every this-many-th quote whose text does not recur (it is ~100× slower). */
const BASELINE_EVERY = 10;
/** Quotes anchored one at a time from cold (each builds its own index) for the single-quote case. */
const COLD_SINGLE_QUOTES = 10;
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

/** How many times `exact` occurs verbatim in `text` (overlapping occurrences count). */
function verbatimCopies(text: string, exact: string): number {
  let copies = 0;
  for (let at = text.indexOf(exact); at !== -1; copies += 1) at = text.indexOf(exact, at + 1);
  return copies;
}

/** A part of the quotes, the baseline's sample of it, and how many quotes the part holds. */
interface Stratum {
  name: string;
  sample: number[];
  population: number;
}

/** Text with line-end hyphens and line breaks undone: how a sentence reads, whatever its layout. */
const unwrap = (text: string) => text.replace(/-\n/g, '').replace(/\s+/g, ' ');

/**
 * The baseline's sample, in two strata so that it represents all quotes: every quote from a
 * recurring sentence, i.e. whose words occur more than once in the original however its lines are
 * wrapped (only context and position can place those; sampling every tenth quote by index never
 * picked one, as the fixture makes quotes 7, 27, 47, … recur), and every tenth of the rest.
 */
function baselineStrata(quotes: readonly Quote[], original: string): Stratum[] {
  const read = unwrap(original);
  const indices = quotes.map((_, i) => i);
  const recurs = indices.filter(
    (i) => verbatimCopies(read, unwrap(quotes[i]?.selectors.quote.exact ?? '')) > 1,
  );
  const recurring = new Set(recurs);
  const others = indices.filter((i) => !recurring.has(i));
  return [
    {
      name: `every ${BASELINE_EVERY}th of the others`,
      sample: others.filter((i) => i % BASELINE_EVERY === 0),
      population: others.length,
    },
    { name: 'from a recurring sentence (all)', sample: recurs, population: recurs.length },
  ];
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
    const copies = verbatimCopies(original, q.selectors.quote.exact);
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

/** `a / b` as a speed-up: one decimal below 10×, whole numbers above. */
const ratio = (a: number, b: number) => `${fmt(a / b, a / b < 10 ? 1 : 0)}×`;

/** The baseline on one stratum's sample: its table row and its mean time per quote. */
function baselineStratum(
  row: Row,
  quotes: readonly Quote[],
  stratum: Stratum,
): { line: string; baselineMean: number; wrong: { ours: number; theirs: number } } {
  const { scenario } = row;
  const { sample } = stratum;
  const times: number[] = [];
  const results: Range[] = [];
  for (const i of sample) {
    const q = quotes[i];
    if (!q) continue;
    const t = now();
    results.push(baselineAnchor(scenario.text, q.selectors));
    times.push(now() - t);
  }
  const theirs = tally(scenario, results, sample);
  const ours = tally(
    scenario,
    sample.map((i) => row.results[i] ?? null),
    sample,
  );
  const o = sortNum(sample.map((i) => row.times[i] ?? NaN));
  const b = sortNum(times);
  const pair = (x: number, y: number) => `${fmt(x)} / ${fmt(y)}`;
  const line =
    `| (${scenario.name}) | ${stratum.name} | ${sample.length} of ${stratum.population} | ` +
    `${ours.counts.correct} / ${theirs.counts.correct} | ${ours.counts.wrong} / **${theirs.counts.wrong}** | ` +
    `${ours.counts.missed} / ${theirs.counts.missed} | ${pair(percentile(o, 50), percentile(b, 50))} | ` +
    `${pair(percentile(o, 95), percentile(b, 95))} | ${pair(mean(o), mean(b))} | ${ratio(mean(b), mean(o))} |`;
  return {
    line,
    baselineMean: mean(b),
    wrong: { ours: ours.counts.wrong, theirs: theirs.counts.wrong },
  };
}

/** Median time of anchoring single quotes from cold: each call builds its own index if needed. */
function coldSingleQuoteMs(scenario: Scenario, quotes: readonly Quote[], sample: number[]): number {
  const times = sample.slice(0, COLD_SINGLE_QUOTES).map((i) => {
    const q = quotes[i];
    if (!q) return NaN;
    const t = now();
    anchorAllSync(scenario.text, [{ id: q.id, selectors: q.selectors }]);
    return now() - t;
  });
  return percentile(sortNum(times), 50);
}

/**
 * Ours vs the baseline on one scenario: a row per stratum, and the summary row with the estimated
 * totals for all quotes, the cold and warm speed-ups, and the single-quote cold case.
 */
function baselineLines(
  row: Row,
  quotes: readonly Quote[],
  strata: readonly Stratum[],
): { strataLines: string[]; summary: string; goal: GoalRow } {
  const measured = strata.map((stratum) => baselineStratum(row, quotes, stratum));
  const baselineTotal = strata.reduce(
    (sum, stratum, k) => sum + stratum.population * (measured[k]?.baselineMean ?? NaN),
    0,
  );
  const oursWarm = row.times.reduce((a, b) => a + b, 0);
  const baselinePerQuote = baselineTotal / Math.max(1, quotes.length);
  const single = coldSingleQuoteMs(row.scenario, quotes, strata[0]?.sample ?? []);
  // Quotes after which anchoring them all from cold beats the baseline: the index build pays off.
  const breakEven = row.indexMs / Math.max(1e-9, baselinePerQuote - oursWarm / quotes.length);
  const summary =
    `| (${row.scenario.name}) | ${fmt(row.totalMs, 1)} | ${fmt(oursWarm, 1)} | ${fmt(baselineTotal, 0)} | ` +
    `**${ratio(baselineTotal, row.totalMs)}** | ${ratio(baselineTotal, oursWarm)} | ` +
    `${fmt(single, 3)} / ${fmt(baselinePerQuote, 3)} | ` +
    `${row.scenario.name === 'a' ? 'no index needed' : `${fmt(Math.ceil(breakEven), 0)} quotes`} |`;
  const recurring = strata.findIndex((stratum) => stratum.name.startsWith('from a recurring'));
  const wrong = measured[recurring]?.wrong;
  const sampled = strata[recurring]?.sample.length ?? 0;
  const goal: GoalRow = {
    issue: '9',
    figure: `anchoring speed-up, cold (index build counted): (${row.scenario.name}) ${row.scenario.description}`,
    baseline:
      `Hypothesis-style, est. from a sample with all ${sampled} recurring quotes: ` +
      `${fmt(baselineTotal, 0)} ms, wrong on ${wrong?.theirs ?? '–'} of them`,
    goal: 'reported cold, baseline sample includes the recurring quotes',
    measured:
      `${ratio(baselineTotal, row.totalMs)} (ours ${fmt(row.totalMs, 0)} ms cold, ` +
      `${ratio(baselineTotal, oursWarm)} warm; wrong on ${wrong?.ours ?? '–'} recurring)`,
    met: sampled > 0 && Number.isFinite(baselineTotal / row.totalMs),
  };
  return { strataLines: measured.map((m) => m.line), summary, goal };
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
      const strata = baselineStrata(quotes, fixture.original.text);

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
        const compared = rows.map((row) => baselineLines(row, quotes, strata));
        lines.push(
          '',
          '## Ours vs Hypothesis-style baseline, same run: all quotes (estimated for the baseline)',
          '',
          'Cold: ours anchors all the quotes from nothing, building the text index (the "total ms" ' +
            'above); warm: the sum of our per-quote times against a prebuilt index. The baseline has ' +
            'no index; its total is estimated from the sample below, stratum by stratum. One quote, ' +
            'cold: the median of ours on a single quote (building the index when the position has ' +
            'moved) vs the baseline mean per quote. Break-even: quotes after which building the index ' +
            'has paid for itself.',
          '',
          '| scenario | ours cold ms (incl. index) | ours warm ms | baseline ms (est.) | speed-up, cold | speed-up, warm | one quote cold ms, ours / baseline | break-even |',
          '|---|---|---|---|---|---|---|---|',
          ...compared.map((c) => c.summary),
          '',
          `## Ours vs baseline per stratum of the sample (ours / baseline; ours per quote is warm)`,
          '',
          '| scenario | stratum | quotes (of all) | correct | wrong | missed | p50 ms | p95 ms | mean ms | speed-up (mean, warm) |',
          '|---|---|---|---|---|---|---|---|---|---|',
          ...compared.flatMap((c) => c.strataLines),
        );
        // Scenario (a) is the unchanged text: nothing to search, no speed-up to speak of.
        recordGoals(
          'anchoring',
          compared.filter((_, i) => rows[i]?.scenario.name !== 'a').map((c) => c.goal),
        );
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
