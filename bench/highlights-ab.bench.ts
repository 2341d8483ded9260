/**
 * Issue 9, A/B tool (not a benchmark: skipped unless `HIGHLIGHTS_AB_BASE` is set): adds,
 * recolours and deletes one highlight in two builds of the app open side by side in one Chromium,
 * the base (`HIGHLIGHTS_AB_BASE`: a checkout with its own `dist/`, e.g. `git archive main` built
 * there) and this worktree's `dist/`, taking turns interaction by interaction. On a machine shared
 * with other work the load changes from minute to minute: runs of the two builds one after the
 * other moved a row by 20–30% with no change to the code, while turns this short put both under
 * the same load. Each interaction is traced (`devtools.timeline`, thread CPU time, the window of
 * bench/highlights.bench.ts: the click, two frames, 450 ms) and reported as the median and least
 * over the rounds of: the window's total thread CPU, the click's task, and the click's script.
 * Build both the same way (`npx vite build --minify false` in each), then
 * `HIGHLIGHTS_AB_BASE=/path/to/base npx vitest run --project bench bench/highlights-ab.bench.ts`
 * (`HIGHLIGHTS_AB_ROUNDS`, default 10; `HIGHLIGHTS_AB_COUNTS`, default `0,5000`).
 */
import type { CDPSession, Page } from 'playwright-core';
import { preview } from 'vite';
import { describe, it } from 'vitest';
import { selectOffsets, settle } from './fixtures/browser-probe';
import { generatedPaperInApp, profileWithHighlights } from './fixtures/generated-paper-app';
import { kindsOf, tasksBetween, type Span, type TraceEvent } from './fixtures/trace-window';

const BASE = process.env.HIGHLIGHTS_AB_BASE;
const ROUNDS = Number(process.env.HIGHLIGHTS_AB_ROUNDS ?? 10);
const COUNTS = (process.env.HIGHLIGHTS_AB_COUNTS ?? '0,5000').split(',').map(Number);
const SETTLE_MS = 450;

const setup = generatedPaperInApp({ when: BASE !== undefined });

interface Figures {
  total: number;
  clickTask: number;
  clickScript: number;
}

/** Whether `task` holds the dispatch of a click. */
const hasClick = (task: Span): boolean =>
  task.children.some(
    (c) =>
      (c.name === 'EventDispatch' && (c.args?.data as { type?: string })?.type === 'click') ||
      hasClick(c),
  );

/** The thread CPU (ms) of `act` until two frames and SETTLE_MS after it, from a trace. */
async function traced(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<Figures> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await settle(page, 50);
  await page.evaluate(() => console.timeStamp('hl-start'));
  await act();
  await settle(page, SETTLE_MS);
  await page.evaluate(() => console.timeStamp('hl-end'));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  const tasks = tasksBetween(events, 'hl-start', 'hl-end');
  const { kinds, total } = kindsOf(tasks);
  return {
    total: total / 1000,
    clickTask: tasks.filter(hasClick).reduce((sum, t) => sum + t.tdur, 0) / 1000,
    clickScript: (kinds.get('script: the click') ?? 0) / 1000,
  };
}

/** Adds a highlight in the third paragraph, recolours it and deletes it, each traced. */
async function interact(page: Page, cdp: CDPSession, record: (name: string, f: Figures) => void) {
  const block = setup.paper.blocks.filter((b) => b.kind === 'paragraph')[2]!;
  const start = block.start + 40;
  const card = page.locator('.card--active');
  const clickOn = async (target: ReturnType<Page['locator']>) => {
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await selectOffsets(page, block.start, start, start + 28);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  await toolbar.waitFor();
  const claim = await clickOn(toolbar.getByRole('button', { name: 'Highlight as claim' }));
  record('add', await traced(page, cdp, claim));
  await card.waitFor();
  const green = await clickOn(card.locator('input[type="radio"][value="green"]'));
  record('recolour', await traced(page, cdp, green));
  // The last round's undo bar would cover the card's Delete button.
  const dismiss = page.locator('.undo-bar').getByRole('button', { name: 'Dismiss' });
  if (await dismiss.isVisible()) await dismiss.click();
  const remove = await clickOn(card.getByRole('button', { name: 'Delete highlight' }));
  record('delete', await traced(page, cdp, remove));
  await settle(page, 100);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.skipIf(BASE === undefined)('highlights A/B', () => {
  it('traces each interaction in the base build and this one, in turn', async () => {
    const server = await preview({
      root: BASE,
      logLevel: 'warn',
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    });
    const baseUrl = server.resolvedUrls!.local[0]!;
    const pages: { label: string; page: Page; cdp: CDPSession }[] = [];
    for (const count of COUNTS)
      for (const side of ['base', 'branch'] as const) {
        const app = side === 'base' ? { url: baseUrl, close: async () => {} } : setup.app;
        const { page } = await profileWithHighlights({ ...setup, app }, count);
        await page.goto(app.url);
        await page.locator('[role="doc-bibliography"] li').first().waitFor({ timeout: 120_000 });
        await settle(page, 3000); // the stored highlights anchored, the paper rendered whole
        const cdp = await page.context().newCDPSession(page);
        pages.push({ label: `${count}, ${side}`, page, cdp });
      }
    const figures: Record<string, Figures[]> = {};
    for (let r = 0; r < ROUNDS; r++)
      for (const { label, page, cdp } of pages)
        await interact(page, cdp, (name, f) => (figures[`${name}, ${label}`] ??= []).push(f));
    const cell = (fs: Figures[], key: keyof Figures) =>
      `${median(fs.map((f) => f[key])).toFixed(2)} (${Math.min(...fs.map((f) => f[key])).toFixed(2)})`;
    console.log(
      [
        `| thread CPU ms, median (least) of ${ROUNDS} | window | the click's task | the click's script |`,
        '|---|---|---|---|',
        ...Object.keys(figures)
          .sort()
          .map((k) => {
            const fs = figures[k]!;
            return `| ${k} | ${cell(fs, 'total')} | ${cell(fs, 'clickTask')} | ${cell(fs, 'clickScript')} |`;
          }),
      ].join('\n'),
    );
    for (const { page } of pages) await page.context().close();
    await server.close();
  }, 1_800_000);
});
