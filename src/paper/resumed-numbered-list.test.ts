// A numbered list that goes on after other text (`bareReferenceRun`, `parseChunk`): with its
// labels raised, as Nature's Methods references continue the main list (`30.` … then `³¹ Sell,
// A.`, `³² …`, the layout reading the small labels as superscripts), or under an entry's tail
// set past a float at the top of the next page.
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

const parse = (source: string) =>
  parsePaper(source, { format: 'pdf', fileName: 'p.pdf', id: pid(`sha256:${'0'.repeat(64)}`) });

const LIST = [
  'References',
  '1. Jackson, H. J. Marginalia: Readers Writing in Books (Yale Univ. Press, 2001).',
  '2. Sherman, W. H. Used Books: Marking Readers in Renaissance England (2008).',
  '3. Grafton, A. The Footnote: A Curious History (Harvard Univ. Press, 1997).',
].join('\n\n');

describe('a numbered list resumed with raised labels', () => {
  it('reads the entries after the text as the list’s next entries, and links to them', () => {
    const paper = parse(
      [
        'A Study of Margins',
        'Introduction',
        'Margins were studied long ago¹ and since²,³.',
        LIST,
        'Methods',
        'The notes were counted as before⁴ and read again⁵ with a lens⁶.',
        '⁴ Eco, U. The Role of the Reader (Indiana Univ. Press, 1979).\n⁵ Darnton, R. The Kiss of Lamourette (Norton, 1990).\n6. Price, L. How to Do Things with Books (Princeton Univ. Press, 2012).',
      ].join('\n\n'),
    );
    expect(
      paper.references.map((r) => `${r.label} ${paper.text.slice(r.start, r.end)}`.slice(0, 12)),
    ).toEqual([
      '1 1. Jackson',
      '2 2. Sherman',
      '3 3. Grafton',
      '4 ⁴ Eco, U. ',
      '5 ⁵ Darnton,',
      '6 6. Price, ',
    ]);
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual([
      '¹',
      '²,³',
      '⁴',
      '⁵',
      '⁶',
    ]);
  });
});

describe('a numbered list resumed after a float', () => {
  it('reads the next entry under an entry’s tail set past another page’s table, and keeps the tail', () => {
    const paper = parse(
      [
        'A Study of Margins',
        'Introduction',
        'Margins were studied long ago¹ and since²,³ and again⁴,⁵.',
        'References',
        '1. A. Jackson, Marginalia (Yale Univ. Press, 2001)\n2. W. H. Sherman, Used Books (Penn Press, 2008)\n3. A. Grafton and B. Lee, Nucl.',
        'B(x → y) = (0.19 ± 0.04)%\nB(x → z) = (0.16 ± 0.03)%\nB(x → w) = (0.16 ± 0.03)%\nB(x → v) = (0.10 ± 0.05)%\nB(x → u) = 0.16 % (estimated)',
        'Phys. B147 (1979) 385, 448, 519\n4. U. Eco and P. Roe, Nucl. Phys. B373 (1992) 581\n5. R. Darnton, Phys. Lett. B289 (1992) 165',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(paper.text).toContain('Phys. B147 (1979) 385, 448, 519');
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual([
      '¹',
      '²,³',
      '⁴,⁵',
    ]);
  });
});
