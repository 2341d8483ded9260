import { column, line } from './__fixtures__/items';
import { dropPageFurniture } from './page-furniture';
import type { TextItem } from './text-item';

const WORDS = [
  'alpha',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'kilo',
  'lima',
];

/** A page of running text (no two lines alike) between an optional header and footer. */
function page(
  body: string,
  { header, footer }: { header?: TextItem; footer?: TextItem } = {},
): TextItem[] {
  const text = column(
    WORDS.map((word) => `${body} ${word} line of the running text here`),
    { x: 50, top: 700, right: 550 },
  );
  return [...(header ? [header] : []), ...text, ...(footer ? [footer] : [])];
}

const texts = (items: readonly TextItem[]) => items.map((i) => i.str);

describe('dropPageFurniture', () => {
  it.each([
    [
      'a running header, numbers and all',
      (n: number) => ({
        header: line(`Journal of Close Reading 12 (2020) ${100 + n}`, 50, 760, { size: 8 }),
      }),
    ],
    ['a page number at the foot', (n: number) => ({ footer: line(String(n), 295, 40) })],
    ['a dashed page number', (n: number) => ({ footer: line(`– ${n} –`, 290, 40) })],
    ['“Page n of 3”', (n: number) => ({ footer: line(`Page ${n} of 3`, 270, 40) })],
    [
      'a roman page number',
      (n: number) => ({ footer: line(['i', 'ii', 'iii'][n - 1] ?? '', 295, 40) }),
    ],
  ])('drops %s from every page', (_case, furniture) => {
    const pages = [1, 2, 3].map((n) =>
      page(`page ${['one', 'two', 'three'][n - 1]}`, furniture(n)),
    );
    const kept = dropPageFurniture(pages);
    kept.forEach((items, i) => {
      expect(items).toHaveLength(12);
      expect(texts(items)[0]).toBe(
        `page ${['one', 'two', 'three'][i]} alpha line of the running text here`,
      );
    });
  });

  it('drops a header that carries the page number, on a page of its own', () => {
    const pages = [page('first'), page('second', { header: line('3 CITATIONS 2', 50, 760) })];
    expect(texts(dropPageFurniture(pages)[1] ?? [])).not.toContain('3 CITATIONS 2');
  });

  it('keeps the title on the first page though later pages repeat it as their running header', () => {
    const title = line('Ultra Light Bosonic Dark Matter', 150, 730, { size: 14 });
    const head = (n: number) => line(`${n} Ultra Light Bosonic Dark Matter`, 50, 770, { size: 8 });
    const pages = [
      [title, ...page('first')],
      page('second', { header: head(2) }),
      page('third', { header: head(3) }),
    ];
    const kept = dropPageFurniture(pages);
    expect(texts(kept[0] ?? [])).toContain('Ultra Light Bosonic Dark Matter');
    expect(
      kept
        .slice(1)
        .flatMap(texts)
        .some((s) => s.includes('Ultra Light')),
    ).toBe(false);
  });

  it('drops a first page’s number printed above its conference footer, as the other pages number theirs', () => {
    const footer = [
      line('Proceedings of the Conference on Close Reading, pages 67–72,', 70, 46, { size: 9 }),
      line('Boulder, Colorado, June 2009. © 2009 The Association', 150, 37, { size: 9 }),
    ];
    const first = [...page('first', { footer: line('67', 290, 400) }), ...footer];
    const later = [68, 69, 70].map((n, i) =>
      page(`page ${WORDS[i] ?? ''}`, { footer: line(String(n), 290, 400) }),
    );
    const kept = dropPageFurniture([first, ...later]);
    expect(texts(kept[0] ?? [])).not.toContain('67');
    expect(texts(kept[0] ?? [])).toContain(footer[0]?.str);
  });

  it('keeps a number deep in a first page’s foot that no page numbering matches', () => {
    const first = [
      ...page('first', { footer: line('12', 290, 400) }),
      line('Proceedings of the Conference on Close Reading, pages 67–72,', 70, 46, { size: 9 }),
      line('Boulder, Colorado, June 2009. © 2009 The Association', 150, 37, { size: 9 }),
    ];
    const later = [68, 69, 70].map((n, i) =>
      page(`page ${WORDS[i] ?? ''}`, { footer: line(String(n), 290, 400) }),
    );
    expect(texts(dropPageFurniture([first, ...later])[0] ?? [])).toContain('12');
  });

  it('drops a conference’s four-line footer block from every page, and keeps a table’s repeated head row', () => {
    const footer = [
      line('CONF 2017', 250, 100),
      line('Proceedings of the Congress on Computational Methods in Engineering', 50, 88),
      line('A. Editor, B. Editor (Editors), Florianópolis, Brazil,', 50, 76),
      line('November 5-8, 2017.', 50, 64),
    ];
    const pages = [1, 2, 3].map((n) => {
      const body = page(`page ${WORDS[n] ?? ''}`);
      // A table running on over the pages repeats its head row under the last body line.
      return [...body, line('Method Accuracy Recall', 50, 150), ...footer];
    });
    const kept = dropPageFurniture(pages);
    kept.forEach((items) => {
      expect(texts(items)).toHaveLength(13);
      expect(texts(items)).toContain('Method Accuracy Recall');
    });
  });

  it('keeps a table’s head row under a two-line running head on three pages of twelve', () => {
    const head = [
      line('Journal of Close Reading', 50, 770, { size: 8 }),
      line('Volume 12, Issue 3', 50, 760, { size: 8 }),
    ];
    const pages = WORDS.map((word, n) => [
      ...head,
      ...(n >= 4 && n < 7 ? [line('Model Self-BLEU Self-TER', 50, 745, { size: 9 })] : []),
      ...page(`page ${word}`),
    ]);
    const kept = dropPageFurniture(pages);
    expect(kept.flatMap(texts).filter((s) => s.startsWith('Model Self'))).toHaveLength(3);
    expect(kept.flatMap(texts).filter((s) => s.startsWith('Journal'))).toHaveLength(0);
  });

  it('keeps a chapter’s label atop its first page (`Chapter 3`, `Chapter 4`): not one text each time', () => {
    const label = (n: number) => ({ header: line(`Chapter ${n}`, 50, 760, { size: 14 }) });
    const pages = [page('one', label(3)), page('two'), page('three', label(4))];
    const kept = dropPageFurniture(pages);
    expect(texts(kept[0] ?? [])).toContain('Chapter 3');
    expect(texts(kept[2] ?? [])).toContain('Chapter 4');
  });

  it('drops a running head of a chapter’s label and number, the same text on each page', () => {
    const head = { header: line('Chapter 3', 50, 760, { size: 8 }) };
    const pages = [page('one', head), page('two', head), page('three', head)];
    expect(dropPageFurniture(pages).flatMap(texts)).not.toContain('Chapter 3');
  });

  it('keeps first and last lines that do not come back on other pages', () => {
    const pages = [
      page('one', { footer: line('Preprint submitted to a journal near you', 50, 40) }),
      page('two'),
    ];
    expect(texts(dropPageFurniture(pages)[0] ?? [])).toContain(
      'Preprint submitted to a journal near you',
    );
  });

  it.each([
    [
      'drops a book’s running heads that name each page’s section beside its printed number',
      ['12 1.1. CURVES', '1.2. SURFACES 13', '14 1.3. VOLUMES', '2.1. GROUPS 15'],
      [],
    ],
    [
      'keeps numbered lines at the top of only two pages (headings), though their numbers follow the pages',
      ['', '3 Methods of the survey', '', '5 Results of the survey'],
      ['3 Methods of the survey', '5 Results of the survey'],
    ],
    [
      'keeps long lines though their numbers follow the pages',
      [
        '5 A footnote that runs on for well over twelve words of text at the foot',
        '6 A footnote that runs on for well over twelve words of text at the foot again',
        '7 A footnote that runs on for well over twelve words of text at the foot once more',
        '',
      ],
      [
        '5 A footnote that runs on for well over twelve words of text at the foot',
        '6 A footnote that runs on for well over twelve words of text at the foot again',
        '7 A footnote that runs on for well over twelve words of text at the foot once more',
      ],
    ],
  ])('%s', (_case, headers, kept) => {
    const pages = headers.map((header, i) =>
      page(`page ${WORDS[i] ?? ''}`, header ? { header: line(header, 50, 760, { size: 8 }) } : {}),
    );
    const headerTexts = new Set(headers);
    expect(
      dropPageFurniture(pages)
        .flatMap(texts)
        .filter((s) => headerTexts.has(s)),
    ).toEqual(kept);
  });
});
