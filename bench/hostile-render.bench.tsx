// @vitest-environment jsdom
/**
 * Hostile sizes, rendering: a Markdown file of many headings rendered as the app shows it (the
 * paper and its table of contents) in jsdom, with the block bounds on (`limit-blocks.ts`) and off
 * (as before them). CPU milliseconds of the parse and first render of each, and their ratio, measured in
 * the same run. jsdom is slower than Chromium but scales the same way with the number of sections.
 *
 * Run: `npm run bench -- bench/hostile-render.bench.tsx` (`BENCH_MAX_HEADINGS` caps the sizes).
 * Prints a Markdown table and writes it to `bench/results/hostile-render.md`.
 */
import { act } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { renderWithStore } from '../src/components/__fixtures__/render-with-store';
import { PaperView } from '../src/components/PaperView/PaperView';
import { TableOfContents } from '../src/components/Toc/TableOfContents';
import { BLOCK_BOUNDS, type BlockBounds } from '../src/paper/limit-blocks';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId } from '../src/paper/types';
import { createTestStore } from '../src/store/__fixtures__/test-store';

const COUNTS = [3_000, 10_000, 30_000];
const MAX = Number(process.env.BENCH_MAX_HEADINGS ?? '30000');
const UNBOUNDED: BlockBounds = { maxHeadings: Infinity, maxBlocks: Infinity };

/** CPU ms of this process spent in `fn` (a busy machine disturbs it less than wall time). */
function cpu(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** CPU ms of parsing `source` under `bounds` and rendering the paper and its contents once. */
function renderOnce(source: string, bounds: BlockBounds): { ms: number; elements: number } {
  const store = createTestStore();
  let elements = 0;
  const ms = cpu(() => {
    const paper = parsePaper(source, {
      format: 'markdown',
      fileName: 'h.md',
      id: asPaperId('sha256:h'),
      bounds,
    });
    const meta = { id: paper.id, title: paper.title, fileName: 'h.md', format: paper.format };
    store.getState().paperOpened(paper, meta);
    const { container, unmount } = renderWithStore(
      <>
        <TableOfContents paper={paper} />
        <PaperView paper={paper} />
      </>,
      store,
    );
    elements = container.querySelectorAll('*').length;
    act(unmount);
  });
  return { ms, elements };
}

describe('hostile sizes, rendering', () => {
  it('renders files of many headings, bounded and not', () => {
    const rows: string[] = [];
    for (const headings of COUNTS.filter((n) => n <= MAX)) {
      const source = Array.from(
        { length: headings },
        (_, i) => `## ${i + 1}. Heading ${i + 1}`,
      ).join('\n');
      // After first: whatever the first render warms up favours the unbounded one, not ours.
      const after = renderOnce(source, BLOCK_BOUNDS);
      const before = renderOnce(source, UNBOUNDED);
      rows.push(
        `| ${headings.toLocaleString('en-GB')} | ${before.ms.toFixed(0)} | ${before.elements} | ` +
          `${after.ms.toFixed(0)} | ${after.elements} | ${(before.ms / after.ms).toFixed(1)}× |`,
      );
    }
    const table = [
      `Hostile sizes, rendering (jsdom), ${new Date().toISOString()}`,
      '',
      '| headings | before: parse + render CPU ms | before: elements | after: parse + render CPU ms | after: elements | before / after |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/hostile-render.md', `${table}\n`);
  }, 1_800_000);
});
