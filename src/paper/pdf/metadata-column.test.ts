import { parsePaper } from '../parse-paper';
import { column, line } from './__fixtures__/items';
import { layoutPdfText, readPdfLayout } from './layout-pdf-text';
import type { Region } from './columns';
import { setAsideMetadataColumn } from './metadata-column';
import type { TextItem, TextLine } from './text-item';
import { pid } from '../__fixtures__/paper-ids';

/** The running text of a page in the main column (x 198 to 560), as every page of the paper sets it. */
const MAIN = { x: 198, right: 560 };
const body = (top: number, n: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `and so the argument of paragraph line ${i} comes to its end here.¶`
      : `the running text of the study goes on across the column in line ${i} of it`,
  );

/**
 * A PLOS-like first page: the title, the byline and the abstract in the main column, and a narrow
 * column of the article's metadata at the page's left edge, set small (`OPEN ACCESS`, `Citation:`,
 * `Editor:`, `Received:` …), with a badge's hidden text (`a1111111111`) stacked above it; then a
 * page of running text in the main column, with a caption across the page (so that the page's
 * left margin is the metadata column's edge).
 */
/** A line of `text` 5 pt a character wide at `left`, on `baseline`, as a region holds it. */
const at = (text: string, left: number, baseline: number): TextLine => ({
  items: [],
  left,
  right: left + 5 * text.length,
  baseline,
  size: 10,
  text,
  opensWithMark: false,
});

function plosLikePaper(): TextItem[][] {
  const side = { x: 36, right: 170, size: 6.5 };
  const page1 = [
    line('A study of reading in the margins of papers', 198, 700, { size: 16 }),
    line('Jane Doe 1*, Richard Roe 2', 198, 660, { size: 11 }),
    line('1 Department of Reading, University of Somewhere, Somewhere, Country', 198, 645, {
      size: 8,
    }),
    ...['a1111111111', 'a1111111111', 'a1111111111', 'a1111111111', 'a1111111111'].map((s, i) =>
      line(s, 36, 560 - 9 * i, { size: 4 }),
    ),
    line('Abstract', 198, 600, { size: 12 }),
    ...column(body(585, 12), { ...MAIN, top: 585 }),
    ...column(
      [
        'OPEN ACCESS¶',
        '',
        'Citation: Doe J, Roe R (2025) A study of',
        'reading in the margins of papers. PLoS ONE',
        '20(1): e0000001.¶',
        '',
        'Editor: Ann Other, University of Elsewhere,',
        'COUNTRY¶',
        '',
        'Received: May 16, 2024¶',
        '',
        'Accepted: July 8, 2025¶',
        '',
        'Copyright: © 2025 Doe, Roe. This is an open',
        'access article distributed under the terms of',
        'the Creative Commons Attribution License.¶',
        '',
        'Funding: The authors received no specific',
        'funding for this work.¶',
      ],
      { ...side, top: 490, pitch: 9 },
    ),
    line('Introduction', 198, 420, { size: 12 }),
    ...column(body(405, 8), { ...MAIN, top: 405 }),
  ];
  const page2 = [
    ...column(body(720, 30), { ...MAIN, top: 720 }),
    line('Fig 1. The margins of a paper, as a reader marks them, across the whole page.', 36, 300, {
      size: 9,
    }),
    line('Fig 2. The margins of a paper, as a reader marks them, across the whole page.', 36, 200, {
      size: 9,
    }),
    line('Fig 3. The margins of a paper, as a reader marks them, across the whole page.', 36, 100, {
      size: 9,
    }),
  ];
  return [page1, page2];
}

describe('a first page with a column of the article metadata (PLOS, Frontiers)', () => {
  it('reads the title, the byline and the abstract before the metadata', () => {
    const text = layoutPdfText(plosLikePaper());
    const at = (s: string) => text.indexOf(s);
    expect(at('Jane Doe')).toBeGreaterThan(at('A study of reading'));
    expect(at('Abstract')).toBeGreaterThan(at('Jane Doe'));
    expect(at('Citation: Doe J')).toBeGreaterThan(at('Abstract'));
    expect(at('Funding: The authors')).toBeGreaterThan(at('Abstract'));
  });

  it('keeps each metadata note whole', () => {
    const text = layoutPdfText(plosLikePaper());
    expect(text).toContain(
      'Citation: Doe J, Roe R (2025) A study of\nreading in the margins of papers. PLoS ONE\n20(1): e0000001.',
    );
  });

  it("drops a badge's hidden text: identical strings of no word stacked at one x", () => {
    expect(layoutPdfText(plosLikePaper())).not.toContain('a1111111111');
  });

  it('parses the byline as a byline and no metadata label as a heading', () => {
    const paper = parsePaper(layoutPdfText(plosLikePaper()), {
      format: 'pdf',
      fileName: 'metadata.pdf',
      id: pid(`sha256:${'1'.repeat(64)}`),
    });
    const text = (kind: string) =>
      paper.blocks.filter((b) => b.kind === kind).map((b) => paper.text.slice(b.start, b.end));
    expect(text('heading')).toEqual(['Abstract', 'Introduction']);
    expect(text('byline').join('\n')).toContain('Jane Doe');
  });

  it('sets aside a Frontiers-like column of capital labels, each note whole', () => {
    const side = { x: 50, right: 190, size: 7.5, pitch: 9 };
    const page1 = [
      line('A study of reading in the margins of papers', 221, 700, { size: 16 }),
      line('Jane Doe* and Richard Roe', 221, 665, { size: 11 }),
      ...column(body(640, 14), { x: 221, right: 560, top: 640 }),
      line('1 Introduction', 221, 430, { size: 12 }),
      ...column(body(410, 10), { x: 221, right: 560, top: 410 }),
      ...column(
        [
          'OPEN ACCESS¶',
          '',
          'EDITED BY',
          'Ann Other,',
          'University of Elsewhere, Country¶',
          '',
          'REVIEWED BY',
          'Sam Third,',
          'University of Nowhere, Country¶',
          '',
          'RECEIVED 11 August 2025',
          'ACCEPTED 14 October 2025',
          'PUBLISHED 21 November 2025¶',
          '',
          'COPYRIGHT',
          '© 2025 Doe and Roe. This is an open-access',
          'article distributed under the terms of the',
          'Creative Commons Attribution License.¶',
        ],
        { ...side, top: 640 },
      ),
    ];
    const page2 = [
      ...column(body(720, 40), { x: 50, right: 300, top: 720 }),
      ...column(body(720, 40), { x: 310, right: 560, top: 720 }),
    ];
    const text = layoutPdfText([page1, page2]);
    const at = (s: string) => text.indexOf(s);
    expect(at('EDITED BY')).toBeGreaterThan(at('line 13 comes to its end'));
    expect(at('Jane Doe')).toBeGreaterThan(at('A study of reading'));
    expect(text).toContain('EDITED BY\nAnn Other,\nUniversity of Elsewhere, Country');
  });

  it('sets aside the rest of the column at the top of the next page, opening mid-sentence', () => {
    const [page1, page2] = plosLikePaper();
    const runOn = column(
      [
        'those of the authors and not of the funder,',
        'who had no role in the design of the study,',
        'in its analysis or in the decision to publish',
        'it or in the preparation of the manuscript.¶',
        '',
        'Competing interests: The authors have',
        'declared that no competing interests exist.¶',
      ],
      { x: 36, right: 170, size: 6.5, pitch: 8, top: 720 },
    );
    const text = layoutPdfText([page1 ?? [], [...runOn, ...(page2 ?? [])]]);
    expect(text.indexOf('those of the authors')).toBeGreaterThan(text.indexOf('line 29 comes'));
    expect(text.indexOf('Competing interests')).toBeGreaterThan(text.indexOf('line 29 comes'));
  });

  /** The PLOS-like paper with its Funding note cut mid-sentence and run on at the next page's top. */
  const runOnPaper = (): TextItem[][] => {
    const [page1, page2] = plosLikePaper();
    // The Funding note breaks off mid-sentence at the first page's foot.
    const cut = (page1 ?? []).map((item) =>
      item.str.startsWith('funding for this work')
        ? { ...item, str: 'funding for this work. The views here are' }
        : item,
    );
    const runOn = column(
      [
        'those of the authors and not of the funder.¶',
        '',
        'Competing interests: The authors have',
        'declared that no competing interests exist.¶',
      ],
      { x: 36, right: 170, size: 6.5, pitch: 8, top: 720 },
    );
    return [cut, [...runOn, ...(page2 ?? [])]];
  };

  it('joins a note that runs on at the top of the next page’s column to its start', () => {
    const text = layoutPdfText(runOnPaper());
    expect(text).toContain('The views here are\nthose of the authors and not of the funder.');
    const paper = parsePaper(text, { format: 'pdf', fileName: 'p.pdf', id: pid('p') });
    const funding = paper.blocks.find((b) =>
      paper.text.slice(b.start, b.end).startsWith('Funding'),
    );
    expect(paper.text.slice(funding?.start ?? 0, funding?.end ?? 0)).toMatch(
      /not of the funder\.$/,
    );
  });

  it('places the run-on of a note joined across pages on the page it is printed on', () => {
    // The run-on's lines go into the note of the page before; their boxes (where a highlight is
    // drawn) must still say the second page, whose coordinates they carry.
    const { text, lines } = readPdfLayout(runOnPaper());
    const at = text.indexOf('The views here are\nthose of the authors') + 19;
    expect(at).toBeGreaterThan(19);
    const box = lines?.find((b) => b.start <= at && at < b.end);
    expect(box?.page).toBe(2);
  });

  it('opens no metadata column on a later page: labelled lines there are the paper’s end matter', () => {
    const regions: Region[] = [
      {
        kind: 'full',
        lines: [at('Fig 4. The margins of a paper, across the whole page', 36, 720)],
      },
      {
        kind: 'left',
        lines: [at('Funding: none.', 36, 700), at('Competing interests: none.', 36, 688)],
      },
      {
        kind: 'right',
        lines: [at('the discussion of the results goes on and on and on', 198, 700)],
      },
    ];
    expect(setAsideMetadataColumn(regions, null, true).regions).not.toBe(regions);
    expect(setAsideMetadataColumn(regions, null, false).regions).toBe(regions);
  });

  it('leaves a narrow column without labels in its place', () => {
    const regions: Region[] = [
      { kind: 'left', lines: [at('Notes on the study', 36, 700), at('of the margins', 36, 688)] },
      { kind: 'right', lines: [at('the running text of the study goes on and on', 198, 700)] },
    ];
    expect(setAsideMetadataColumn(regions, null).regions).toBe(regions);
  });
});
