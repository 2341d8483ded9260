/**
 * Block geometry on real PDFs (pdf.js's Node build → layout → `parsePaper` with line boxes): each
 * block has boxes, one of them where its first word was printed by pdf.js's own text positions. Runs on
 * the generated fixtures and, where ../shared/papers/pdf is present, on three real papers
 * (the other shared papers pass too; left out to keep the suite quick).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodePdfJs, nodePdfCMaps } from './pdfjs-node';
import { parsePaper } from '../parse-paper';
import { fakePaperId } from '../__fixtures__/paper-ids';
import { extractWith, toTextItems } from './extract-pdf-text';
import type { TextItem } from './text-item';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

const SHARED = path.resolve(__dirname, '../../../../shared/papers/pdf');
const FILES = [
  path.join(__dirname, '__fixtures__/pdfs/block-kinds.pdf'),
  path.join(__dirname, '__fixtures__/pdfs/footnote-column-break.pdf'),
  path.join(SHARED, 'arxiv-0908.0054.pdf'),
  path.join(SHARED, 'requirements-prioritization-ahp.pdf'),
  path.join(SHARED, 'jss-v18i03.pdf'),
];

/** Every page's text items, as the layout gets them. */
async function pagesOf(bytes: Uint8Array): Promise<TextItem[][]> {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    ...nodePdfCMaps(),
  }).promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(toTextItems(pdfjs, content.items, page.getViewport({ scale: 1 })));
  }
  await doc.destroy();
  return pages;
}

/** Is the item's baseline start inside the box (0.5 pt of slack for rounding)? */
const inside = (item: TextItem, box: { x: number; y: number; width: number; height: number }) =>
  item.x >= box.x - 0.5 &&
  item.x <= box.x + box.width + 0.5 &&
  item.y >= box.y - 0.5 &&
  item.y <= box.y + box.height + 0.5;

describe('block boxes on real PDFs', () => {
  it.each(FILES.map((file) => [path.basename(file), file]))(
    '%s: every block with a word has boxes, one where pdf.js printed its first word',
    async (_name, file) => {
      if (!existsSync(file)) return console.warn(`skipped: ${file} is absent`);
      const bytes = new Uint8Array(readFileSync(file));
      const extracted = await extractWith(pdfjs, bytes);
      const paper = parsePaper(extracted.text, {
        format: 'pdf',
        fileName: path.basename(file),
        id: fakePaperId('0'),
        lines: extracted.lines,
      });
      const pages = await pagesOf(bytes);
      const misplaced = paper.blocks.flatMap((block) => {
        const word = /[A-Za-z]{4,}/.exec(paper.text.slice(block.start, block.end))?.[0];
        // A word pdf.js gives in pieces (accents put together by the layout) cannot be judged.
        if (word === undefined || !pages.some((p) => p.some((i) => i.str.includes(word))))
          return [];
        const boxes = block.boxes ?? [];
        const found = boxes.some((box) =>
          pages[box.page - 1]?.some((i) => i.str.includes(word) && inside(i, box)),
        );
        return found && block.page === boxes[0]?.page ? [] : [`${block.id} ${word}`];
      });
      expect(misplaced).toEqual([]);
    },
    // pdf.js reads 46 pages here: on a busy machine that takes more than the default 5 s.
    60_000,
  );
});
