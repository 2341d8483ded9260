import { parsePaper } from '../parse-paper';
import { column, line } from './__fixtures__/items';
import {
  guessReadingOrder,
  layoutPdfText,
  preparePage,
  readPdfLayout,
  readPreparedLayout,
} from './layout-pdf-text';
import type { TextItem } from './text-item';
import { pid } from '../__fixtures__/paper-ids';

/**
 * A two-page, two-column paper, as a typesetter lays it out: a running header and a page number
 * on every page, a title and an abstract across the top of page 1, a paragraph running from the
 * left column into the right one, a hyphenated word, and a reference list with no heading set in
 * both columns under the last section.
 */
function twoColumnPaper(): TextItem[][] {
  const L = { x: 54, right: 299 };
  const R = { x: 317, right: 562 };
  const furniture = (n: number) => [
    line('Journal of Close Reading, vol. 3', 54, 760, { size: 8 }),
    line(String(n), 303, 40, { size: 9 }),
  ];
  const page1 = [
    ...furniture(1),
    line('Reading Closely in Two Columns', 200, 720, { size: 14 }),
    ...column(
      [
        'We study how readers follow arguments across the columns of a printed page and',
        'what they cite.¶',
      ],
      { x: 108, top: 690, right: 508, size: 9 },
    ),
    line('I. INTRODUCTION', 130, 640),
    ...column(
      [
        '>Close reading has a long history in the study of',
        'texts [1, 2], and it has been tested on many cor-',
        'pora since then [3]. Readers mark what they find,',
        'and the margins of old books show it well. This',
      ],
      { ...L, top: 615 },
    ),
    ...column(
      [
        'habit carries over to the screen, where it is',
        'studied in turn [2].¶',
        '>A second paragraph opens here and it goes on to',
        'its end in the same column.¶',
      ],
      { ...R, top: 615 },
    ),
  ];
  const page2 = [
    ...furniture(2),
    line('II. CONCLUSIONS', 130, 720),
    ...column(['>We have shown that reading in columns works', 'well enough [1].¶'], {
      ...L,
      top: 695,
    }),
    ...column(['>More work remains to be done on the layout of', 'reference lists [3].¶'], {
      ...R,
      top: 695,
    }),
    ...column(
      [
        '[1] Adler M. How to Read a Book (Simon, 1940).',
        '[2] Smith J. Annotations. Journal of Reading',
        'Studies 4, 1–20 (2019).',
      ],
      {
        ...L,
        top: 560,
        size: 9,
        pitch: 10.5,
      },
    ),
    ...column(['[3] Lee K. Margins and their readers (Press,', '2021).'], {
      ...R,
      top: 560,
      size: 9,
      pitch: 10.5,
    }),
  ];
  return [page1, page2];
}

describe('layoutPdfText', () => {
  const text = layoutPdfText(twoColumnPaper());
  const paper = parsePaper(text, {
    format: 'pdf',
    fileName: 'two-columns.pdf',
    id: pid(`sha256:${'0'.repeat(64)}`),
  });

  it('drops the running header and the page numbers', () => {
    expect(text).not.toContain('Journal of Close Reading');
    expect(text).not.toMatch(/^\d+$/m);
  });

  it('reads the left column before the right one, and the paragraph across them as one', () => {
    expect(text).toContain(
      'margins of old books show it well. This\nhabit carries over to the screen',
    );
    const paragraphs = paper.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => paper.text.slice(b.start, b.end));
    expect(paragraphs).toContain(
      'Close reading has a long history in the study of texts [1, 2], and it has been tested on many corpora since then [3]. ' +
        'Readers mark what they find, and the margins of old books show it well. This habit carries over to the screen, where it is studied in turn [2].',
    );
  });

  it('gives the parser a paper it reads whole: title, abstract, sections, references and citations', () => {
    expect(paper.title).toBe('Reading Closely in Two Columns');
    const headings = paper.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => paper.text.slice(b.start, b.end));
    expect(headings).toEqual(['I. INTRODUCTION', 'II. CONCLUSIONS']);
    expect(paper.references.map((r) => paper.text.slice(r.start, r.end))).toEqual([
      '[1] Adler M. How to Read a Book (Simon, 1940).',
      '[2] Smith J. Annotations. Journal of Reading Studies 4, 1–20 (2019).',
      '[3] Lee K. Margins and their readers (Press, 2021).',
    ]);
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual([
      '[1, 2]',
      '[3]',
      '[2]',
      '[1]',
      '[3]',
    ]);
  });
});

describe('layoutPdfText: a line of code set at a near-zero size', () => {
  it('lays the page out (LaTeX figures keep their source as hidden text at a size of 1e-7 pt)', () => {
    const page = [
      ...column(['Close reading has a long history in the study of texts.¶'], {
        x: 54,
        top: 700,
        right: 299,
      }),
      { ...line('<latexit sha1_base64="ZVxX">', 70, 650, { size: 2e-7 }), monospace: true },
    ];
    expect(() => layoutPdfText([page])).not.toThrow();
  });
});

describe('readPreparedLayout', () => {
  it('lays pages prepared one by one out as the whole document, whatever was guessed of them', () => {
    const pages = twoColumnPaper();
    const whole = readPdfLayout(pages);
    // Page 2 guessed beside a blank page: its running header, printed on page 1 too, is
    // guessed to be text; the whole document tells it as furniture, so the guess is not used.
    const prepared = [preparePage([]), preparePage(pages[1]!)];
    guessReadingOrder(prepared, 1);
    const guessedText = prepared[1]!.guess!.regions.flatMap((r) => r.lines.map((l) => l.text));
    expect(guessedText).toContain('Journal of Close Reading, vol. 3');
    prepared[0] = preparePage(pages[0]!);
    guessReadingOrder(prepared, 0); // page 1 beside page 2: its header told as furniture
    const laidOut = readPreparedLayout(prepared);
    expect(laidOut).toEqual(whole);
    expect(laidOut.text).not.toContain('Journal of Close Reading');
  });

  it('uses a guess that the whole document bears out instead of reading the page again', () => {
    const pages = twoColumnPaper();
    const prepared = pages.map(preparePage);
    guessReadingOrder(prepared, 1);
    const guess = prepared[1]!.guess!;
    // Marked, to see which regions the layout wrote: the guess's (its lines' text changed).
    const marked = guess.regions.map((r) => ({
      ...r,
      lines: r.lines.map((l) => ({ ...l, text: l.text.replace('More work', 'Guessed work') })),
    }));
    prepared[1]!.guess = { ...guess, regions: marked };
    expect(readPreparedLayout(prepared).text).toContain('Guessed work remains');
  });
});

describe('the title the layout found', () => {
  /**
   * A first page whose title the layout finds by its type (the largest on the page) but whose
   * words read as two sentences (`Zur Lesart alter Randnotizen. Die Glossen …`, as German and
   * chemistry titles print them), under a journal's name in large type.
   */
  function paperTitled(title: readonly string[]): TextItem[][] {
    return [
      [
        line('Zeitschrift für Randnotizen', 54, 760, { size: 12 }),
        ...column(title, { x: 54, top: 720, size: 16, pitch: 19 }),
        line('Anna Berger, Karl Huber', 54, 660, { size: 10 }),
        line('Abstract', 54, 630, { size: 10 }),
        ...column(
          [
            'Marginal notes of old manuscripts are read again, and the glosses of one',
            'codex are compared with those of two others from the same century.¶',
          ],
          { x: 54, top: 615, size: 9, right: 540 },
        ),
        line('1 Einleitung', 54, 580, { size: 10 }),
        ...column(
          [
            '>Glosses have been studied for a long time, and their hands have been told',
            'apart in many codices since the first catalogues were printed.¶',
          ],
          { x: 54, top: 565, size: 9, right: 540 },
        ),
      ],
    ];
  }

  const parse = (pages: TextItem[][]) => {
    const { text, lines } = readPdfLayout(pages);
    return parsePaper(text, {
      format: 'pdf',
      fileName: 'x.pdf',
      id: pid(`sha256:${'0'.repeat(64)}`),
      lines,
    });
  };

  it('is the paper title though it holds a sentence, not the journal name above it', () => {
    const paper = parse(
      paperTitled([
        'Zur Lesart alter Randnotizen. Die Glossen der Handschrift',
        'von Sankt Gallen im Vergleich',
      ]),
    );
    expect(paper.title).toBe(
      'Zur Lesart alter Randnotizen. Die Glossen der Handschrift von Sankt Gallen im Vergleich',
    );
    expect(paper.blocks[0]?.kind).toBe('title');
    // The layout's mark is taken out with the title: no control character is left in the text.
    // eslint-disable-next-line no-control-regex -- control characters are what we look for
    expect(paper.text).not.toMatch(/[\u0000-\u0008\u000E-\u001F]/);
  });

  it('is not taken unread when it is a word or two (a scan whose title was not read: `the`)', () => {
    expect(parse(paperTitled(['the'])).title).not.toBe('the');
  });

  it('is the paper title though it ends with a full stop', () => {
    const paper = parse(
      paperTitled(['The effects of two drugs on the steps of enteropathy', 'in the rat.']),
    );
    expect(paper.title).toBe('The effects of two drugs on the steps of enteropathy in the rat.');
  });
});

describe('layoutPdfText: a monospace font as the paper’s body font', () => {
  const mono = (items: TextItem[], fontName: string) =>
    items.map((item) => ({ ...item, fontName, monospace: true }));
  const prose = [
    '>Close reading has a long history in the study of',
    'texts (1), and it has been tested on many cor-',
    'pora since then. Readers mark what they find, and',
    'the margins of old books show it well. This habit',
    'carries over to the screen, where it is studied.¶',
  ];
  it('reads a paper set wholly in one fixed-pitch font (a typescript, an OCR layer) as prose', () => {
    const page = mono(column(prose, { x: 54, top: 700, right: 299 }), 'f1');
    const text = layoutPdfText([page]);
    expect(text).toMatch(/^Close reading/m);
    expect(text).not.toMatch(/^ {4}/m);
  });
  it('still sets a listing in a fixed-pitch font apart from a serif body', () => {
    const body = column(prose, { x: 54, top: 700, right: 299 }).map((item) => ({
      ...item,
      fontName: 'serif',
    }));
    const listing = mono(column(['x = f(y);'], { x: 54, top: 620 }), 'f1');
    const text = layoutPdfText([[...body, ...listing]]);
    expect(text).toMatch(/^ {4}x = f\(y\);$/m);
  });
});
