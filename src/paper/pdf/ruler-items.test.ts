import { column, line } from './__fixtures__/items';
import { layoutPdfText } from './layout-pdf-text';
import { dropRulerItems, dropRulers } from './ruler-items';
import type { TextItem } from './text-item';

/** A draft's column of running text in the body's font, a line every 12 points from `top`. */
const body = (x: number, top: number, n: number, from = 1): TextItem[] =>
  column(
    Array.from(
      { length: n },
      (_v, i) => `running text of the draft, its line ${from + i} here and`,
    ),
    { x, top, right: x + 230, pitch: 12 },
  ).map((item) => ({ ...item, fontName: 'body' }));

/**
 * The numbers `lineno` (AASTeX's and A&A's drafts, review copies) prints beside each line, in a
 * small font of their own, a little off the line's baseline, right-aligned at `right`.
 */
const ruler = (right: number, top: number, n: number, from: number): TextItem[] =>
  Array.from({ length: n }, (_v, i) => {
    const str = String(from + i);
    return {
      ...line(str, right - str.length * 2.6, top - 12 * i - 2.6, { size: 5 }),
      fontName: 'ln',
    };
  });

describe('dropRulerItems', () => {
  it('drops the line numbers set in the gutter beside each column, in a font of their own', () => {
    const items = [
      ...body(50, 700, 20),
      ...ruler(47, 700, 20, 1),
      ...body(316, 700, 20, 21),
      ...ruler(313, 700, 20, 21),
    ];
    const kept = dropRulerItems(items);
    expect(kept.some((item) => item.fontName === 'ln')).toBe(false);
    expect(kept).toHaveLength(40);
    const text = layoutPdfText([items]).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\b(?:1[0-9]|2[0-9]|3[0-9])\b(?! here)/);
    expect(text).toContain('line 20 here and running text of the draft, its line 21 here');
  });

  it('keeps a numbered column set in the text’s own font (a table’s rows, a list)', () => {
    const rows = Array.from({ length: 14 }, (_v, i) => ({
      ...line(String(i + 1), 60, 600 - 12 * i, { size: 9 }),
      fontName: 'body',
    }));
    const items = [...body(50, 700, 5), ...rows];
    expect(dropRulerItems(items)).toHaveLength(items.length);
  });

  it('keeps numbers in a font of their own that do not count lines (a chart’s axis)', () => {
    const ticks = Array.from({ length: 14 }, (_v, i) => ({
      ...line(String(140 - 10 * i), 300, 600 - 12 * i, { size: 5 }),
      fontName: 'chart',
    }));
    const items = [...body(50, 700, 5), ...ticks];
    expect(dropRulerItems(items)).toHaveLength(items.length);
  });
});

describe('dropRulers', () => {
  it('drops a ruler’s few numbers on a page of figures, known from the pages that print a dozen', () => {
    const full = [...body(50, 700, 20), ...ruler(47, 700, 20, 1)];
    // Under a figure: four lines of the column, numbered on.
    const figure = {
      ...line('Figure 1. A chart of the bar over time.', 50, 300),
      fontName: 'body',
    };
    const short = [figure, ...body(50, 200, 4, 21), ...ruler(47, 200, 4, 21)];
    const [, kept] = dropRulers([full, short]);
    expect(kept?.map((item) => item.str)).toEqual(
      short.filter((i) => i.fontName === 'body').map((i) => i.str),
    );
    expect(layoutPdfText([full, short])).not.toMatch(/\b2[1-4]\b(?! here)/);
  });
});
