/**
 * `extract-pdf-text.ts` against pdf.js itself (its Node build), where it reaches past pdf.js's
 * types: an upgrade of pdfjs-dist that moves what it reaches fails here, not silently in the app.
 */
import { loadNodePdfJs } from './pdfjs-node';
import { extractWith, type PdfJs } from './extract-pdf-text';
import { warmUpPdf } from './warm-up-pdf';

const pdfjs = await loadNodePdfJs();

describe('extractWith on pdf.js', () => {
  it('asks pdf.js’s worker for each page’s text with a high-water mark above a page’s runs (pdf.js’s own is 100), through the document’s message handler', async () => {
    const strategies: [string, number | undefined][] = [];
    // pdf.js's own document, its message handler watched before extractWith wraps it.
    const watched: PdfJs = {
      ...pdfjs,
      getDocument(params) {
        const task = pdfjs.getDocument(params);
        const promise = task.promise.then((doc) => {
          const { messageHandler } = (
            doc as unknown as {
              _transport: { messageHandler: { sendWithStream: (...args: unknown[]) => unknown } };
            }
          )._transport;
          const send = messageHandler.sendWithStream;
          messageHandler.sendWithStream = function (...args: unknown[]) {
            const [action, , strategy] = args as [string, unknown, { highWaterMark?: number }?];
            strategies.push([action, strategy?.highWaterMark]);
            return send.apply(this, args);
          };
          return doc;
        });
        return { promise, destroy: () => task.destroy() };
      },
    };
    const { text } = await extractWith(watched, warmUpPdf());
    expect(text).toContain('Reading Margins Closely');
    expect(strategies).toEqual([['GetTextContent', 10_000]]);
  });
});
