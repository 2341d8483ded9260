/**
 * TeX's symbol fonts read through pdf.js's Node build, in a small maths paper written here byte
 * by byte: AMS `msam10` (no map to Unicode: pdf.js gives `&` for `≳`, `>` for `⩾`) and a `cmsy10`
 * re-encoded by name as dvips does (`/greatermuch` at code 0x1D, a name pdf.js does not know).
 * The fonts' names and glyph names come with each page's text (the patched worker,
 * `pdf-worker-patch.ts`): no page's operator list is built to learn them.
 */
import { loadNodePdfJs } from './pdfjs-node';
import { extractWith, type PdfJs } from './extract-pdf-text';
import { pdfFile } from './pdf-file';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

/** Running text, different on each page (a line on every page is a running head). */
const PROSE = [
  'Close reading is an old habit of scholars, and the margins of their books show it.',
  'A reader who argues with a paper writes down where it is weak and what it leans on.',
  'Those notes are worth keeping: they say what the reader thought of it, and why.',
];

/** A line of `[text, font]` runs from (72, y), each run set where the one before ends. */
const line = (y: number, runs: [string, string][]) =>
  `BT 72 ${y} Td ${runs.map(([str, font]) => `/${font} 10 Tf (${str}) Tj`).join(' ')} ET`;

/** Page `page`'s running text: the sentences of {@link PROSE} from the page's own on. */
const prose = (top: number, page: number) =>
  [0, 1, 2].map((i) => line(top - 14 * i, [[PROSE[(page + i) % 3]!, 'F1']])).join('\n');

/** A symbol font set in the PDF by name only (not embedded), every code 0.778 em wide. */
const symbolFont = (name: string, encoding = '') =>
  `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /FirstChar 0 /LastChar 127 ` +
  `/Widths [${Array.from({ length: 128 }, () => 778).join(' ')}]${encoding} >>`;

/** A PDF of `pages` (content streams) with Helvetica (F1), `msam10` (F2) and `cmsy10` (F3). */
function makePdf(pages: string[]): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    symbolFont('ERMAET+MSAM10'),
    symbolFont('GHIJKL+CMSY10', ' /Encoding << /Type /Encoding /Differences [29 /greatermuch] >>'),
    ...pages.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${7 + 2 * i} 0 R ` +
        '/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
  ];
  return pdfFile(objects);
}

const PAPER = makePdf([
  `${prose(720, 0)}\n${line(670, [
    ['so that t ', 'F1'],
    ['&', 'F2'],
    [' 0.07 holds.', 'F1'],
  ])}`,
  prose(720, 1),
  `${prose(720, 2)}\n${line(670, [
    ['Then E ', 'F1'],
    ['\\035', 'F3'],
    [' 1 and x ', 'F1'],
    ['>', 'F2'],
    [' 2.', 'F1'],
  ])}`,
]);

/** pdf.js, counting the pages whose operator list is built (a second pass over the page). */
function countingPdfJs(lookedUp: number[]): PdfJs {
  const lib = pdfjs as unknown as PdfJs;
  return {
    Util: lib.Util,
    getDocument(params) {
      const task = lib.getDocument(params);
      const promise = task.promise.then((doc) => ({
        numPages: doc.numPages,
        getPage: async (n: number) => {
          const page = await doc.getPage(n);
          // A proxy, not a copy: pdf.js's page methods read its private fields.
          return new Proxy(page, {
            get(target, key) {
              const value: unknown = Reflect.get(target, key, target);
              if (typeof value !== 'function') return value;
              const bound = value.bind(target) as (...args: unknown[]) => unknown;
              if (key !== 'getOperatorList') return bound;
              return (...args: unknown[]) => (lookedUp.push(n), bound(...args));
            },
          });
        },
      }));
      return { promise, destroy: () => task.destroy() };
    },
  };
}

describe('symbol fonts in a PDF', () => {
  it('reads msam’s and a re-encoded cmsy’s relations as drawn, with no second pass over a page', async () => {
    const lookedUp: number[] = [];
    const { text } = await extractWith(countingPdfJs(lookedUp), PAPER);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/t ?≳ ?0\.07 holds/);
    expect(flat).toMatch(/E ?≫ ?1 and x ?⩾ ?2/);
    expect(flat).not.toMatch(/[&>]/);
    expect(flat).not.toContain('\u001d');
    expect(lookedUp).toEqual([]);
  });
});
