/**
 * Elsevier's Advent math fonts read through pdf.js's Node build, in a two-page paper written here
 * byte by byte as Advent writes them: `AdvMathSymb` naming its `(` and `)` `eth` and `Thorn` in
 * its `/Differences`, with a ToUnicode map made from those names (pdf.js gives `ð` and `Þ`), and
 * the hash-named `AdvPS44A44B`, drawing `+` and `−` at `C` and `K` under WinAnsi. The equation on
 * page 1 reads `Q Z f ðPÞ C gðTÞ` without the mapping. `AdvPS44A44B`'s lone `C` and `K` look like
 * letters, yet they are mapped by the font's name, on both pages; the body text keeps its letters.
 */
import { loadNodePdfJs } from './pdfjs-node';
import { extractWith, type PdfJs } from './extract-pdf-text';
import { pdfFile } from './pdf-file';

// pdf.js's Node build with the worker script the app serves (font facts with the text).
const pdfjs = await loadNodePdfJs();

/** A line of `[text, font]` runs from (72, y), each run set where the one before ends. */
const line = (y: number, runs: [string, string][]) =>
  `BT 72 ${y} Td ${runs.map(([str, font]) => `/${font} 10 Tf (${str}) Tj`).join(' ')} ET`;

const PROSE = [
  'Catchments under pine lose more of their low flows than those under grass.',
  'Clearing a Catchment Keeps its flow; we Compare the two over K years.',
];

/** A font set by name only (not embedded), every code 0.5 em wide. */
const font = (name: string, extra: string) =>
  `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /FirstChar 0 /LastChar 255 ` +
  `/Widths [${Array.from({ length: 256 }, () => 500).join(' ')}] ${extra} >>`;

const TO_UNICODE =
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n' +
  '1 begincodespacerange <00> <FF> endcodespacerange\n' +
  '2 beginbfchar <01> <00F0> <02> <00DE> endbfchar\nendcmap end end';

/** A PDF of `pages` with Helvetica (F1), `AdvMathSymb` (F2) and `AdvPS44A44B` (F3). */
function makePdf(pages: string[]): Uint8Array {
  const first = 6; // the first page's object number
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${first + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    font(
      'EOFDHK+AdvMathSymb',
      '/Encoding << /Type /Encoding /Differences [1 /eth /Thorn] >> /ToUnicode 5 0 R',
    ),
    `<< /Length ${TO_UNICODE.length} >>\nstream\n${TO_UNICODE}\nendstream`,
    ...pages.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${first + 1 + 2 * i} 0 R ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 ${first + 2 * pages.length} 0 R >> >> >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
    font('EOFBCA+AdvPS44A44B', '/Encoding /WinAnsiEncoding'),
  ];
  return pdfFile(objects);
}

const PAPER = makePdf([
  [
    line(720, [[PROSE[0]!, 'F1']]),
    line(700, [
      ['Q = f', 'F1'],
      ['\\001', 'F2'],
      ['P', 'F1'],
      ['\\002', 'F2'],
      [' ', 'F1'],
      ['C', 'F3'],
      [' g', 'F1'],
      ['\\001', 'F2'],
      ['T', 'F1'],
      ['\\002', 'F2'],
      [' (1)', 'F1'],
    ]),
  ].join('\n'),
  [
    line(720, [[PROSE[1]!, 'F1']]),
    line(700, [
      ['E ranges from ', 'F1'],
      ['K', 'F3'],
      ['1 to 1.', 'F1'],
    ]),
  ].join('\n'),
]);

describe('Advent math fonts in a PDF', () => {
  it('reads the equation’s parentheses, plus and minus as drawn, and the prose as written', async () => {
    const { text } = await extractWith(pdfjs as unknown as PdfJs, PAPER);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Q = f ?\(P\) ?\+ ?g ?\(T\) ?\(1\)/);
    expect(flat).toMatch(/ranges from −1 to 1\./);
    expect(flat).not.toMatch(/[ðÞ]/);
    expect(flat).toContain(PROSE[0]);
    expect(flat).toContain(PROSE[1]);
  });
});
