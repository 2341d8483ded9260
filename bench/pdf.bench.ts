/**
 * PDF benchmark: our work on a PDF (pdf.js items → `TextItem`s, layout, `parsePaper`) beside
 * pdf.js's own `getTextContent` for every page of the same PDF, in the same run. Goal (issues 8
 * and 9): we add under 15% to pdf.js's time, on every PDF. Rows go to the goal table
 * (`recordGoals('pdf', …)`, bench/GOALS.md). In the app all of this runs in the paper worker (none
 * of it on the page); how long the page's own tasks are is `open.bench.ts`'s to measure.
 *
 * PDFs: the six real papers in `../shared/papers/pdf/` (skipped, and said so, when absent) and a
 * generated 300-page two-column paper (`make-pdfs.mjs --large`). pdf.js's Node build runs without
 * a worker here, so its figure includes parsing the file, as in the app's paper worker.
 *
 * Run: `npm run bench -- bench/pdf.bench.ts` (on a loaded machine, `PDF_BENCH_REPEAT=1
 * PDF_BENCH_PAGES=100` for a quicker, rougher run). Prints a Markdown table and writes it to
 * bench/PDF-RESULTS.md. Reports, never fails on numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, it } from 'vitest';
import { recordGoals, type GoalRow } from './goals';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId } from '../src/paper/types';
import { toTextItems, type PdfJs } from '../src/paper/pdf/extract-pdf-text';
import { readPdfLayout } from '../src/paper/pdf/layout-pdf-text';
import type { TextItem } from '../src/paper/pdf/text-item';

const SHARED = path.resolve(__dirname, '../../shared/papers/pdf');
/** Pages of the generated paper (`PDF_BENCH_PAGES` to change; issue 9 names 300). */
const LARGE_PAGES = Number(process.env.PDF_BENCH_PAGES ?? 300);
/** Each PDF is read this many times (`PDF_BENCH_REPEAT`); figures are medians. */
const REPEAT = Number(process.env.PDF_BENCH_REPEAT ?? 3);

interface Timing {
  pdfjsMs: number;
  /** Ours in all: items → TextItems, layout and parse. */
  oursMs: number;
  itemsMs: number;
  layoutMs: number;
  parseMs: number;
  pages: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timeOnce(bytes: Uint8Array): Promise<Timing> {
  const lib = pdfjs as unknown as PdfJs;
  let pdfjsMs = 0;
  let itemsMs = 0;
  const started = performance.now();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
    .promise;
  pdfjsMs += performance.now() - started;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const t0 = performance.now();
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const t1 = performance.now();
    pages.push(toTextItems(lib, content.items, viewport));
    const t2 = performance.now();
    page.cleanup();
    pdfjsMs += t1 - t0;
    itemsMs += t2 - t1;
  }
  const t3 = performance.now();
  const { text } = readPdfLayout(pages);
  const t4 = performance.now();
  parsePaper(text, { format: 'pdf', fileName: 'x.pdf', id: asPaperId(`sha256:${'0'.repeat(64)}`) });
  const t5 = performance.now();
  await doc.destroy();
  const layoutMs = t4 - t3;
  const parseMs = t5 - t4;
  const oursMs = itemsMs + layoutMs + parseMs;
  return { pdfjsMs, oursMs, itemsMs, layoutMs, parseMs, pages: doc.numPages };
}

async function time(bytes: Uint8Array): Promise<Timing> {
  await timeOnce(bytes); // warm-up: JIT and pdf.js's font caches
  const runs: Timing[] = [];
  for (let i = 0; i < REPEAT; i++) runs.push(await timeOnce(bytes));
  const pick = (k: keyof Timing) => median(runs.map((r) => r[k]));
  return {
    pdfjsMs: pick('pdfjsMs'),
    oursMs: pick('oursMs'),
    itemsMs: pick('itemsMs'),
    layoutMs: pick('layoutMs'),
    parseMs: pick('parseMs'),
    pages: runs[0]?.pages ?? 0,
  };
}

const fixed = (n: number) => n.toFixed(1);

describe('PDF layout and parse beside pdf.js getTextContent', () => {
  it('reports our added time per PDF', async () => {
    const files: [string, string][] = existsSync(SHARED)
      ? readdirSync(SHARED)
          .filter((f) => f.endsWith('.pdf'))
          .map((f) => [f, path.join(SHARED, f)])
      : [];
    const notes = existsSync(SHARED) ? [] : [`Shared PDFs skipped: ${SHARED} is absent.`];
    const large = path.join(tmpdir(), `marginalia-bench-${LARGE_PAGES}.pdf`);
    execFileSync(process.execPath, [
      path.resolve(__dirname, '../src/paper/pdf/__fixtures__/make-pdfs.mjs'),
      '--large',
      large,
      String(LARGE_PAGES),
    ]);
    files.push([`generated two-column, ${LARGE_PAGES} pages`, large]);
    const rows: string[] = [];
    const goals: GoalRow[] = [];
    let totalPdfjs = 0;
    let totalOurs = 0;
    for (const [name, file] of files) {
      const t = await time(new Uint8Array(readFileSync(file)));
      totalPdfjs += t.pdfjsMs;
      totalOurs += t.oursMs;
      const added = (100 * t.oursMs) / t.pdfjsMs;
      rows.push(
        `| ${name} | ${t.pages} | ${fixed(t.pdfjsMs)} | ${fixed(t.oursMs)} | ${fixed(added)}% | ${added < 15 ? 'yes' : 'no'} | ${fixed(t.itemsMs)} | ${fixed(t.layoutMs)} | ${fixed(t.parseMs)} |`,
      );
      goals.push({
        issue: '8',
        figure: `${name}: layout + parse added to pdf.js getTextContent`,
        baseline: `pdf.js ${fixed(t.pdfjsMs)} ms`,
        goal: '< 15%',
        measured: `${fixed(added)}% (${fixed(t.oursMs)} ms)`,
        met: added < 15,
      });
    }
    for (const row of rows) console.log(row);
    const table = [
      '# PDF benchmark',
      '',
      `Node ${process.version}, pdf.js ${pdfjs.version} (Node build, no worker); median of ${REPEAT} after a warm-up.`,
      'pdf.js = getDocument + getPage + getTextContent for every page; ours = items → TextItems,',
      'layout (`readPdfLayout`) and `parsePaper`. Goal: ours under 15% of pdf.js.',
      ...notes,
      '',
      '| PDF | pages | pdf.js ms | ours ms | ours / pdf.js | under 15% | items ms | layout ms | parse ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      `| all | | ${fixed(totalPdfjs)} | ${fixed(totalOurs)} | ${fixed((100 * totalOurs) / totalPdfjs)}% | ${totalOurs < 0.15 * totalPdfjs ? 'yes' : 'no'} | | | |`,
      '',
      `Load average at the end of the run: ${loadavg()[0]?.toFixed(1)} (2 shared cores: compare the`,
      'columns of one row, not runs).',
      '',
    ].join('\n');
    console.log(table);
    writeFileSync(path.resolve(__dirname, 'PDF-RESULTS.md'), table);
    recordGoals('pdf', goals);
  });
});
