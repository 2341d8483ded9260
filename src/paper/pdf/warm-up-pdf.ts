/**
 * A one-page PDF made here, read once while the reader chooses a file (`warmPdfReading`): the
 * first PDF of a session otherwise waits for pdf.js's worker to start and for pdf.js's reading,
 * the layout and the parse to be compiled the first time they run (about 0.3 s in Chromium, where
 * a second PDF takes 0.1 s). Pure: bytes only.
 *
 * It holds what most papers hold, so that the code and the regular expressions the first real
 * paper needs are compiled here: a title, authors with affiliation marks, an e-mail line, the
 * dates a journal prints, an abstract and keywords, numbered headings, paragraphs of several lines
 * with words broken across them (a word, a compound), numeric and author-year citations, a footnote, a caption, and a
 * reference list with the usual kinds of entry (journal, proceedings, book, preprint, web page).
 * V8 compiles a pattern when it first runs (and again natively on its second run), separately for
 * one-byte and two-byte text: a pattern the warm-up never reaches is compiled in the first paper's
 * parse. After the earlier warm-up (a title, one paragraph, two references) a cold Node process's
 * first parse of each of 14 papers (the six shared, eight unseen) still ran 361–803 patterns for
 * their first or second time; after this one 209–540 (load 9–10). In the app, the first open of a
 * session after the picker's warm-up, 5 of each (load 9): arxiv's parse 99 → 51 ms, the AHP
 * paper's 67 → 38 (a second open: 18 and 34).
 */
import { pdfFile } from './pdf-file';

/** A line: its font (1 regular, 2 bold), its size, its baseline's distance below the last one's, its text. */
type Line = readonly [font: 1 | 2, size: number, lead: number, text: string];

const LINES: readonly Line[] = [
  [2, 16, 0, 'Reading Margins Closely: Notes, Claims and Evidence'],
  [1, 10, 22, 'Jane Doe¹, Rui van der Berg² and Ann-Marie O’Neil¹'],
  [1, 8, 13, '¹ Department of English, University of Reading, Reading RG6 6AH, UK'],
  [1, 8, 10, '² Faculty of Humanities, Delft University of Technology, the Netherlands'],
  [1, 8, 10, 'Correspondence: jane.doe@reading.ac.uk'],
  [1, 8, 10, 'Received 12 March 2019; accepted 4 June 2019; published online 1 July 2019'],
  [2, 10, 22, 'Abstract'],
  [1, 9, 12, 'Readers annotate papers to argue with them. We studied how their notes cluster near'],
  [
    1,
    9,
    11,
    'claims, and found that readers mark definitions more frequently than results. Reading',
  ],
  [1, 9, 11, 'closely is effectively a conversation with the text: its informa-'],
  [1, 9, 11, 'tion is weighed, compared and questioned, as the margins of 120 papers show.'],
  [1, 9, 16, 'Keywords: annotation; close reading; marginalia; scholarly communication'],
  [2, 11, 22, '1. Introduction'],
  [
    1,
    10,
    14,
    'Readers annotate papers to argue with them [1, 2], as earlier studies found [3–5]. Notes',
  ],
  [
    1,
    10,
    12,
    'cluster near claims (Smith et al., 2019; Doe and Roe, 2020), and a reader who is care-',
  ],
  [1, 10, 12, 'fully weighing a claim writes more than one who is skimming it.³ The margins of a'],
  [1, 10, 12, 'paper are therefore a record of its reading, and the subject of this study.'],
  [2, 11, 20, '2. Methods'],
  [2, 10, 16, '2.1. Data and procedure'],
  [
    1,
    10,
    14,
    'We collected 1,204 annotations from 38 readers (Table 1) in a design that is widely-',
  ],
  [
    1,
    10,
    12,
    'used in studies of reading: each reader read four papers in print in a measurement-',
  ],
  [
    1,
    10,
    12,
    'based protocol, marking whatever they wished. The marks were transcribed by a reading-',
  ],
  [1, 10, 12, 'group of four and coded twice.'],
  [1, 9, 16, 'Table 1. Readers, papers and annotations by field.'],
  [1, 9, 14, 'Figure 1: Annotations per page, by reader (n = 38).'],
  [2, 11, 20, '3. Results and discussion'],
  [1, 10, 14, 'Definitions drew 41% of all notes (p < 0.01), results 23%. As Smith (2019) argued,'],
  [1, 10, 12, 'a note is a claim about a claim; see also “Notes and claims” [2, p. 4].'],
  [2, 11, 20, 'Acknowledgements'],
  [
    1,
    10,
    14,
    'We thank the readers who lent us their copies. This work was funded by grant 12-345.',
  ],
  [2, 11, 20, 'References'],
  [1, 9, 14, '[1] A. Smith, B. Jones, Marginalia in print, J. Reading 12 (3) (2019) 45–67.'],
  [1, 9, 11, '      doi:10.1000/jr.2019.12345'],
  [
    1,
    9,
    12,
    '[2] Doe, J., Roe, R. (2020). Notes and claims. In Proceedings of the 3rd International',
  ],
  [1, 9, 11, '      Conference on Reading (ICR ’20), pp. 1–9. ACM, New York, NY, USA.'],
  [
    1,
    9,
    12,
    '[3] van der Berg, R., & Smith, A. (2018). Close Reading. 2nd ed. Oxford University Press.',
  ],
  [1, 9, 12, '[4] Lee, K. et al.: Reading with a pen. arXiv preprint arXiv:1807.01234 (2018)'],
  [
    1,
    9,
    12,
    '[5] Reading Council. Margins and Notes. https://www.example.org/margins (accessed 2 May 2021).',
  ],
  [1, 8, 30, '³ Counted by hand, one note per mark; a mark spanning two lines counts once.'],
];

/**
 * WinAnsiEncoding's codes for the characters beyond Latin-1 the lines hold: dashes and curly
 * quotes, as nearly every paper prints them. Text holding any such character is stored by the
 * engine two bytes a character, and a regular expression is compiled once for each kind of text:
 * an all-ASCII warm-up would ready the parser's expressions for text no paper gives.
 */
const WIN_ANSI: Readonly<Record<string, string>> = {
  '–': '\\226',
  '—': '\\227',
  '‘': '\\221',
  '’': '\\222',
  '“': '\\223',
  '”': '\\224',
};

/** Escapes a string for a PDF literal string. */
const literal = (text: string) =>
  text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[–—‘’“”]/g, (c) => WIN_ANSI[c] ?? c);

/** The bytes of a one-page PDF (Helvetica and Helvetica-Bold, one text line per {@link LINES}). */
export function warmUpPdf(): Uint8Array {
  let y = 760;
  const content = LINES.map(([font, size, lead, text]) => {
    y -= lead;
    return `BT /F${font} ${size} Tf 72 ${y} Td (${literal(text)}) Tj ET`;
  }).join('\n');
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R >>',
    font('Helvetica'),
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    font('Helvetica-Bold'),
  ];
  return pdfFile(objects);
}
