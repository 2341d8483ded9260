/**
 * A one-page PDF made here, read once while the reader chooses a file (`warmPdfReading`): the
 * first PDF of a session otherwise waits for pdf.js's worker to start and for pdf.js's reading,
 * the layout and the parse to be compiled the first time they run (about 0.3 s in Chromium, where
 * a second PDF takes 0.1 s). It holds what most papers hold: a title, a heading, paragraphs with
 * numeric and author-year citations, and a reference list in both styles. Pure: bytes only.
 */
import { pdfFile } from './pdf-file';

const LINES: readonly [size: number, text: string][] = [
  [16, 'Reading Margins Closely'],
  [10, 'Jane Doe, University of Reading'],
  [12, '1. Introduction'],
  [10, 'Readers annotate papers to argue with them [1, 2], as earlier studies'],
  [10, 'found (Smith et al., 2019; Doe and Roe, 2020). Readers’ notes cluster near claims.'],
  [12, 'References'],
  [10, '[1] A. Smith, B. Jones. Marginalia in print. J. Reading 12(3):45–67, 2019.'],
  [10, '[2] Doe, J., Roe, R. (2020). Notes and claims. Proc. of the Reading Conf., pp. 1–9.'],
];

/**
 * WinAnsiEncoding's codes for the characters beyond Latin-1 the lines hold: an en dash and a
 * curly apostrophe, as nearly every paper prints them. Text holding any such character is stored
 * by the engine two bytes a character, and a regular expression is compiled once for each kind
 * of text: an all-ASCII warm-up would ready the parser's expressions for text no paper gives.
 */
const WIN_ANSI: Readonly<Record<string, string>> = { '–': '\\226', '’': '\\222' };

/** Escapes a string for a PDF literal string. */
const literal = (text: string) =>
  text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[–’]/g, (c) => WIN_ANSI[c] ?? c);

/** The bytes of a one-page PDF (Helvetica, one line per entry of {@link LINES}). */
export function warmUpPdf(): Uint8Array {
  let y = 760;
  const content = LINES.map(([size, text]) => {
    y -= size * 2;
    return `BT /F1 ${size} Tf 72 ${y} Td (${literal(text)}) Tj ET`;
  }).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  return pdfFile(objects);
}
