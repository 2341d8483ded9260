/**
 * Issue 9, many highlights: the built app in Chromium on a generated 1.6 MB paper, with 5,000
 * highlights written in the app's own storage format, beside the same paper with none (the
 * baseline, same run). For each interaction it reports the renderer's main-thread work from just
 * before it until the page settled (including the coalesced storage write); the goal is one frame
 * (16 ms) whatever the number of highlights and wherever the new one is. It also times the reload:
 * the first screen painted with 5,000 highlights against none.
 * Clicks and keys go straight to the browser's input (the mouse at a point found before the
 * measurement), so the figures hold the app's work alone, not the test driver's search of a
 * 35,000-element page for a button by its role. Each interaction also reports how many blocks of
 * the reading view and cards of the sidebar rendered (components/shared/render-count.ts).
 * Run: `npm run bench -- bench/highlights.bench.ts` (builds the app first). With
 * `HIGHLIGHTS_BENCH=reload` only the reload is timed and its table printed (results and goal rows
 * are left as they are).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { mainThreadWork, selectOffsets, settle } from './fixtures/browser-probe';
import { traceCpuBetweenMarks } from './fixtures/cpu-tasks';
import { generatedPaperInApp, profileWithHighlights } from './fixtures/generated-paper-app';
import { recordGoals, type GoalRow } from './goals';

const HIGHLIGHTS = 5000;
/** Rounds of each interaction; the median is reported. */
const ROUNDS = 3;
/** Long enough for the coalesced storage write (WRITE_DELAY_MS = 300) to be counted. */
const SETTLE_MS = 450;
/** One frame at 60 Hz. */
const FRAME_MS = 16;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * The least of the rounds: on a machine shared with other work, the round least disturbed by it
 * is the closest to the interaction's own cost.
 */
const least = (xs: number[]) => Math.min(...xs);
const fmt = (n: number) => n.toFixed(1);

const setup = generatedPaperInApp({ build: true });

/** A fresh browser profile with the paper in its library and `count` highlights stored. */
const openWith = (count: number) => profileWithHighlights(setup, count);

/**
 * Rounds of the reload: cheap, and the most disturbed by the machine's other work.
 * `HIGHLIGHTS_RELOAD=0` leaves the reload out (the interactions alone, for work on them).
 */
const RELOAD_ROUNDS = process.env.HIGHLIGHTS_RELOAD === '0' ? 0 : 7;
/** Only the reload is timed (`HIGHLIGHTS_BENCH=reload`): printed, nothing written. */
const RELOAD_ONLY = process.env.HIGHLIGHTS_BENCH === 'reload';

/** The renderer's main-thread task time so far, in ms (DevTools `Performance.getMetrics`). */
async function rendererTaskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
}

/**
 * Milliseconds from navigation to the first screen painted (text, and highlights when any), and to
 * the frame after it. The page is checked in each frame's animation callbacks; the frame in which
 * the first screen is found complete is painted right after them, and a message posted there is
 * handled once that paint is done: its time is the first figure. The next frame's callback time
 * (the figure this benchmark reported before) also counts whatever the page does after that paint
 * (anchoring the rest, the sidebar's first pass) until it draws again. `cpu` is the renderer's
 * main-thread task time over the same span (navigation to the paint found): it leaves out the
 * waits between tasks (storage, network, frames), which a loaded machine stretches most, though a
 * task is still stretched while its thread waits for a core. `thread` is the main thread's own CPU
 * time from a trace, from the task that starts the document (marked by an init script) to the one
 * that found the first screen painted: what load does not stretch.
 */
async function timeReload(
  page: Page,
  cdp: CDPSession,
  count: number,
): Promise<{ painted: number; next: number; cpu: number; thread: number; hydrate: number }> {
  const before = await rendererTaskMs(cdp);
  const stopTracing = await traceCpuBetweenMarks(
    setup.launch,
    page,
    'bench:document',
    'bench:painted',
  );
  await page.goto(setup.app.url);
  const painted = await page.waitForFunction(
    (withMarks): null | Promise<[number, number]> => {
      const text = document.querySelector('article p[data-block-start]');
      if (!text) return null;
      if (withMarks && !document.querySelector('article mark[data-annotation-id]')) return null;
      return new Promise<[number, number]>((done) => {
        let afterPaint = 0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          afterPaint = performance.now();
          performance.mark('bench:painted');
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(() => {
          const next = performance.now();
          done([afterPaint || next, next]);
        });
      });
    },
    count > 0,
    { timeout: 120_000, polling: 'raf' },
  );
  const after = await rendererTaskMs(cdp);
  const [first, next] = (await painted.jsonValue()) as [number, number];
  const thread = await stopTracing();
  await page.locator('[role="doc-bibliography"] li').first().waitFor({ timeout: 120_000 });
  const hydrate = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return at('start:rehydrated') - at('start:storage-opened');
  });
  // A new renderer process for the page starts its count again.
  return { painted: first, next, cpu: after >= before ? after - before : after, thread, hydrate };
}

interface Renders {
  block: number;
  card: number;
}

interface Figures {
  reload: number[];
  /** The frame after the first screen (see `timeReload`). */
  reloadNext: number[];
  /** Main-thread task time to the first screen (see `timeReload`). */
  reloadCpu: number[];
  /** The main thread's own CPU time to the first screen, from a trace (see `timeReload`). */
  reloadThread: number[];
  /**
   * The store's hydrate on the clock (`start:storage-opened` → `start:rehydrated`): a few ms when
   * the reload read the first screen's hint, tens or hundreds when it read every record (the
   * first reload after the setup, which stores the records without a hint).
   */
  reloadHydrate: number[];
  add: Record<string, number[]>;
  /** Blocks and cards rendered by each interaction (the last round's). */
  renders: Record<string, Renders>;
}

/** A click at the middle of `target`, found now, so that the click itself runs no query. */
async function clickOn(page: Page, target: Locator): Promise<() => Promise<void>> {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Main-thread work of `act` (see mainThreadWork), and the blocks and cards it rendered. */
async function measure(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<unknown>,
  settleMs: number,
): Promise<{ ms: number; renders: Renders }> {
  await page.evaluate(() => {
    (window as { __marginaliaRenders?: object }).__marginaliaRenders = {};
  });
  const ms = await mainThreadWork(page, cdp, act, settleMs);
  const counts = await page.evaluate(
    () => (window as { __marginaliaRenders?: Partial<Renders> }).__marginaliaRenders ?? {},
  );
  return { ms, renders: { block: counts.block ?? 0, card: counts.card ?? 0 } };
}

/** Adds, recolours, types a note in and deletes one highlight at a paragraph. */
async function interact(page: Page, cdp: CDPSession, where: string, paragraph: number, f: Figures) {
  const block = setup.paper.blocks.filter((b) => b.kind === 'paragraph')[paragraph]!;
  // Between the stored highlights of that paragraph ([5, 35) and [75, 105) of it).
  const start = block.start + 40;
  const card = page.locator('.card--active');
  const record = (name: string, m: { ms: number; renders: Renders }) => {
    const key = `${name} (${where})`;
    (f.add[key] ??= []).push(m.ms);
    f.renders[key] = m.renders;
  };
  await selectOffsets(page, block.start, start, start + 28);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  await toolbar.waitFor();
  const claim = await clickOn(page, toolbar.getByRole('button', { name: 'Highlight as claim' }));
  record('add a highlight', await measure(page, cdp, claim, SETTLE_MS));
  await card.waitFor();
  const green = await clickOn(page, card.locator('input[type="radio"][value="green"]'));
  record('recolour it', await measure(page, cdp, green, SETTLE_MS));
  await card.getByRole('button', { name: 'Add note' }).click();
  const note = card.getByRole('textbox', { name: 'Note' });
  await note.waitFor();
  const keys: number[] = [];
  let keyRenders: Renders = { block: 0, card: 0 };
  for (const key of 'Evidence') {
    const m = await measure(page, cdp, () => page.keyboard.press(key), 0);
    keys.push(m.ms);
    keyRenders = m.renders;
  }
  record('a keystroke in its note', { ms: median(keys), renders: keyRenders });
  const typed = await measure(page, cdp, () => page.keyboard.type('is weak!'), SETTLE_MS);
  record('typing 8 keys, then the write (per key)', { ...typed, ms: typed.ms / 8 });
  await card.getByRole('button', { name: 'Done' }).click();
  const remove = await clickOn(page, card.getByRole('button', { name: 'Delete highlight' }));
  record('delete it', await measure(page, cdp, remove, SETTLE_MS));
  await settle(page, 50);
}

/** The reload's rows: the least of the rounds of each profile, and their ratio. */
function reloadTable(none: Figures, many: Figures): string[] {
  const [r0, r1] = [least(none.reload), least(many.reload)];
  const [n0, n1] = [least(none.reloadNext), least(many.reloadNext)];
  const [c0, c1] = [least(none.reloadCpu), least(many.reloadCpu)];
  const [t0, t1] = [least(none.reloadThread), least(many.reloadThread)];
  return [
    '| reload | 0 highlights ms | 5,000 highlights ms | ratio | within 1.2× |',
    '|---|---|---|---|---|',
    `| navigation → first screen painted (with its highlights) | ${fmt(r0)} | ${fmt(r1)} | ${(r1 / r0).toFixed(2)} | ${r1 / r0 <= 1.2 ? 'yes' : 'no'} |`,
    `| navigation → the frame after it (context: work right after the paint counted) | ${fmt(n0)} | ${fmt(n1)} | ${(n1 / n0).toFixed(2)} | — |`,
    `| main-thread task time, navigation → first screen painted (waits between tasks left out) | ${fmt(c0)} | ${fmt(c1)} | ${(c1 / c0).toFixed(2)} | ${c1 / c0 <= 1.2 ? 'yes' : 'no'} |`,
    `| main thread's own CPU time, document start → first screen painted (trace: load does not stretch it) | ${fmt(t0)} | ${fmt(t1)} | ${(t1 / t0).toFixed(2)} | ${t1 / t0 <= 1.2 ? 'yes' : 'no'} |`,
    '',
    `Reload: least of ${RELOAD_ROUNDS} rounds, the two profiles in turn. The steps of each start are marked ` +
      '(`start:*`, `open:*` on the performance timeline; src/app/start-steps.ts). ' +
      `Machine load (1 min): ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.`,
  ];
}

describe('highlights in the browser', () => {
  it('keeps each interaction within a frame with 5,000 highlights', async () => {
    const paragraphs = setup.paper.blocks.filter((b) => b.kind === 'paragraph').length;
    // Both browser profiles are open at once and every round measures one, then the other, so
    // a change in the machine's load (other processes) falls on both alike.
    const setups = [];
    for (const count of [0, HIGHLIGHTS]) {
      const { context, page } = await openWith(count);
      setups.push({
        count,
        context,
        page,
        f: {
          reload: [],
          reloadNext: [],
          reloadCpu: [],
          reloadThread: [],
          reloadHydrate: [],
          add: {},
          renders: {},
        } as Figures,
      });
    }
    const cdps: CDPSession[] = [];
    for (const s of setups) {
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send('Performance.enable');
      cdps.push(cdp);
    }
    for (let r = 0; r < RELOAD_ROUNDS; r++)
      for (const [i, s] of setups.entries()) {
        const { painted, next, cpu, thread, hydrate } = await timeReload(s.page, cdps[i]!, s.count);
        s.f.reload.push(painted);
        s.f.reloadHydrate.push(hydrate);
        s.f.reloadNext.push(next);
        s.f.reloadCpu.push(cpu);
        s.f.reloadThread.push(thread);
      }
    if (RELOAD_ROUNDS === 0)
      for (const s of setups) {
        await s.page.goto(setup.app.url);
        await s.page.locator('[role="doc-bibliography"] li').first().waitFor({ timeout: 120_000 });
      }
    // Each round's reload figures (printed, not written): the least of 7 alone hides which
    // rounds were disturbed, and the hydrate says whether a round read the first screen's hint.
    for (const s of setups)
      if (s.f.reload.length)
        console.log(
          `${s.count} highlights, each reload (clock / thread CPU / hydrate on the clock, ms): ${s.f.reload
            .map(
              (ms, r) =>
                `${ms.toFixed(0)} / ${s.f.reloadThread[r]!.toFixed(1)} / ${s.f.reloadHydrate[r]!.toFixed(1)}`,
            )
            .join(', ')}`,
        );
    if (RELOAD_ONLY) {
      const [none, many] = setups.map((s) => s.f) as [Figures, Figures];
      console.log(reloadTable(none, many).join('\n'));
      for (const s of setups) await s.context.close();
      return;
    }
    for (const s of setups) await settle(s.page, 1000); // anchoring of the stored highlights finishes
    for (let r = 0; r < ROUNDS; r++)
      for (const [i, s] of setups.entries()) {
        await interact(s.page, cdps[i]!, 'top', 2, s.f);
        await interact(s.page, cdps[i]!, '80% down', Math.floor(paragraphs * 0.8), s.f);
      }
    const runs: Record<number, Figures> = {};
    for (const s of setups) {
      runs[s.count] = s.f;
      await s.context.close();
    }
    const none = runs[0]!;
    const many = runs[HIGHLIGHTS]!;
    const rendered = (r: Renders | undefined) => `${r?.block ?? 0} / ${r?.card ?? 0}`;
    const figures = Object.keys(many.add).map((name) => {
      const base = least(none.add[name]!);
      const ms = least(many.add[name]!);
      return { name, base, ms, renders: many.renders[name], baseRenders: none.renders[name] };
    });
    const rows = figures.map(
      ({ name, base, ms, renders, baseRenders }) =>
        `| ${name} | ${fmt(base)} | ${fmt(ms)} | ${(ms / base).toFixed(2)} | ${ms < FRAME_MS ? 'yes' : 'no'} | ${rendered(baseRenders)} | ${rendered(renders)} |`,
    );
    const r0 = least(none.reload);
    const r1 = least(many.reload);
    const t0 = least(none.reloadThread);
    const t1 = least(many.reloadThread);
    const report = [
      '# Highlights benchmark (Chromium, built app)',
      '',
      `Generated paper: ${(setup.source.length / 1e6).toFixed(2)} MB, ${paragraphs} paragraphs, ` +
        `${setup.paper.citations.length} citations, ${setup.paper.references.length} references. ` +
        `${HIGHLIGHTS} highlights in the app's storage format; baseline: the same paper with none, same run.`,
      `Main-thread work = the renderer's task time (DevTools Performance.getMetrics TaskDuration) from just ` +
        `before the action until two frames and ${SETTLE_MS} ms after it (the coalesced storage write included; ` +
        `a single keystroke: until two frames after it; median of its 8 keys). Least of ${ROUNDS} rounds, the two profiles measured in turn. ` +
        `Clicks are sent at points found before the measurement (no test-driver query is counted). ` +
        `Renders: reading-view blocks / sidebar cards rendered by the interaction (last round). ` +
        `Machine load (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.`,
      '',
      `| interaction | 0 highlights ms | ${HIGHLIGHTS} highlights ms | ratio | under ${FRAME_MS} ms | renders, 0 (blocks / cards) | renders, ${HIGHLIGHTS} |`,
      '|---|---|---|---|---|---|---|',
      ...rows,
      ...(RELOAD_ROUNDS > 0
        ? ['', ...reloadTable(none, many)]
        : ['', 'Reload not measured (HIGHLIGHTS_RELOAD=0).']),
      '',
      'Notes from tracing these interactions (what was found, what changed): `bench/HIGHLIGHTS-NOTES.md`.',
    ].join('\n');
    console.log(report);
    // Without the reload the file's reload table (and its goal row) are left as they were.
    if (RELOAD_ROUNDS === 0) return;
    writeFileSync(resolve(import.meta.dirname, 'HIGHLIGHTS-RESULTS.md'), `${report}\n`);
    const goals: GoalRow[] = figures.map(({ name, base, ms, renders }) => ({
      issue: '9',
      figure: `${name}, ${HIGHLIGHTS} highlights: main-thread ms (blocks / cards rendered)`,
      baseline: `0 highlights: ${fmt(base)} ms`,
      goal: `< ${FRAME_MS} ms, whatever the count`,
      measured: `${fmt(ms)} ms (${(ms / base).toFixed(2)}×; ${rendered(renders)})`,
      met: ms < FRAME_MS,
    }));
    goals.push({
      issue: '9',
      figure: `reload with ${HIGHLIGHTS} highlights: first screen painted`,
      baseline: `0 highlights: ${fmt(r0)} ms`,
      goal: "within 1.2×, on the clock and in the main thread's own CPU time",
      measured: `${fmt(r1)} ms (${(r1 / r0).toFixed(2)}×); main-thread CPU (trace) ${fmt(t1)} / ${fmt(t0)} ms (${(t1 / t0).toFixed(2)}×)`,
      // The clock alone is not enough: a loaded machine stretches the waits of either profile, and
      // the trace's CPU time says whether the 5,000 cost more work before the paint.
      met: r1 / r0 <= 1.2 && t1 / t0 <= 1.2,
    });
    recordGoals('highlights', goals);
  });
});
