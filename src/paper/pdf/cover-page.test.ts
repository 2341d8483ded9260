import { describe, expect, it } from 'vitest';
import { column, line } from './__fixtures__/items';
import { isCoverPage, withoutCoverPage } from './cover-page';
import { layoutPdfText } from './layout-pdf-text';
import { TITLE_MARK } from '../aside-blocks';

/** A download cover sheet as Taylor & Francis prints one: the title, the authors, its own lines. */
const tandfCover = [
  line('Studies of the widget in flight', 90, 700, { size: 14 }),
  line('Journal of Widgets', 90, 670),
  line('Ann Author , Ben Author & Cy Author', 90, 650),
  line('To cite this article: Ann Author , Ben Author & Cy Author (2020) Studies of the', 90, 620),
  line('widget in flight, Journal of Widgets, 29:8, 845-867', 90, 608),
  line('To link to this article: https://doi.org/10.1080/00000000.2020.0000000', 90, 590),
  line('Published online: 07 Jul 2020.', 90, 570),
  line('Submit your article to this journal', 90, 550),
  line('Article views: 141', 90, 530),
  line('View related articles', 90, 510),
  line('View Crossmark data', 90, 490),
];

/** The paper's first page: its title, byline and opening text. */
const paperPage = [
  line('Studies of the widget in flight', 72, 720, { size: 16 }),
  line('Ann Author, Ben Author and Cy Author', 72, 690),
  ...column(
    [
      '>Widgets fly. We measured how far they go on a calm day and on',
      'a windy one, and what their makers say of it.¶',
    ],
    { x: 72, top: 650, right: 540 },
  ),
];

describe('isCoverPage', () => {
  it('tells a publisher cover sheet by its own lines', () => {
    expect(isCoverPage(tandfCover)).toBe(true);
    expect(
      isCoverPage([
        line('See discussions, stats, and author profiles for this publication at:', 72, 700),
        line('https://www.researchgate.net/publication/000000', 72, 688),
        line('All content following this page was uploaded by Ann Author on 1 May 2020.', 72, 90),
      ]),
    ).toBe(true);
  });

  it('tells a repository’s download cover by its stamp of the download’s date and time', () => {
    expect(
      isCoverPage([
        line('Journal of Widgets', 72, 760, { size: 12 }),
        line('Studies of the widget in flight', 300, 700, { size: 14 }),
        line('Ann Author', 300, 680),
        line('To cite this article:', 72, 500),
        line(
          'Author, A. (2014). Studies of the widget in flight. Journal of Widgets, 143, 33-53.',
          72,
          480,
        ),
        line('http://repository.example.org | Downloaded at 05/04/2017 16:04:59 |', 150, 60, {
          size: 8,
        }),
      ]),
    ).toBe(true);
  });

  it('tells AIP Publishing’s download cover by its own lines', () => {
    expect(
      isCoverPage([
        line('Studies of the widget in flight', 72, 700, { size: 14 }),
        line(
          'Cite as: J. Chem. Phys. 146, 094104 (2017); https://doi.org/10.1063/1.0000000',
          72,
          680,
        ),
        line(
          'Submitted: 11 October 2016 . Accepted: 30 January 2017 . Published Online: 02 March 2017',
          72,
          668,
        ),
        line('Ann Author, Ben Author and Cy Author', 72, 640),
        line('ARTICLES YOU MAY BE INTERESTED IN', 72, 600),
        line('Widgets in a wind tunnel', 72, 580),
        line(
          'The Journal of Chemical Physics 134, 174105 (2011); https://doi.org/10.1063/1.0000001',
          72,
          568,
        ),
      ]),
    ).toBe(true);
  });

  it('does not take a page of the paper that names one of those lines for a cover', () => {
    expect(isCoverPage(paperPage)).toBe(false);
    expect(
      isCoverPage([...paperPage, line('To cite this article: Author A (2020) Widgets.', 72, 80)]),
    ).toBe(false);
  });
});

describe('withoutCoverPage', () => {
  it('empties the cover page and keeps the page count', () => {
    expect(withoutCoverPage([tandfCover, paperPage])).toEqual([[], paperPage]);
  });

  it('keeps a cover-like page that is the only page', () => {
    expect(withoutCoverPage([tandfCover])).toEqual([tandfCover]);
  });

  it('reads the title and byline from the page after the cover', () => {
    const text = layoutPdfText([tandfCover, paperPage]);
    expect(text).not.toMatch(/To cite this article|Article views/);
    expect(
      text.startsWith(
        `${TITLE_MARK}Studies of the widget in flight\n\nAnn Author, Ben Author and Cy Author`,
      ),
    ).toBe(true);
  });
});
