/**
 * Issue 9, tracing tool (not a benchmark: skipped unless `HIGHLIGHTS_TRACE=1`): the built app's
 * main-thread work while adding, recolouring and deleting one highlight with 0 and 5,000 stored,
 * broken down by kind from a Chromium trace (`devtools.timeline` with thread CPU time) and a V8
 * CPU profile, over the same window as bench/highlights.bench.ts (the click, two frames, 450 ms).
 * Build first, unminified for readable names: `npx vite build --minify false`, then
 * `HIGHLIGHTS_TRACE=1 npx vitest run --project bench bench/highlights-trace.bench.ts`
 * (`HIGHLIGHTS_TRACE_PROFILE=0`: no CPU profile, whose sampling adds to the script figures;
 * `HIGHLIGHTS_TRACE_DUMP=/tmp/x`: each trace written as /tmp/x-add-0.json and so on, and its CPU
 * profile, when taken, as /tmp/x-add-0.cpuprofile; `HIGHLIGHTS_TRACE_AT=0.8`: 80% down;
 * `HIGHLIGHTS_TRACE_BUTTON=Note`: the add is the toolbar's button of that name, a draft whose
 * note editor takes focus, rather than "Highlight as claim").
 * Prints, per interaction, the window's tasks (forced style and layout with the script that forced
 * them) and script self time by function; at the end, a table of thread CPU time by kind
 * (fixtures/trace-window.ts) with the elements restyled and layout objects dirtied.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { selectOffsets, settle } from './fixtures/browser-probe';
import { generatedPaperInApp, profileWithHighlights } from './fixtures/generated-paper-app';
import { kindsOf, taskLines, tasksBetween, type TraceEvent } from './fixtures/trace-window';

const SETTLE_MS = 450;
const ON = process.env.HIGHLIGHTS_TRACE === '1';
/** Rounds: the add of the first round warms the page; each interaction's last round is printed. */
const ROUNDS = Number(process.env.HIGHLIGHTS_TRACE_ROUNDS ?? 2);
/** `HIGHLIGHTS_TRACE_PROFILE=0`: no CPU profile (its sampling adds to the script times traced). */
const PROFILE = process.env.HIGHLIGHTS_TRACE_PROFILE !== '0';
/**
 * Where the highlight goes, as a fraction of the paper's paragraphs (`HIGHLIGHTS_TRACE_AT=0.8`:
 * the benchmark's "80% down"); the third paragraph (the benchmark's "top") unless given.
 */
const AT = process.env.HIGHLIGHTS_TRACE_AT;
/**
 * `HIGHLIGHTS_TRACE_INVALIDATIONS=1`: the trace also records what invalidated style and layout
 * (each element and why; read them from the dumped trace), which itself costs time.
 */
const INVALIDATIONS = process.env.HIGHLIGHTS_TRACE_INVALIDATIONS === '1';
/** The toolbar's button that adds the highlight (see the header). */
const BUTTON = process.env.HIGHLIGHTS_TRACE_BUTTON;
/**
 * `HIGHLIGHTS_TRACE_BENCH_ORDER=1`: the benchmark's own order: each round at the top, then 80%
 * down, a note typed (and Done) between the recolour and the delete. Every add then moves the
 * sidebar's card window far from where it was, and every delete of that one-card window brings
 * the next card in, as in the benchmark's rounds (which the tool's one position does not do).
 */
const BENCH_ORDER = process.env.HIGHLIGHTS_TRACE_BENCH_ORDER === '1';

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const setup = generatedPaperInApp({ when: ON });

async function openWith(count: number): Promise<Page> {
  const { page } = await profileWithHighlights(setup, count);
  await page.goto(setup.app.url);
  await page.locator('[role="doc-bibliography"] li').first().waitFor({ timeout: 120_000 });
  await settle(page, 1500);
  // The browser's autofill scans the page's form controls when a text field is added (a card).
  const controls = await page.evaluate(() => {
    const n = (s: string) => document.querySelectorAll(s).length;
    return `elements ${n('*')}, inputs ${n('input')}, buttons ${n('button')}, textareas ${n('textarea')}, forms ${n('form')}`;
  });
  console.log(`${count} highlights: ${controls}`);
  return page;
}

/** Trace and CPU profile of `act` until two frames and SETTLE_MS after it. */
async function traced(page: Page, cdp: CDPSession, act: () => Promise<void>) {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
        'disabled-by-default-v8.gc',
        ...(INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
        'toplevel',
        'v8',
        'blink.user_timing',
        '__metadata',
      ],
      enableSampling: false,
    },
    transferMode: 'ReportEvents',
  });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await settle(page, 50);
  await page.evaluate(() => console.timeStamp('hl-start'));
  await act();
  await settle(page, SETTLE_MS);
  await page.evaluate(() => console.timeStamp('hl-end'));
  const { profile } = PROFILE
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile })
    : { profile: { nodes: [], samples: [], timeDeltas: [] } };
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { events, profile };
}

const ms = (us: number) => (us / 1000).toFixed(2);

/** Self time by function from the CPU profile (µs), most first. */
function byFunction(profile: Profile): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const key = `${functionName || '(anon)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return [...totals].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
}

/** Each interaction's kinds, for the table printed at the end. */
const columns: { name: string; kinds: ReturnType<typeof kindsOf> }[] = [];

function kindsTable(): string[] {
  const kinds = [...new Set(columns.flatMap((c) => [...c.kinds.kinds.keys()]))].sort();
  return [
    `| thread CPU ms | ${columns.map((c) => c.name).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...kinds.map(
      (k) => `| ${k} | ${columns.map((c) => ms(c.kinds.kinds.get(k) ?? 0)).join(' | ')} |`,
    ),
    `| elements restyled / layout objects dirtied | ${columns.map((c) => `${c.kinds.elements} / ${c.kinds.objects}`).join(' | ')} |`,
    `| **total** | ${columns.map((c) => ms(c.kinds.total)).join(' | ')} |`,
  ];
}

async function traceInteractions(page: Page, count: number, paragraphs: readonly number[]) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let r = 0; r < ROUNDS; r++)
    for (const [i, paragraph] of paragraphs.entries())
      await traceRound(page, cdp, count, paragraph, {
        print: r === ROUNDS - 1,
        where: paragraphs.length > 1 ? (i === 0 ? ' (top)' : ' (80%)') : '',
      });
  await cdp.detach();
}

async function traceRound(
  page: Page,
  cdp: CDPSession,
  count: number,
  paragraph: number,
  { print, where }: { print: boolean; where: string },
) {
  const block = setup.paper.blocks.filter((b) => b.kind === 'paragraph')[paragraph]!;
  const start = block.start + 40;
  const card = page.locator('.card--active');
  const click = async (target: ReturnType<Page['locator']>, name: string) => {
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.outerHTML.slice(0, 80),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    if (!hit?.includes(name)) console.log('click target:', hit);
    return async () => {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
  };
  const report = async (name: string, act: () => Promise<void>, print: boolean) => {
    const before = (await cdp.send('Performance.getMetrics')).metrics.find(
      (m) => m.name === 'TaskDuration',
    )!.value;
    const { events, profile } = await traced(page, cdp, act);
    const after = (await cdp.send('Performance.getMetrics')).metrics.find(
      (m) => m.name === 'TaskDuration',
    )!.value;
    if (!print) return;
    if (process.env.HIGHLIGHTS_TRACE_DUMP)
      writeFileSync(
        `${process.env.HIGHLIGHTS_TRACE_DUMP}-${name}${where.replace(/\W/g, '')}-${count}.json`,
        JSON.stringify({ traceEvents: events }),
      );
    if (process.env.HIGHLIGHTS_TRACE_DUMP && PROFILE)
      writeFileSync(
        `${process.env.HIGHLIGHTS_TRACE_DUMP}-${name}${where.replace(/\W/g, '')}-${count}.cpuprofile`,
        JSON.stringify(profile),
      );
    const tasks = tasksBetween(events, 'hl-start', 'hl-end');
    columns.push({ name: `${name}${where}, ${count}`, kinds: kindsOf(tasks) });
    const lines = [
      `### ${name}${where}, ${count} highlights (TaskDuration with tracing on: ${((after - before) * 1000).toFixed(1)} ms)`,
      'tasks over 0.5 ms (thread CPU), their parts over 0.2 ms:',
      ...taskLines(tasks, 0.5, 0.2),
      ...(PROFILE
        ? [
            'script self time by function (profile, ms):',
            ...byFunction(profile)
              .slice(0, 30)
              .map(([k, v]) => `  ${ms(v)} ${k}`),
          ]
        : []),
      '',
    ];
    console.log(lines.join('\n'));
  };
  {
    await selectOffsets(page, block.start, start, start + 28);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    await report(
      'add',
      await (BUTTON
        ? click(toolbar.getByRole('button', { name: BUTTON, exact: true }), BUTTON)
        : click(toolbar.getByRole('button', { name: 'Highlight as claim' }), 'claim')),
      print,
    );
    await card.waitFor();
    await report(
      'recolour',
      await click(card.locator('input[type="radio"][value="green"]'), 'green'),
      print,
    );
    if (BENCH_ORDER) {
      await card.getByRole('button', { name: 'Add note' }).click();
      await card.getByRole('textbox', { name: 'Note' }).waitFor();
      await page.keyboard.type('Evidence is weak!');
      await card.getByRole('button', { name: 'Done' }).click();
    }
    // The last round's undo bar would cover the card's Delete button.
    const dismiss = page.locator('.undo-bar').getByRole('button', { name: 'Dismiss' });
    if (!BENCH_ORDER && (await dismiss.isVisible())) await dismiss.click();
    await report(
      'delete',
      await click(card.getByRole('button', { name: 'Delete highlight' }), 'Delete'),
      print,
    );
    await settle(page, BENCH_ORDER ? 50 : 100);
  }
}

describe.skipIf(!ON)('highlights trace', () => {
  it('prints where the main-thread time of each interaction goes', async () => {
    console.log(`load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    const counts = (process.env.HIGHLIGHTS_TRACE_COUNTS ?? '0,5000').split(',').map(Number);
    for (const count of counts) {
      const page = await openWith(count);
      const paragraphs = setup.paper.blocks.filter((b) => b.kind === 'paragraph').length;
      await traceInteractions(
        page,
        count,
        BENCH_ORDER
          ? [2, Math.floor(paragraphs * 0.8)]
          : [AT ? Math.floor(paragraphs * Number(AT)) : 2],
      );
      await page.context().close();
    }
    console.log([...kindsTable(), '', `load ${loadavg()[0]!.toFixed(1)} at the end`].join('\n'));
  }, 900_000);
});
