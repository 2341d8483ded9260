/**
 * The whole PDF pipeline (pdf.js's Node build → layout → `parsePaper`) on small PDFs written by
 * `__fixtures__/make-pdfs.mjs` (committed; run it again after changing it): superscript
 * citations, `(n)` citations, a footnote at a column break, blocks set apart from the text
 * (caption, code, chart labels, run-in heading, footnote), run-in headings set in bold or italic,
 * a byline under a centred title and display equations,
 * captions printed side by side, fonts that do not map to letters, and Chinese in a font that
 * needs one of pdf.js's CMaps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs } from './pdfjs-node';
import { parsePaper } from '../parse-paper';
import type { Paper } from '../types';
import { fakePaperId } from '../__fixtures__/paper-ids';
import { extractWith, type ExtractedPdf } from './extract-pdf-text';
import { PdfProblem } from './pdf-problems';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '__fixtures__/pdfs', `${name}.pdf`)));

async function open(name: string): Promise<{ paper: Paper; extracted: ExtractedPdf }> {
  const extracted = await extractWith(pdfjs, fixture(name));
  const paper = parsePaper(extracted.text, {
    format: 'pdf',
    fileName: `${name}.pdf`,
    id: fakePaperId('0'),
  });
  return { paper, extracted };
}

const cited = (paper: Paper) =>
  paper.citations.map((c) => `${paper.text.slice(c.start, c.end).trim()}→${c.refIds.join(',')}`);

describe('generated PDFs', () => {
  it('links superscript numerals (smaller raised runs) to a numbered bibliography', async () => {
    const { paper } = await open('superscript-citations');
    expect(paper.references).toHaveLength(3);
    expect(cited(paper)).toEqual(['¹→ref-1', '²,³→ref-2,ref-3', '³→ref-3']);
  });

  it('never links an equation number `(4)` in a paper that cites `(n)`', async () => {
    const { paper } = await open('paren-citations');
    expect(cited(paper).filter((c) => c.startsWith('(4)'))).toEqual([]);
  });

  it('splits a `(1) … (2) …` bibliography and links `(1)` and `(2, 3)`', async () => {
    const { paper } = await open('paren-citations');
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3']);
    expect(cited(paper)).toEqual(['(1)→ref-1', '(2, 3)→ref-2,ref-3', '(1)→ref-1']);
  });

  it('rejoins a sentence split by a column break and puts the footnote after it', async () => {
    const { paper } = await open('footnote-column-break');
    const paragraphs = paper.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => paper.text.slice(b.start, b.end));
    expect(paragraphs[0]).toContain('carries on into the next one, where the reader picks it up');
    expect(paragraphs[0]).not.toContain('Supported by');
    const notes = paper.blocks
      .filter((b) => b.kind === 'footnote')
      .map((b) => paper.text.slice(b.start, b.end));
    expect(notes[0]).toMatch(/^\* ?Supported by a grant/);
    const order = paper.blocks.map((b) => b.kind);
    expect(order.indexOf('footnote')).toBe(order.indexOf('paragraph') + 1);
  });

  it('sets captions, code, chart labels, a run-in heading and footnotes apart from the text', async () => {
    const { paper } = await open('block-kinds');
    const kinds = paper.blocks.map((b) => b.kind);
    const textOf = (kind: string) =>
      paper.blocks.filter((b) => b.kind === kind).map((b) => paper.text.slice(b.start, b.end));
    expect(kinds.filter((k) => k !== 'reference' && k !== 'paragraph')).toEqual([
      'title',
      'heading',
      'code',
      'figure-text',
      'caption',
      'heading',
      'footnote',
    ]);
    expect(textOf('code')).toEqual([
      'R> fit <- fitModel(list(data), opt = kinopt(iter = 5))\nR> summary(fit) # prints [1] and [2]\n  plot(fit)',
    ]);
    expect(textOf('figure-text')[0]).toContain('Number of tasks');
    expect(textOf('caption')).toEqual(['Figure 1: How the fit behaves as the data grow [2].']);
    expect(textOf('footnote')).toEqual(['¹Supported by a grant for reading in margins.']);
    const materials = paper.blocks.find(
      (b) => b.kind === 'paragraph' && paper.text.startsWith('Materials.', b.start),
    );
    expect(materials?.kind === 'paragraph' && materials.leadEnd).toBe((materials?.start ?? 0) + 10);
    // Citations link in the text and the caption, never in the listing.
    expect(cited(paper)).toEqual(['[1]→ref-1', '[2]→ref-2']);
    expect(paper.citations.at(-1)?.start).toBeGreaterThan(paper.text.indexOf('Figure 1:'));
  });

  it('marks run-in headings set in bold or italic, and no other text set apart by type', async () => {
    const { paper } = await open('run-in-heads');
    const paragraphs = paper.blocks.filter((b) => b.kind === 'paragraph');
    const leads = paragraphs.map((b) =>
      b.kind === 'paragraph' && b.leadEnd !== undefined
        ? paper.text.slice(b.start, b.leadEnd)
        : null,
    );
    expect(leads).toEqual([
      'Data collection and analysis.',
      'Participants:',
      'Materials.',
      null,
      null,
    ]);
    // The heads stay in their paragraphs' text, and no mark is left in it.
    expect(paper.text.slice(paragraphs[2]?.start, paragraphs[2]?.end)).toMatch(
      /^Materials\. We used twelve papers .* each read by et al\. in the margins/,
    );
    expect(paper.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- the point is that none is there
    expect(paper.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
  });

  it('reads captions printed side by side on a one-column page as two captions', async () => {
    const { paper } = await open('side-by-side-captions');
    const textOf = (kind: string) =>
      paper.blocks.filter((b) => b.kind === kind).map((b) => paper.text.slice(b.start, b.end));
    expect(textOf('caption')).toEqual([
      'Figure 4: Performance ratio for the simulation, highly parallel tasks',
      'Figure 5: Performance ratio for the simulation, mixed model tasks',
    ]);
    expect(textOf('paragraph').join(' ')).not.toMatch(/Figure|Performance ratio|simulation/);
  });

  it('reads the names, affiliation and e-mail under a centred title as one byline block', async () => {
    const { paper } = await open('byline-equations');
    const kinds = paper.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['title', 'byline', 'heading']);
    const byline = paper.blocks[1]!;
    expect(paper.text.slice(byline.start, byline.end)).toBe(
      'Jane Doe* and John Smith\nDepartment of History, University of Oxford\njane@example.org',
    );
  });

  it('sets centred display equations apart, their numbers never citations, the sentence after going on', async () => {
    const { paper } = await open('byline-equations');
    const textOf = (kind: string) =>
      paper.blocks.filter((b) => b.kind === kind).map((b) => paper.text.slice(b.start, b.end));
    expect(textOf('equation')).toEqual(['S = a × n + b² (2)', 'n\nM = · S + 1 (3)\nN']);
    expect(textOf('paragraph')).toContain(
      'where n counts the notes in the margin and b is a constant, as in the older studies (1). Its mean over a book is given by',
    );
    expect(cited(paper)).toEqual(['(1)→ref-1', '(1)→ref-1', '(2)→ref-2']);
  });

  it('leaves out a page whose font does not map to letters, and names it', async () => {
    const { paper, extracted } = await open('unmapped-font-page');
    expect(extracted.unreadablePages).toEqual([{ page: 2, reason: 'unmapped-font' }]);
    expect(paper.text).toMatch(/^A paper with one unreadable page\n\nClose reading/);
    // eslint-disable-next-line no-control-regex -- the point is that none is there
    expect(paper.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\p{Co}\uFFFD]/u);
  });

  it('reads Chinese set in a CID font with a predefined CMap and no ToUnicode (pdf.js’s CMaps)', async () => {
    const { paper, extracted } = await open('cjk-predefined-cmap');
    expect(extracted.unreadablePages).toEqual([]);
    expect(paper.text).toContain('细读是学者的古老习惯，他们书页的边缘可以为证。');
    expect(paper.text).toContain('批注让阅读留下痕迹');
  });

  it('opens nothing when no page maps to letters', async () => {
    await expect(extractWith(pdfjs, fixture('unmapped-font-only'))).rejects.toEqual(
      new PdfProblem('undecodable'),
    );
  });
});
