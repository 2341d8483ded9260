import { line } from './__fixtures__/items';
import { pageFragments } from './columns';
import { layoutPdfText } from './layout-pdf-text';
import { rulerNumberItems } from './side-notes';
import type { TextItem } from './text-item';

/**
 * A review copy's ruler (eLife's, `lineno`) numbers the title's lines too; the title is set so
 * large that its number's gap before it is under half its size, and the number was read as the
 * title's first word (`1 Fundamental limits on the rate of 2 bacterial cell division`).
 */
describe('a ruler numbering the lines of a title set large', () => {
  /** A ruler's number, tiny, ending at x = 62 on baseline `y`. */
  const number = (n: number, y: number) =>
    line(String(n), 62 - String(n).length * 2.5, y, { size: 5 });
  const page = (): TextItem[] => {
    const items: TextItem[] = [
      number(1, 730),
      line('Fundamental limits on the rate of', 72, 730, { size: 22 }),
      number(2, 700),
      line('bacterial cell division', 72, 700, { size: 22 }),
    ];
    for (let i = 0; i < 40; i++) {
      items.push(number(i + 3, 660 - 12 * i));
      items.push(
        line(`running text of the preprint, its line ${i} in the column`, 72, 660 - 12 * i),
      );
    }
    return items;
  };

  it("takes the title's numbers with the ruler's", () => {
    const found = rulerNumberItems(pageFragments(page())).map((item) => item.str);
    expect(found).toContain('1');
    expect(found).toContain('2');
    expect(found).toHaveLength(42);
  });

  it('leaves the title its words alone', () => {
    const text = layoutPdfText([page()]);
    expect(text).toMatch(/Fundamental limits on the rate of\s+bacterial cell division/);
    expect(text).not.toMatch(/\b[12] (?:Fundamental|bacterial)/);
  });

  it('leaves the title its words alone on a first page whose lines stand unevenly apart', () => {
    // Headings, a byline and an abstract: no one pitch, so no ruler, but numbers in the margin.
    const items: TextItem[] = [
      number(1, 730),
      line('Fundamental limits on the rate of', 72, 730, { size: 22 }),
      number(2, 700),
      line('bacterial cell division', 72, 700, { size: 22 }),
    ];
    let y = 660;
    for (let i = 0; i < 30; i++) {
      items.push(number(i + 3, y));
      items.push(line(`running text of the preprint, its line ${i} in the column`, 72, y));
      y -= i % 3 === 0 ? 21 : 12;
    }
    // The next page: its ruler goes on, one line at a time.
    const next: TextItem[] = [];
    for (let i = 0; i < 40; i++) {
      next.push(number(i + 33, 700 - 12 * i));
      next.push(line(`more text of the preprint on its next page, line ${i}`, 72, 700 - 12 * i));
    }
    const text = layoutPdfText([items, next]);
    expect(text).toMatch(/Fundamental limits on the rate of\s+bacterial cell division/);
    expect(text).not.toMatch(/\b[12] (?:Fundamental|bacterial)/);
  });
});
