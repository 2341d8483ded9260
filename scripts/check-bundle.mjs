#!/usr/bin/env node
/**
 * Bundle budget: fails (exit 1) when the JavaScript a browser fetches to show the first screen is
 * over budget, gzipped. Run after `vite build` (`npm run build` and `npm run test:e2e` do).
 *
 * What counts is what the first load really fetches: the entry chunk of index.html and, through
 * Vite's manifest (`build.manifest: true`), every chunk it imports statically, transitively (Vite
 * preloads them with <link rel="modulepreload">). Chunks reached only through `import()` (the
 * Markdown renderer for notes, pdf.js, the PDF extractor) and the pdf.js worker are lazy and do not
 * count. As a cross-check, every script and modulepreload that dist/index.html names must be in
 * that set, so a chunk loaded some other way cannot escape the measurement.
 *
 * Sizes are gzip at zlib's default level 6 (what servers use on the fly) in kB of 1,000 bytes, as
 * Vite prints them. `--budget=<kB>` overrides the budget, e.g. to see the check fail.
 *
 * `--json` prints one JSON object instead of the table (first-load and all-JavaScript totals, the
 * budget and the goal), for `bench/bundle.bench.ts`, which puts it in the benchmark goal table.
 *
 * Usage: node scripts/check-bundle.mjs [--budget=120] [--dist=dist] [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript budget (kB gzipped). Issue 9's goal is 120 kB: the first screen is the
 * header, the paper picker and the reading view; Markdown, the reference picker, the sharing
 * formats and their dialogs, the anchoring quote search, pdf.js and other later needs load
 * lazily, and the paper parser runs in its worker (its chunk is not in the first load). That
 * brought the first load to 110.6 kB; the build fails above the goal. What the first screen does
 * not show but the reader may need at any moment (the annotation toolbar, the legend and filters,
 * an opened card's editors, the Undo bar, the orphans' cards) loads beside it, as lazy parts the
 * app asks for on its first render (components/shared/lazy-part.tsx `preload`): 119.9 → 116.9 kB.
 * Back at 119.98 kB, the first load became one chunk (vite.config.ts's `$initial` group: rolldown
 * had split annotations/types.ts off, 0.18 kB) and the storage checks a reload runs first were
 * written without valibot (annotations/persisted-schema.ts): 119.98 → 117.78 kB.
 */
const BUDGET_KB = 120;
/** Issue 9's goal (the budget now enforces it). */
const GOAL_KB = 120;

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? ''];
  }),
);
const budgetKb = args.budget === undefined ? BUDGET_KB : Number(args.budget);
if (!Number.isFinite(budgetKb) || budgetKb <= 0)
  fail(`--budget must be a number of kB, not "${args.budget}"`);
const dist = args.dist ?? 'dist';

/** @param {string} message */
function fail(message) {
  console.error(`Bundle budget: ${message}`);
  process.exit(1);
}

/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], src?: string}>} */
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (error) {
  fail(
    `cannot read ${dist}/.vite/manifest.json (run \`vite build\` first; vite.config.ts needs build.manifest: true): ${String(error)}`,
  );
}

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
const htmlEntry = entries.find(([key]) => key.endsWith('index.html'));
if (!htmlEntry)
  fail(
    `no entry for index.html in the manifest (entries: ${entries.map(([k]) => k).join(', ') || 'none'})`,
  );

/** Manifest keys of the entry and everything it imports statically, in load order. */
const firstLoad = [];
const seen = new Set();
(function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) fail(`the manifest names ${key} but has no chunk for it`);
  firstLoad.push(key);
  for (const imported of chunk.imports ?? []) visit(imported);
})(htmlEntry[0]);

const files = firstLoad.map((key) => manifest[key].file);

// Cross-check against what index.html actually asks the browser for.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const named = [
  ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
].map((m) => m[1].replace(/^\.?\//, ''));
const unmeasured = named.filter((file) => !files.includes(file));
if (unmeasured.length > 0)
  fail(`index.html loads ${unmeasured.join(', ')}, which the manifest walk missed`);

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length / 1000, gzip: gzipSync(bytes).length / 1000 };
});
const total = rows.reduce((sum, row) => sum + row.gzip, 0);

const lazy = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js') && !files.includes(chunk.file))
  .map((chunk) => chunk.file);

if (args.json !== undefined) {
  // Every script the build ships, lazy chunks and workers included: what the first load leaves out.
  const allKb = readdirSync(join(dist, 'assets'))
    .filter((file) => /\.m?js$/.test(file))
    .reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, 'assets', file))).length / 1000,
      0,
    );
  const summary = { firstLoadKb: total, allKb, budgetKb, goalKb: GOAL_KB, files: rows };
  console.log(JSON.stringify(summary));
  process.exit(total > budgetKb ? 1 : 0);
}

const kb = (n) => `${n.toFixed(2).padStart(8)} kB`;
console.log('First-load JavaScript (entry + static imports), gzipped:');
for (const row of rows) console.log(`  ${kb(row.gzip)}  (${kb(row.raw)} raw)  ${row.file}`);
console.log(`  ${kb(total)}  total, budget ${budgetKb} kB (goal ${GOAL_KB} kB)`);
console.log(`Lazy chunks, not counted: ${lazy.join(', ') || 'none'}`);

if (total > budgetKb)
  fail(
    `OVER BUDGET: first-load JavaScript is ${total.toFixed(2)} kB gzipped, budget ${budgetKb} kB.`,
  );
console.log(`Bundle budget: ok, ${total.toFixed(2)} kB of ${budgetKb} kB.`);
