/**
 * Titles the first page sets in ways `pullTitle` missed (session 36's unseen27): APS's title only
 * a little larger than its body, Cell Press's first title lines read in a region of their own, and
 * Elsevier's masthead box naming a journal in more words than the article's title.
 */
import type { Region } from './columns';
import type { TextLine } from './text-item';
import { pullTitle } from './title-lines';

const line = (text: string, size: number, baseline: number, left = 72, right = 500): TextLine => ({
  items: [],
  left,
  right,
  baseline,
  size,
  text,
  opensWithMark: false,
});
/** A page of running text, not a cover's few lines. */
const body = (size: number, top: number) =>
  Array.from({ length: 30 }, (_, i) =>
    line('We describe in this paper a method', size, top - 12 * i),
  );

describe('pullTitle', () => {
  it('takes an APS title set in 12.5 pt over a body of 10.5 (Physical Review Letters)', () => {
    const pulled = pullTitle(
      [
        {
          kind: 'full',
          lines: [
            line('PHYSICAL REVIEW LETTERS 133, 106001 (2024)', 12, 765),
            line('Direct Measurement of a sin(2φ) Current Phase Relation in a Graphene', 12.5, 711),
            line('Quantum Interference Device', 12.5, 697),
            line('Simon Messelot,¹ Nicolas Aparicio,¹ and Julien Renard¹', 10.5, 673),
            ...body(10.5, 600),
          ],
        },
      ],
      10.5,
    );
    expect(pulled?.title).toBe(
      'Direct Measurement of a sin(2φ) Current Phase Relation in a Graphene Quantum Interference Device',
    );
  });

  it('keeps the title whole when its first line is read in a region apart (Cell Press)', () => {
    // The label and the title's first line read after the column the rest of the title tops.
    const regions: Region[] = [
      {
        kind: 'left',
        lines: [
          line('and the Ancestry of Feral Populations', 17.5, 677),
          line('in the Domestic Rock Pigeon', 17.5, 657),
          line('Sydney A. Stringham,¹ Elisabeth E. Mulroy,¹', 8.3, 629),
          ...body(8.3, 600),
        ],
      },
      {
        kind: 'full',
        // Read after the title's first line, as the layout reads Cell Press's first page.
        lines: [line('Divergence, Convergence,', 17.5, 696), line('Report', 17.5, 715, 488)],
      },
    ];
    expect(pullTitle(regions, 8.3)?.title).toBe(
      'Divergence, Convergence, and the Ancestry of Feral Populations in the Domestic Rock Pigeon',
    );
  });

  it('passes over an Elsevier masthead of many words, its journal’s home page under it', () => {
    const regions: Region[] = [
      {
        kind: 'full',
        lines: [
          line('Studies in History and Philosophy of Biological and', 13.9, 692),
          line('Biomedical Sciences', 13.9, 676),
        ],
      },
      { kind: 'full', lines: [line('Contents lists available at ScienceDirect', 8, 714)] },
      {
        kind: 'full',
        lines: [
          line(
            'j o u r n a l h o m e p a g e : w w w . e l s e v i e r . c o m / l o c a t e / s h p s c',
            8,
            657,
          ),
          line('Contingency, convergence and hyper-astronomical numbers in', 13.4, 605),
          line('biological evolution', 13.4, 588),
          line('Ard A. Louis', 10.6, 565),
          ...body(9, 500),
        ],
      },
    ];
    expect(pullTitle(regions, 9)?.title).toBe(
      'Contingency, convergence and hyper-astronomical numbers in biological evolution',
    );
  });

  it('joins no line of title size read apart that is not the title going on', () => {
    // A journal's name above the title, read in a region after it.
    const above: Region[] = [
      {
        kind: 'full',
        lines: [
          line('Learning Sparse Models of Gene Regulation', 16, 640),
          line('in Yeast Cells', 16, 620),
          line('Ann Smith and Bob Jones', 10, 596),
          ...body(10, 560),
        ],
      },
      { kind: 'full', lines: [line('Bioinformatics Advances', 16, 664, 72, 300)] },
    ];
    expect(pullTitle(above, 10)?.title).toBe(
      'Learning Sparse Models of Gene Regulation in Yeast Cells',
    );
    // A line of title size in the right column, under the byline.
    const below: Region[] = [
      {
        kind: 'full',
        lines: [
          line('Learning Sparse Models of Gene Regulation', 16, 640),
          line('Ann Smith and Bob Jones', 10, 616),
        ],
      },
      { kind: 'left', lines: body(10, 580) },
      {
        kind: 'right',
        lines: [
          line('Highlights of the Journal Issue', 16, 612, 320, 540),
          ...body(10, 580).map((l) => ({ ...l, left: 320, right: 540 })),
        ],
      },
    ];
    expect(pullTitle(below, 10)?.title).toBe('Learning Sparse Models of Gene Regulation');
  });
});
