/**
 * A PDF's pages as the app hands them to the layout, read in Node: pdf.js's Node build with the
 * patched worker and its CMaps (`pdfjs-node.ts`), each page's items converted (`toTextItems`)
 * and its symbol fonts mapped from the fonts' facts. Shared by `pdf-outputs.ts` and
 * `scripts/survey-papers.ts`, which cache what it gives. Node only.
 */
import { readFileSync } from 'node:fs';
import { fontFactsOf, toTextItems, type PdfJs } from '../src/paper/pdf/extract-pdf-text';
import { mapSymbolFontsByPage } from '../src/paper/pdf/page-fonts';
import { loadNodePdfJs, nodePdfCMaps } from '../src/paper/pdf/pdfjs-node';
import type { TextItem } from '../src/paper/pdf/text-item';

/** Every page's items of the PDF at `file`, as the app's reader makes them. */
export async function readPdfItems(file: string): Promise<TextItem[][]> {
  const pdfjs = await loadNodePdfJs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    isEvalSupported: false,
    verbosity: 0,
    maxImageSize: 0,
    // As the app: CID fonts with no ToUnicode map (pLaTeX's Japanese, CNKI's Chinese) read as
    // text with pdf.js's CMaps.
    ...nodePdfCMaps(),
  }).promise;
  const mapped: TextItem[][] = [];
  const mapFonts = mapSymbolFontsByPage();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const viewport = page.getViewport({ scale: 1 });
      const items = toTextItems(pdfjs as unknown as PdfJs, content.items, viewport, content.styles);
      mapped.push(mapFonts(items, fontFactsOf(content.styles)));
    }
  } finally {
    await doc.destroy();
  }
  return mapped;
}
