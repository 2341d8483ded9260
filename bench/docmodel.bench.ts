/**
 * Reopening from the stored paper model (issue 8 item 1, docs/adr/0006-stored-paper-model.md):
 * how long a recent paper takes to come back from IndexedDB as a model (read, validated, shown
 * with no parse) against the baseline measured in the same run, reading its source back and
 * parsing it again (what every reopen did before, and still does after a parser change). For the
 * PDF, what a first open costs (pdf.js, layout and parse) is reported beside them.
 *
 * Papers: the 46-page jss-v18i03.pdf from ../shared/papers/pdf (skipped when absent) and the
 * generated 1.6 MB text paper of issue 9. IndexedDB is fake-indexeddb in Node, the same store for
 * both paths (so structured cloning is counted on both sides, at Node's speed, not Chromium's).
 * Figures are the best of several runs, in ms; the goal is the ratio model / re-parse < 1.
 *
 * Run: `npm run bench -- bench/docmodel.bench.ts`. Reports, never fails on numbers.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from '../src/paper/pdf/pdfjs-node';
import { describe, it } from 'vitest';
import {
  loadPaperModel,
  loadPaperSource,
  savePaperModel,
  savePaperSource,
} from '../src/io/paper-library';
import { parsePaper } from '../src/paper/parse-paper';
import { extractWith, type PdfJs } from '../src/paper/pdf/extract-pdf-text';
import type { LineBox } from '../src/paper/pdf/line-boxes';
import { asPaperId, type PaperFormat } from '../src/paper/types';
import { generatePaper } from './fixtures/generate-paper';
import { recordGoals, type GoalRow } from './goals';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const JSS = path.resolve(__dirname, '../../shared/papers/pdf/jss-v18i03.pdf');
/** About the size of issue 9's paper (1.59 MB, 3,200 paragraphs). */
const BIG_PAPER_BYTES = 1_590_000;
const RUNS = 5;

/** The best of `runs` timings of `fn`, in ms (the least disturbed by other work on the machine). */
async function best(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

interface Stored {
  name: string;
  source: string;
  format: PaperFormat;
  lines?: LineBox[];
  /** A first open's extraction, for a PDF. */
  firstOpen?: () => Promise<unknown>;
}

async function measure({ name, source, format, lines, firstOpen }: Stored): Promise<GoalRow[]> {
  const id = asPaperId(`sha256:${Buffer.from(name).toString('hex').padEnd(64, '0').slice(0, 64)}`);
  const options = { format, fileName: name, id, ...(lines && { lines }) };
  await savePaperSource({ id, fileName: name, format, source, ...(lines && { lines }) });
  const paper = parsePaper(source, options);
  await savePaperModel(paper);
  const reparse = await best(RUNS, async () => {
    const record = await loadPaperSource(id);
    if (record) parsePaper(record.source, { ...options, lines: record.lines });
  });
  const stored = await best(RUNS, async () => {
    if ((await loadPaperModel(id)) === null) throw new Error(`no stored model of ${name}`);
  });
  const modelKb = JSON.stringify(paper).length / 1024;
  const boxes = paper.blocks.reduce((n, b) => n + (b.boxes?.length ?? 0), 0);
  const rows: GoalRow[] = [
    {
      issue: '8',
      figure: `reopen ${name} (${paper.blocks.length} blocks, ${boxes} boxes, model ${modelKb.toFixed(0)} KB): stored model read and validated`,
      baseline: `source read and parsed again: ${reparse.toFixed(0)} ms`,
      goal: 'faster than re-parsing (ratio < 1), no parse, no pdf.js',
      measured: `${stored.toFixed(0)} ms (ratio ${(stored / reparse).toFixed(2)})`,
      met: stored < reparse,
    },
  ];
  if (lines) {
    const { lines: _lines, ...plain } = options;
    const without = await best(RUNS, async () => parsePaper(source, plain));
    const withBoxes = await best(RUNS, async () => parsePaper(source, options));
    rows.push({
      issue: '8',
      figure: `parse of ${name} placing its blocks on their printed lines (block-boxes.ts)`,
      baseline: `the same parse without line boxes: ${without.toFixed(0)} ms`,
      goal: '— (context: what the geometry adds to a parse)',
      measured: `${withBoxes.toFixed(0)} ms (ratio ${(withBoxes / without).toFixed(2)})`,
      met: null,
    });
  }
  if (firstOpen) {
    const first = await best(2, firstOpen);
    rows.push({
      issue: '8',
      figure: `first open of ${name}: pdf.js, layout and parse (context)`,
      baseline: `reopen from the stored model: ${stored.toFixed(0)} ms`,
      goal: '—',
      measured: `${first.toFixed(0)} ms`,
      met: null,
    });
  }
  console.log(rows.map((r) => `${r.figure}: ${r.measured} vs ${r.baseline}`).join('\n'));
  return rows;
}

describe('docmodel benchmark', () => {
  it('reopens papers from their stored model faster than by parsing them again', async () => {
    const papers: Stored[] = [];
    if (existsSync(JSS)) {
      const bytes = new Uint8Array(readFileSync(JSS));
      const pdf = () => extractWith(pdfjs as unknown as PdfJs, bytes);
      const { text, lines } = await pdf();
      const firstOpen = async () => {
        const extracted = await pdf();
        parsePaper(extracted.text, {
          format: 'pdf',
          fileName: 'jss.pdf',
          id: asPaperId(`sha256:${'1'.repeat(64)}`),
          lines: extracted.lines,
        });
      };
      papers.push({
        name: 'jss-v18i03.pdf (46 pages)',
        source: text,
        format: 'pdf',
        lines,
        firstOpen,
      });
    } else {
      console.warn(`docmodel benchmark: ${JSS} is absent, the PDF row is skipped`);
    }
    papers.push({
      name: 'generated 1.6 MB text paper',
      source: generatePaper({ format: 'text', blankLines: true }, BIG_PAPER_BYTES),
      format: 'text',
    });
    const rows: GoalRow[] = [];
    for (const paper of papers) rows.push(...(await measure(paper)));
    recordGoals('docmodel', rows);
  });
});
