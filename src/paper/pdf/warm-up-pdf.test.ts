import { loadNodePdfJs } from './pdfjs-node';
import { extractWith } from './extract-pdf-text';
import { warmUpPdf } from './warm-up-pdf';
import { parsePaper } from '../parse-paper';
import { asPaperId } from '../types';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

describe('warmUpPdf', () => {
  it('is a PDF pdf.js reads, which parses into a paper whose citations link', async () => {
    const { text, pages } = await extractWith(pdfjs, warmUpPdf());
    expect(pages).toBe(1);
    const paper = parsePaper(text, {
      format: 'pdf',
      fileName: 'warm-up.pdf',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
    });
    expect(paper.title).toBe('Reading Margins Closely: Notes, Claims and Evidence');
    expect(paper.references).toHaveLength(5);
    expect(paper.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('holds what most papers hold, so that the code and the patterns the first paper needs are compiled while the reader chooses it: headings, paragraphs with words broken across lines, a caption, a footnote, references', async () => {
    const { text, lines } = await extractWith(pdfjs, warmUpPdf());
    const paper = parsePaper(text, {
      format: 'pdf',
      fileName: 'warm-up.pdf',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
      lines,
    });
    const kinds = new Set(paper.blocks.map((block) => block.kind));
    for (const kind of ['heading', 'paragraph', 'caption', 'footnote', 'reference'])
      expect(kinds).toContain(kind);
    expect(text).toMatch(/informa-\ntion/);
    expect(paper.text).toContain('information is weighed');
  });

  it('gives text beyond Latin-1 (an en dash, a curly apostrophe), as papers do, so that the expressions it readies are those their text needs', async () => {
    const { text } = await extractWith(pdfjs, warmUpPdf());
    expect(text).toContain('45–67');
    expect(text).toContain('O’Neil');
  });

  it('says where its lines were printed, so that its parse places every block on them as a paper’s does (block placement readied too)', async () => {
    const { text, lines } = await extractWith(pdfjs, warmUpPdf());
    expect(lines.length).toBeGreaterThan(0);
    const paper = parsePaper(text, {
      format: 'pdf',
      fileName: 'warm-up.pdf',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
      lines,
    });
    expect(paper.blocks.length).toBeGreaterThan(0);
    expect(paper.blocks.filter((block) => (block.boxes?.length ?? 0) > 0).length).toBeGreaterThan(
      paper.blocks.length / 2,
    );
  });
});
