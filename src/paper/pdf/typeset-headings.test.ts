import { parsePaper } from '../parse-paper';
import { pid } from '../__fixtures__/paper-ids';
import { column, line } from './__fixtures__/items';
import { nextColumnTop } from './assemble-text';
import { readPdfLayout } from './layout-pdf-text';
import type { TextItem } from './text-item';
import {
  dropGlossaryTerms,
  headingLevels,
  type TypesetHeading,
  typesetHeadingOf,
} from './typeset-headings';

const BODY = 'g_d0_f1';
const BOLD = 'g_d0_f2';
const ITALIC = 'g_d0_f3';
const X = 72;
const RIGHT = 540;

/** Items set in a font. */
const inFont = (font: string, items: readonly TextItem[]): TextItem[] =>
  items.map((item) => ({ ...item, fontName: font }));

/** A paragraph of running text in the body's font, justified, from `top` down (12 pt apart). */
function paragraph(top: number, lines: readonly string[]): TextItem[] {
  return inFont(BODY, column(lines, { x: X, top, right: RIGHT }));
}

/** A heading's line set in `font` at `size`. */
const head = (str: string, y: number, font = BOLD, size = 12): TextItem => ({
  ...line(str, X, y, { size }),
  fontName: font,
});

const PROSE = [
  'Readers of papers mark what they find and come back to it later, in the margins of the page',
  'and in notes of their own; the tools they use for it are many and most of them keep the marks',
  'apart from the text they were made on, which is lost when the file is moved or opened again.¶',
];

/** Parses the pages as the app does a PDF: layout, then the text parser. */
function headingsOf(pages: TextItem[][]): string[] {
  const layout = readPdfLayout(pages);
  const paper = parsePaper(layout.text, { format: 'pdf', fileName: 'p.pdf', id: pid('a') });
  return paper.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => `H${b.kind === 'heading' ? b.level : 0} ${paper.text.slice(b.start, b.end)}`);
}

describe('headings told by their type', () => {
  it('finds headings in Chinese, which has no capitals and sets no spaces between words', () => {
    const prose = [
      '智能制造装备是具有感知、决策、控制、执行功能的各类制造装备的统称，是信息化与工业化深度融合的重要体现',
      '也是高端装备制造业的重点发展方向，智能制造装备主要包括高端数控机床、工业机器人、精密制造装备等',
      '大力发展智能制造装备产业对于加快制造业转型升级具有重要意义。',
    ];
    const page = [
      { ...line('智能制造装备视觉检测控制方法综述', X, 740, { size: 17 }), fontName: BOLD },
      head('研究背景', 690),
      ...paragraph(670, prose),
      head('图像预处理方法(Image preprocessing)', 620),
      ...paragraph(600, prose),
      head('中图分类号: TP273 文献标识码: A', 550),
      ...paragraph(530, prose),
    ];
    expect(headingsOf([page])).toEqual(['H1 研究背景', 'H1 图像预处理方法(Image preprocessing)']);
  });

  it('reads no running head as a heading: a Japanese thesis’s page number and chapter title (`2   第 1 章 はじめに`)', () => {
    // The top of page 8 of a Japanese bachelor thesis (jsbook, dvipdfmx): the even page's running
    // head, the page's number then its chapter's title in the body's type, over running text.
    const runs: [string, number, number, number, number, string][] = [
      ['2', 85.8, 742.31, 5.4, 9.82, 'f6'],
      [' 第', 111.38, 742.31, 9.08, 9.08, 'f1'],
      [' 1', 123.19, 742.31, 5.04, 9.82, 'f9'],
      [' 章', 130.96, 742.31, 9.08, 9.08, 'f1'],
      [' はじめに', 149.11, 742.31, 36.32, 9.08, 'f1'],
      [
        'ンチマークに自作のヒントを追加し、検証に成功した。次に、自作の関係的検証問題を',
        85.8,
        712.78,
        392.67,
        10.09,
        'f5',
      ],
      [' 3', 481.16, 712.78, 5.45, 10.91, 'f3'],
      [' つ作', 489.3, 712.78, 20.17, 10.09, 'f5'],
      ['成し、それを', 85.8, 695.33, 59.63, 10.09, 'f5'],
      [' PCSAT', 148.04, 695.33, 36.5, 10.91, 'f3'],
      [
        ' で解くことができるかを調査した。ここでも解くことができなかった問',
        187.18,
        695.33,
        322.3,
        10.09,
        'f5',
      ],
      [
        '題があったので、その問題についてはヒントを追加し、検証に成功した。ここまでの検証問題',
        85.8,
        677.87,
        423.67,
        10.09,
        'f5',
      ],
      [
        'はベンチマークにあるような単純な計算のみからなるものであったが、',
        85.8,
        660.42,
        323.71,
        10.09,
        'f5',
      ],
      ['PCSAT', 409.51, 660.42, 36.5, 10.91, 'f3'],
      [' の応用性を確', 448.8, 660.42, 60.67, 10.09, 'f5'],
      [
        'かめるために配列から読み取った値を用いるプログラムの関係的検証を試みた。これについて',
        85.8,
        642.96,
        423.67,
        10.09,
        'f5',
      ],
      ['は、配列を関数とみなした上で関数を', 85.8, 625.51, 173.17, 10.09, 'f5'],
      [' interpreted', 261.88, 625.51, 52.42, 10.91, 'f3'],
      [' な述語変数に変換することで、', 317.28, 625.51, 142.68, 10.09, 'f5'],
      ['PCSAT', 459.96, 625.51, 36.5, 10.91, 'f3'],
      [' に', 499.39, 625.51, 10.09, 10.09, 'f5'],
      [
        '解ける問題に帰着させ、ヒントを追加することで検証に成功した。',
        85.8,
        608.05,
        302.62,
        10.09,
        'f5',
      ],
      ['本論文の構成は以下の通りである。まず、', 95.89, 590.6, 192.5, 10.09, 'f5'],
      ['2', 288.39, 590.6, 5.45, 10.91, 'f3'],
      [' 章で関係的検証の説明と既存手法について述べ', 296.65, 590.6, 212.82, 10.09, 'f5'],
      ['る。次に、', 85.8, 573.14, 50.45, 10.09, 'f5'],
      ['3', 136.26, 573.14, 5.45, 10.91, 'f3'],
      [' 章で本研究で行った実験の概要について述べる。続いて', 144.45, 573.14, 252.33, 10.09, 'f5'],
      [' 4', 399.52, 573.14, 5.45, 10.91, 'f3'],
      [' 章において', 407.71, 573.14, 50.46, 10.09, 'f5'],
      [' 3', 460.91, 573.14, 5.45, 10.91, 'f3'],
      [' 章で行っ', 469.1, 573.14, 40.36, 10.09, 'f5'],
      ['た実験の結果を考察し、', 85.8, 555.69, 110.96, 10.09, 'f5'],
      ['5', 196.76, 555.69, 5.45, 10.91, 'f3'],
      [' 章で本研究のまとめと今後の課題について述べる。', 204.94, 555.69, 232.01, 10.09, 'f5'],
    ];
    const page = runs.map(([str, x, y, width, height, font]) => ({
      str,
      x,
      y,
      width,
      height,
      fontName: font,
    }));
    expect(headingsOf([page]).filter((h) => h.includes('章'))).toEqual([]);
  });

  it('finds sentence-case headings set larger and bold on lines of their own (JOSS, JOSE)', () => {
    const page = [
      { ...line('Close Reading Tools for Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Summary', 690),
      ...paragraph(670, PROSE),
      head('Statement of need', 620),
      ...paragraph(600, PROSE),
      head('Use in teaching', 550),
      ...paragraph(530, PROSE),
    ];
    expect(headingsOf([page])).toEqual([
      'H1 Summary',
      'H1 Statement of need',
      'H1 Use in teaching',
    ]);
  });

  it('ranks bold sub-headings at the body size under larger sections, italic ones under those', () => {
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Materials and methods', 690),
      ...paragraph(670, PROSE),
      head('Study area', 620, BOLD, 10),
      ...paragraph(600, PROSE),
      head('Sampling of the readers', 550, ITALIC, 10),
      ...paragraph(530, PROSE),
      head('Results', 480),
      ...paragraph(460, PROSE),
    ];
    expect(headingsOf([page])).toEqual([
      'H1 Materials and methods',
      'H2 Study area',
      'H3 Sampling of the readers',
      'H1 Results',
    ]);
  });

  it('finds a heading set right over a sub-heading, the text under that one', () => {
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Reading setup', 690),
      ...paragraph(670, PROSE),
      head('Trials', 620),
      head('Readers and papers', 600, BOLD, 10),
      ...paragraph(580, PROSE),
    ];
    expect(headingsOf([page])).toEqual(['H1 Reading setup', 'H1 Trials', 'H2 Readers and papers']);
  });

  it('leaves lines set apart that are not headings: labels, captions, names, sentences', () => {
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      // An author's name over an affiliation: no running text under it.
      head('Ada Reader', 715),
      { ...line('University of Margins', X, 703), fontName: BODY },
      head('Introduction', 670),
      ...paragraph(650, PROSE),
      // A chart's labels, set apart on one line.
      { ...head('Left camera', 600, BOLD, 10) },
      { ...line('Right camera', 300, 600), fontName: BOLD },
      ...paragraph(580, PROSE),
      // A caption's label on a line of its own.
      head('Figure 2', 530, BOLD, 10),
      ...paragraph(510, PROSE),
      // A sentence set in bold for emphasis.
      head('We read every paper twice.', 460, BOLD, 10),
      ...paragraph(440, PROSE),
      // A bold line inside a paragraph, with no space above it.
      ...paragraph(390, PROSE.slice(0, 2)),
      head('Strong emphasis here', 366, BOLD, 10),
      ...paragraph(354, PROSE),
    ];
    expect(headingsOf([page])).toEqual(['H1 Introduction']);
  });
});

describe('headings wrapped over two lines', () => {
  it('reads a heading’s two lines as one, the second shorter and in the same type', () => {
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Methods', 690),
      ...paragraph(670, PROSE),
      head('Separation and detection of the marks with the portable', 620, BOLD, 10),
      head('reading device', 608, BOLD, 10),
      ...paragraph(590, PROSE),
    ];
    expect(headingsOf([page])).toEqual([
      'H1 Methods',
      'H2 Separation and detection of the marks with the portable reading device',
    ]);
  });

  it('reads a chapter’s title wrapped over two lines right over its first section’s heading (a thesis)', () => {
    // A thesis's chapter opens a page: `Chapter 1` (a running line every chapter repeats), its
    // title in large type over two lines, then `1.1. Introduction` and the text.
    const title = (str: string, y: number): TextItem => ({
      ...line(str, X, y, { size: 24.8 }),
      fontName: BOLD,
    });
    const prose = (top: number) =>
      paragraph(
        top,
        PROSE.map((l, i) => (i === 2 ? l : l + ' and more')),
      );
    const page = (n: number, words: [string, string]) => [
      title(`Chapter ${n}`, 740),
      title(words[0], 690),
      title(words[1], 660),
      head(`${n}.1. Introduction`, 600, BOLD, 17.2),
      ...prose(575),
      head(`${n}.2. Methods`, 520, BOLD, 17.2),
      ...prose(495),
    ];
    expect(
      headingsOf([
        [title('Targets in Collisions', 700), ...prose(600)],
        page(1, ['Ionisation of atoms and of simple', 'molecules']),
        page(2, ['Energy loss of ions in the', 'heaviest elements']),
      ]),
    ).toEqual([
      'H1 Ionisation of atoms and of simple molecules',
      'H2 1.1. Introduction',
      'H2 1.2. Methods',
      'H1 Energy loss of ions in the heaviest elements',
      'H2 2.1. Introduction',
      'H2 2.2. Methods',
    ]);
  });

  it('reads a chapter’s title over an epigraph as a heading, on one line or two (a thesis)', () => {
    const title = (str: string, y: number): TextItem => ({
      ...line(str, X, y, { size: 24.8 }),
      fontName: BOLD,
    });
    const quote = (str: string, y: number, x = X + 150): TextItem => ({
      ...line(str, x, y, { size: 9 }),
      fontName: ITALIC,
    });
    const chapter = (n: number, words: string[], top: number) => [
      ...words.map((w, k) => title(w, top - 30 * k)),
      quote('Logic is the beginning of wisdom, not the end.', top - 30 * words.length - 10),
      quote('— Leonard Nimoy as Spock', top - 30 * words.length - 21, X + 230),
      ...paragraph(top - 30 * words.length - 50, PROSE),
      head(`${n}.1 Logic programming`, top - 30 * words.length - 100, BOLD, 14),
      ...paragraph(top - 30 * words.length - 125, PROSE),
    ];
    const cover = [title('Targets in Collisions', 700), ...paragraph(600, PROSE)];
    expect(
      headingsOf([
        cover,
        chapter(3, ['Logic and Constraint Programming'], 700),
        chapter(4, ['Optimising Compilation', 'and Lazy Evaluation'], 700),
      ]),
    ).toEqual([
      'H1 Logic and Constraint Programming',
      'H2 3.1 Logic programming',
      'H1 Optimising Compilation and Lazy Evaluation',
      'H2 4.1 Logic programming',
    ]);
  });

  it('reads no byline over two lines as a heading over the abstract’s heading', () => {
    // A thesis's abstract in English: its title, the author and supervisor centred in another
    // font than the text, at the text's size, over `ABSTRACT` in bold.
    const centred = (str: string, y: number, indent: number): TextItem => ({
      ...line(str, X + indent, y),
      fontName: ITALIC,
    });
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      centred('Ada Reader (Computer Technology)', 700, 120),
      centred('Directed by Professor Bo Page', 688, 124),
      head('ABSTRACT', 660, BOLD, 10),
      ...paragraph(640, PROSE),
      head('Introduction', 590, BOLD, 14),
      ...paragraph(570, PROSE),
    ];
    const cover = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      ...paragraph(700, PROSE),
    ];
    expect(headingsOf([cover, page])).toEqual(['H1 ABSTRACT', 'H1 Introduction']);
  });

  it('reads a numbered heading whose second line hangs under its title, past the number (ACL, LaTeX’s \\section)', () => {
    // `2 The margins of papers as readers` / `use them in their work`, the second line set in
    // from the first by the width of `3 `, as LaTeX hangs a wrapped section title; so a lettered
    // appendix's (`A Sampling the readers of the` / `margins`).
    const hang = (str: string, y: number, indent: number, size = 12): TextItem => ({
      ...line(str, X + indent, y, { size }),
      fontName: BOLD,
    });
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('1 Introduction', 690),
      ...paragraph(670, PROSE),
      head('2 The margins of papers as readers', 620),
      hang('use them in their work', 606, 18),
      ...paragraph(588, PROSE),
      head('2.1 Does the mark stay where it was', 540, BOLD, 10),
      hang('made on the page?', 528, 20, 10),
      ...paragraph(510, PROSE),
      head('Appendix', 460),
      head('A Sampling the readers of the', 440),
      hang('margins', 426, 16),
      ...paragraph(408, PROSE),
      head('B Details of the reading study', 360),
      head('B.1 Fine-grained evaluations of the marks', 340, BOLD, 10),
      hang('and the notes', 328, 20, 10),
      ...paragraph(316, PROSE),
    ];
    expect(headingsOf([page])).toEqual([
      'H1 1 Introduction',
      'H1 2 The margins of papers as readers use them in their work',
      'H2 2.1 Does the mark stay where it was made on the page?',
      'H1 Appendix',
      'H1 A Sampling the readers of the margins',
      'H1 B Details of the reading study',
      'H2 B.1 Fine-grained evaluations of the marks and the notes',
    ]);
  });

  it('leaves two lines in other type, or a second line as long, or a sentence', () => {
    const page = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Methods', 690),
      ...paragraph(670, PROSE),
      // The second line in another font: a name over an affiliation, say.
      head('Separation and detection of the marks', 620, BOLD, 10),
      head('with the reading device', 608, ITALIC, 10),
      ...paragraph(590, PROSE),
      // The second line as long as the first: a paragraph set in bold.
      head('Separation and detection of the marks', 540, BOLD, 10),
      head('with the portable reading device anew', 528, BOLD, 10),
      ...paragraph(510, PROSE),
      // The first line ending a clause.
      head('Separation and detection of the marks,', 460, BOLD, 10),
      head('with a device', 448, BOLD, 10),
      ...paragraph(430, PROSE),
    ];
    expect(headingsOf([page])).toEqual(['H1 Methods']);
  });
});

describe('headings at a column’s foot', () => {
  it('finds a heading on a page’s last line over the text at the next page’s top', () => {
    const first = [
      { ...line('Marking the Margins of Papers', X, 740, { size: 17 }), fontName: BOLD },
      head('Summary', 690),
      ...paragraph(670, PROSE),
      ...paragraph(630, PROSE),
      ...paragraph(590, PROSE),
      head('Use in teaching', 540),
    ];
    const second = [...paragraph(740, PROSE), ...paragraph(700, PROSE), ...paragraph(660, PROSE)];
    expect(headingsOf([first, second])).toEqual(['H1 Summary', 'H1 Use in teaching']);
  });

  it('takes no text beside and under a column’s foot for the text under it (a table’s cells)', () => {
    const at = (str: string, x: number, y: number, font = BODY) => {
      const item = { ...line(str, x, y), fontName: font };
      return {
        items: [item],
        left: x,
        right: x + item.width,
        baseline: y,
        size: 10,
        text: str,
        opensWithMark: false,
      };
    };
    const foot = at('Order number', X, 500, BOLD);
    const under = (x: number, y: number) => [
      at('Adapter, cable set and power supply unit for configuration', x, y),
      at('(for every system)', x, y - 12),
    ];
    const edges = (x: number) => ({ left: x, flush: x + 300 });
    const top = (next: ReturnType<typeof under>, pages: number[]) =>
      nextColumnTop([[foot], next], pages, [edges(X), edges(next[0]?.left ?? 0)], 0, X)[0];
    // Beside and under it: a table's cells.
    expect(top(under(X + 50, 486), [0, 0])).toBe(undefined);
    // Right under it, at its edge; at the next column's top; on the next page.
    expect(top(under(X, 486), [0, 0])?.text).toMatch(/^Adapter/);
    expect(top(under(X + 250, 740), [0, 0])?.left).toBe(X);
    expect(top(under(X + 50, 300), [0, 1])).not.toBe(undefined);
  });
});

describe('headings over text opening in lower case', () => {
  const LOWER = [
    'pylj can be applied in teaching through a variety of methods including lectures or small',
    'group tutorials; we believe that the most common use of pylj will be in a teaching lab with',
    'students who build a simulation themselves and study the properties of chemical systems.¶',
  ];
  it('takes a name written in lower case opening a paragraph (`pylj can be …` under `Usage`)', () => {
    const page = [
      { ...line('Teaching Simulation with pylj', X, 740, { size: 17 }), fontName: BOLD },
      head('Summary', 690),
      ...paragraph(670, PROSE),
      head('Usage', 620),
      ...paragraph(600, LOWER),
    ];
    expect(headingsOf([page])).toEqual(['H1 Summary', 'H1 Usage']);
  });

  it('leaves an imprint, an affiliation’s mark and a line that does not go on', () => {
    const page = [
      { ...line('Teaching Simulation with pylj', X, 740, { size: 17 }), fontName: BOLD },
      // A journal's name over its publisher, then the issue.
      head('Journal of Reading Software', 700),
      ...paragraph(680, [
        'published by the American Association of Readers of Papers in the Margins of Pages',
        'Volume 18, Issue 3',
      ]),
      // Authors over their affiliations, marked by letters.
      head('Ada Reader and Bea Marker', 630),
      ...paragraph(610, [
        'aDepartment of Clinical Reading, Margins Unit, University of Annotation, Messina, Italy',
        'bDepartment of Notes, Aarhus University Hospital, Aarhus, Denmark, where it was read.',
      ]),
    ];
    expect(headingsOf([page])).toEqual([]);
  });
});

describe('typesetHeadingOf', () => {
  const ctx = { bodySize: 10, bodyFont: BODY, left: X, right: RIGHT, pitch: 12 };
  const textLine = (str: string, y: number, font: string, size = 10) => {
    const item = { ...line(str, X, y, { size }), fontName: font };
    return {
      items: [item],
      left: X,
      right: X + item.width,
      baseline: y,
      size,
      text: str,
      opensWithMark: false,
    };
  };
  const next = textLine(PROSE[0] as string, 588, BODY);
  const after = textLine(PROSE[1] as string, 576, BODY);

  it('gives a numbered heading its depth and an unnumbered one none', () => {
    expect(
      typesetHeadingOf(undefined, textLine('2.1 Study area', 600, BOLD), next, after, ctx),
    ).toMatchObject({ depth: 2 });
    expect(
      typesetHeadingOf(undefined, textLine('Study area', 600, BOLD), next, after, ctx),
    ).toMatchObject({ depth: null, style: `10|${BOLD}` });
  });

  it('wants the text under it in another font than its own', () => {
    const same = textLine(PROSE[0] as string, 588, BOLD);
    expect(typesetHeadingOf(undefined, textLine('Study area', 600, BOLD), same, after, ctx)).toBe(
      null,
    );
  });

  /** A line of runs (`[text, font]`) set one after the other at 10 pt, 5 pt a character. */
  const runsLine = (runs: readonly (readonly [string, string])[], y: number) => {
    let x = X;
    const items = runs.map(([str, fontName]) => {
      const item = { ...line(str, x, y), fontName };
      x += item.width;
      return item;
    });
    return {
      items,
      left: X,
      right: x,
      baseline: y,
      size: 10,
      text: runs.map((r) => r[0]).join(''),
      opensWithMark: false,
    };
  };

  it('takes a heading with a word set in a third font, not one with a word in the body font', () => {
    const named = runsLine(
      [
        ['Specification in', ITALIC],
        [' TIMP', BOLD],
        [': Weighting', ITALIC],
      ],
      600,
    );
    expect(typesetHeadingOf(undefined, named, next, after, ctx)).toMatchObject({
      style: `10|${ITALIC}`,
    });
    const plain = runsLine(
      [
        ['Specification in', ITALIC],
        [' the text', BODY],
      ],
      600,
    );
    expect(typesetHeadingOf(undefined, plain, next, after, ctx)).toBe(null);
  });

  it('takes words joined by a slash, not a link', () => {
    const slash = textLine('Coherent artifact/scatter models', 600, BOLD);
    expect(typesetHeadingOf(undefined, slash, next, after, ctx)).not.toBe(null);
    const link = textLine('Code at https://example.org/tool', 600, BOLD);
    expect(typesetHeadingOf(undefined, link, next, after, ctx)).toBe(null);
  });

  it('wants the text under it to start at the column’s edge (not a centred byline)', () => {
    const centred = { ...next, left: X + 60, right: next.right + 60 };
    expect(
      typesetHeadingOf(undefined, textLine('Study area', 600, BOLD), centred, after, ctx),
    ).toBe(null);
  });

  it('wants space above it', () => {
    const prev = textLine(PROSE[2] as string, 612, BODY);
    expect(typesetHeadingOf(prev, textLine('Study area', 600, BOLD), next, after, ctx)).toBe(null);
  });
});

describe('headingLevels', () => {
  it('ranks styles by size, a numbered style taking its numbers’ depth, another going under', () => {
    const levels = headingLevels([
      { style: '12|b', size: 12, depth: 1 },
      { style: '10|b', size: 10, depth: 2 },
      { style: '10|i', size: 10, depth: null },
      { style: '14|b', size: 14, depth: null },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ '14|b': 1, '12|b': 1, '10|b': 2, '10|i': 3 });
  });

  it('ranks unnumbered styles largest first, then in the order they appear', () => {
    const levels = headingLevels([
      { style: '10|i', size: 10, depth: null },
      { style: '12|b', size: 12, depth: null },
      { style: '10|b', size: 10, depth: null },
      { style: '10|i', size: 10, depth: null },
      { style: '10|b', size: 10, depth: null },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ '12|b': 1, '10|i': 2, '10|b': 3 });
  });

  it('gives a lone heading skipping a level under the one before it that one’s level', () => {
    // JAMA: `Abstract`, `Key Points` (a box's title, set small), `Introduction`, `Methods`,
    // `Study Population`: Key Points is no part of the abstract but its neighbour.
    const levels = headingLevels([
      { style: '11|b', size: 11, depth: null },
      { style: '9|b', size: 9, depth: null },
      { style: '11|b', size: 11, depth: null },
      { style: '11|b', size: 11, depth: null },
      { style: '10|b', size: 10, depth: null },
      { style: '10|b', size: 10, depth: null },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ '11|b': 1, '10|b': 2, '9|b': 1 });
    // Under a heading of the level between, it stays where its size puts it.
    const nested = headingLevels([
      { style: '11|b', size: 11, depth: null },
      { style: '10|b', size: 10, depth: null },
      { style: '9|b', size: 9, depth: null },
      { style: '10|b', size: 10, depth: null },
    ]);
    expect(Object.fromEntries(nested)).toEqual({ '11|b': 1, '10|b': 2, '9|b': 3 });
  });
});

describe('dropGlossaryTerms', () => {
  const term: TypesetHeading = { style: '9|b', size: 9, depth: null };
  const section: TypesetHeading = { style: '12|b', size: 12, depth: null };
  /** A column of `n` headings, each over `lines` lines of text. */
  const columnOf = (head: TypesetHeading, n: number, lines: number) =>
    Array.from({ length: n }, () => [head, ...Array<null>(lines).fill(null)]).flat();

  it('takes out a style of many headings each over a few lines (a glossary’s terms)', () => {
    const column = [...columnOf(section, 1, 20), ...columnOf(term, 9, 3)];
    dropGlossaryTerms([column]);
    expect(column.filter((h) => h !== null)).toEqual([section]);
  });

  it('keeps many headings over paragraphs, and a few over short ones', () => {
    const long = columnOf(term, 9, 8);
    const few = columnOf(section, 5, 2);
    dropGlossaryTerms([long, few]);
    expect(long.filter((h) => h !== null)).toHaveLength(9);
    expect(few.filter((h) => h !== null)).toHaveLength(5);
  });

  it('takes out six headings of a style none over more than six lines (a glossary’s page)', () => {
    const page = [...columnOf(section, 1, 20), ...columnOf(term, 3, 6), ...columnOf(term, 3, 3)];
    dropGlossaryTerms([page]);
    expect(page.filter((h) => h !== null)).toEqual([section]);
  });

  it('counts a section’s lines on under its subsections’ headings (a section opening on its first subsection)', () => {
    // Frontiers: `4 Results` right over `4.1 Minimization of …`, each section's text under its
    // subsections; the sections' own style is no glossary's however soon a subsection opens.
    const sub: TypesetHeading = { style: '10|b', size: 10, depth: 2 };
    const column = Array.from({ length: 9 }, () => [section, null, ...columnOf(sub, 3, 10)]).flat();
    dropGlossaryTerms([column]);
    expect(column.filter((h) => h === section)).toHaveLength(9);
    expect(column.filter((h) => h === sub)).toHaveLength(27);
  });

  it('keeps chapters’ titles each right over its first subsection’s heading', () => {
    // A thesis: `Contesto aziendale` over `1.1 Azienda ospitante`, a chapter of pages.
    const chapter = { style: '25|c', size: 24.8, depth: null };
    const subsection = { style: '14.5|s', size: 14.3, depth: 2 };
    const columns = Array.from({ length: 7 }, () => [chapter, ...columnOf(subsection, 3, 12)]);
    dropGlossaryTerms(columns);
    expect(columns.flat().filter((h) => h === chapter)).toHaveLength(7);
  });

  it('keeps six headings of a style when one is over a paragraph', () => {
    const page = [...columnOf(term, 5, 4), ...columnOf(term, 1, 8)];
    dropGlossaryTerms([page]);
    expect(page.filter((h) => h !== null)).toHaveLength(6);
  });
});
