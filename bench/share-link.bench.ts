/**
 * Share-link capacity: how many typical annotations fit in a URL of 2,000 / 8,000 / 32,000
 * characters when a set travels as `#share=<code>` (see src/annotations/formats/share-code.ts).
 *
 * The annotations are realistic and deterministic (a seeded generator): highlights of 40 to 250
 * characters from the sample paper's paragraphs with their 32-character context, 60% with a note,
 * about a third with tags, 30% linked to one reference, all in one set with an author. Each
 * figure is the largest N such that `URL_BASE + '#share=' + encodeShareCode(file of the first N)`
 * fits; codes grow with N, so a binary search finds it. Alongside, as a baseline measured in the
 * same run, the same annotations in our internal JSON shape compressed the same way, so the cost
 * of the W3C format shows as a ratio.
 *
 * Run: `npm run bench -- bench/share-link.bench.ts`. Prints a Markdown table and writes it to
 * bench/SHARE-RESULTS.md. Reports, never fails on numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, it } from 'vitest';
import { describeRange } from '../src/anchoring/selectors';
import { COLOUR_IDS } from '../src/annotations/colours';
import { encodeShareCode } from '../src/annotations/formats/share-code';
import { toW3CCollection } from '../src/annotations/formats/w3c-export';
import {
  asAnnotationId,
  asSetId,
  type Annotation,
  type AnnotationId,
  type AnnotationSet,
} from '../src/annotations/types';
import { parsePaper } from '../src/paper/parse-paper';
import { asPaperId, docOffset, type Paper } from '../src/paper/types';

/** A typical deployed address before the fragment (GitHub Pages-like). */
const URL_BASE = 'https://marginalia-reader.github.io/app/';
const LIMITS = [2_000, 8_000, 32_000];
const POOL = 2_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededUuid(next: () => number): AnnotationId {
  const h = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return asAnnotationId(
    `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`,
  );
}

const paper: Paper = parsePaper(
  readFileSync(
    new URL('../public/papers/precise-poverty-alleviation-and-party-image.txt', import.meta.url),
    'utf8',
  ),
  { format: 'text', fileName: 'sample.txt', id: asPaperId(`sha256:${'0'.repeat(64)}`) },
);

const SET: AnnotationSet = {
  id: asSetId('seminar-3'),
  name: 'Seminar 3: what to look for',
  created: Date.UTC(2026, 10, 1),
  author: 'Dr. Ana Souza',
  colour: 'blue',
};

const NOTES = [
  'Which data support this? The sample is never described.',
  'Compare with the figures in section 3.',
  'Key claim of the paper.',
  'Definition used throughout; note it differs from [4].',
  'Is this causal or only correlated? The authors slide from one to the other here and in the conclusion.',
];
const TAGS = ['method', 'policy', 'unsupported', 'definition', 'data', 'follow up'];

function makeAnnotations(next: () => number): Annotation[] {
  const paragraphs = paper.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 80);
  const labels = paper.references.map((r) => r.label);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const base = Date.UTC(2026, 10, 2);
  return Array.from({ length: POOL }, () => {
    const block = pick(paragraphs);
    const length = 40 + Math.floor(next() * 210);
    const start = block.start + Math.floor(next() * Math.max(1, block.end - block.start - length));
    const created = base + Math.floor(next() * 30 * 86_400_000);
    const r = next();
    return {
      id: seededUuid(next),
      paperId: paper.id,
      setId: SET.id,
      colour: pick(COLOUR_IDS),
      note: r < 0.6 ? pick(NOTES) : '',
      tags: r < 0.3 ? [pick(TAGS)] : r < 0.35 ? [...new Set([pick(TAGS), pick(TAGS)])] : [],
      refLabels: next() < 0.3 ? [pick(labels)] : [],
      created,
      modified: next() < 0.7 ? created : created + Math.floor(next() * 86_400_000),
      target: describeRange(
        paper.text,
        docOffset(start),
        docOffset(Math.min(block.end, start + length)),
      ),
    };
  });
}

const pool = makeAnnotations(random(42));

const w3cFile = (n: number) =>
  toW3CCollection({
    paper,
    annotations: pool.slice(0, n),
    sets: [SET],
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    now: Date.UTC(2026, 11, 4),
  });
const internalFile = (n: number) => ({ set: SET, annotations: pool.slice(0, n) });

const urlLength = async (file: object) =>
  URL_BASE.length + '#share='.length + (await encodeShareCode(file)).length;

/** The largest n (0..POOL) whose URL fits in `limit`. */
async function capacity(limit: number, build: (n: number) => object): Promise<number> {
  let lo = 0;
  let hi = POOL;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((await urlLength(build(mid))) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

describe('share link capacity', () => {
  it('measures how many typical annotations fit in a URL', async () => {
    const rows: string[] = [];
    for (const limit of LIMITS) {
      const w3c = await capacity(limit, w3cFile);
      const internal = await capacity(limit, internalFile);
      const perAnnotation = w3c > 0 ? Math.round((await urlLength(w3cFile(w3c))) / w3c) : NaN;
      rows.push(
        `| ${limit.toLocaleString('en')} | ${w3c} | ${perAnnotation} | ${internal} | ${(w3c / internal).toFixed(2)} |`,
      );
    }
    const raw = JSON.stringify(w3cFile(100)).length;
    const packed = (await encodeShareCode(w3cFile(100))).length;
    const report = [
      '# Share-link capacity',
      '',
      `Typical annotations (sample paper; quotes of 40–250 characters with 32 characters of context, 60% with a note, ~1/3 tagged, 30% linked to a reference) in one set, sent as \`${URL_BASE}#share=<code>\` (code: deflate-raw + base64url + 4-byte checksum). Baseline: the same annotations in our internal JSON shape, packed the same way, measured in the same run.`,
      '',
      '| URL limit (chars) | annotations (W3C set file) | chars per annotation | annotations (internal JSON baseline) | W3C / baseline |',
      '| ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `100 annotations: W3C file ${raw.toLocaleString('en')} characters of JSON → code of ${packed.toLocaleString('en')} characters (${(raw / packed).toFixed(1)}× smaller).`,
      '',
      'Past the limit the app should offer the file instead. Browsers accept URLs far longer than 32,000 characters (Chrome 2 MB), but chat apps, mail clients and QR codes cut much earlier; 2,000 is the safe size for anything pasted by hand.',
      '',
    ].join('\n');
    const formatted = await format(report, {
      parser: 'markdown',
      proseWrap: 'always',
      printWidth: 100,
    });
    console.log(formatted);
    writeFileSync(new URL('./SHARE-RESULTS.md', import.meta.url), formatted);
  });
});
