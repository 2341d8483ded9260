/**
 * The PDF parser scored against hand-checked truth for papers set with publishers' own LaTeX
 * classes (Elsevier's elsarticle, ACM's acmart, APS's and AIP's REVTeX, AASTeX, MNRAS, Springer's
 * LNCS, IEEEtran): the PDFs and their sources are in `src/paper/pdf/__fixtures__/latex/` (made by
 * its `make-latex-pdfs.sh`), the truth in `latex/<name>.json` beside this file, in the form the
 * shared papers' truth has (see README.md).
 *
 * Every paper must reach the goals outright: reference recall ≥ 98%, correct citation links ≥ 95%,
 * no wrong link, no control character, the whole title and every heading found (`SHORT` names
 * what a paper is still allowed to miss, with why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from '../../src/paper/pdf/pdfjs-node';
import { parsePaper } from '../../src/paper/parse-paper';
import { fakePaperId } from '../../src/paper/__fixtures__/paper-ids';
import { extractWith } from '../../src/paper/pdf/extract-pdf-text';
import { formatRatio, scorePaper, type PaperTruth } from './score-paper';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const PDFS = path.resolve(__dirname, '../../src/paper/pdf/__fixtures__/latex');
const TRUTH = path.join(__dirname, 'latex');

/** Headings a paper may still miss, and why; empty when it finds them all. */
const SHORT: Record<string, { headings: number; why: string }> = {};

const truths = readdirSync(TRUTH)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(TRUTH, f), 'utf8')) as PaperTruth);

async function parse(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(PDFS, file)));
  const { text } = await extractWith(pdfjs, bytes);
  return parsePaper(text, { format: 'pdf', fileName: file, id: fakePaperId('0') });
}

describe('the parser on papers set with publishers’ LaTeX classes', () => {
  const rows: string[] = [];
  afterAll(() => {
    console.log(
      [
        '| paper | references | citation links | wrong links | headings | title | control chars |',
        '|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  });

  for (const truth of truths) {
    const name = truth.file.replace(/\.pdf$/, '');
    it(`reads ${truth.file}: references, links, headings and title, no wrong link`, async () => {
      const score = scorePaper(await parse(truth.file), truth);
      rows.push(
        `| ${name} | ${formatRatio(score.references)} | ${formatRatio(score.links)} | ${score.wrongLinks.length} | ${formatRatio(score.headings)} | ${score.title ? 'yes' : 'no'} | ${score.controlChars} |`,
      );
      expect(score.wrongLinks).toEqual([]);
      expect(score.controlChars).toBe(0);
      expect(score.title, 'the whole title').toBe(true);
      expect(score.references.found).toBeGreaterThanOrEqual(0.98 * score.references.expected);
      expect(score.references.produced).toBe(score.references.found);
      expect(score.links.found).toBeGreaterThanOrEqual(0.95 * score.links.expected);
      expect(score.headings.found).toBeGreaterThanOrEqual(
        score.headings.expected - (SHORT[name]?.headings ?? 0),
      );
    }, 60_000);
  }
});
