/**
 * Hostile sizes benchmark: Markdown files of 10,000 to 100,000 headings (each followed by a short
 * paragraph, or headings alone), parsed by `parsePaper` with the block bounds on (as the app does,
 * `limit-blocks.ts`) and off (as before them), then given their outline (`listSections`, what the
 * contents and the sections render from). Reports CPU milliseconds and the ratio of each to a
 * baseline measured in the same run on the same source: one linear pass every parse needs
 * (`source.split('\n')` plus the document lexicon). Rendering is not timed here: the bounds cap
 * what is rendered at `MAX_HEADINGS` sections and about `MAX_BLOCKS` blocks.
 *
 * Run: `npm run bench -- bench/hostile-sizes.bench.ts` (`BENCH_MAX_HEADINGS=30000` to stop
 * earlier). Prints a Markdown table and writes it to `bench/results/hostile-sizes.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'vitest';
import { buildLexicon } from '../src/paper/hyphenation';
import { BLOCK_BOUNDS, type BlockBounds } from '../src/paper/limit-blocks';
import { pageNumberRun } from '../src/paper/page-number-run';
import { parsePaper } from '../src/paper/parse-paper';
import { listSections } from '../src/paper/sections';
import { asPaperId } from '../src/paper/types';

const COUNTS = [10_000, 30_000, 100_000];
const MAX = Number(process.env.BENCH_MAX_HEADINGS ?? '100000');
const UNBOUNDED: BlockBounds = { maxHeadings: Infinity, maxBlocks: Infinity };

/** CPU milliseconds of this process spent in `fn` (less disturbed by a busy machine than wall time). */
function cpu(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const baselinePass = (source: string) =>
  source.split('\n').length + buildLexicon(source).words.size;

function generate(headings: number, withParagraphs: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i < headings; i++) {
    lines.push(`## ${i + 1}. Heading number ${i + 1}`);
    if (withParagraphs) lines.push('', `A short paragraph under heading ${i + 1}.`, '');
  }
  return lines.join('\n');
}

/** Parse and outline of `source` under `bounds`: CPU ms of each, and the sizes reached. */
function measure(source: string, bounds: BlockBounds) {
  let paper = parsePaper('', { format: 'markdown', fileName: 'h.md', id: asPaperId('sha256:h') });
  const parse = cpu(() => {
    paper = parsePaper(source, {
      format: 'markdown',
      fileName: 'h.md',
      id: asPaperId('sha256:h'),
      bounds,
    });
  });
  let sections = 0;
  const outline = cpu(() => (sections = listSections(paper).length));
  return { parse, outline, blocks: paper.blocks.length, sections };
}

describe('hostile sizes benchmark', () => {
  it('parses and outlines files of 10,000 to 100,000 headings, bounded and not', () => {
    const rows: string[] = [];
    for (const withParagraphs of [true, false]) {
      for (const headings of COUNTS.filter((n) => n <= MAX)) {
        const source = generate(headings, withParagraphs);
        const baseline = cpu(() => baselinePass(source));
        const before = measure(source, UNBOUNDED);
        const after = measure(source, BLOCK_BOUNDS);
        const x = (ms: number) => `${(ms / baseline).toFixed(1)}×`;
        rows.push(
          `| ${headings.toLocaleString('en-GB')} | ${withParagraphs ? 'yes' : 'no'} | ` +
            `${(source.length / 1e6).toFixed(2)} | ${baseline.toFixed(0)} | ` +
            `${before.parse.toFixed(0)} (${x(before.parse)}) | ${before.outline.toFixed(0)} (${x(before.outline)}) | ` +
            `${before.blocks} / ${before.sections} | ` +
            `${after.parse.toFixed(0)} (${x(after.parse)}) | ${after.outline.toFixed(0)} (${x(after.outline)}) | ` +
            `${after.blocks} / ${after.sections} | ` +
            `${((before.parse + before.outline) / (after.parse + after.outline)).toFixed(1)}× |`,
        );
      }
    }
    const table = [
      `Hostile sizes benchmark, ${new Date().toISOString()}, ${os.cpus()[0]?.model ?? ''} ×${os.cpus().length}, load average ${os.loadavg()[0]!.toFixed(1)}, node ${process.version}`,
      '',
      'CPU ms (× the baseline pass). Before: no bounds. After: `BLOCK_BOUNDS`.',
      '',
      '| headings | paragraphs | MB | baseline ms | before: parse | before: outline | before: blocks / sections | after: parse | after: outline | after: blocks / sections | before / after |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/hostile-sizes.md', `${table}\n`);
  }, 1_200_000);

  // A text of nothing but bare numbers (every line a page number's candidate, counting 1, 2, 1,
  // 2…): the page-number runs of `splitSourceLines` must stay near-linear in the candidates (was
  // a timed unit test; timings belong here).
  it('reads runs of bare page numbers in time near-linear in their count', () => {
    const rows: string[] = [];
    for (const period of [1, 2]) {
      let perThousand = 0;
      for (const n of [5_000, 20_000, 80_000]) {
        const texts: string[] = [];
        for (let i = 0; i < n; i++) texts.push('', String(1 + (i % period)));
        texts.push('');
        pageNumberRun(texts);
        const ms = Math.min(...[0, 1, 2].map(() => cpu(() => pageNumberRun(texts))));
        const per = (ms / n) * 1000;
        perThousand ||= per;
        rows.push(
          `| ${n.toLocaleString('en-GB')} | ${period} | ${ms.toFixed(1)} | ${per.toFixed(2)} (${(per / perThousand).toFixed(1)}× the first) |`,
        );
      }
    }
    const table = [
      'Bare page numbers (`pageNumberRun`), CPU ms, least of 3; near-linear: ms per 1,000 numbers about flat.',
      '',
      '| numbers | counting period | ms | ms per 1,000 |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/hostile-page-numbers.md', `${table}\n`);
  });
});
