import { column, line } from './__fixtures__/items';
import { isBackSheet } from './back-sheet';
import { withoutCoverPage } from './cover-page';
import { layoutPdfText } from './layout-pdf-text';

/** The last page of a Science article downloaded from its site (HighWire's back sheet). */
const scienceBackSheet = [
  line('Trophic Downgrading of Planet Earth', 60, 740, { size: 14 }),
  line('James A. Estes, John Terborgh, Justin S. Brashares and Mary E. Power', 60, 720),
  line('Science 333 (6040), 301-306.', 60, 690),
  line('DOI: 10.1126/science.1205106', 60, 678),
  line('ARTICLE TOOLS', 60, 650),
  line('http://science.sciencemag.org/content/333/6040/301', 200, 650),
  line('REFERENCES', 60, 620),
  line('This article cites 63 articles, 11 of which you can access for free', 200, 620),
  line('PERMISSIONS', 60, 590),
  line('http://www.sciencemag.org/help/reprints-and-permissions', 200, 590),
  line('Use of this article is subject to the Terms of Service', 60, 560),
];

/** The paper's last page: the end of its reference list. */
const lastPage = column(
  [
    'References and Notes¶',
    '1. D. H. Janzen, Nat. Hist. 83, 48 (1974).¶',
    '2. D. M. Raup, J. J. Sepkoski Jr., Science 215, 1501 (1982).¶',
    '3. J. Terborgh, J. A. Estes, Eds., Trophic Cascades (Island Press, 2010).¶',
  ],
  { x: 72, top: 700, right: 300 },
);

describe('a download back sheet after the paper', () => {
  it('is told by its own lines, and a page of the paper is not', () => {
    expect(isBackSheet(scienceBackSheet)).toBe(true);
    expect(isBackSheet(lastPage)).toBe(false);
  });

  it('is left out, its page kept empty', () => {
    expect(withoutCoverPage([lastPage, scienceBackSheet])).toEqual([lastPage, []]);
  });

  it('adds no heading or entry to the reference list', () => {
    const text = layoutPdfText([lastPage, scienceBackSheet]);
    expect(text).toContain('Trophic Cascades');
    expect(text).not.toMatch(/PERMISSIONS|This article cites/);
  });
});
