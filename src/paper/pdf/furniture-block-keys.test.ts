import { describe, expect, it } from 'vitest';
import { line } from './__fixtures__/items';
import { blockKeys } from './furniture-block-keys';
import { dropPageFurniture } from './page-furniture';
import type { TextItem } from './text-item';

const texts = (items: readonly TextItem[]) => items.map((i) => i.str);

describe('blockKeys', () => {
  it('masks a page number at either end that runs with the pages', () => {
    expect(blockKeys('146 n engl j med 374;2', 0)[1]).toBe(
      blockKeys('n engl j med 374;2 147', 1)[1],
    );
  });

  it('keeps numbers that do not run with the pages apart', () => {
    expect(blockKeys('12 Model accuracy', 0)).not.toContain(blockKeys('14 Model accuracy', 1)[1]);
  });

  it('matches a line printed the same on each page by its very text', () => {
    expect(blockKeys('CONF 2017', 0)[0]).toBe(blockKeys('CONF 2017', 1)[0]);
  });
});

describe('a footer block whose inner line carries the page number', () => {
  it('is dropped from every page (NEJM under its three-line download stamp)', () => {
    const stamp = [
      line('The New England Journal of Medicine', 220, 32, { size: 8 }),
      line('Downloaded from nejm.org on January 1, 2017. For personal use only.', 113, 22, {
        size: 8,
      }),
      line('Copyright © 2016 Massachusetts Medical Society. All rights reserved.', 170, 12, {
        size: 8,
      }),
    ];
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    const pages = [0, 1, 2, 3, 4, 5].map((n) => {
      const body = words.map((word, k) =>
        line(`${words[n]} page ${word} line of the running text set here`, 62, 700 - 14 * k),
      );
      const number = line(String(146 + n), n % 2 === 0 ? 31 : 521, 48, { size: 9.5 });
      const footer = line('n engl j med 374;2 nejm.org January 14, 2016', 222, 48, { size: 7.25 });
      return [...body, footer, number, ...stamp];
    });
    const kept = dropPageFurniture(pages).flatMap(texts);
    expect(kept.filter((s) => s.includes('engl'))).toEqual([]);
    expect(kept.filter((s) => s.includes(' page '))).toHaveLength(48);
  });
});
