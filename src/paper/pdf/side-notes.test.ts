import { column, line, superscript } from './__fixtures__/items';
import { pageFragments } from './columns';
import { groupLines } from './lines';
import { layoutPdfText } from './layout-pdf-text';
import {
  findTextMargins,
  keepListsInPlace,
  rulerNumberItems,
  splitFootnotes,
  splitMarginNotes,
} from './side-notes';
import type { TextItem } from './text-item';

const body = (n: number, top = 700) =>
  column(
    Array.from({ length: n }, (_v, i) => `running text of the paper, line number ${i + 1} here`),
    { x: 72, top, right: 292 },
  );

describe('splitMarginNotes', () => {
  it('takes a note in the left margin out of the column beside it', () => {
    const note = column(['Marginal', 'notes', 'go here.'], { x: 21, top: 676 });
    const items = [...body(40), ...note];
    const { body: kept, notes } = splitMarginNotes(items, findTextMargins(pageFragments(items)));
    expect(notes.map((n) => n.map((l) => l.text))).toEqual([['Marginal', 'notes', 'go here.']]);
    expect(groupLines(kept).every((l) => l.text.startsWith('running text'))).toBe(true);
  });

  it('drops line numbers in the margin', () => {
    const numbers = Array.from({ length: 40 }, (_v, i) => line(String(i + 1), 40, 700 - 12 * i));
    const items = [...body(40), ...numbers];
    const { body: kept, notes } = splitMarginNotes(items, findTextMargins(pageFragments(items)));
    expect(notes).toEqual([]);
    expect(kept).toHaveLength(40);
  });

  it('keeps a whole column: a column edge with a column beyond it is no margin', () => {
    const items = [
      ...body(12),
      ...column(
        Array.from({ length: 12 }, (_v, i) => `right column text line ${i}`),
        { x: 302, top: 700, right: 522 },
      ),
    ];
    expect(splitMarginNotes(items, findTextMargins(pageFragments(items))).notes).toEqual([]);
  });
});

describe('findTextMargins', () => {
  it('finds the same margins with a fragment set far off the page (counted by the sort)', () => {
    const items = body(40);
    const stray = line('stray', 90000, 300);
    expect(findTextMargins(pageFragments([...items, stray]))).toEqual(
      findTextMargins(pageFragments(items)),
    );
    expect(findTextMargins(pageFragments(items))?.left).toBe(72);
  });

  it('finds a margin at a page edge that rounds to -0', () => {
    const items = column(
      Array.from({ length: 40 }, (_v, i) => `text set against the very edge, line ${i + 1}`),
      { x: -0.2, top: 700, right: 220 },
    );
    expect(findTextMargins(pageFragments(items))?.left).toBe(-0);
  });
});

describe('splitFootnotes', () => {
  /** Body lines, then footnotes set small below a gap, each opening with a raised mark. */
  function withFootnotes(marks: readonly string[]): TextItem[] {
    const notes = marks.flatMap((mark, i) => {
      const raised = superscript(mark, line('', 72, 500 - 20 * i, { size: 8 }));
      const text = line(
        `Footnote ${i + 1} says where the authors work`,
        raised.x + raised.width,
        500 - 20 * i,
        { size: 8 },
      );
      return [raised, text, line('and goes on here.', 72, 490 - 20 * i, { size: 8 })];
    });
    return [...body(10), ...notes];
  }

  it('takes footnotes off the foot of a column, one per mark', () => {
    const { body: kept, notes } = splitFootnotes(groupLines(withFootnotes(['∗', '†'])), 10, 12);
    expect(kept).toHaveLength(10);
    expect(notes.map((n) => n.map((l) => l.text))).toEqual([
      ['∗Footnote 1 says where the authors work', 'and goes on here.'],
      ['†Footnote 2 says where the authors work', 'and goes on here.'],
    ]);
  });

  it('starts a note at an asterisk glued to its first word, set at full height (`*Work done …`)', () => {
    const raised = superscript('1', line('', 72, 500, { size: 8 }));
    const items = [
      ...body(10),
      raised,
      line('https://github.com/martiansideofthemoon/', raised.x + raised.width, 500, { size: 8 }),
      line('longeval-summarization', 72, 490, { size: 8 }),
      line('*Work done during an internship at AI2.', 72, 480, { size: 8 }),
    ];
    const { notes } = splitFootnotes(groupLines(items), 10, 12);
    expect(notes.map((n) => n.length)).toEqual([2, 1]);
  });

  it('takes notes numbered `1.`, `2.` in their own small type when the text above cites them raised (QJE)', () => {
    const cited = [
      ...body(9),
      line('political beliefs or voting.', 72, 592),
      superscript('1', line('', 200, 592)),
    ];
    const notes = column(
      [
        '1. Dyck and Zingales [2003] and Huberman and Regev [2001], among others,',
        'find that media coverage has a large impact on stock returns.',
        '2. As of June 2000, 14,458,000 U. S. households subscribed to a satellite',
      ],
      { x: 72, top: 520, size: 8 },
    );
    const { body: kept, notes: found } = splitFootnotes(groupLines([...cited, ...notes]), 10, 12);
    expect(kept).toHaveLength(10);
    expect(found.map((n) => n.length)).toEqual([2, 1]);
    // Written raised, as the text cites them, so that the text reads them as footnotes.
    expect(found.map((n) => n[0]?.text.slice(0, 12))).toEqual(['¹ Dyck and Z', '² As of June']);
  });

  it('leaves a numbered list set small whose numbers the text above does not cite raised', () => {
    const list = column(
      ['1. Adler, M. How to Read a Book. 1940.', '2. Smith, J. Annotations. 2019.'],
      { x: 72, top: 520, size: 8 },
    );
    const { body: kept, notes } = splitFootnotes(groupLines([...body(10), ...list]), 10, 12);
    expect(notes).toEqual([]);
    expect(kept).toHaveLength(12);
  });

  it("takes notes set in the body's own size, opening with a raised symbol under a wider blank (ACM)", () => {
    const noteLine = (mark: string, text: string, y: number) => {
      const raised = superscript(mark, line('', 72, y));
      return [raised, line(text, raised.x + raised.width, y)];
    };
    const items = [
      ...body(10), // 700 … 592
      ...noteLine('∗', 'Supported by the EU projects Webdam and FOX,', 568),
      line('and British EPSRC EP/G004021/1.', 72, 556),
      ...noteLine('†', 'The author is co-affiliated with INRIA Saclay.', 538),
      ...column(
        ['Permission to make digital or hard copies of all or part', 'of this work is granted.'],
        {
          x: 72,
          top: 528,
          size: 8,
        },
      ),
    ];
    const { body: kept, notes } = splitFootnotes(groupLines(items), 10, 12);
    expect(kept).toHaveLength(10);
    expect(notes.map((n) => n.map((l) => l.text.slice(0, 12)))).toEqual([
      ['∗Supported b', 'and British '],
      ['†The author '],
      ['Permission t', 'of this work'],
    ]);
  });

  it('takes such notes when pdf.js gives the mark at full height, raised by its position only', () => {
    const items = [
      ...body(10),
      line('∗', 72, 570),
      line('Supported by the EU projects Webdam and FOX,', 77, 566),
      line('and British EPSRC EP/G004021/1.', 72, 554),
    ];
    const { body: kept, notes } = splitFootnotes(groupLines(items), 10, 12);
    expect(kept).toHaveLength(10);
    expect(notes.map((n) => n.length)).toEqual([2]);
  });

  it("leaves body-size lines under a blank that open with a raised number (a list's labels) or no mark", () => {
    const entry = (label: string, y: number) => {
      const raised = superscript(label, line('', 72, y));
      return [
        raised,
        line('A. Author, J. Chem. Phys. 134, 174105 (2011).', raised.x + raised.width, y),
      ];
    };
    const numbered = [...body(10), ...entry('1', 568), ...entry('2', 544)];
    expect(splitFootnotes(groupLines(numbered), 10, 12).notes).toEqual([]);
    const paragraph = [...body(10), line('A new paragraph after a blank.', 72, 568)];
    expect(splitFootnotes(groupLines(paragraph), 10, 12).notes).toEqual([]);
  });

  it('leaves small text that opens with no mark (a reference list in a smaller size)', () => {
    const refs = column(
      ['[1] Adler, M. How to Read a Book. 1940.', '[2] Smith, J. Annotations. 2019.'],
      { x: 72, top: 520, size: 8 },
    );
    const { body: kept, notes } = splitFootnotes(groupLines([...body(10), ...refs]), 10, 12);
    expect(notes).toEqual([]);
    expect(kept).toHaveLength(12);
  });
});

describe('keepListsInPlace', () => {
  /** A column of body text with notes set small under a gap: `¹ …`, `² …`. */
  function columnWithNotes(x: number, marks: readonly string[]): TextItem[] {
    const notes = marks.flatMap((mark, i) => {
      const raised = superscript(mark, line('', x, 500 - 20 * i, { size: 8 }));
      const text = line(
        `Author ${i + 1}, J. Chem. Phys. 134, 174105 (2011).`,
        raised.x + raised.width,
        500 - 20 * i,
        { size: 8 },
      );
      return [raised, text];
    });
    const text = Array.from({ length: 10 }, (_v, i) => `running text of the paper, line ${i + 1}`);
    return [...column(text, { x, top: 700, right: x + 220 }), ...notes];
  }
  /** The next column: its first line opens with `mark`, set at `size`. */
  function nextColumn(mark: string, size: number): TextItem[] {
    const raised = superscript(mark, line('', 302, 700, { size }));
    return [
      raised,
      line('Author 3, Science 330, 341 (2010).', raised.x + raised.width, 700, { size }),
    ];
  }
  const split = (items: TextItem[]) => splitFootnotes(groupLines(items), 10, 12);

  it('puts back notes whose numbers go on at the next column’s top in their type (a list, AIP)', () => {
    const regions = [split(columnWithNotes(72, ['1', '2'])), split(nextColumn('3', 8))];
    expect(regions[0]?.notes).toHaveLength(2);
    keepListsInPlace(regions, 10);
    expect(regions[0]?.notes).toEqual([]);
    expect(regions[0]?.body.slice(-2).map((l) => l.text.slice(0, 9))).toEqual([
      '¹Author 1',
      '²Author 2',
    ]);
  });

  it('leaves footnotes when the next column opens with body text or another number', () => {
    for (const next of [nextColumn('3', 10), nextColumn('7', 8)]) {
      const regions = [split(columnWithNotes(72, ['1', '2'])), split(next)];
      keepListsInPlace(regions, 10);
      expect(regions[0]?.notes).toHaveLength(2);
    }
  });
});

describe('line numbers of a review copy (a ruler down each column)', () => {
  /** A justified column whose full lines end up to three points apart (as TeX sets them), and its ruler. */
  const rulered = (x: number, right: number, top: number, rulerX: number, first: number) => {
    const text = Array.from({ length: 40 }, (_v, i) =>
      line(`running text of the review copy, line ${i} of it`, x, top - 13.5 * i, {
        size: 10.9,
        right: right + (i % 6) * 0.5,
      }),
    );
    const numbers = Array.from({ length: 40 }, (_v, i) =>
      line(` ${String(first + i).padStart(3, '0')}`, rulerX, top - 13.5 * i, { size: 8 }),
    );
    return [...text, ...numbers];
  };
  // ACL's review copies number the left column in the left margin and the right column in the
  // right margin; the right column's baselines are not the left's.
  const page = (n: number) => [
    ...rulered(71, 289, 720, 12.2, 100 * n),
    ...rulered(306, 524.4, 713, 566.4, 100 * n + 50),
  ];

  it('are no part of any line, in either margin', () => {
    const text = layoutPdfText([page(0), page(1), page(2)]);
    expect(text).not.toMatch(/\b\d{3}\b/);
    expect(text).toContain('running text of the review copy, line 20 of it');
  });

  it('are dropped where both margins number the same baseline', () => {
    const same = (n: number) => [
      ...rulered(71, 289, 720, 12.2, 100 * n),
      ...rulered(306, 524.4, 720, 566.4, 100 * n + 50),
    ];
    expect(layoutPdfText([same(0), same(1), same(2)])).not.toMatch(/\b\d{3}\b/);
  });

  it("keeps a table's numbered rows, one line apart, with text on both sides of the numbers", () => {
    const rows = Array.from({ length: 20 }, (_v, i) => [
      line(`row text ${i}`, 72, 700 - 12 * i),
      line(String(10 + i), 150, 700 - 12 * i),
      line(`compound named ${i}`, 170, 700 - 12 * i),
    ]).flat();
    expect(layoutPdfText([body(40), body(40), rows])).toContain('29 compound named 19');
  });

  it("keeps a reference list's bare labels, an entry of one to three lines apart", () => {
    const items: TextItem[] = [];
    let y = 700;
    for (let n = 1; n <= 16; n++) {
      items.push(line(String(n), 72, y));
      for (let k = 0; k < 1 + (n % 3); k++) {
        items.push(line(`Author ${n}, a title of the work, part ${k} (2001)`, 90, y));
        y -= 12;
      }
    }
    const text = layoutPdfText([body(40), body(40), items]);
    expect(text).toContain('16 Author 16');
  });
});

describe('review32: bare numbers that count no lines', () => {
  it("keeps a reference list's bare labels when every entry takes one line (Lancet, BMJ: `1 Smith J. …`)", () => {
    const items: TextItem[] = [];
    for (let n = 1; n <= 16; n++) {
      // Labels set right-aligned before a hanging indent, an em or so from their entries.
      items.push(line(String(n), 82 - String(n).length * 5, 700 - 12 * n));
      items.push(line(`Author ${n} J. A title. Lancet 2001; 3: ${n}.`, 92, 700 - 12 * n));
    }
    const right = column(
      Array.from({ length: 40 }, (_v, i) => `right column text line ${i} of the paper here`),
      { x: 310, top: 700, right: 530 },
    );
    const text = layoutPdfText([body(40), body(40), [...items, ...right]]);
    expect(text).toMatch(/\b12 Author 12 J\. A title/);
  });
});

describe('review32: a ruler set close to its column', () => {
  const page = (first: number, size: number) =>
    Array.from({ length: 40 }, (_v, i) => {
      const n = String(first + i);
      return [
        line(n, 62 - n.length * 0.5 * size, 700 - 12 * i, { size }),
        line(`running text of the preprint, its line ${i} in the column`, 72, 700 - 12 * i),
      ];
    }).flat();

  it("takes lineno's numbers, tiny and 10 pt before each line's text, for a ruler", () => {
    const items = page(41, 5);
    expect(rulerNumberItems(pageFragments(items))).toHaveLength(40);
    const text = layoutPdfText([page(1, 5), items, page(81, 5)]);
    expect(text).not.toMatch(/\b\d{2,3} running/);
    expect(text).toContain('running text of the preprint, its line 20 in the column');
  });

  it('takes numbers in the type of the text, as close before it, for labels', () => {
    expect(rulerNumberItems(pageFragments(page(41, 10)))).toHaveLength(0);
  });
});
