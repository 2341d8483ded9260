/**
 * Surveys a folder of papers nobody here has tested on: runs the app's own pipeline (pdf.js's
 * items, symbol fonts mapped from the fonts' facts → our layout → the paper parser for a PDF; the source check and the
 * parser for a .txt or .md) on every file, and writes one JSON per paper plus a summary table, so
 * that what the parser makes of real papers can be read at a glance and two runs can be diffed.
 * Not a test and not run in CI: a tool for reading papers against their PDFs.
 *
 * Per paper: pages, unreadable pages, references, citations, links (one per marker → entry),
 * citation-like text left unlinked (`[12]`, `(Smith, 2019)`, `Smith et al. (2019)`, `¹²`…),
 * headings, control and private-use characters left in the text, and every link as (context,
 * marker, target entry's first 80 characters).
 *
 * Run from the repository's root (one line to bundle, one to run; pdf.js's items are cached in
 * `<items>`, by default `<out>/items`, so a second survey costs our layout and parse only):
 *   npx rolldown -c scripts/survey-papers.config.mjs
 *   node node_modules/.survey/survey-papers.mjs survey <folder> <out> [--items <dir>]
 *   node node_modules/.survey/survey-papers.mjs compare <out-before> <out-after>
 *   node node_modules/.survey/survey-papers.mjs blocks <folder> <file> [--items <dir>]   (the parse, block by block)
 *   node node_modules/.survey/survey-papers.mjs layout <folder> <file> [--items <dir>]   (the PDF layout's text)
 * `compare` lists, per paper, the links added, removed and moved to another entry, and the
 * summary figures that changed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restoreNativePush } from '../bench/native-push';
import { readPdfItems } from '../bench/read-pdf-items';
import { checkPaperSource } from '../src/paper/check-source';
import { parsePaper } from '../src/paper/parse-paper';
import { readPdfLayout } from '../src/paper/pdf/layout-pdf-text';
import { checkLaidOutPdf, describePdfProblem } from '../src/paper/pdf/pdf-problems';
import { loadNodePdfJs } from '../src/paper/pdf/pdfjs-node';
import type { TextItem } from '../src/paper/pdf/text-item';
import { asPaperId, type Paper } from '../src/paper/types';

// Loaded after native-push.ts has kept Node's own `push`, which is then put back; with the
// patched worker the app serves, which gives each font's name with the text (symbol fonts).
await loadNodePdfJs();
restoreNativePush();
const ID = asPaperId(`sha256:${'0'.repeat(64)}`);

/** One link: a citation marker and the entry it points to. */
interface Link {
  /** Up to 40 characters before the marker, spaces squeezed: with `marker`, the link's key. */
  before: string;
  marker: string;
  after: string;
  /** The target entry's first 80 characters. */
  target: string;
}

/** What the survey keeps of one paper. */
interface PaperSurvey {
  file: string;
  format: Paper['format'];
  title: string;
  pages: number | null;
  unreadablePages: number[];
  references: number;
  citations: number;
  links: number;
  unlinked: { kind: string; text: string; context: string }[];
  /** Markdown or LaTeX syntax left in the text a reader sees (outside code and equations). */
  markup: { kind: string; text: string; context: string }[];
  headings: string[];
  controlChars: number;
  privateUseChars: number;
  referenceStarts: string[];
  linkList: Link[];
  /** Set when the file could not be read at all. */
  error?: string;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A PDF's items as the app hands them to the layout (pdf.js run once, then cached). */
async function itemsOf(cacheDir: string, name: string, file: string): Promise<TextItem[][]> {
  // Named apart from the items cached before pdf.js was given its CMaps, which read CJK as nothing.
  const cache = path.join(cacheDir, `${name}.cmaps.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as TextItem[][];
  const mapped = await readPdfItems(file);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, JSON.stringify(mapped));
  return mapped;
}

/**
 * Text that reads like a citation: a bracketed number list, a parenthesized author-year, a
 * narrative `Name (2019)`, a run of superscript digits, or a CJK-bracketed number.
 */
const CITATION_LIKE: [string, RegExp][] = [
  // `[0]` is an index (`x[0]`), never a citation.
  ['numeric', /\[(?!0\])\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*\]/gu],
  ['cjk-numeric', /[［〔【]\d{1,3}(?:\s*[,，、–—-]\s*\d{1,3})*[］〕】]/gu],
  [
    'author-year',
    /\((?:[^()]{0,60}?[;,]\s*)?\p{Lu}[\p{L}'’-]+(?:\s+(?:et\s+al\.?|and|&|und|et|y|e)\s*(?:\p{Lu}[\p{L}'’-]+)?)?,?\s+(?:1[6-9]|20)\d{2}[a-z]?(?:[;,][^()]{0,80})?\)/gu,
  ],
  ['narrative', /\p{Lu}[\p{L}'’-]+(?:\s+et\s+al\.?)?\s+\((?:1[6-9]|20)\d{2}[a-z]?\)/gu],
  // After a word of three letters or closing punctuation: `x²`, `βn⁻¹` are maths.
  [
    'superscript',
    /(?:\p{Ll}{3}|[).,;])[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:[,–-][¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*)*/gu,
  ],
];

/**
 * Markdown or LaTeX syntax that a reader should never see as text: emphasis marks, display or
 * inline maths delimiters, footnote and image syntax, links, raw HTML anchors, pandoc citations,
 * a table's pipes.
 */
const RAW_MARKUP: [string, RegExp][] = [
  ['emphasis', /\*\*\S|\S\*\*|(?<!\w)__\S|\S__(?!\w)/gu],
  ['math', /\$\$|\\\(|\\\)|\\\[|\\\]/gu],
  ['footnote', /\[\^[^\]\s]+\]/gu],
  ['image-or-link', /!\[[^\]]*\]\(|\]\((?:https?:|#|\.{0,2}\/)/gu],
  ['html', /<\/?(?:a|span|sup|sub|div|br|img)\b[^>]*>/giu],
  ['pandoc-cite', /\[-?@[\w:.#$%&+?<>~/-]+|(?<![\w.])@[A-Za-z][\w:.-]*\d{4}/gu],
  ['pipes', /^\s*\|.*\|\s*$/gmu],
  ['latex', /\\(?:cite\w*|ref|eqref|label)\{/gu],
];

/** Blocks whose citation-like text is not a citation left unlinked. */
const NOT_RUNNING: ReadonlySet<string> = new Set([
  'reference',
  'code',
  'equation',
  'figure-text',
  'byline',
  'title',
  'heading',
]);

function survey(file: string, paper: Paper, pages: number | null, unreadable: number[]) {
  const { text } = paper;
  const linked: [number, number][] = paper.citations.map((c) => [c.start, c.end]);
  const entryOf = new Map(paper.references.map((r) => [r.id, r]));
  const linkList: Link[] = [];
  for (const c of paper.citations) {
    for (const refId of c.refIds) {
      const r = entryOf.get(refId);
      linkList.push({
        before: squeeze(text.slice(Math.max(0, c.start - 40), c.start)),
        marker: text.slice(c.start, c.end),
        after: squeeze(text.slice(c.end, c.end + 20)),
        target: r ? squeeze(text.slice(r.start, r.end)).slice(0, 80) : `(missing ${refId})`,
      });
    }
  }
  const unlinked: PaperSurvey['unlinked'] = [];
  for (const block of paper.blocks) {
    if (NOT_RUNNING.has(block.kind)) continue;
    const blockText = text.slice(block.start, block.end);
    for (const [kind, pattern] of CITATION_LIKE) {
      for (const m of blockText.matchAll(pattern)) {
        const start = block.start + m.index;
        const end = start + m[0].length;
        if (linked.some(([s, e]) => s < end && e > start)) continue;
        unlinked.push({
          kind,
          text: m[0],
          context: squeeze(text.slice(Math.max(0, start - 50), Math.min(text.length, end + 30))),
        });
      }
    }
  }
  const markup: PaperSurvey['markup'] = [];
  for (const block of paper.blocks) {
    if (block.kind === 'code' || block.kind === 'equation') continue;
    const blockText = text.slice(block.start, block.end);
    for (const [kind, pattern] of RAW_MARKUP)
      for (const m of blockText.matchAll(pattern)) {
        const start = block.start + m.index;
        markup.push({
          kind,
          text: m[0],
          context: squeeze(text.slice(Math.max(0, start - 40), start + m[0].length + 30)),
        });
      }
  }
  const headings = paper.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => squeeze(text.slice(b.start, b.end)).slice(0, 80));
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controlChars = (text.match(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/gu) ?? []).length;
  const privateUseChars = (text.match(/[\uE000-\uF8FF]|[\u{F0000}-\u{10FFFD}]/gu) ?? []).length;
  const result: PaperSurvey = {
    file,
    format: paper.format,
    title: paper.title,
    pages,
    unreadablePages: unreadable,
    references: paper.references.length,
    citations: paper.citations.length,
    links: linkList.length,
    unlinked,
    markup,
    headings,
    controlChars,
    privateUseChars,
    referenceStarts: paper.references.map((r) => squeeze(text.slice(r.start, r.end)).slice(0, 80)),
    linkList,
  };
  return result;
}

async function parseOne(folder: string, file: string, items: string) {
  const full = path.join(folder, file);
  if (file.toLowerCase().endsWith('.pdf')) {
    const pages = await itemsOf(items, file, full);
    const { text, lines, unreadable } = readPdfLayout(pages);
    // Refused as the app refuses it (a scan with no text layer opens no paper): an error, not a
    // paper of 0 unreadable pages.
    const problem = checkLaidOutPdf(text, pages, unreadable.length, 0);
    if (problem) throw new Error(describePdfProblem(file, problem));
    const paper = parsePaper(text, {
      format: 'pdf',
      fileName: file,
      id: ID,
      ...(lines && { lines }),
    });
    return { paper, pages: pages.length, unreadable: unreadable.map((u) => u.page) };
  }
  const checked = checkPaperSource(new Uint8Array(readFileSync(full)), file);
  if (!checked.ok) throw new Error(checked.reason);
  const paper = parsePaper(checked.text, { format: checked.format, fileName: file, id: ID });
  return { paper, pages: null, unreadable: [] };
}

async function surveyOne(folder: string, file: string, items: string): Promise<PaperSurvey> {
  const { paper, pages, unreadable } = await parseOne(folder, file, items);
  return survey(file, paper, pages, unreadable);
}

/** Prints the parse block by block, citations in ⟦…→n⟧ with the labels of the entries linked. */
async function printBlocks(folder: string, file: string, items: string): Promise<void> {
  const { paper } = await parseOne(folder, file, items);
  const label = new Map(paper.references.map((r) => [r.id, r.label]));
  for (const b of paper.blocks) {
    let shown = '';
    let at = b.start as number;
    for (const c of paper.citations) {
      if (c.start < b.start || c.end > b.end) continue;
      shown += paper.text.slice(at, c.start);
      shown += `⟦${paper.text.slice(c.start, c.end)}→${c.refIds.map((r) => label.get(r)).join(',')}⟧`;
      at = c.end;
    }
    shown += paper.text.slice(at, b.end);
    const kind = b.kind === 'reference' ? `reference ${label.get(b.refId)}` : b.kind;
    console.log(`[${b.id} ${kind}${b.page ? ` p${b.page}` : ''}] ${shown}`);
  }
}

/** Papers in `folder` and its `txt/` and `md/` subfolders. */
function papersIn(folder: string): string[] {
  const found: string[] = [];
  for (const sub of ['', 'txt', 'md']) {
    const dir = path.join(folder, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort())
      if (/\.(pdf|txt|md)$/i.test(f) && !/^readme/i.test(f)) found.push(path.join(sub, f));
  }
  return found;
}

const COLUMNS = [
  'pages',
  'unreadable',
  'refs',
  'cites',
  'links',
  'unlinked',
  'markup',
  'heads',
  'ctrl',
  'pua',
] as const;

function row(s: PaperSurvey): Record<(typeof COLUMNS)[number], string> {
  return {
    pages: s.pages === null ? '-' : String(s.pages),
    unreadable: String(s.unreadablePages.length),
    refs: String(s.references),
    cites: String(s.citations),
    links: String(s.links),
    unlinked: String(s.unlinked.length),
    markup: String(s.markup?.length ?? 0),
    heads: String(s.headings.length),
    ctrl: String(s.controlChars),
    pua: String(s.privateUseChars),
  };
}

function table(surveys: PaperSurvey[]): string {
  const out = [`| file | ${COLUMNS.join(' | ')} |`, `|---|${COLUMNS.map(() => '--:').join('|')}|`];
  for (const s of surveys) {
    if (s.error) out.push(`| ${s.file} | error: ${s.error} |`);
    else out.push(`| ${s.file} | ${COLUMNS.map((c) => row(s)[c]).join(' | ')} |`);
  }
  return out.join('\n');
}

const jsonName = (file: string) => `${file.replace(/[\\/]/g, '__')}.json`;

async function runSurvey(folder: string, out: string, items: string): Promise<void> {
  mkdirSync(path.join(out, 'papers'), { recursive: true });
  const surveys: PaperSurvey[] = [];
  for (const file of papersIn(folder)) {
    let s: PaperSurvey;
    try {
      s = await surveyOne(folder, file, items);
    } catch (error) {
      s = { file, error: String(error) } as PaperSurvey;
    }
    surveys.push(s);
    writeFileSync(path.join(out, 'papers', jsonName(file)), JSON.stringify(s, null, 1));
    console.log(s.error ? `${file}: ${s.error}` : `${file}: ${JSON.stringify(row(s))}`);
  }
  writeFileSync(path.join(out, 'summary.md'), `${table(surveys)}\n`);
  console.log(`\n${table(surveys)}`);
}

/** Each link's key: its context and marker, numbered when the same key occurs again. */
function keyed(links: Link[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const l of links) {
    const base = `${l.before} «${l.marker}» ${l.after}`;
    let key = base;
    for (let n = 2; map.has(key); n++) key = `${base} #${n}`;
    map.set(key, l.target);
  }
  return map;
}

function runCompare(before: string, after: string): void {
  const read = (dir: string, f: string): PaperSurvey | null => {
    const p = path.join(dir, 'papers', f);
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as PaperSurvey) : null;
  };
  const files = new Set([
    ...readdirSync(path.join(before, 'papers')),
    ...readdirSync(path.join(after, 'papers')),
  ]);
  let added = 0;
  let removed = 0;
  let moved = 0;
  for (const f of [...files].sort()) {
    const a = read(before, f);
    const b = read(after, f);
    if (!a || !b || a.error || b.error) {
      console.log(`## ${f}: only in one run, or failed in one`);
      continue;
    }
    const lines: string[] = [];
    const ra = row(a);
    const rb = row(b);
    const changed = COLUMNS.filter((c) => ra[c] !== rb[c]).map((c) => `${c} ${ra[c]} → ${rb[c]}`);
    if (changed.length > 0) lines.push(`  ${changed.join(', ')}`);
    const ka = keyed(a.linkList);
    const kb = keyed(b.linkList);
    for (const [key, target] of kb) {
      const was = ka.get(key);
      if (was === undefined) {
        added++;
        lines.push(`  + ${key}\n      → ${target}`);
      } else if (was !== target) {
        moved++;
        lines.push(`  ~ ${key}\n      was → ${was}\n      now → ${target}`);
      }
    }
    for (const [key, target] of ka)
      if (!kb.has(key)) {
        removed++;
        lines.push(`  - ${key}\n      → ${target}`);
      }
    if (lines.length > 0) console.log(`## ${f}\n${lines.join('\n')}`);
  }
  console.log(`\nlinks added ${added}, removed ${removed}, moved ${moved}`);
}

const [command, first, second, ...rest] = process.argv.slice(2);
if (command === 'survey' && first && second) {
  const at = rest.indexOf('--items');
  const items = at >= 0 && rest[at + 1] ? rest[at + 1]! : path.join(second, 'items');
  await runSurvey(first, second, items);
} else if (command === 'blocks' && first && second) {
  const at = rest.indexOf('--items');
  const items = at >= 0 && rest[at + 1] ? rest[at + 1]! : path.join(first, '.items');
  await printBlocks(first, second, items);
} else if (command === 'layout' && first && second) {
  const at = rest.indexOf('--items');
  const items = at >= 0 && rest[at + 1] ? rest[at + 1]! : path.join(first, '.items');
  console.log(readPdfLayout(await itemsOf(items, second, path.join(first, second))).text);
} else if (command === 'compare' && first && second) {
  runCompare(first, second);
} else {
  console.error(
    'usage: survey-papers.mjs survey <folder> <out> [--items <dir>] | blocks|layout <folder> <file> [--items <dir>] | compare <out-before> <out-after>',
  );
  process.exitCode = 2;
}
