/**
 * The PDF parser scored against hand-checked truth for the six real papers in
 * `../shared/papers/pdf/` (read by path, never copied here; skipped visibly when absent).
 *
 * Prints a table: references, headings and citation links (recall R, precision P), wrong links,
 * title, control characters. Fails when a paper shows a control character or a wrong title, or when a
 * figure falls below what the parser reached (`FLOORS`: recall as correct counts, precision as the
 * most false entries, headings and links; the targets are reference recall ≥ 98%, link recall ≥
 * 95%, zero wrong links).
 * To add a paper: write `<name>.json` beside this file (see README.md) and a floor for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from '../../src/paper/pdf/pdfjs-node';
import { parsePaper } from '../../src/paper/parse-paper';
import { fakePaperId } from '../../src/paper/__fixtures__/paper-ids';
import { extractWith } from '../../src/paper/pdf/extract-pdf-text';
import { formatRatio, scorePaper, type PaperScore, type PaperTruth } from './score-paper';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const PAPERS = path.resolve(__dirname, '../../../shared/papers/pdf');
const TRUTH = __dirname;

/**
 * What the parser reached per paper: correct counts (recall), and the most false entries, false
 * headings and wrong links it may make (precision). Raise them as it improves.
 */
interface Floor {
  refs: number;
  headings: number;
  links: number;
  wrong: number;
  falseRefs: number;
  falseHeadings: number;
  /** Whole captions found, and the most caption blocks that are none of them (merged ones). */
  captions?: number;
  falseCaptions?: number;
}
const FLOORS: Record<string, Floor> = {
  'arxiv-0908.0054': { refs: 19, headings: 5, links: 19, wrong: 0, falseRefs: 0, falseHeadings: 0 },
  'bicriteria-scheduling': {
    refs: 21,
    headings: 20,
    links: 28,
    wrong: 0,
    falseRefs: 0,
    falseHeadings: 0,
    captions: 7,
    falseCaptions: 0,
  },
  bug1997343: { refs: 2, headings: 10, links: 2, wrong: 0, falseRefs: 0, falseHeadings: 0 },
  'jcap-0807.3577': { refs: 39, headings: 8, links: 48, wrong: 0, falseRefs: 0, falseHeadings: 1 },
  'jss-v18i03': { refs: 17, headings: 72, links: 22, wrong: 0, falseRefs: 0, falseHeadings: 0 },
  'requirements-prioritization-ahp': {
    refs: 24,
    headings: 14,
    links: 34,
    wrong: 0,
    falseRefs: 0,
    falseHeadings: 1,
  },
};

const truths = readdirSync(TRUTH)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(TRUTH, f), 'utf8')) as PaperTruth);
const present = existsSync(PAPERS);
if (!present) console.warn(`Truth scores skipped: ${PAPERS} is absent`);

async function parse(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(PAPERS, file)));
  const { text } = await extractWith(pdfjs, bytes);
  return parsePaper(text, { format: 'pdf', fileName: file, id: fakePaperId('0') });
}

describe('the parser against hand-checked truth', () => {
  const rows: string[] = [];
  afterAll(() => {
    if (rows.length === 0) return;
    console.log(
      [
        '| paper | references | citation links | wrong links | headings | captions | title | control chars |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  });

  for (const truth of truths) {
    const name = truth.file.replace(/\.pdf$/, '');
    it.skipIf(!present)(
      `scores ${truth.file} at or above its floor, with no control character${present ? '' : ' (skipped: papers absent)'}`,
      async () => {
        const score: PaperScore = scorePaper(await parse(truth.file), truth);
        rows.push(
          `| ${name} | ${formatRatio(score.references)} | ${formatRatio(score.links)} | ${score.wrongLinks.length} | ${formatRatio(score.headings)} | ${score.captions ? formatRatio(score.captions) : '–'} | ${score.title ? 'yes' : 'no'} | ${score.controlChars} |`,
        );
        if (score.wrongLinks.length > 0) console.log(`${name} wrong links:`, score.wrongLinks);
        const floor = FLOORS[name];
        expect(floor, `no floor for ${name}`).toBeDefined();
        expect(score.controlChars).toBe(0);
        expect(score.title, 'the whole title').toBe(true);
        expect(score.references.found).toBeGreaterThanOrEqual(floor?.refs ?? 0);
        expect(score.headings.found).toBeGreaterThanOrEqual(floor?.headings ?? 0);
        expect(score.links.found).toBeGreaterThanOrEqual(floor?.links ?? 0);
        expect(score.wrongLinks.length).toBeLessThanOrEqual(floor?.wrong ?? 0);
        expect(score.references.produced - score.references.found).toBeLessThanOrEqual(
          floor?.falseRefs ?? 0,
        );
        expect(score.headings.produced - score.headings.found).toBeLessThanOrEqual(
          floor?.falseHeadings ?? 0,
        );
        if (score.captions !== null) {
          expect(score.captions.found).toBeGreaterThanOrEqual(floor?.captions ?? 0);
          expect(score.captions.produced - score.captions.found).toBeLessThanOrEqual(
            floor?.falseCaptions ?? 0,
          );
        }
      },
      60_000,
    );
  }
});
