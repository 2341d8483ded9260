/**
 * Issue 9, tracing tool (not a benchmark: skipped unless `RELOAD_TRACE=1`): where the main
 * thread's own CPU time of a reload goes, from the document's start to the first screen painted,
 * with 0 and 5,000 stored highlights, over the same span as bench/highlights.bench.ts's reload
 * (`bench:document` to `bench:painted`). One Chromium trace per reload (the whole browser, so the
 * new document is in it) with thread CPU time and V8's sampling profiler inside the trace
 * (`disabled-by-default-v8.cpu_profiler`, which follows the navigation, unlike CDP's Profiler).
 * Build first, unminified for readable names: `npx vite build --minify false`, then
 * `RELOAD_TRACE=1 npx vitest run --project bench bench/reload-trace.bench.ts`
 * (`RELOAD_TRACE_ROUNDS=n`, default 3, after `RELOAD_TRACE_WARMUP` reloads left out;
 * `RELOAD_TRACE_PROFILE=0`: no sampling, whose cost adds to the script figures;
 * `RELOAD_TRACE_DUMP=/tmp/x`: each trace written as /tmp/x-<count>-<round>.json).
 * Prints, per count, the mean thread CPU by kind (fixtures/trace-window.ts), the span between the
 * app's start marks (`start:*`, `open:*`) and each step's median, and script self time by function
 * from the samples.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { generatedPaperInApp, profileWithHighlights } from './fixtures/generated-paper-app';
import { markWindow } from './fixtures/cpu-tasks';
import { kindsOf, spanTree, type TraceEvent } from './fixtures/trace-window';

const ON = process.env.RELOAD_TRACE === '1';
const ROUNDS = Number(process.env.RELOAD_TRACE_ROUNDS ?? 3);
/**
 * Reloads run first and left out of the figures (`RELOAD_TRACE_WARMUP`, default 1): the first
 * reload after the setup finds no hint key (the setup writes the records alone) and reads every
 * stored annotation before its first screen, which the later reloads (and the benchmark's least
 * of 7) do not.
 */
const WARMUP = Number(process.env.RELOAD_TRACE_WARMUP ?? 1);
const PROFILE = process.env.RELOAD_TRACE_PROFILE !== '0';

const setup = generatedPaperInApp({ when: ON });

const openWith = (count: number) => profileWithHighlights(setup, count);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.gc',
  'toplevel',
  'v8',
  'blink.user_timing',
  '__metadata',
  ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** The reload as bench/highlights.bench.ts times it, traced. */
async function tracedReload(page: Page, count: number): Promise<TraceEvent[]> {
  await setup.launch.startTracing(page, { categories: CATEGORIES });
  await page.goto(setup.app.url);
  const painted = await page.waitForFunction(
    (withMarks): null | Promise<boolean> => {
      const text = document.querySelector('article p[data-block-start]');
      if (!text) return null;
      if (withMarks && !document.querySelector('article mark[data-annotation-id]')) return null;
      return new Promise<boolean>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => performance.mark('bench:painted');
        channel.port2.postMessage(null);
        requestAnimationFrame(() => done(true));
      });
    },
    count > 0,
    { timeout: 120_000, polling: 'raf' },
  );
  // The wait returns once the predicate returns its promise, not once it settles (session 23's
  // note): under load the trace stopped before `bench:painted` was marked. The handle's value is
  // the settled promise's, so this waits for the frame after the paint.
  await painted.jsonValue();
  const { traceEvents } = JSON.parse((await setup.launch.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await page.locator('[role="doc-bibliography"] li').first().waitFor({ timeout: 120_000 });
  return traceEvents;
}

/** The main thread's tasks from the one holding `bench:document` to the one holding `bench:painted`, as trees. */
function spansOfReload(events: TraceEvent[]) {
  const { onMain, pid, tid, start, end } = markWindow(events, 'bench:document', 'bench:painted');
  const roots = spanTree(
    events.filter((e) => onMain(e) && e.ts >= start && e.ts <= end).sort((a, b) => a.ts - b.ts),
  );
  const tasksOnly = roots.filter((r) => r.name === 'RunTask' && r.ts + r.dur <= end);
  // User-timing marks of the app's start, relative to the document mark, with the thread CPU
  // spent by then.
  const marks = events
    .filter(
      (e) =>
        onMain(e) &&
        (e.name.startsWith('start:') || e.name.startsWith('open:')) &&
        e.ts >= start &&
        e.ts <= end,
    )
    .sort((a, b) => a.ts - b.ts);
  const cpuBefore = (ts: number) =>
    tasksOnly.reduce((sum, t) => {
      if (t.ts + t.dur <= ts) return sum + t.tdur;
      if (t.ts <= ts) return sum + (t.tdur * (ts - t.ts)) / Math.max(1, t.dur);
      return sum;
    }, 0);
  return {
    tasks: tasksOnly,
    marks: marks.map((m) => ({ name: m.name, cpu: cpuBefore(m.ts) / 1000 })),
    window: { start, end, pid, tid },
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

/** Self time by function (µs) from the trace's profile chunks of the main thread, inside the window. */
function profileSelf(
  events: TraceEvent[],
  window: { start: number; end: number; pid: number; tid: number },
): Map<string, number> {
  const totals = new Map<string, number>();
  const nodes = new Map<number, ProfileNode>();
  // The main thread's profile; its chunks come from a profiler thread of the same process.
  const profiles = events.filter(
    (e) => e.name === 'Profile' && e.pid === window.pid && e.tid === window.tid,
  );
  for (const p of profiles) {
    const id = (p as unknown as { id: string }).id;
    const startTime = (p.args?.data as { startTime: number }).startTime;
    let t = startTime;
    const chunks = events.filter(
      (e) =>
        e.name === 'ProfileChunk' &&
        e.pid === window.pid &&
        (e as unknown as { id: string }).id === id,
    );
    for (const c of chunks) {
      const data = c.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((s, i) => {
        t += deltas[i] ?? 0;
        const next = deltas[i + 1] ?? 0;
        if (t < window.start || t > window.end) return;
        const f = nodes.get(s)?.callFrame;
        if (!f) return;
        const key = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop() ?? ''}:${(f.lineNumber ?? 0) + 1}`;
        totals.set(key, (totals.get(key) ?? 0) + next);
      });
    }
  }
  return totals;
}

const ms = (us: number) => (us / 1000).toFixed(2);

function addInto(into: Map<string, number>, from: Map<string, number>) {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

describe.skipIf(!ON)('reload trace', () => {
  it('prints where the main-thread CPU of a reload goes', async () => {
    console.log(`load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
    const counts = (process.env.RELOAD_TRACE_COUNTS ?? '0,5000').split(',').map(Number);
    const setups = [];
    for (const count of counts) setups.push({ count, ...(await openWith(count)) });
    const kinds = new Map<number, Map<string, number>>();
    const totals = new Map<number, number[]>();
    const marks = new Map<number, Map<string, number[]>>();
    const steps = new Map<number, Map<string, number[]>>();
    const functions = new Map<number, Map<string, number>>();
    for (let w = 0; w < WARMUP; w++) for (const s of setups) await tracedReload(s.page, s.count);
    for (let r = 0; r < ROUNDS; r++)
      for (const s of setups) {
        const events = await tracedReload(s.page, s.count);
        if (process.env.RELOAD_TRACE_DUMP)
          writeFileSync(
            `${process.env.RELOAD_TRACE_DUMP}-${s.count}-${r}.json`,
            JSON.stringify({ traceEvents: events }),
          );
        const reload = spansOfReload(events);
        const k = kindsOf(reload.tasks);
        addInto(kinds.get(s.count) ?? kinds.set(s.count, new Map()).get(s.count)!, k.kinds);
        (totals.get(s.count) ?? totals.set(s.count, []).get(s.count)!).push(k.total / 1000);
        const m = marks.get(s.count) ?? marks.set(s.count, new Map()).get(s.count)!;
        for (const { name, cpu } of reload.marks)
          (m.get(name) ?? m.set(name, []).get(name)!).push(cpu);
        // Each step's own CPU in this reload (mark to next mark, the last to the painted screen):
        // a step's median over the rounds is steadier than the marks' means, which carry every
        // earlier step's noise.
        const st = steps.get(s.count) ?? steps.set(s.count, new Map()).get(s.count)!;
        reload.marks.forEach(({ name, cpu }, i) => {
          const next = reload.marks[i + 1];
          const step = `${name} → ${next?.name ?? 'painted'}`;
          (st.get(step) ?? st.set(step, []).get(step)!).push(
            (next ? next.cpu : k.total / 1000) - cpu,
          );
        });
        if (PROFILE)
          addInto(
            functions.get(s.count) ?? functions.set(s.count, new Map()).get(s.count)!,
            profileSelf(events, reload.window),
          );
      }
    for (const s of setups) await s.context.close();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    };
    const allKinds = [...new Set([...kinds.values()].flatMap((m) => [...m.keys()]))].sort();
    const lines = [
      `thread CPU ms by kind, mean of ${ROUNDS} reloads (document start → first screen painted)`,
      `| kind | ${counts.join(' | ')} |`,
      `|---|${counts.map(() => '---').join('|')}|`,
      ...allKinds.map(
        (k) =>
          `| ${k} | ${counts.map((c) => ms((kinds.get(c)?.get(k) ?? 0) / ROUNDS)).join(' | ')} |`,
      ),
      `| **total** (each round: ${counts
        .map((c) =>
          totals
            .get(c)!
            .map((t) => t.toFixed(1))
            .join(', '),
        )
        .join(' / ')}) | ${counts.map((c) => mean(totals.get(c)!).toFixed(2)).join(' | ')} |`,
      '',
      'thread CPU spent by each start mark (ms, mean):',
      ...counts.map(
        (c) =>
          `${c}: ${[...(marks.get(c) ?? new Map<string, number[]>())].map(([n, v]) => `${n} ${mean(v).toFixed(1)}`).join(', ')}`,
      ),
      '',
      'thread CPU of each step between the start marks (ms, median of the rounds, and the rounds that had it):',
      ...counts.map(
        (c) =>
          `${c}: ${[...(steps.get(c) ?? new Map<string, number[]>())].map(([n, v]) => `${n} ${median(v).toFixed(1)} (${v.length})`).join(', ')}`,
      ),
    ];
    if (PROFILE)
      for (const c of counts)
        lines.push(
          '',
          `script self time by function, ${c} highlights (samples, ms per reload):`,
          ...[...(functions.get(c) ?? [])]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 45)
            .map(([k, v]) => `  ${ms(v / ROUNDS)} ${k}`),
        );
    lines.push('', `load ${loadavg()[0]!.toFixed(1)} at the end`);
    console.log(lines.join('\n'));
  }, 900_000);
});
