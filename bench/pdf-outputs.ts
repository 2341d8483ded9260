/**
 * Dumps what the PDF layout and the paper parser make of every PDF and text paper we hold (the
 * shared papers, the PDF fixtures, the generated 300-page PDF, the golden text papers), so that a
 * CPU-only change can be diffed against the output before it: byte-identical is the rule. Also
 * times the layout and parse alone (CPU), for `node --cpu-prof`.
 *
 * pdf.js's items (symbol fonts mapped) are cached in `<out>/items/`, so a second dump
 * into the same folder costs our layout and parse only. Run from the repository's root:
 *   npx rolldown -c bench/pdf-outputs.config.mjs
 *   node node_modules/.pdf-outputs/pdf-outputs.mjs dump /tmp/before      (one JSON per paper)
 *   … change the code, bundle again, dump into /tmp/after (copy `items/` over first) …
 *   diff -r /tmp/before/models /tmp/after/models
 *   node --cpu-prof node_modules/.pdf-outputs/pdf-outputs.mjs profile /tmp/after large 10
 * `PDF_OUTPUTS_MORE=/work/unseen13:/other` dumps the PDFs of more folders too (named after the folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restoreNativePush } from './native-push';
import { readPdfItems } from './read-pdf-items';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId } from '../src/paper/types';
import { loadNodePdfJs } from '../src/paper/pdf/pdfjs-node';
import { readPdfLayout } from '../src/paper/pdf/layout-pdf-text';
import type { TextItem } from '../src/paper/pdf/text-item';

/** Run from the repository's root. */
const ROOT = process.cwd();
// Loaded after native-push.ts has kept Node's own `push`, which is then put back; with the worker
// script the app serves (font facts with the text).
await loadNodePdfJs();
restoreNativePush(); // as pdf.bench.ts does: the app's pdf.js leaves `push` alone
const SHARED = path.resolve(ROOT, '../shared/papers');
const FIXTURES = path.join(ROOT, 'src/paper/pdf/__fixtures__');
const GOLDEN = path.join(ROOT, 'src/paper/__fixtures__/golden');
const ID = asPaperId(`sha256:${'0'.repeat(64)}`);

const listPdfs = (dir: string): [string, string][] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => [f, path.join(dir, f)])
    : [];

/** Every PDF: the shared six, the fixtures, and the generated 300-page paper. */
function pdfFiles(out: string): [string, string][] {
  const large = path.join(out, 'large-300.pdf');
  if (!existsSync(large))
    execFileSync(process.execPath, [path.join(FIXTURES, 'make-pdfs.mjs'), '--large', large, '300']);
  // More folders of PDFs to dump (`PDF_OUTPUTS_MORE=/a:/b`), e.g. a corpus outside the repository.
  const more = (process.env.PDF_OUTPUTS_MORE ?? '').split(':').filter(Boolean);
  return [
    ...listPdfs(path.join(SHARED, 'pdf')),
    ...listPdfs(path.join(FIXTURES, 'pdfs')),
    ['large-300.pdf', large],
    ...more.flatMap((dir) =>
      listPdfs(dir).map(([n, f]): [string, string] => [`${path.basename(dir)}-${n}`, f]),
    ),
  ];
}

/** A PDF's items as the app hands them to the layout (pdf.js run once, then cached). */
async function itemsOf(
  out: string,
  name: string,
  file: string,
  fresh = false,
): Promise<TextItem[][]> {
  const cache = path.join(out, 'items', `${name}.json`);
  if (!fresh && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as TextItem[][];
  const mapped = await readPdfItems(file);
  if (!fresh) {
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(cache, JSON.stringify(mapped));
  }
  return mapped;
}

function readPdf(pages: TextItem[][]) {
  const layout = readPdfLayout(pages);
  const { text, lines } = layout;
  const paper = parsePaper(text, {
    format: 'pdf',
    fileName: 'x.pdf',
    id: ID,
    ...(lines && { lines }),
  });
  return { layout, paper };
}

function textPapers(): [string, string, 'text' | 'markdown'][] {
  const shared = existsSync(SHARED)
    ? readdirSync(SHARED)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(SHARED, f))
    : [];
  const golden = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .map((f) => path.join(GOLDEN, f));
  return [...shared, ...golden].map((file) => [
    path.basename(file),
    readFileSync(file, 'utf8'),
    file.endsWith('.md') ? 'markdown' : 'text',
  ]);
}

async function dump(out: string): Promise<void> {
  mkdirSync(path.join(out, 'models'), { recursive: true });
  for (const [name, file] of pdfFiles(out)) {
    const pages = await itemsOf(out, name, file);
    writeFileSync(
      path.join(out, 'models', `${name}.json`),
      JSON.stringify(readPdf(pages), null, 1),
    );
  }
  for (const [name, source, format] of textPapers()) {
    const paper = parsePaper(source, { format, fileName: name, id: ID });
    writeFileSync(path.join(out, 'models', `${name}.json`), JSON.stringify(paper, null, 1));
  }
}

/** Profile on items read by pdf.js for every run, not parsed from the cache. */
const FRESH = process.env.PDF_OUTPUTS_FRESH === '1';

async function profile(out: string, part: string, times: number): Promise<void> {
  for (const [name, file] of pdfFiles(out).filter(([n]) => n.includes(part))) {
    const json = FRESH ? '' : JSON.stringify(await itemsOf(out, name, file));
    const layoutMs: number[] = [];
    const parseMs: number[] = [];
    // CPU time of this thread (user): the machines are shared, wall time stretches with the load.
    const cpu = () => process.cpuUsage().user / 1000;
    for (let i = 0; i < times; i++) {
      // New objects each time, as the app's are; from pdf.js itself with PDF_OUTPUTS_FRESH=1 (the
      // items' hidden classes are then pdf.js's and toTextItems', not JSON.parse's).
      const pages = FRESH
        ? await itemsOf(out, name, file, true)
        : (JSON.parse(json) as TextItem[][]);
      const t0 = cpu();
      const { text, lines } = readPdfLayout(pages);
      const t1 = cpu();
      parsePaper(text, { format: 'pdf', fileName: 'x.pdf', id: ID, ...(lines && { lines }) });
      const t2 = cpu();
      if (i > 0 || times === 1) [layoutMs[i], parseMs[i]] = [t1 - t0, t2 - t1];
    }
    // The median, and the least (the run the other processes disturbed least).
    const spread = (ms: number[]) => {
      const sorted = ms.filter(Number.isFinite).sort((a, b) => a - b);
      return `${sorted[sorted.length >> 1]?.toFixed(1)} (least ${sorted[0]?.toFixed(1)})`;
    };
    console.log(`${name}: layout ${spread(layoutMs)} ms, parse ${spread(parseMs)} ms (CPU)`);
  }
}

const [mode, out = '/tmp/pdf-outputs', part = '', times = '20'] = process.argv.slice(2);
if (mode === 'dump') await dump(out);
else if (mode === 'profile') await profile(out, part, Number(times));
else console.log('usage: node pdf-outputs.mjs dump|profile <out-dir> [name-part] [times]');
