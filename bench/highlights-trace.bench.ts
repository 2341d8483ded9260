/**
 * Issue 9, tracing tool (not a benchmark: skipped unless `HIGHLIGHTS_TRACE=1`): the built app's
 * main-thread work while adding, recolouring and deleting one highlight with 0 and 5,000 stored,
 * broken down by kind from a Chromium trace (`devtools.timeline` with thread CPU time) and a V8
 * CPU profile, over the same window as bench/highlights.bench.ts (the click, two frames, 450 ms).
 * Build first, unminified for readable names: `npx vite build --minify false`, then
 * `HIGHLIGHTS_TRACE=1 npx vitest run --project bench bench/highlights-trace.bench.ts`.
 * Prints, per interaction: self time (wall / thread CPU) by trace event name, the style and
 * layout events with the elements and objects they touched, script self time by function, and
 * the window's tasks in order.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { paperIdFromBytes } from '../src/paper/paper-id';
import { parsePaper } from '../src/paper/parse-paper';
import type { Paper } from '../src/paper/types';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveApp, type ServedApp } from '../tests/e2e/support/serve';
import { selectOffsets, settle } from './fixtures/browser-probe';
import { generatePaper } from './fixtures/generate-paper';
import { storedHighlights } from './fixtures/highlight-storage';

const PAPER_BYTES = 1_590_000;
const FILE_NAME = 'generated-1.6mb.txt';
const SETTLE_MS = 450;
const ON = process.env.HIGHLIGHTS_TRACE === '1';
/** Rounds: the add of the first round warms the page; each interaction's last round is printed. */
const ROUNDS = Number(process.env.HIGHLIGHTS_TRACE_ROUNDS ?? 2);
/** `HIGHLIGHTS_TRACE_PROFILE=0`: no CPU profile (its sampling adds to the script times traced). */
const PROFILE = process.env.HIGHLIGHTS_TRACE_PROFILE !== '0';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

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

let app: ServedApp;
let launch: Awaited<ReturnType<typeof launchChromium>>;
let paper: Paper;
let source: string;

beforeAll(async () => {
  if (!ON) return;
  source = generatePaper({ format: 'text', blankLines: true }, PAPER_BYTES);
  const id = await paperIdFromBytes(new TextEncoder().encode(source));
  paper = parsePaper(source, { format: 'text', fileName: FILE_NAME, id });
  app = await serveApp();
  launch = await launchChromium();
}, 600_000);
afterAll(async () => {
  await launch?.close();
  await app?.close();
});

async function openWith(count: number): Promise<Page> {
  const context = await launch.newContext({
    viewport: { width: 1400, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('[role="doc-bibliography"] li').first().waitFor();
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(source) });
  await page.waitForFunction((title) => document.title.startsWith(title), paper.title, {
    timeout: 60_000,
  });
  await page.goto(`${app.url}favicon.svg`);
  const entries = storedHighlights(paper, FILE_NAME, count);
  await page.evaluate((all) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
  await page.goto(app.url);
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

/** Self wall and CPU time by event name on the renderer main thread between the two marks. */
function summarize(events: TraceEvent[]) {
  const start = events.find((e) => e.name === 'TimeStamp' && hasMessage(e, 'hl-start'))!;
  const end = events.find((e) => e.name === 'TimeStamp' && hasMessage(e, 'hl-end'))!;
  const main = events.filter(
    (e) =>
      e.pid === start.pid &&
      e.tid === start.tid &&
      (e.ph === 'X' || e.ph === 'B' || e.ph === 'E') &&
      e.ts >= start.ts &&
      e.ts <= end.ts,
  );
  // B/E pairs into complete events.
  const complete: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') complete.push(e);
    else if (e.ph === 'B') open.push(e);
    else {
      const b = open.pop();
      if (b)
        complete.push({
          ...b,
          ph: 'X',
          dur: e.ts - b.ts,
          tdur: (e.tts ?? 0) - (b.tts ?? 0),
          args: { ...b.args, end: e.args },
        });
    }
  }
  complete.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, { wall: number; cpu: number; n: number }>();
  const tasks: { ts: number; dur: number; tdur: number; parts: Map<string, number> }[] = [];
  const stack: (TraceEvent & { childWall: number; childCpu: number })[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= upTo) {
      const e = stack.pop()!;
      const s = self.get(e.name) ?? { wall: 0, cpu: 0, n: 0 };
      const w = (e.dur ?? 0) - e.childWall;
      const c = (e.tdur ?? 0) - e.childCpu;
      s.wall += w;
      s.cpu += c;
      s.n += 1;
      self.set(e.name, s);
      if (stack.length) {
        stack.at(-1)!.childWall += e.dur ?? 0;
        stack.at(-1)!.childCpu += e.tdur ?? 0;
      }
      const task = tasks.at(-1);
      if (task) task.parts.set(e.name, (task.parts.get(e.name) ?? 0) + c);
    }
  };
  const notable: string[] = [];
  for (const e of complete) {
    close(e.ts);
    if (!stack.length)
      tasks.push({ ts: e.ts - start.ts, dur: e.dur ?? 0, tdur: e.tdur ?? 0, parts: new Map() });
    stack.push({ ...e, childWall: 0, childCpu: 0 });
    const a = e.args as Record<string, Record<string, unknown>> | undefined;
    if (e.name === 'UpdateLayoutTree')
      notable.push(
        `UpdateLayoutTree +${ms(e.ts - start.ts)} ${ms(e.tdur ?? 0)} cpu, elements ${String(a?.elementCount ?? a?.end?.elementCount ?? '?')}`,
      );
    if (e.name === 'Layout')
      notable.push(
        `Layout +${ms(e.ts - start.ts)} ${ms(e.tdur ?? 0)} cpu, dirty ${String(a?.beginData?.dirtyObjects)} of ${String(a?.beginData?.totalObjects)}, partial ${String(a?.beginData?.partialLayout)}${a?.beginData?.stackTrace ? ' FORCED' : ''}`,
      );
    if (e.name === 'EventDispatch') notable.push(`EventDispatch ${String(a?.data?.type)}`);
    if (e.name === 'TimerFire' || e.name === 'FireIdleCallback' || e.name === 'FireAnimationFrame')
      notable.push(`${e.name} +${ms(e.ts - start.ts)} ${ms(e.tdur ?? 0)} cpu`);
  }
  close(Infinity);
  return { self, tasks, notable, window: end.ts - start.ts };
}

function hasMessage(e: TraceEvent, message: string): boolean {
  const data = (e.args?.data ?? {}) as { message?: string };
  return data.message === message;
}

/** Self time by function from the CPU profile (µs). */
function byFunction(profile: Profile): [string, number][] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = nodes.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anon)'} ${file}:${lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return [...totals].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
}

/**
 * Inclusive time (µs) of the app's named functions (its components and store code): each sample
 * counts once for every distinct function on its stack.
 */
function inclusive(profile: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = nodes.get(at)!.callFrame;
      if (!/assets\/index-/.test(url) || !functionName) continue;
      seen.add(functionName);
    }
    for (const k of seen) totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function traceInteractions(page: Page, count: number, paragraph: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const block = paper.blocks.filter((b) => b.kind === 'paragraph')[paragraph]!;
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
        `${process.env.HIGHLIGHTS_TRACE_DUMP}-${name}-${count}.json`,
        JSON.stringify({ traceEvents: events }),
      );
    const { self, tasks, notable, window } = summarize(events);
    const lines = [
      `### ${name}, ${count} highlights (window ${ms(window)} ms; TaskDuration incl. tracing ${((after - before) * 1000).toFixed(1)} ms)`,
      'self time by event (wall / cpu ms, count):',
      ...[...self]
        .sort((a, b) => b[1].cpu - a[1].cpu)
        .filter(([, s]) => s.cpu > 50 || s.wall > 100)
        .map(([k, s]) => `  ${k}: ${ms(s.wall)} / ${ms(s.cpu)} (${s.n})`),
      'tasks (start, wall, cpu, largest parts by self cpu):',
      ...tasks
        .filter((t) => t.tdur > 200)
        .map(
          (t) =>
            `  +${ms(t.ts)} ${ms(t.dur)} / ${ms(t.tdur)}: ${[...t.parts]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 5)
              .map(([k, v]) => `${k} ${ms(v)}`)
              .join(', ')}`,
        ),
      'style / layout / events:',
      ...notable.map((n) => `  ${n}`),
      'script self time by function (profile, ms):',
      ...byFunction(profile)
        .slice(0, 30)
        .map(([k, v]) => `  ${ms(v)} ${k}`),
      'app functions, inclusive (profile, ms):',
      ...inclusive(profile)
        .slice(0, 60)
        .map(([k, v]) => `  ${ms(v)} ${k}`),
      '',
    ];
    console.log(lines.join('\n'));
  };
  for (let r = 0; r < ROUNDS; r++) {
    const print = r === ROUNDS - 1;
    await selectOffsets(page, block.start, start, start + 28);
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
    await toolbar.waitFor();
    await report(
      'add',
      await click(toolbar.getByRole('button', { name: 'Highlight as claim' }), 'claim'),
      print,
    );
    await card.waitFor();
    await report(
      'recolour',
      await click(card.locator('input[type="radio"][value="green"]'), 'green'),
      print,
    );
    // The last round's undo bar would cover the card's Delete button.
    const dismiss = page.locator('.undo-bar').getByRole('button', { name: 'Dismiss' });
    if (await dismiss.isVisible()) await dismiss.click();
    await report(
      'delete',
      await click(card.getByRole('button', { name: 'Delete highlight' }), 'Delete'),
      print,
    );
    await settle(page, 100);
  }
  await cdp.detach();
}

describe.skipIf(!ON)('highlights trace', () => {
  it('prints where the main-thread time of each interaction goes', async () => {
    console.log(`load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    const counts = (process.env.HIGHLIGHTS_TRACE_COUNTS ?? '0,5000').split(',').map(Number);
    for (const count of counts) {
      const page = await openWith(count);
      await traceInteractions(page, count, 2);
      await page.context().close();
    }
    console.log(`load ${loadavg()[0]!.toFixed(1)} at the end`);
  }, 900_000);
});
