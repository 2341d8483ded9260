/**
 * Writes the small PDFs the layout is tested on (`pdfs/*.pdf`, committed): superscript
 * citations, `(n)` citations, a footnote at a column break that splits a sentence, a byline and
 * display equations, a page whose
 * font does not map to letters, a document with no readable page, and (for `bench/pdf.bench.ts`,
 * not committed) a long two-column paper. Plain PDF 1.4 written by hand with the standard
 * Helvetica font and, for the unreadable pages, a Type 3 font whose glyph names mean nothing: no
 * dependency, and every byte is known.
 *
 * Run: `node src/paper/pdf/__fixtures__/make-pdfs.mjs` (`--large <file> [pages]` writes only the
 * benchmark's paper).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
/**
 * One run of text at (x, y) in points, Helvetica (F1), Helvetica-Bold (F2), the blot font (F3),
 * Courier (F4) or Helvetica-Oblique (F5).
 */
export const run = (x, y, size, str, font = 'F1') =>
  `BT /${font} ${size} Tf ${x} ${y} Td (${escape(str)}) Tj ET`;

/**
 * Runs `[text, font]` set one after the other from (x, y), as a typesetter sets a line that
 * changes font: one text object, each run placed where the one before ends.
 */
export const runs = (x, y, size, parts) =>
  `BT ${x} ${y} Td ${parts.map(([str, font]) => `/${font} ${size} Tf (${escape(str)}) Tj`).join(' ')} ET`;

/**
 * One run of CJK text at (x, y) in the CJK font (F6): its codes are UCS-2, big-endian (the font's
 * UniGB-UCS2-H CMap), written as a hex string.
 */
export const cjkRun = (x, y, size, str) =>
  `BT /F6 ${size} Tf ${x} ${y} Td <${[...str].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET`;

/** Lines of running text from the top of a column down, 12 pt apart. */
const column = (x, top, lines, size = 10, lead = 12) =>
  lines.map((line, i) => run(x, top - i * lead, size, line)).join('\n');

/** A PDF file from page content streams (US Letter). */
export function makePdf(pages) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesObj = add('');
  const glyph = add(stream('600 0 0 0 500 700 d1 50 0 400 650 re f'));
  const names = Array.from({ length: 26 }, (_, i) => `blot${String.fromCharCode(65 + i)}`);
  const f3 = add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] ` +
      `/CharProcs << ${names.map((n) => `/${n} ${glyph} 0 R`).join(' ')} >> ` +
      `/Encoding << /Type /Encoding /Differences [1 ${names.map((n) => `/${n}`).join(' ')}] >> ` +
      `/FirstChar 1 /LastChar 26 /Widths [${names.map(() => 600).join(' ')}] /Resources << >> >>`,
  );
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const f4 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  // Only in the PDFs that use it, so adding it left the others' bytes as they were.
  const oblique = pages.some((content) => content.includes('/F5 '));
  const f5 = oblique
    ? add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>')
    : null;
  // A CJK font as Chinese and Japanese publishers set it: a Type 0 font with a predefined CMap
  // (UniGB-UCS2-H, Adobe-GB1), no ToUnicode and no font program. Its codes read as text only with
  // pdf.js's CMaps. Only in the PDFs that use it (F6).
  const cjk = pages.some((content) => content.includes('/F6 '));
  const f6 = cjk
    ? (() => {
        const descriptor = add(
          '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
            '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
        );
        const cid = add(
          '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
            `/FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
        );
        return add(
          '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H ' +
            `/Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`,
        );
      })()
    : null;
  const kids = pages.map((content) => {
    const c = add(stream(content));
    return add(
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Contents ${c} 0 R ` +
        `/Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R${f5 === null ? '' : ` /F5 ${f5} 0 R`}${f6 === null ? '' : ` /F6 ${f6} 0 R`} >> >> >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function stream(content) {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

const PROSE = [
  'Close reading is an old habit of scholars, and the margins of their',
  'books show it. A reader who argues with a paper writes down where it',
  'is weak and which sources it leans on, and those notes are worth',
  'keeping: they say what the reader thought and why they thought it.',
];

const CJK_PROSE = [
  '细读是学者的古老习惯，他们书页的边缘可以为证。',
  '与论文争辩的读者会写下它的弱点和它所依据的文献，',
  '这些笔记值得保存：它们记录了读者的想法和理由。',
  '批注让阅读留下痕迹，也让后来的读者看见前人的思考。',
];

/** Blot text: codes 1..26 of the Type 3 font, which names its glyphs but maps them to nothing. */
const blots = (n) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(1 + ((i * 7) % 26))).join('');
const blotPage = Array.from({ length: 30 }, (_, i) => run(72, 720 - 18 * i, 11, blots(60), 'F3')).join('\n');

const title = (t) => run(72, 730, 16, t, 'F2');
const heading = (y, t) => run(72, y, 12, t, 'F2');

export const FIXTURES = {
  // Superscript citation numerals (smaller, raised runs) and a numbered bibliography.
  'superscript-citations': [
    [
      title('Superscript citations in a short paper'),
      heading(690, '1. Introduction'),
      run(72, 670, 10, 'Margins have been studied for a long time'),
      run(272, 674, 6, '1'),
      run(276, 670, 10, ' and the habit is older than print'),
      run(72, 658, 10, 'itself, as several surveys have shown'),
      run(245, 662, 6, '2,3'),
      run(256, 658, 10, '. The same holds for commentary'),
      run(72, 646, 10, 'written beside the text in later centuries'),
      run(262, 650, 6, '3'),
      run(266, 646, 10, '.'),
      column(72, 634, PROSE),
      heading(570, 'References'),
      run(72, 550, 9, '1. Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press; 2001.'),
      run(72, 538, 9, '2. Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.'),
      run(72, 526, 9, '3. Grafton A. The Footnote: A Curious History. Harvard University Press; 1997.'),
    ].join('\n'),
  ],
  // Numbers in parentheses as citations, beside an equation number that is not one.
  'paren-citations': [
    [
      title('Parenthesised citations'),
      heading(690, '1. Introduction'),
      run(72, 670, 10, 'Readers annotate to argue with a text (1), and they link claims to'),
      run(72, 658, 10, 'sources (2, 3). The score is x = a + b (4) in our notation, while the'),
      run(72, 646, 10, 'older studies (1) found the same. Nothing else is cited here.'),
      column(72, 634, PROSE),
      heading(570, 'References'),
      run(72, 550, 9, '(1) Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.'),
      run(72, 538, 9, '(2) Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.'),
      run(72, 526, 9, '(3) Grafton A. The Footnote: A Curious History. Harvard University Press, 1997.'),
    ].join('\n'),
  ],
  // Two columns; a footnote at the foot of the left column, the sentence carries on at the top of the right.
  'footnote-column-break': [
    [
      title('A footnote at a column break'),
      column(72, 700, [
        'The first column holds running text that',
        'goes on for several lines so that the page',
        'looks like a real two-column paper, and its',
        'last sentence does not end at the foot of',
        'the column but carries on into the next',
      ]),
      run(72, 110, 6, '*'),
      run(76, 106, 8, 'Supported by a grant for reading in margins.'),
      run(72, 96, 8, 'Copyright 2024 by the authors. All rights reserved.'),
      column(320, 700, [
        'one, where the reader picks it up again.',
        'A new paragraph starts here and ends on',
        'this line without any break at all.',
      ]),
    ].join('\n'),
  ],
  // Each kind of block set apart from the running text: a caption, a code listing in Courier,
  // chart labels scattered over a figure, a bold run-in heading, and a footnote at the page foot.
  'block-kinds': [
    [
      title('Blocks set apart from the text'),
      heading(690, '1. Method'),
      column(72, 670, [
        'We read the listing below with the help of a small program, and the',
        'reader may run it [1] on any paper of their own to see the result.',
      ]),
      run(90, 630, 9, 'R> fit <- fitModel(list(data), opt = kinopt(iter = 5))', 'F4'),
      run(90, 619, 9, 'R> summary(fit) # prints [1] and [2]', 'F4'),
      run(100, 608, 9, 'plot(fit)', 'F4'),
      column(72, 585, [
        'The program prints a summary that we discuss in the next section, and',
        'the figure below shows how the fit behaves as the data grow.',
      ]),
      run(100, 552, 8, '8'),
      run(160, 544, 8, 'DEMT'),
      run(100, 536, 8, '6'),
      run(160, 528, 8, 'Gang'),
      run(100, 520, 8, '4'),
      run(160, 512, 8, 'Sequential'),
      run(110, 498, 8, '0 50 100 150'),
      run(140, 486, 8, 'Number of tasks'),
      run(72, 462, 9, 'Figure 1: How the fit behaves as the data grow [2].'),
      run(72, 440, 10, 'Materials.', 'F2'),
      run(126, 440, 10, 'We used twelve papers from four journals, read twice by two'),
      run(72, 428, 10, 'readers who wrote their notes in the margins as they went along.'),
      heading(400, 'References'),
      run(72, 382, 9, '[1] Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.'),
      run(72, 370, 9, '[2] Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.'),
      run(72, 84, 6, '1'),
      run(76, 80, 8, 'Supported by a grant for reading in margins.'),
    ].join('\n'),
  ],
  // Run-in headings set in bold or italic at paragraphs' starts, which no text pattern finds
  // (lower-case words, a colon, the period in the body font), beside type that heads nothing:
  // an italic phrase that ends no head, a bold sentence too long for one, italics opening a
  // paragraph's second line.
  'run-in-heads': [
    [
      title('Run-in headings set in their own type'),
      heading(690, '1. Method'),
      runs(72, 670, 10, [
        ['Data collection and analysis.', 'F2'],
        [' We gathered the notes of twelve readers over', 'F1'],
      ]),
      run(72, 658, 10, 'two terms and read every one of them twice, once for each claim.'),
      runs(72, 634, 10, [
        ['Participants:', 'F5'],
        [' Forty readers took part, each of them a student of', 'F1'],
      ]),
      run(72, 622, 10, 'history who reads and annotates papers as part of the course.'),
      runs(72, 598, 10, [
        ['Materials', 'F2'],
        ['. We used twelve papers from four journals, each read by', 'F1'],
      ]),
      runs(72, 586, 10, [
        ['et al.', 'F5'],
        [' in the margins, as the authors of the study had asked.', 'F1'],
      ]),
      runs(72, 562, 10, [
        ['In vivo', 'F5'],
        [' experiments on reading show that notes help readers.', 'F1'],
      ]),
      run(72, 550, 10, 'They remember more of what they read and argue with it.'),
      runs(72, 526, 10, [
        ['This whole sentence is set in bold type for emphasis.', 'F2'],
        [' Then the text', 'F1'],
      ]),
      run(72, 514, 10, 'goes on in the body font until the end of its paragraph.'),
    ].join('\n'),
  ],
  // Two figures side by side on a one-column page, their two-line captions printed side by side
  // under them, the running text going on under both.
  'side-by-side-captions': [
    [
      title('Captions printed side by side'),
      heading(690, '1. Results'),
      column(72, 670, [
        'The two charts below compare the algorithms on highly parallel tasks and on the',
        'mixed model, over a growing number of tasks, and the two of them agree well.',
      ]),
      runs(72, 520, 9, [
        ['Figure 4:', 'F2'],
        ['  Performance ratio for the', 'F1'],
      ]),
      run(72, 509, 9, 'simulation, highly parallel tasks'),
      runs(320, 520, 9, [
        ['Figure 5:', 'F2'],
        ['  Performance ratio for the', 'F1'],
      ]),
      run(320, 509, 9, 'simulation, mixed model tasks'),
      column(72, 480, [
        'Both charts show that the ratio stays under two for every algorithm we tried,',
        'whatever the number of tasks in the instance.',
      ]),
    ].join('\n'),
  ],
  // The byline under a centred title (names with a footnote mark, an affiliation, an e-mail, set
  // smaller and centred), then display equations set apart and centred with their numbers at the
  // right margin, one over three lines (a fraction), in a paper that cites `(n)`.
  'byline-equations': [
    [
      run(150, 730, 16, 'Reading Margins with Equations', 'F2'),
      run(232, 706, 10, 'Jane Doe* and John Smith'),
      run(196, 694, 10, 'Department of History, University of Oxford'),
      run(250, 682, 10, 'jane@example.org'),
      heading(655, 'Abstract'),
      column(72, 637, [
        'We score the margins of old books (1) and show how readers argue with',
        'the text they annotate, in notes that are worth keeping for later.',
      ]),
      heading(600, '1. Introduction'),
      column(72, 582, [
        'Readers annotate to argue with a text, and they link claims to the',
        'sources that support them. The score of a margin is defined as',
      ]),
      run(250, 550, 10, 'S = a \u00d7 n + b\u00b2'),
      run(520, 550, 10, '(2)'),
      column(72, 526, [
        'where n counts the notes in the margin and b is a constant, as in the',
        'older studies (1). Its mean over a book is given by',
      ]),
      run(268, 494, 10, 'n'),
      run(240, 482, 10, 'M = \u00b7 S + 1'),
      run(268, 470, 10, 'N'),
      run(520, 482, 10, '(3)'),
      column(72, 446, [
        'and it grows with the number of readers (2). Nothing else is cited here.',
      ]),
      heading(410, 'References'),
      run(72, 390, 9, '(1) Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.'),
      run(72, 378, 9, '(2) Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.'),
    ].join('\n'),
  ],
  // A readable first page, then a page set in a font that does not map to letters.
  'unmapped-font-page': [[title('A paper with one unreadable page'), column(72, 700, PROSE)].join('\n'), blotPage],
  // Chinese prose in a CID font with a predefined CMap and no ToUnicode (as CNKI's papers are):
  // readable only when pdf.js is given its CMaps.
  'cjk-predefined-cmap': [
    [
      title('Close reading in Chinese'),
      ...CJK_PROSE.map((line, i) => cjkRun(72, 690 - 20 * i, 12, line)),
    ].join('\n'),
  ],
  // Every page in a font that does not map to letters: nothing to open.
  'unmapped-font-only': [blotPage, blotPage],
};

/**
 * A long two-column paper for the benchmark: `pages` pages of 2 × 50 lines, in paragraphs of eight
 * lines that open indented and with a capital and whose last line is short and ends a sentence,
 * with a `[3]` citation in each. A line of five words (at most ~200 pt of 10 pt Helvetica) stays
 * inside its 250 pt column, leaving a gutter (eight words ran into the next column).
 */
export function largePaper(pages) {
  const words =
    'reading margins claims sources argue notes paper habit scholars books evidence'.split(' ');
  const line = (p, i) => {
    const n = i % 8 === 7 ? 2 : 5;
    const text = Array.from({ length: n }, (_, k) => words[(p * 7 + i * 3 + k * 5) % words.length]);
    // A paragraph opens with a capital, as prose does (a lowercase start reads as running on).
    if (i % 8 === 0) text[0] = text[0].charAt(0).toUpperCase() + text[0].slice(1);
    return text.join(' ') + (i % 8 === 7 ? ' [3].' : '');
  };
  // Each paragraph's first line is indented 1.2 em, as TeX sets prose.
  const columnOf = (p, c) =>
    Array.from({ length: 50 }, (_, i) => {
      const n = i + c * 50;
      return run(72 + c * 250 + (n % 8 === 0 ? 12 : 0), 740 - i * 12, 10, line(p, n));
    }).join('\n');
  return Array.from({ length: pages }, (_, p) =>
    [columnOf(p, 0), columnOf(p, 1), run(300, 30, 8, String(p + 1))].join('\n'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const large = process.argv.indexOf('--large');
  if (large >= 0) {
    // `--large <file> [pages]`: only the benchmark's paper, written where asked (not committed).
    const pages = Number(process.argv[large + 2] ?? 300);
    writeFileSync(process.argv[large + 1], makePdf(largePaper(pages)));
  } else {
    const dir = path.join(here, 'pdfs');
    mkdirSync(dir, { recursive: true });
    for (const [name, pages] of Object.entries(FIXTURES))
      writeFileSync(path.join(dir, `${name}.pdf`), makePdf(pages));
  }
}
