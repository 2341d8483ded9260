import { column, line, superscript } from './__fixtures__/items';
import { readPdfLayout } from './layout-pdf-text';
import { lineRect, locateLines } from './line-boxes';
import { LEAD_MARK, TITLE_MARK } from '../aside-blocks';
import type { TextLine } from './text-item';
import { groupLines } from './lines';

/** A page of a running header, a title over two lines and a short paragraph; a second page goes on. */
function pages() {
  const page1 = [
    line('Journal of Close Reading, vol. 3', 54, 760, { size: 8 }),
    line('Reading Closely', 200, 720, { size: 16 }),
    line('in Two Columns', 206, 700, { size: 16 }),
    ...column(
      [
        '>Close reading has a long history in the study of',
        'texts, and it has been tested on many corpora since',
      ],
      { x: 54.04, top: 640, right: 299 },
    ),
  ];
  const page2 = [
    line('Journal of Close Reading, vol. 3', 54, 760, { size: 8 }),
    ...column(['then. Readers mark what they find.¶'], { x: 54, top: 640, right: 299 }),
  ];
  return [page1, page2];
}

describe('where the laid-out lines were printed', () => {
  const layout = readPdfLayout(pages());
  const lines = layout.lines ?? [];
  const written = (i: number) => layout.text.slice(lines[i]?.start, lines[i]?.end);

  it('gives each written line of text its range, page and rectangle, rounded to 0.1 pt', () => {
    const body = lines.filter((l) => written(lines.indexOf(l)).includes('reading has'));
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ page: 1, x: 64, y: 638, height: 10 });
    expect(lines.map((_l, i) => written(i))).toContain('then. Readers mark what they find.');
    expect(lines.find((l) => written(lines.indexOf(l)).startsWith('then'))?.page).toBe(2);
  });

  it('gives a title written on one line a box for each printed line, over its own words', () => {
    // Marked for the parser as the title the layout found; the mark is in no line's range.
    const first = `${TITLE_MARK}Reading Closely in Two Columns`;
    expect(layout.text.startsWith(`${first}\n\n`)).toBe(true);
    const title = lines.filter((l) => l.end <= first.length);
    expect(title.map((l) => layout.text.slice(l.start, l.end))).toEqual([
      'Reading Closely',
      'in Two Columns',
    ]);
    expect(title.map((l) => [l.page, l.x, l.y])).toEqual([
      [1, 200, 716.8],
      [1, 206, 696.8],
    ]);
  });

  it('gives lines the layout dropped (a running header) no box', () => {
    expect(lines.every((l) => !written(lines.indexOf(l)).includes('Journal'))).toBe(true);
    expect(lines).toHaveLength(5);
  });
});

describe('lineRect', () => {
  it('reaches up over a raised mark and down a fifth of the size below the baseline', () => {
    const word = line('Text', 100, 500, { size: 10 });
    const [printed] = groupLines([word, superscript('1', word)]);
    if (!printed) throw new Error('no line');
    const rect = lineRect(printed, 3);
    expect(rect).toMatchObject({ page: 3, x: 100, y: 498 });
    expect(rect.height).toBeCloseTo(11.1, 5);
  });
});

describe('locateLines', () => {
  const printed = (text: string, baseline: number): TextLine => ({
    items: [],
    left: 50,
    right: 250,
    baseline,
    size: 10,
    text,
    opensWithMark: false,
  });
  const page = (...texts: string[]) => ({
    regions: [{ kind: 'full' as const, lines: texts.map((t, i) => printed(t, 700 - 12 * i)) }],
    notes: [],
  });

  it('finds lines written as printed, indented, with a soft hyphen or a run-in mark added', () => {
    // A printed line ending in a soft hyphen is not found: the written line's key drops it.
    const pages = [page('Plain line', 'Hyphen-', 'Methods. We did', 'code()', 'soft\u00AD')];
    const text = `Plain line\nHyphen-\u00AD\n\nMethods.${LEAD_MARK} We did\n    code()\nsoft\u00AD`;
    const boxes = locateLines(text, pages);
    expect(boxes.map((b) => text.slice(b.start, b.end))).toEqual([
      'Plain line',
      'Hyphen-',
      `Methods.${LEAD_MARK} We did`,
      'code()',
    ]);
    expect(boxes.map((b) => b.y)).toEqual([698, 686, 674, 662]);
  });

  it('takes lines of one text in printed order, whichever order they are written in', () => {
    const pages = [page('same', 'other', 'same')];
    const boxes = locateLines('other\nsame\nsame\nsame', pages);
    expect(boxes.map((b) => [b.start, b.y])).toEqual([
      [0, 686],
      [6, 698],
      [11, 674],
    ]);
  });

  it('leaves a line taken in printed order taken once lines come out of order', () => {
    // `same` is taken as the next printed line; `last`, written early, is looked up by its text,
    // and the second `same` then takes the printed line after the first, not the first again.
    const pages = [page('same', 'other', 'same', 'last')];
    const boxes = locateLines('same\nlast\nsame\nother', pages);
    expect(boxes.map((b) => [b.start, b.y])).toEqual([
      [0, 698],
      [5, 662],
      [10, 674],
      [15, 686],
    ]);
  });
});
