import { column, line } from './__fixtures__/items';
import {
  findGutter,
  fragmentsOf,
  lineFragments,
  pageFragments,
  readingOrder,
  shapeFragments,
} from './columns';
import { measureShape } from './lines';
import type { TextItem } from './text-item';

/** Left column from x 50 to 290, right column from 310 to 550: a 20 pt gutter at 290–310. */
const LEFT = { x: 50, right: 290 };
const RIGHT = { x: 310, right: 550 };

/** `n` numbered lines of column text, `name 1`, `name 2`, ... */
const numbered = (name: string, n: number): string[] =>
  Array.from({ length: n }, (_v, i) => `${name} ${i + 1} text of the column`);

/** The text of each region, first line and last line, in reading order. */
function order(items: readonly TextItem[]): string[] {
  return readingOrder(items).map(
    (r) => `${r.kind}: ${r.lines[0]?.text} … ${r.lines[r.lines.length - 1]?.text}`,
  );
}

describe('findGutter', () => {
  it('finds none on a one-column page', () => {
    const page = column(
      [...numbered('full width line of running text', 20), 'a short last line¶'],
      { x: 50, top: 700, right: 550 },
    );
    expect(findGutter(pageFragments(page))).toBeNull();
  });

  it('finds the strip between two columns, though a title crosses it', () => {
    const page = [
      line('A Title Set Across Both Columns', 200, 740, { size: 16 }),
      ...column(numbered('left', 20), { ...LEFT, top: 700 }),
      ...column(numbered('right', 20), { ...RIGHT, top: 700 }),
    ];
    const gutter = findGutter(pageFragments(page));
    expect(gutter?.left).toBeCloseTo(290);
    expect(gutter?.right).toBeCloseTo(310);
  });
});

describe('readingOrder', () => {
  it('reads a last page’s left column first, though the right column holds only the paper’s last two lines, set higher', () => {
    // IEEEtran's last page: a figure (no text) at the top of the left column, the text under it,
    // and the reference list's last entry wrapped into two lines at the top of the right column.
    const page = [
      ...column(numbered('left', 30), { ...LEFT, top: 690 }),
      ...column(
        [
          '[14] G. Rossi, Measurement campaigns in the Po valley, Politecnico di',
          'Milano, Technical Report TR-2012-07, 2012.',
        ],
        { ...RIGHT, top: 730 },
      ),
    ];
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left 30 text of the column',
      'right: [14] G. Rossi, Measurement campaigns in the Po valley, Politecnico di … Milano, Technical Report TR-2012-07, 2012.',
    ]);
  });

  it('reads a left column whole before a right column of a few reference entries at its top, whose labels hang left of their lines', () => {
    // IEEEtran's last page: the left column runs the whole page; the right column holds only the
    // reference list's last entries in smaller type, each label hanging left of its entry's
    // indented lines, and blank under them. The strips the fewest cross run from the left column
    // over the labels to the entries' lines.
    const size = 8;
    const entries = [11, 12, 13].flatMap((n, k) => [
      line(`[${n}]`, 310, 740 - 27 * k, { size }),
      ...column(
        [
          `Author ${n}, Beta Gamma, and Delta Epsilon. A title of entry`,
          `number ${n} going on over its second line of text, a`,
          `Journal ${n}, 2024.¶`,
        ],
        { x: 330, top: 740 - 27 * k, size, pitch: 9, right: 550 },
      ),
    ]);
    const left = column(numbered('left', 70), { x: 50, top: 740, pitch: 10, right: 298 });
    const page = [...left, ...entries];
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left 70 text of the column',
      'right: [11] Author 11, Beta Gamma, and Delta Epsilon. A title of entry … Journal 13, 2024.',
    ]);
  });

  it('reads a one-column page with a short line set at its right as one column', () => {
    const page = [
      line('Received 3 May 2020', 420, 740),
      ...column(numbered('full width line of running text', 20), { x: 50, top: 700, right: 550 }),
    ];
    expect(readingOrder(page).map((r) => r.kind)).toEqual(['full']);
  });

  it('reads a table set across the top of a two-column page as rows, then the two columns under it', () => {
    // The Lancet: a table in smaller type across the page, its last column (a description)
    // starting just left of the page's gutter; under it, the text in two columns. The strip the
    // fewest cross is the blank between two of the table's columns, which the left column's
    // lines cross.
    const rows = Array.from({ length: 30 }, (_v, i) => {
      const y = 740 - 11 * i;
      return [
        line(`Author${i} et al`, 50, y, { size: 7 }),
        line(`19${80 + (i % 20)}–2009`, 120, y, { size: 7 }),
        line(i % 2 === 0 ? 'Denmark' : 'Australia', 170, y, { size: 7 }),
        line(`${1000 + 37 * i}`, 225, y, { size: 7 }),
        line(
          i % 3 === 0
            ? 'Opioid users'
            : 'Women aged 16 years or older with at least one contact with a shelter',
          286,
          y,
          { size: 7 },
        ),
      ];
    }).flat();
    const page = [
      ...rows,
      line(
        'Table: Studies included in the standardised all-cause mortality ratio meta-analyses',
        50,
        400,
        {
          size: 7,
        },
      ),
      ...column(numbered('left', 14), { ...LEFT, top: 370, size: 9, pitch: 11 }),
      ...column(numbered('right', 14), { ...RIGHT, top: 370, size: 9, pitch: 11 }),
    ];
    expect(order(page)).toEqual([
      'full: Author0 et al 1980–2009 Denmark 1000 Opioid users … Table: Studies included in the standardised all-cause mortality ratio meta-analyses',
      'left: left 1 text of the column … left 14 text of the column',
      'right: right 1 text of the column … right 14 text of the column',
    ]);
  });

  it('reads a table across a two-column page as one block, its rows and the group labels between them', () => {
    // JMIR: a table across the top of the page, its rows crossing the gutter, a short label over
    // each group of rows (`Gender`, `Perceived risk`) standing left of it; the text in two
    // columns under it.
    const groups = ['Gender', 'Socioeconomic status', 'Perceived risk', 'Baseline hand-washing'];
    const rows = groups.flatMap((group, g) => {
      const top = 740 - 50 * g;
      return [
        line(group, 50, top, { size: 8.5 }),
        ...[1, 2].flatMap((r) => {
          const y = top - 16 * r;
          return [
            line(`Row ${g}.${r}`, 55, y, { size: 8.5 }),
            line(`${50 + g * 7 + r}`, 250, y, { size: 8.5 }),
            line('3.77 (1.03)', 281, y, { size: 8.5 }),
            line(`${100 + g * 9 + r}`, 404, y, { size: 8.5 }),
            line('4.10 (0.10)', 434, y, { size: 8.5 }),
          ];
        }),
      ];
    });
    const page = [
      line('Table 5. Moderator effects on hand-washing frequency at 4-week follow-up', 50, 775, {
        size: 8.5,
      }),
      line('Variable', 50, 758, { size: 8.5 }),
      line('Control group', 250, 758, { size: 8.5 }),
      line('Intervention group', 404, 758, { size: 8.5 }),
      ...rows,
      ...column(numbered('left', 14), { ...LEFT, top: 520, size: 9, pitch: 11 }),
      ...column(numbered('right', 14), { ...RIGHT, top: 520, size: 9, pitch: 11 }),
    ];
    expect(order(page)).toEqual([
      'full: Table 5. Moderator effects on hand-washing frequency at 4-week follow-up … Row 3.2 73 3.77 (1.03) 129 4.10 (0.10)',
      'left: left 1 text of the column … left 14 text of the column',
      'right: right 1 text of the column … right 14 text of the column',
    ]);
  });

  it('reads two columns over a table across the page whose cells leave only a sliver of the gutter clear', () => {
    // F1000Research: the table under both columns has a column of cells (`Female`, `Male`) that
    // starts inside the gutter, and a few rows whose cell ends inside it: the strip no row crosses
    // is narrower than any gutter.
    const rows = Array.from({ length: 10 }, (_v, i) => {
      const y = 330 - 14 * i;
      const sex = i < 8 ? [line(i % 2 === 0 ? 'Female' : 'Male', 292, y, { size: 8 })] : [];
      const wide = i >= 8 ? [line('Both sexes', 256, y, { size: 8 })] : [];
      return [
        line(`Species ${i}`, 55, y, { size: 8 }),
        line('western North Atlantic', 140, y, { size: 8 }),
        ...sex,
        ...wide,
        line(`${11 + i}+`, 380, y, { size: 8 }),
        line(`${19 + i}.8`, 480, y, { size: 8 }),
      ];
    }).flat();
    const page = [
      ...column(numbered('left', 14), { ...LEFT, top: 560, size: 9, pitch: 11 }),
      ...column(numbered('right', 30), { ...RIGHT, top: 720, size: 9, pitch: 11 }),
      ...column(
        [
          'Table 2. Observed maximum longevity from sectioned age estimates, and backtransformed',
          'maximum longevity from tag and recapture data for Atlantic Sharpnose Sharks',
        ],
        { x: 50, top: 370, size: 8, pitch: 10 },
      ),
      ...rows,
    ];
    expect(order(page).slice(0, 2)).toEqual([
      'left: left 1 text of the column … left 14 text of the column',
      'right: right 1 text of the column … right 30 text of the column',
    ]);
  });

  it('reads the few lines of two columns under a first page of full-width text one column after the other', () => {
    // Title, byline and a long abstract across the page (most of its lines cross the gutter),
    // then the introduction's first lines in two columns.
    const page = [
      ...column(numbered('abstract line running across the whole page', 30), {
        x: 50,
        top: 740,
        right: 550,
      }),
      ...column(['INTRODUCTION', ...numbered('left', 5)], { ...LEFT, top: 250 }),
      ...column(numbered('right', 6), { ...RIGHT, top: 250 }),
    ];
    expect(order(page)).toEqual([
      'full: abstract line running across the whole page 1 text of the column … abstract line running across the whole page 30 text of the column',
      'left: INTRODUCTION … left 5 text of the column',
      'right: right 1 text of the column … right 6 text of the column',
    ]);
  });

  it('reads the few lines of two columns under full-width text, though the justified left column spaces its words wider than a word space', () => {
    // BMC's first page: the abstract across the page, then the Background's first lines in two
    // columns, the left one justified with word spaces of an em (each word its own fragment) and
    // short lines of a correspondence note under it.
    const spread = (words: string[], y: number): TextItem[] => {
      const widths = words.map((w) => w.length * 5);
      const gap = (LEFT.right - LEFT.x - widths.reduce((a, b) => a + b, 0)) / (words.length - 1);
      let x = LEFT.x;
      return words.map((w, i) => {
        const item = line(w, x, y);
        x += (widths[i] as number) + gap;
        return item;
      });
    };
    const page = [
      ...column(numbered('abstract line running across the whole page', 30), {
        x: 50,
        top: 740,
        right: 550,
      }),
      line('Background', LEFT.x, 250),
      ...spread(['Modelling', 'complex', 'traits', 'using', 'DNA', 'methyla-'], 238),
      ...spread(['tion', 'is', 'becoming', 'increasingly', 'common', 'in', 'the'], 226),
      ...spread(['field', 'of', 'epigenetic', 'epidemiology.', 'This', 'often'], 214),
      line('*Correspondence: someone@bristol.ac.uk', LEFT.x, 190, { size: 7 }),
      line('MRC Integrative Epidemiology Unit, University of Bristol, UK', LEFT.x, 182, {
        size: 7,
      }),
      line('Full list of author information is at the end of the article', LEFT.x, 174, {
        size: 7,
      }),
      ...column(numbered('right', 7), { ...RIGHT, top: 250, pitch: 12 }),
    ];
    expect(order(page)).toEqual([
      'full: abstract line running across the whole page 1 text of the column … abstract line running across the whole page 30 text of the column',
      'left: Background … Full list of author information is at the end of the article',
      'right: right 1 text of the column … right 7 text of the column',
    ]);
  });

  it('leaves a table of short cells under full-width text in the one column', () => {
    const page = [
      ...column(numbered('a line running across the whole page', 30), {
        x: 50,
        top: 740,
        right: 550,
      }),
      ...column(['Name', 'Alpha', 'Beta', 'Gamma', 'Delta'], { x: 50, top: 250, right: 120 }),
      ...column(['Value', '1.5', '2.5', '3.5', '4.5'], { x: 400, top: 250, right: 440 }),
    ];
    expect(order(page).map((r) => r.split(':')[0])).toEqual(['full']);
  });

  it('reads a chart’s caption in its column, though the chart leaves a wider blank inside that column', () => {
    // The right column holds a chart: axis numbers at its left edge, a legend at its right edge,
    // and the white plot area between them, crossed only by the caption under it.
    const page = [
      ...column(numbered('left', 40), { ...LEFT, top: 700 }),
      ...['8', '6', '4', '2', '0'].map((tick, i) => line(tick, 312, 700 - 24 * i, { size: 6 })),
      ...['DEMT', 'Gang', 'LPTF', 'SAF'].map((name, i) =>
        line(name, 520, 696 - 24 * i, { size: 6 }),
      ),
      ...column(
        ['Figure 5: Performance ratio for the simulation on', '200 processors, mixed model¶'],
        {
          ...RIGHT,
          top: 560,
          size: 9,
        },
      ),
    ];
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left 40 text of the column',
      'right: 8 … 200 processors, mixed model',
    ]);
  });

  it('reads a full-width title, then the left column, then the right one', () => {
    const page = [
      line('A Title Set Across Both Columns', 200, 740, { size: 16 }),
      ...column(numbered('left', 20), { ...LEFT, top: 700 }),
      ...column(numbered('right', 20), { ...RIGHT, top: 705 }),
    ];
    expect(order(page)).toEqual([
      'full: A Title Set Across Both Columns … A Title Set Across Both Columns',
      'left: left 1 text of the column … left 20 text of the column',
      'right: right 1 text of the column … right 20 text of the column',
    ]);
  });

  /** Two authors' blocks, each centred over its column (VLDB, ACM), above the columns' text. */
  const authors = (gap: number) => {
    const centred = (str: string, middle: number, y: number, size = 10) =>
      line(str, middle - (str.length * 0.5 * size) / 2, y, { size });
    const rows = [
      ['Kyle Kingsbury', 'Peter Alvaro'],
      ['Jepsen', 'UC Santa Cruz'],
      ['aphyr@jepsen.io', 'palvaro@ucsc.edu'],
    ];
    return [
      line('A Title Set Across Both Columns', 200, 740, { size: 16 }),
      ...rows.flatMap(([a, b], i) => [
        centred(a ?? '', 170, 715 - 12 * i),
        centred(b ?? '', 430, 715 - 12 * i),
      ]),
      ...column(['ABSTRACT', ...numbered('left', 20)], { ...LEFT, top: 679 - gap, right: 290 }),
      ...column(numbered('right', 20), { ...RIGHT, top: 679 - gap, right: 550 }),
    ];
  };

  it('reads two authors’ blocks set side by side before the columns, not one atop the right column', () => {
    expect(order(authors(10))).toEqual([
      'full: A Title Set Across Both Columns … A Title Set Across Both Columns',
      'left: Kyle Kingsbury … aphyr@jepsen.io',
      'right: Peter Alvaro … palvaro@ucsc.edu',
      'left: ABSTRACT … left 20 text of the column',
      'right: right 1 text of the column … right 20 text of the column',
    ]);
    // Set on the text's pitch, with no blank under them, the rows are the columns' own.
    expect(order(authors(0)).slice(1)).toEqual([
      'left: Kyle Kingsbury … left 20 text of the column',
      'right: Peter Alvaro … right 20 text of the column',
    ]);
  });

  it('reads such blocks when a name carries a raised note mark (`Evgeny Kharlamov†`)', () => {
    const page = authors(10);
    const alvaro = page.find((item) => item.str === 'Peter Alvaro') as TextItem;
    // Raised by most of a line, as ACM sets it: a row of its own.
    page.push(line('†', alvaro.x + alvaro.width, 724, { size: 8 }));
    expect(order(page).slice(1, 3)).toEqual([
      'left: Kyle Kingsbury … aphyr@jepsen.io',
      'right: † … palvaro@ucsc.edu',
    ]);
  });

  it('reads such blocks with an affiliation wider than most of its column, centred past its edge', () => {
    const page = authors(10);
    const santaCruz = page.find((item) => item.str === 'UC Santa Cruz') as TextItem;
    const wide = 'Institut Télécom; Télécom ParisTech; LTCI'; // 210 pt of the column's 240
    Object.assign(santaCruz, { str: wide, x: 430 - (wide.length * 5) / 2, width: wide.length * 5 });
    expect(order(page).slice(1, 3)).toEqual([
      'left: Kyle Kingsbury … aphyr@jepsen.io',
      'right: Peter Alvaro … palvaro@ucsc.edu',
    ]);
  });

  /** A one-column first page with SAGE's journal box set small beside its title, right-aligned. */
  function titleBesideBox(): TextItem[] {
    const boxLine = (str: string, y: number) =>
      line(str, 440 - str.length * 3.2, y, { size: 7, right: 440 });
    return [
      line('Article', 48, 625),
      ...column(
        [
          'Smoke into Sound: A pilot',
          'randomised controlled trial of',
          'a music cravings management',
          'program for chronic smokers',
          'attempting to quit',
        ],
        { x: 48, top: 582, size: 14, pitch: 18 },
      ),
      ...[
        'Musicae Scientiae',
        '2017, Vol. 21(2) 151–177',
        '© The Author(s) 2016',
        'Reprints and permissions:',
        'sagepub.co.uk/journalsPermissions.nav',
        'DOI: 10.1177/1029864916682822',
        'journals.sagepub.com/home/msx',
      ].map((str, i) => boxLine(str, 599 - 8.5 * i)),
      line('Genevieve A. Dingle and Nicholas A. Carter', 48, 470, { size: 11 }),
      ...column(numbered('full width line of the abstract', 8), { x: 48, top: 430, right: 440 }),
    ];
  }

  it("reads a journal's box set small beside a one-column page's title after the title, not line by line with it (SAGE)", () => {
    const regions = readingOrder(titleBesideBox()).map((r) => r.lines.map((l) => l.text));
    expect(regions.map((r) => `${r[0]} … ${r[r.length - 1]}`)).toEqual([
      'Article … attempting to quit',
      'Musicae Scientiae … journals.sagepub.com/home/msx',
      'Genevieve A. Dingle and Nicholas A. Carter … full width line of the abstract 8 text of the column',
    ]);
    expect(regions[0]).toContain('Smoke into Sound: A pilot');
  });

  /**
   * A one-column page whose matrix, set in two halves, leaves a blank down its middle, with the
   * runs of `cut` (one justified line at 448, cut by wide spaces) between its lines of running
   * text: the lines read from it, with the gutter the matrix makes.
   */
  function underMatrix(cut: readonly TextItem[]): { lines: string[]; gutter: unknown } {
    const cells = [150, 200, 250, 330, 380, 430];
    const matrix = Array.from({ length: 8 }, (_v, row) =>
      cells.map((x) => line('ψ(t, λ)', x, 700 - 14 * row)),
    ).flat();
    const text = { x: 50, right: 550 };
    const page = [
      ...matrix,
      ...column(numbered('full width line of running text', 10), { ...text, top: 580 }),
      ...cut,
      ...column(numbered('after it, the line of running text', 4), { ...text, top: 436 }),
    ];
    return {
      lines: readingOrder(page).flatMap((r) => r.lines.map((l) => l.text)),
      gutter: findGutter(pageFragments(page)),
    };
  }

  it('keeps a one-column line whole where a wide sentence space falls in a display’s gap', () => {
    // The justified line has a sentence space stretched wider than a word space just there.
    const { lines, gutter } = underMatrix([
      line('and Visser (2007) describe the case that the variable is location).', 50, 448),
      line('Spectra are represented', 392, 448, { right: 550 }),
    ]);
    expect(gutter).not.toBeNull();
    expect(lines).toContain(
      'and Visser (2007) describe the case that the variable is location). Spectra are represented',
    );
  });

  it('keeps a sign in a smaller math font on its line, though spaces cut it off (`n = 12`)', () => {
    // The `=` is set 1.5 points smaller, a hair higher.
    const { lines, gutter } = underMatrix([
      line('Focus groups were conducted with fifteen participants (men, n', 50, 448, {
        right: 429,
      }),
      line('=', 436, 448.01, { size: 8.5 }),
      line('12) attending', 447, 448, { right: 550 }),
    ]);
    expect(gutter).not.toBeNull();
    expect(lines).toContain(
      'Focus groups were conducted with fifteen participants (men, n = 12) attending',
    );
  });

  it('keeps the numbers of a one-column page’s display equations on their lines, not as a column', () => {
    // Centred equations cut into pieces at their wide math spaces, each numbered at the right
    // margin; one line of prose is cut by a gap too, its end standing right of the middle.
    const prose = (n: number, top: number) =>
      column(numbered('prose line running across the page', n), { x: 70, top, right: 524 });
    const equation = (k: number, y: number) => [
      line('H =', 200, y),
      line('∑', 225, y),
      line('xj +', 240, y),
      line('λ', 270, y),
      line('∑', 285, y),
      line('V (xi − xj)', 300, y),
      line(`(${k})`, 511, y, { right: 524 }),
    ];
    const page = [
      ...prose(3, 760),
      ...equation(1, 710),
      line('acting on the functions in', 70, 680, { right: 380 }),
      line('VN', 414, 680.5),
      line('L2(T). We want to', 432, 680, { right: 524 }),
      ...prose(2, 668),
      ...equation(2, 620),
      ...prose(2, 590),
      ...equation(3, 550),
      ...prose(2, 520),
      ...equation(4, 480),
      ...prose(3, 450),
    ];
    expect(findGutter(pageFragments(page))).toBeNull();
    const lines = readingOrder(page).flatMap((r) => r.lines.map((l) => l.text));
    expect(lines[3]).toBe('H = ∑ xj + λ ∑ V (xi − xj) (1)');
    expect(lines.filter((l) => /^\(\d\)$/.test(l))).toEqual([]);
  });

  it('still reads two columns whose equations are numbered at the right margin', () => {
    // The right column's equations and their numbers share baselines with the left column's text.
    const page = [
      ...column(numbered('left', 16), { ...LEFT, top: 700 }),
      ...column(numbered('right', 4), { ...RIGHT, top: 700 }),
      line('E = mc2', 380, 640),
      line('(1)', 530, 640, { right: 550 }),
      line('F = ma', 380, 616),
      line('(2)', 530, 616, { right: 550 }),
      ...column(numbered('right after', 8), { ...RIGHT, top: 592 }),
    ];
    expect(findGutter(pageFragments(page))?.left).toBeCloseTo(290);
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left 16 text of the column',
      'right: right 1 text of the column … right after 8 text of the column',
    ]);
  });

  it('reads a short right column as a column, though its equation’s number drops beside a left line', () => {
    // A last page: the left column full; the right column closes the paper with a line, a long
    // equation whose number amsmath drops to the line below (flush right), and one more line.
    // The number's own line shares its baseline with a line of the left column.
    const page = [
      ...column(numbered('left', 16), { ...LEFT, top: 700 }),
      ...column(numbered('right', 1), { ...RIGHT, top: 700 }),
      line('f(x) = a0 + a1 x + a2 x2 + a3 x3 + a4 x4 + a5 x5', 315, 676),
      line('(7)', 530, 652, { right: 550 }), // left line 5 is at 700 − 4·12 = 652
      ...column(numbered('right end', 1), { ...RIGHT, top: 630 }),
    ];
    expect(findGutter(pageFragments(page))?.left).toBeCloseTo(290);
    expect(order(page).map((r) => r.split(':')[0])).toEqual(['left', 'right']);
  });

  it('reads a right column of numbered equations between short lines of prose as a column', () => {
    // A mathematical page: the right column holds three displayed equations between short lines
    // of prose (under 4 of them wide), each number on the line under its equation.
    const page = [
      ...column(numbered('left', 20), { ...LEFT, top: 700 }),
      line('where we take', 310, 700),
      line('u(x, t) = ∫ k(x − y) g(y) dy + ∫∫ h(s) ds dt', 320, 676),
      line('(3)', 530, 664, { right: 550 }),
      line('and further', 310, 640),
      line('v(x, t) = ∑ cn exp(−λn t) φn(x) + r(x)', 320, 616),
      line('(4)', 530, 604, { right: 550 }),
      line('so that with', 310, 580),
      line('w = u + v − ∂t u + Δ v − q(x) w', 320, 556),
      line('(5)', 530, 544, { right: 550 }),
      line('the result follows.', 310, 520),
    ];
    expect(findGutter(pageFragments(page))?.left).toBeCloseTo(290);
  });

  /** `n` lines of prose across a one-column page, the first at `top`. */
  const full = (n: number, top: number) =>
    column(numbered('prose line running across the whole page width', n), {
      x: 50,
      top,
      right: 550,
    });
  /** Two small circuits (a wrapped figure) with their captions at x 400, the first at `top`. */
  const circuits = (top: number, x: number) => [
    line('|x〉 • |x〉', x, top),
    line('|y〉 |y ⊕ x〉', x, top - 12),
    line('Figure 1.3: CNOT gate', 400, top - 36),
    line('|x〉 • |x〉', x, top - 60),
    line('|y〉 • |y〉', x, top - 72),
    line('Figure 1.4: Toffoli gate', 400, top - 96),
  ];

  it('keeps a wrapped figure apart from the text beside it on a page with a numbered equation', () => {
    // A one-column page (a thesis): prose, a centred numbered equation, then a paragraph set in a
    // narrow measure beside a small circuit figure (wrapfigure) whose labels share its baselines.
    const wrapped = column(numbered('wrapped text beside the figure', 10), {
      x: 50,
      top: 556,
      right: 370,
    });
    const figure = circuits(544, 400);
    const page = [
      ...full(4, 700),
      line('H |X〉 =', 230, 640),
      line('∑ (−1)XY |Y〉', 280, 640),
      line('(1.1)', 525, 640, { right: 550 }),
      ...full(3, 616),
      ...wrapped,
      ...figure,
      ...full(4, 430),
    ];
    const texts = readingOrder(page).flatMap((r) => r.lines.map((l) => l.text));
    expect(texts.filter((t) => t.startsWith('wrapped') && /〉|Figure/.test(t))).toEqual([]);
  });

  it('keeps a numbered equation’s number with it when a wrapped figure’s band starts right under it', () => {
    // phys-internship-rydberg-gates p. 12: a short line, the centred equation (1.1) with its number
    // at the margin, then a heading and a paragraph wrapped beside two small circuits. Read as the
    // band of the wrap, the number went to the right column and came after the whole left one
    // ("… that just mul-(1.1)").
    const wrapped = column(numbered('wrapped text beside the figure', 10), {
      x: 50,
      top: 636,
      right: 370,
    });
    const figure = circuits(624, 420);
    const page = [
      ...full(4, 760),
      line('Finally it comes', 50, 712),
      line('H |X〉 =', 230, 690),
      line('∑ (−1)XY |Y〉', 280, 690, { right: 380 }),
      line('(1.1)', 525, 690, { right: 550 }),
      line('CNOT gate', 50, 660, { size: 11 }),
      ...wrapped,
      ...figure,
      ...full(4, 500),
    ];
    const texts = readingOrder(page).flatMap((r) => r.lines.map((l) => l.text));
    const at = (part: string) => texts.findIndex((t) => t.includes(part));
    expect(at('(1.1)')).toBeGreaterThan(-1);
    expect(at('(1.1)')).toBeLessThan(at('CNOT gate'));
  });

  it('finds the gutter beside a right column of stacked numbered equations and loosely set lines', () => {
    // A scan of two pages side by side: the left page's lines cut into runs at widened word
    // spaces (`ab out`, `p otential`), the right page's equations each numbered on its line, with
    // no words near the middle ones.
    const loose = Array.from({ length: 20 }, (_v, i) => [
      line(`left ${i + 1} text`, 50, 700 - 12 * i),
      line('of the', 120, 700 - 12 * i),
      line('column set loosely here', 158, 700 - 12 * i, { right: 290 }),
    ]).flat();
    const equations = Array.from({ length: 7 }, (_v, i) => [
      line(`E${i + 1} = m c2 + p2 / 2 m`, 380, 652 - 24 * i),
      line(`(${i + 1})`, 530, 652 - 24 * i, { right: 550 }),
    ]).flat();
    const page = [
      ...loose,
      ...column(numbered('right', 2), { ...RIGHT, top: 700 }),
      ...equations,
      ...column(numbered('right after', 1), { ...RIGHT, top: 484 }),
    ];
    expect(findGutter(pageFragments(page))?.left).toBeCloseTo(290);
  });

  it('keeps the short last line of a full-width abstract with the abstract', () => {
    const abstract = column(
      [
        'We report the effects of a species of matter on the acoustic peaks of the',
        'depth of reionization.¶',
      ],
      {
        x: 80,
        top: 740,
        right: 520,
      },
    );
    const page = [
      ...abstract,
      ...column(numbered('left', 20), { ...LEFT, top: 690 }),
      ...column(numbered('right', 20), { ...RIGHT, top: 690 }),
    ];
    expect(order(page)[0]).toBe(
      'full: We report the effects of a species of matter on the acoustic peaks of the … depth of reionization.',
    );
  });

  it('reads a reference list set under both columns after the text above it, column by column', () => {
    const page = [
      ...column(numbered('text left', 15), { ...LEFT, top: 700 }),
      ...column(numbered('text right', 15), { ...RIGHT, top: 700 }),
      ...column(numbered('[ref] left', 10), { ...LEFT, top: 480, size: 9 }),
      ...column(numbered('[ref] right', 4), { ...RIGHT, top: 480, size: 9 }),
    ];
    expect(order(page)).toEqual([
      'left: text left 1 text of the column … text left 15 text of the column',
      'right: text right 1 text of the column … text right 15 text of the column',
      'left: [ref] left 1 text of the column … [ref] left 10 text of the column',
      'right: [ref] right 1 text of the column … [ref] right 4 text of the column',
    ]);
  });

  it('does not cut under a column that has ended: the left column still comes first', () => {
    const page = [
      ...column(numbered('left', 8), { ...LEFT, top: 700 }),
      ...column(numbered('left after figure', 8), { ...LEFT, top: 520 }),
      ...column(numbered('right', 6), { ...RIGHT, top: 700 }),
    ];
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left after figure 8 text of the column',
      'right: right 1 text of the column … right 6 text of the column',
    ]);
  });
});

describe('readingOrder on three-column pages', () => {
  /** Three columns 160 pt wide with 16 pt gutters, as a magazine sets them. */
  const THIRDS = [
    { x: 50, right: 210 },
    { x: 226, right: 386 },
    { x: 402, right: 562 },
  ];
  const threeColumns = (top: number, n: number): TextItem[] =>
    THIRDS.flatMap((at, c) => column(numbered(`col${c + 1}`, n), { ...at, top, size: 9 }));

  it('reads the three columns left to right, each top to bottom', () => {
    expect(order(threeColumns(700, 30))).toEqual([
      'left: col1 1 text of the column … col1 30 text of the column',
      'left: col2 1 text of the column … col2 30 text of the column',
      'right: col3 1 text of the column … col3 30 text of the column',
    ]);
  });

  it('reads a title across the page first, then the three columns', () => {
    const page = [
      line('A Title Set Across All Three Columns', 180, 740, { size: 16 }),
      ...threeColumns(700, 30),
    ];
    expect(order(page).map((region) => region.split(':')[0])).toEqual([
      'full',
      'left',
      'left',
      'right',
    ]);
    expect(order(page).slice(1)).toEqual(order(threeColumns(700, 30)));
  });

  it('reads a reference list in three columns under two columns of text as three columns, after its heading', () => {
    // Proc R Soc B: the last section's two columns, `References` under the left one, then the list
    // in three columns; the middle column crosses the page's gutter (at 290–310).
    const page = [
      ...column(numbered('left', 20), { ...LEFT, top: 700, size: 9 }),
      ...column(numbered('right', 16), { ...RIGHT, top: 700, size: 9 }),
      line('References', 50, 440, { size: 16 }),
      ...threeColumns(410, 12),
    ];
    expect(order(page)).toEqual([
      'left: left 1 text of the column … left 20 text of the column',
      'right: right 1 text of the column … right 16 text of the column',
      'left: References … References',
      'left: col1 1 text of the column … col1 12 text of the column',
      'left: col2 1 text of the column … col2 12 text of the column',
      'right: col3 1 text of the column … col3 12 text of the column',
    ]);
  });

  it('reads a reference list in three columns under one column of text as three columns, after its heading', () => {
    // Royal Society Open Science: the text runs across the page, then `References` and the list
    // in three columns under it, set smaller; read row by row, each row would mix three entries.
    const page = [
      ...column([...numbered('full width line of running text', 24), 'of the paper.¶'], {
        x: 50,
        right: 562,
        top: 700,
        size: 9,
      }),
      line('References', 50, 370, { size: 16 }),
      ...THIRDS.flatMap((at, c) =>
        column(numbered(`col${c + 1}`, 10), { ...at, top: 345, size: 7.5, pitch: 10 }),
      ),
    ];
    expect(order(page)).toEqual([
      'full: full width line of running text 1 text of the column … of the paper.',
      'left: References … col1 10 text of the column',
      'left: col2 1 text of the column … col2 10 text of the column',
      'right: col3 1 text of the column … col3 10 text of the column',
    ]);
  });

  it('reads a reference list in three columns whose labels hang in the gutters under two columns of text column by column, each label with its entry', () => {
    // Open Biology: the acknowledgements in two columns (the right one's last line ends over the
    // second gutter of the list under it), `References`, then the list in three columns, each
    // entry's number hanging left of its lines in the gutter, its right edge 7 pt from them.
    const size = 9;
    const cols = [
      { x: 58, right: 203 },
      { x: 233, right: 378 },
      { x: 408, right: 553 },
    ];
    const entries = cols.flatMap((at, c) =>
      Array.from({ length: 6 }, (_v, k) => {
        const n = c * 6 + k + 10;
        const top = 678 - k * 4 * 12;
        const label = `${n}.`;
        const width = label.length * 0.3 * size;
        return [
          { ...line(label, at.x - 7 - width, top, { size }), width },
          ...column(
            [
              `Author${n} A, Writer B. 2010 A title of entry ${n}`,
              `going on over its second line of the text`,
              `and its third line, in a journal ${n},`,
              `101–${n}. (doi:10.1000/entry.${n})¶`,
            ],
            { ...at, top, size, pitch: 12 },
          ),
        ];
      }).flat(),
    );
    // The right column's first line is justified loosely: its words stand apart, `the` over the
    // list's second gutter.
    const spaced = [
      ['Funding', 311.8, 345.1],
      ['from', 354, 372.9],
      ['the', 381.8, 394],
      ['UK', 402.9, 416.3],
      ['Biotechnology', 425.1, 481.5],
      ['and', 490.2, 505.3],
      ['Biological', 514.1, 552.8],
    ] as const;
    const page = [
      line('5. Acknowledgements', 42.5, 787, { size: 18 }),
      ...spaced.map(([str, x, right]) => line(str, x, 793, { size, right })),
      ...column(
        [
          'A.E.F. is supported by the Wellcome Trust (088789). J.F.A.',
          'Science Foundation Ireland (08/IN.1/',
          'B1889). P.D. is supported by Institute Strategic Grant',
        ],
        {
          x: 42.5,
          right: 283.5,
          top: 769,
          size,
          pitch: 12,
        },
      ),
      ...column(
        [
          'Sciences Research Council and the U.K. Medical Research',
          'Council (G0700815). B.W.J., P.D. and J.K.T. are also thank-',
          'ful for the support of the NIH-Oxford-Cambridge Research',
          'Scholars programme.¶',
        ],
        { x: 311.8, right: 552.8, top: 781, size, pitch: 12 },
      ),
      line('References', 42.5, 704, { size: 18 }),
      ...entries,
    ];
    const regions = readingOrder(page).map((r) => r.lines.map((l) => l.text));
    const entryStarts = regions.flat().filter((t) => /^\d+\. Author/.test(t));
    expect(entryStarts.map((t) => t.split('.')[0])).toEqual(
      Array.from({ length: 18 }, (_v, i) => `${i + 10}`),
    );
    // No label is left on another column's line.
    expect(regions.flat().filter((t) => /\d+\.$/.test(t))).toEqual([]);
  });

  it('reads a one-column page whose last lines are short, beside no column, as one column', () => {
    const page = column(
      [...numbered('full width line of running text', 24), 'of the paper.¶', 'Short line¶'],
      { x: 50, right: 562, top: 700 },
    );
    expect(order(page)).toEqual([
      'full: full width line of running text 1 text of the column … Short line',
    ]);
  });

  it('reads a narrow side column of affiliations, set smaller, before the abstract beside it', () => {
    const affiliations = [
      '¹Department of Physics, Old',
      'Dominion University, Norfolk',
      '²Institute of Nuclear Medicine,',
      'Shanghai Jiaotong University',
      '³Continuous Electron Beam',
      'Accelerator Facility, Newport',
      'Correspondence to Dr J Zeng,',
      'Department of Physics, Old',
    ];
    const page = [
      ...column(affiliations, { x: 42, right: 134, top: 700, size: 8, pitch: 9 }),
      ...column(numbered('abstract', 24), { x: 147, right: 341, top: 700, size: 9.5 }),
      ...column(numbered('body', 30), { x: 356, right: 553, top: 700, size: 9 }),
    ];
    expect(order(page)).toEqual([
      'left: ¹Department of Physics, Old … Department of Physics, Old',
      'right: abstract 1 text of the column … abstract 24 text of the column',
      'right: body 1 text of the column … body 30 text of the column',
    ]);
  });

  it('reads an article-information box beside the abstract after it, not line by line inside it', () => {
    // Taylor & Francis: the abstract runs across most of the page, the box's short lines (set
    // smaller, under labels in capitals) beside it, then the body in two columns.
    const box = [
      'ARTICLE HISTORY',
      'Received 23 January 2020',
      'Accepted 1 June 2020',
      '',
      'KEYWORDS',
      'Pathogenesis; systemic',
      'lupus erythematosus;',
      'therapeutic peptides',
    ];
    const page = [
      ...column(numbered('abstract sentence running across most of the page', 12), {
        x: 60,
        right: 453,
        top: 600,
        size: 9,
        pitch: 10,
      }),
      ...column(box, { x: 471, top: 599, size: 8, pitch: 9 }),
      ...column(numbered('left', 20), { x: 48, right: 298, top: 460 }),
      ...column(numbered('right', 20), { x: 313, right: 561, top: 460 }),
    ];
    const regions = readingOrder(page).map((r) => r.lines.map((l) => l.text));
    console.log(
      readingOrder(page)
        .map((r) => r.kind + ': ' + r.lines.map((l) => l.text).join(' / '))
        .join('\n'),
    );
    const abstract = regions.find((lines) => lines.some((l) => l.startsWith('abstract')));
    expect(abstract).toHaveLength(12);
    expect(regions.find((lines) => lines[0] === 'ARTICLE HISTORY')).toEqual(box.filter(Boolean));
    expect(regions.map((lines) => lines[0])).toEqual([
      'abstract sentence running across most of the page 1 text of the column',
      'ARTICLE HISTORY',
      'left 1 text of the column',
      'right 1 text of the column',
    ]);
  });

  it('reads a narrow column of small print beside a wide summary after the summary, though a stretched line’s word space falls on the gutter below', () => {
    // The Lancet's first page: the summary runs across most of the page, a column of small print
    // (publication dates, `See Comment page 186`, affiliations) down the right margin beside it,
    // the body in two columns under it. One justified line of the summary is stretched so that
    // each word space is wider than a word space and one of them falls where the gutter of the
    // columns below is: still one line of the summary. The side column runs on beside the body.
    const side = [
      'Lancet 2018; 391: 241–50',
      'Published Online',
      'November 11, 2017',
      'See Comment page 186',
      'Centre for Public Health Data',
      'Science, Institute of Health',
      'Informatics (R W Aldridge PhD,',
      'A Story PhD, S A Luchenski FFPH,',
      'D Lewer MSc, Prof A C Hayward',
      'MD), The Farr Institute of',
      'Health Informatics Research,',
      'University College London,',
      'London, UK; Department of',
      'Social and Environmental',
      'Health Research, London',
      'School of Hygiene & Tropical',
      'Medicine, London, UK',
      'Correspondence to:',
      'Dr Robert W Aldridge, The Farr',
      'Institute of Health Informatics',
      'Research, University College',
      'London, London NW1 2DA, UK',
      'r.aldridge@ucl.ac.uk',
    ];
    const summary = numbered('summary sentence running across most of the page', 14);
    const words = [
      'published',
      'reports.',
      'Primary',
      'outcomes',
      'were',
      'measures',
      'of',
      'morbidity',
      'and',
      'mortality',
    ];
    const stretched: TextItem[] = [];
    let x = 37;
    for (const [i, word] of words.entries()) {
      // 5.5 pt spaces at 9 pt (wider than 0.6 em): `measures` ends at 253.7, `of` starts at 259.2.
      const width = i === 5 ? 253.7 - x : i === 9 ? 476 - x : 4.5 * word.length;
      stretched.push({ str: word, x, y: 600 - 7 * 11, width, height: 9 });
      x = i === 5 ? 259.2 : x + width + 5.5;
    }
    const page = [
      ...column(summary.slice(0, 7), { x: 37, right: 476, top: 600, size: 9, pitch: 11 }),
      ...stretched,
      ...column(summary.slice(7), { x: 37, right: 476, top: 600 - 8 * 11, size: 9, pitch: 11 }),
      ...column(side, { x: 485, top: 600, size: 6.5, pitch: 8.8 }),
      ...column(numbered('left', 20), { x: 37, right: 250, top: 420, size: 9, pitch: 11 }),
      ...column(numbered('right', 20), { x: 262, right: 476, top: 420, size: 9, pitch: 11 }),
    ];
    const regions = readingOrder(page).map((r) => r.lines.map((l) => l.text));
    console.log(
      readingOrder(page)
        .map((r) => r.kind + ': ' + r.lines.map((l) => l.text).join(' / '))
        .join('\n'),
    );
    const summaryRegion = regions.find((lines) => lines[0]?.startsWith('summary'));
    expect(summaryRegion).toHaveLength(15);
    expect(regions.find((lines) => lines[0] === side[0])).toEqual(side);
    expect(regions.map((lines) => lines[0])).toEqual([
      'summary sentence running across most of the page 1 text of the column',
      side[0],
      'left 1 text of the column',
      'right 1 text of the column',
    ]);
  });

  it('reads a column of the same type beside the text as one with it (no side column)', () => {
    const page = [
      ...column(numbered('narrow', 20), { x: 42, right: 134, top: 700, size: 9 }),
      ...column(numbered('abstract', 24), { x: 147, right: 341, top: 700, size: 9 }),
      ...column(numbered('body', 30), { x: 356, right: 553, top: 700, size: 9 }),
    ];
    expect(order(page)).toHaveLength(2);
  });

  it('reads a table of figures in three equal columns under one-column text row by row', () => {
    const text = column(numbered('one-column running text that fills the page', 12), {
      x: 50,
      top: 740,
      right: 562,
      size: 9,
    });
    const rows = Array.from({ length: 16 }, (_v, i) => 560 - 11 * i);
    const cells = rows.flatMap((y, r) =>
      THIRDS.map((at, c) => line(`0.${100 + r}${c} ± 0.0${10 + c}`, at.x, y, { right: at.right })),
    );
    const lines = readingOrder([...text, ...cells]).flatMap((region) =>
      region.lines.map((l) => l.text),
    );
    expect(lines.some((l) => l.includes('0.1001 ± 0.011') && l.includes('0.1002 ± 0.012'))).toBe(
      true,
    );
  });
});

describe('shapeFragments', () => {
  const run = (str: string, x: number, width: number): TextItem => ({
    str,
    x,
    y: 100,
    width,
    height: 10,
  });

  it('gives a line no wide gap cuts as its own fragment', () => {
    const shape = measureShape([run('one', 10, 20), run('line', 33, 20)]);
    expect(shapeFragments(shape)).toEqual([shape]);
    expect(shapeFragments(shape)[0]).toBe(shape);
  });

  it('cuts a line at a wide gap into the fragments lineFragments makes', () => {
    const shape = measureShape([run('left', 10, 20), run('right', 60, 20)]);
    expect(shapeFragments(shape)).toEqual(lineFragments(shape));
    expect(shapeFragments(shape).map((f) => f.left)).toEqual([10, 60]);
  });
});

describe('fragmentsOf', () => {
  const run = (str: string, x: number, y: number): TextItem => ({
    str,
    x,
    y,
    width: 20,
    height: 10,
  });

  it('gives the lines in order, each uncut line itself and each cut one as its fragments', () => {
    const whole = measureShape([run('one', 10, 100), run('line', 33, 100)]);
    const cut = measureShape([run('left', 10, 80), run('right', 60, 80)]);
    const fragments = fragmentsOf([whole, cut]);
    expect(fragments).toEqual([whole, ...lineFragments(cut)]);
    expect(fragments[0]).toBe(whole);
    expect(fragments.map((f) => f.left)).toEqual([10, 10, 60]);
  });
});

describe('a last paragraph under a blank at the foot of the left column', () => {
  it('stays in the left column when the right one ends higher and a full band follows', () => {
    // Paragraphs set apart by a blank line (a Word template); the flow ends in the right column,
    // above the left column's foot; a full-width note runs under both.
    const page = [
      ...column(
        [
          ...numbered('left', 14),
          '',
          'left last 1 text of the column',
          'left last 2 text of the column',
        ],
        { ...LEFT, top: 700 },
      ),
      ...column(numbered('right', 10), { ...RIGHT, top: 700 }),
      ...column(numbered('full width note running across the whole page under both', 2), {
        x: 50,
        top: 440,
        right: 550,
      }),
    ];
    const got = order(page);
    const leftLast = got.findIndex((r) => r.includes('left last 2'));
    const right = got.findIndex((r) => r.includes('right 1 '));
    expect(leftLast).toBeLessThan(right);
  });
});
