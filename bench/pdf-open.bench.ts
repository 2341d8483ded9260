/**
 * PDF opening benchmark in a real Chromium on the built app (`dist/`, built first unless
 * `PDF_OPEN_BENCH_NO_BUILD=1`; service worker blocked): what a reader waits for beside what
 * pdf.js alone takes, wall time, in the same page and the same run (issues 8 and 9: "our layout +
 * parse adds under 15% to pdf.js's own getTextContent time").
 *
 * For each PDF (the six in `../shared/papers/pdf/`, skipped and said so when absent, and a
 * generated 300-page two-column paper, `make-pdfs.mjs --large`), alternately:
 * - (a) pdf.js alone, in the page with its real worker (one kept worker, as the app keeps its
 *   own, the build's patched worker script): `getDocument` + `getPage` + `getTextContent` of every
 *   page, one after the other, with the app's document options (no images);
 * - (b) the app opening it through "Open paper…": from the bytes posted to the paper worker (the
 *   bench stamps `Worker.postMessage` of the `pdf` job) to the parsed paper back on the page (the
 *   app's `open:parsed` mark): pdf.js's reading, our conversion and symbol-font mapping, layout,
 *   keeping the source, and the parse with its parts copied back. "extract" is the part up to the
 *   parse job's post (the text back on the page).
 * One warm-up of each, then `PDF_OPEN_BENCH_REPEAT` (3) of each, alternating; medians. Added time
 * is (b − a) / a. `PDF_OPEN_BENCH_COMPARE=<another build's dist>` also opens each PDF in that build
 * (c), in a page of its own, alternating with (a) and (b): two versions of the app in one run (on a
 * shared machine, separate runs are not comparable; `PDF_OPEN_BENCH_COMPARE_NAME` says which build it
 * is); its columns are context, not goals.
 * `PDF_OPEN_BENCH_LABEL=…` prints the table without recording it. Run: `npm run bench -- bench/pdf-open.bench.ts`; writes
 * bench/PDF-OPEN-RESULTS.md and its goal rows (`recordGoals('pdf-open', …)`).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { describe, it } from 'vitest';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveApp } from '../tests/e2e/support/serve';
import { buildAppForProduction } from './fixtures/build-app';
import { recordGoals, type GoalRow } from './goals';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, '../shared/papers/pdf');
const LARGE_PAGES = Number(process.env.PDF_OPEN_BENCH_PAGES ?? 300);
const REPEAT = Number(process.env.PDF_OPEN_BENCH_REPEAT ?? 3);
const LABEL = process.env.PDF_OPEN_BENCH_LABEL;
const COMPARE = process.env.PDF_OPEN_BENCH_COMPARE;
/** Served beside the app for this run only (removed after): the PDFs and pdf.js for (a). */
const BENCH_DIR = 'bench-pdf';

/** Installed before the app loads: marks when a PDF's bytes and then its text's parse go to the worker. */
const PROBE = () => {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (
    this: Worker,
    ...args: Parameters<Worker['postMessage']>
  ) {
    const kind = (args[0] as { kind?: string } | null)?.kind;
    if (kind === 'pdf' || kind === 'parse') performance.mark(`bench:${kind}-sent`);
    return post.apply(this, args as [unknown, StructuredSerializeOptions]);
  } as Worker['postMessage'];
};

/** In the page: loads pdf.js (the same version the app bundles) with one kept real worker. */
const LOAD_PDFJS = (module: string, workerSrc: string) =>
  // A string, so that the bench's own transform leaves this `import()` alone.
  `import(${JSON.stringify(module)}).then(async (pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = ${JSON.stringify(workerSrc)};
    const worker = new pdfjs.PDFWorker({ name: 'bench-pdf.js' });
    await worker.promise;
    Object.assign(window, { __pdfjs: pdfjs, __pdfWorker: worker });
  })`;

/** In the page: (a) pdf.js alone on the PDF at `url` (fetched first, untimed); wall ms. */
const PDFJS_ALONE = async (url: string) => {
  const w = window as unknown as {
    __pdfjs: {
      getDocument(params: object): {
        promise: Promise<{
          numPages: number;
          getPage(n: number): Promise<{ getTextContent(): Promise<unknown>; cleanup(): void }>;
        }>;
        destroy(): Promise<void>;
      };
    };
    __pdfWorker: unknown;
  };
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const started = performance.now();
  const task = w.__pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    maxImageSize: 0,
    worker: w.__pdfWorker,
  });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  const ms = performance.now() - started;
  await task.destroy();
  return ms;
};

/** In the page: the marks of the open just made, once the parsed paper is back. */
const APP_MARKS = () =>
  new Promise<{ extractMs: number; openMs: number }>((resolve) => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime;
    const tick = () => {
      const [sent, parse, parsed] = [
        at('bench:pdf-sent'),
        at('bench:parse-sent'),
        at('open:parsed'),
      ];
      if (sent === undefined || parse === undefined || parsed === undefined)
        return void setTimeout(tick, 5);
      resolve({ extractMs: parse - sent, openMs: parsed - sent });
    };
    tick();
  });

interface Times {
  pdfjsMs: number;
  appMs: number;
  extractMs: number;
  /** (c): the app of `PDF_OPEN_BENCH_COMPARE`, NaN without one. */
  otherMs: number;
  /** The least of each over the runs: on a loaded machine, the runs least disturbed. */
  least: { pdfjsMs: number; appMs: number; otherMs: number };
}

async function openInApp(page: Page, file: string): Promise<{ appMs: number; extractMs: number }> {
  await page.evaluate(() => performance.clearMarks());
  const marks = page.evaluate(APP_MARKS);
  await page.getByTestId('paper-file-input').setInputFiles(file);
  const { extractMs, openMs } = await marks;
  // Let the paper draw and the worker store its model before the next measurement.
  await page.locator('article.paper .paragraph').first().waitFor();
  await page.waitForTimeout(500);
  return { extractMs, appMs: openMs };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** (a), (b) and, given `other` (a page of the compared build), (c) on one PDF. */
async function measure(page: Page, other: Page | null, url: string, file: string): Promise<Times> {
  await page.evaluate(PDFJS_ALONE, url); // warm-ups: JIT, fonts, the app's pdf.js worker
  await openInApp(page, file);
  if (other) await openInApp(other, file);
  const runs: Omit<Times, 'least'>[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const pdfjsMs = await page.evaluate(PDFJS_ALONE, url);
    const app = await openInApp(page, file);
    const otherMs = other ? (await openInApp(other, file)).appMs : NaN;
    runs.push({ pdfjsMs, ...app, otherMs });
  }
  const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
  const least = (k: keyof Times['least']) => Math.min(...runs.map((r) => r[k]));
  return {
    least: { pdfjsMs: least('pdfjsMs'), appMs: least('appMs'), otherMs: least('otherMs') },
    pdfjsMs: pick('pdfjsMs'),
    appMs: pick('appMs'),
    extractMs: pick('extractMs'),
    otherMs: pick('otherMs'),
  };
}

/** A fresh page of the app at `url`, the probe installed, the sample paper on screen. */
async function appPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.locator('article.paper .paragraph').first().waitFor();
  return page;
}

/** Serves another build (`dist` of another version) for (c). */
async function serveOther(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}

const fixed = (n: number) => n.toFixed(1);
/** What `ms` adds to `base`, as a percentage. */
const percent = (ms: number, base: number) => `${fixed((100 * (ms - base)) / base)}%`;

describe('opening a PDF in Chromium beside pdf.js alone', () => {
  it('reports the wall time the app adds to pdf.js getTextContent', async () => {
    if (process.env.PDF_OPEN_BENCH_NO_BUILD !== '1') buildAppForProduction();
    const served = path.join(ROOT, 'dist', BENCH_DIR);
    mkdirSync(served, { recursive: true });
    const pdfs: string[] = existsSync(SHARED)
      ? readdirSync(SHARED).filter((f) => f.endsWith('.pdf'))
      : [];
    const notes = existsSync(SHARED) ? [] : [`Shared PDFs skipped: ${SHARED} is absent.`];
    for (const name of pdfs) copyFileSync(path.join(SHARED, name), path.join(served, name));
    const large = `generated-${LARGE_PAGES}.pdf`;
    execFileSync(process.execPath, [
      path.join(ROOT, 'src/paper/pdf/__fixtures__/make-pdfs.mjs'),
      '--large',
      path.join(served, large),
      String(LARGE_PAGES),
    ]);
    pdfs.push(large);
    copyFileSync(
      path.join(ROOT, 'node_modules/pdfjs-dist/build/pdf.min.mjs'),
      path.join(served, 'pdf.min.mjs'),
    );
    const workerFile = readdirSync(path.join(ROOT, 'dist/assets')).find((f) =>
      /^pdf\.worker.*\.mjs$/.test(f),
    );
    if (!workerFile) throw new Error('The build emitted no pdf.js worker.');
    const loadBefore = loadavg()[0]!;
    const app = await serveApp();
    const otherApp = COMPARE ? await serveOther(COMPARE) : null;
    const browser = await launchChromium();
    const rows: string[] = [];
    const goals: GoalRow[] = [];
    try {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
      });
      const page = await appPage(context, app.url);
      // Another origin (port): its own storage, its own paper worker.
      const other = otherApp ? await appPage(context, otherApp.url) : null;
      await page.evaluate(
        LOAD_PDFJS(`${app.url}${BENCH_DIR}/pdf.min.mjs`, `${app.url}assets/${workerFile}`),
      );
      for (const name of pdfs) {
        const t = await measure(
          page,
          other,
          `${app.url}${BENCH_DIR}/${name}`,
          path.join(served, name),
        );
        const added = (100 * (t.appMs - t.pdfjsMs)) / t.pdfjsMs;
        const label = name === large ? `generated two-column, ${LARGE_PAGES} pages` : name;
        rows.push(
          `| ${label} | ${fixed(t.pdfjsMs)} | ${fixed(t.extractMs)} | ${fixed(t.appMs)} | ${fixed(added)}% | ${added < 15 ? 'yes' : 'no'} | ${percent(t.least.appMs, t.least.pdfjsMs)} |${other ? ` ${fixed(t.otherMs)} | ${percent(t.otherMs, t.pdfjsMs)} | ${percent(t.least.otherMs, t.least.pdfjsMs)} |` : ''}`,
        );
        console.log(rows.at(-1));
        goals.push({
          issue: '9',
          figure: `${label} opened in the app: time added to pdf.js getTextContent (wall, worker)`,
          baseline: `pdf.js ${fixed(t.pdfjsMs)} ms`,
          goal: '< 15%',
          measured: `${fixed(added)}% (app ${fixed(t.appMs)} ms)`,
          met: added < 15,
        });
      }
      await context.close();
    } finally {
      await browser.close();
      await app.close();
      await otherApp?.close();
      rmSync(served, { recursive: true, force: true });
    }
    const table = [
      `# PDF opening benchmark (Chromium, built app)${LABEL ? `: ${LABEL}` : ''}`,
      '',
      `Headless Chromium, one page, service worker blocked; median of ${REPEAT} after a warm-up, (a) and (b)`,
      'alternating. pdf.js = getDocument + getPage + getTextContent of every page in the page with pdf.js’s',
      'real worker (kept across runs). app = bytes posted to the paper worker → parsed paper back on the page',
      '(`open:parsed`): pdf.js, our conversion and symbol-font mapping, layout, keeping the source, the parse;',
      'extract = the part before the parse job is posted. Added = (app − pdf.js) / pdf.js. Wall time.',
      '"least of runs" compares the fastest (a) with the fastest (b): on a loaded machine, the least disturbed.',
      ...(COMPARE
        ? [
            `(c) = the same open in ${process.env.PDF_OPEN_BENCH_COMPARE_NAME ?? COMPARE}, alternating too.`,
          ]
        : []),
      ...notes,
      '',
      `| PDF | pdf.js ms | app extract ms | app open ms | added | under 15% | added, least of runs |${COMPARE ? ' (c) open ms | (c) added | (c) added, least |' : ''}`,
      `| --- | --- | --- | --- | --- | --- | --- |${COMPARE ? ' --- | --- | --- |' : ''}`,
      ...rows,
      '',
      `Load average (1 min) before the run ${loadBefore.toFixed(1)}, after ${loadavg()[0]!.toFixed(1)}`,
      '(2 shared cores: pdf.js’s worker and ours overlap only when a core is free).',
      '',
    ].join('\n');
    console.log(table);
    if (!LABEL) {
      writeFileSync(path.join(__dirname, 'PDF-OPEN-RESULTS.md'), table);
      recordGoals('pdf-open', goals);
    }
  });
});
