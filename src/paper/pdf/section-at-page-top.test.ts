import { column, line } from './__fixtures__/items';
import { dropPageFurniture } from './page-furniture';
import { isNumberedSectionHeading } from './section-at-page-top';
import type { TextItem } from './text-item';

/** A page of running text (no two lines alike), an optional line set apart at its top. */
function page(n: number, top?: string): TextItem[] {
  const text = column(
    Array.from(
      { length: 12 },
      (_v, i) => `page ${n} running text of the paper, its line ${i} here`,
    ),
    { x: 50, top: 700, right: 550 },
  );
  // Apart from the text under it, as a heading with space after it or a running head is.
  return [...(top === undefined ? [] : [line(top, 50, 740, { size: 11 })]), ...text];
}

describe('a numbered section heading opening the page whose number it carries', () => {
  it('stays: `4 Results` atop page 4 is the section, not a running head', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, n === 4 ? '4 Results' : undefined));
    expect(dropPageFurniture(pages)[3]?.map((i) => i.str)).toContain('4 Results');
  });

  it('stays with the caption beside it in the other column', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, n === 4 ? '4 Results' : undefined));
    pages[3]?.push(line('Figure 1 - Metrics distribution for the scheme.', 320, 740, { size: 11 }));
    const kept = dropPageFurniture(pages)[3]?.map((i) => i.str);
    expect(kept).toContain('4 Results');
    expect(kept).toContain('Figure 1 - Metrics distribution for the scheme.');
  });

  it('goes when every page’s running head names its own section (each once)', () => {
    const names = ['Introduction', 'Methods', 'Results', 'Discussion', 'Conclusions', 'References'];
    const pages = [1, 2, 3, 4, 5, 6].map((n) =>
      page(n, n === 1 ? undefined : `${n} ${names[n - 1]}`),
    );
    const tops = dropPageFurniture(pages).flatMap((p) =>
      p.filter((i) => i.y === 740).map((i) => i.str),
    );
    expect(tops).toEqual([]);
  });

  it('goes when it comes back on other pages as their running head', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, `${n} Results`));
    expect(dropPageFurniture(pages)[3]?.map((i) => i.str)).not.toContain('4 Results');
  });

  it('goes when it names no section: a running head with its page number', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, n === 4 ? '4 Journal of Widgets' : undefined));
    expect(dropPageFurniture(pages)[3]?.map((i) => i.str)).not.toContain('4 Journal of Widgets');
  });
});

describe('isNumberedSectionHeading', () => {
  it.each([
    ['4 Results', true],
    ['3. Methods', true],
    ['4.2 Results', false],
    ['4 Journal of Widgets', false],
  ])('%j: %s', (text, expected) => {
    expect(isNumberedSectionHeading(text)).toBe(expected);
  });
});
