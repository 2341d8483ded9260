/**
 * The layout on the two real PDFs in `../shared/papers/pdf/` (read by path, never copied into the
 * project), through pdf.js's Node build: what the parser makes of their text. Skipped, with the
 * reason in the test names, where that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from './pdfjs-node';
import { parsePaper } from '../parse-paper';
import type { Paper } from '../types';
import { extractWith } from './extract-pdf-text';
import { pid } from '../__fixtures__/paper-ids';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const DIR = path.resolve(__dirname, '../../../../shared/papers/pdf');
const ARXIV = path.join(DIR, 'arxiv-0908.0054.pdf');
const SAMPLE = path.join(DIR, 'bug1997343.pdf');
if (!existsSync(ARXIV) || !existsSync(SAMPLE)) {
  console.warn(`PDF extraction tests on the shared papers skipped: ${DIR} is absent`);
}
const absent = (file: string) =>
  existsSync(file) ? '' : ' (skipped: ../shared/papers/pdf is absent)';

async function read(file: string): Promise<Paper> {
  const { text } = await extractWith(pdfjs, new Uint8Array(readFileSync(file)));
  return parsePaper(text, {
    format: 'pdf',
    fileName: path.basename(file),
    id: pid(`sha256:${'0'.repeat(64)}`),
  });
}

const cited = (paper: Paper) => paper.citations.map((c) => paper.text.slice(c.start, c.end));
const headings = (paper: Paper) =>
  paper.blocks.filter((b) => b.kind === 'heading').map((b) => paper.text.slice(b.start, b.end));

describe('the layout on real PDFs', () => {
  it.skipIf(!existsSync(ARXIV))(
    `reads arxiv-0908.0054.pdf: title, four sections, 19 references, 12 citations${absent(ARXIV)}`,
    async () => {
      const paper = await read(ARXIV);
      expect(paper.title).toBe('Ultra light bosonic dark matter and CMB');
      expect(headings(paper)).toEqual([
        'I. INTRODUCTION',
        'II. ULTRA LIGHT BOSONS AS DARK MATTER',
        'III. TESTING WITH THE CMB',
        'IV. CONCLUSIONS',
        'Acknowledgements',
      ]);
      expect(paper.references.map((r) => r.label)).toEqual(
        Array.from({ length: 19 }, (_v, i) => String(i + 1)),
      );
      expect(cited(paper)).toEqual([
        '[1, 2, 3, 4, 5]',
        '[6, 7]',
        '[8, 9, 10]',
        '[11]',
        '[12]',
        '[13]',
        '[14]',
        '[15]',
        '[16]',
        '[17]',
        '[18]',
        '[19]',
      ]);
      expect(paper.text).not.toContain('arXiv:0908.0054v1');
    },
    60_000,
  );

  it.skipIf(!existsSync(SAMPLE))(
    `reads bug1997343.pdf: its sections once, 2 references cited [2] then [1]${absent(SAMPLE)}`,
    async () => {
      const paper = await read(SAMPLE);
      expect(paper.title).toBe('A Two Column Example');
      expect(headings(paper).filter((h) => h.includes('Introduction'))).toEqual(['1 Introduction']);
      expect(paper.references.map((r) => paper.text.slice(r.start, r.end))).toEqual([
        '[1] Taco Hoekwater. LuaTEX. TUGboat, 28(3):312–313, 2007.',
        '[2] Don Knuth. Comments on quality in publishing. TUGboat, 5(1):67–67, May 1984.',
      ]);
      expect(cited(paper)).toEqual(['[2]', '[1]']);
      expect(paper.text).toContain(
        'A two column layout is used, the tagging enables the reading order to correctly follow the flow',
      );
    },
    60_000,
  );
});

describe('the byline of the real PDFs', () => {
  it.skipIf(!existsSync(DIR)).each([
    [
      'arxiv-0908.0054.pdf',
      ['Ivan Rodriguez Montoya', 'Tonatiuh Matos Chassin', 'Departamento de Física'],
    ],
    ['bicriteria-scheduling.pdf', ['Pierre-François Dutot', 'ID-IMAG', 'Gregory.Mounie@imag.fr']],
    ['bug1997343.pdf', ['The LATEX Team']],
    [
      'jcap-0807.3577.pdf',
      [
        'Krzysztof Bolejko',
        'Lars Andersson',
        'University of Melbourne',
        'Albert Einstein Institute',
      ],
    ],
    [
      'jss-v18i03.pdf',
      ['Katharine M. Mullen', 'Ivo H. M. van Stokkum', 'Vrije Universiteit Amsterdam'],
    ],
    [
      'requirements-prioritization-ahp.pdf',
      ['Muhammad Atif Iqbal', 'NUST, Pakistan', 'atif09@gmail.com'],
    ],
  ])(
    `reads the authors and affiliations of %s as one byline after the title, nothing of them a heading or linked${absent(DIR)}`,
    async (file, names) => {
      const paper = await read(path.join(DIR, file));
      expect(paper.blocks.map((b) => b.kind).slice(0, 2)).toEqual(['title', 'byline']);
      const byline = paper.blocks[1]!;
      const text = paper.text.slice(byline.start, byline.end);
      for (const name of names) expect(text).toContain(name);
      expect(headings(paper).join(' ')).not.toContain(names[0]);
      expect(paper.citations.filter((c) => c.start < byline.end)).toEqual([]);
    },
    60_000,
  );
});
