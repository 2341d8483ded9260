import { column, line } from './__fixtures__/items';
import { assembleText, type PageLayout } from './assemble-text';
import type { Region } from './columns';
import { groupLines } from './lines';
import type { TextItem } from './text-item';

const RIGHT = 290;
const col = (lines: readonly string[], top = 700) => column(lines, { x: 50, top, right: RIGHT });
const region = (items: readonly TextItem[]): Region => ({ kind: 'left', lines: groupLines(items) });
const page = (...regions: Region[]): PageLayout => ({ regions, notes: [] });

describe('hanging list in a column that also holds prose', () => {
  it('keeps a flush (unindented) paragraph above the reference list whole', () => {
    const items = [
      ...col([
        'The first paragraph after a heading is set flush with',
        'the column, as APA and Chicago set it, and it runs on',
        'over several lines of the column before it ends with',
        'a sentence that closes the discussion of the paper.¶',
      ]),
      line('References', 50, 640, { size: 12 }),
      ...col(
        [
          'Abril, P. S. and Plant, R. 2007. The patent holder’s dilemma: Commun.',
          '>ACM 50, 1 (Jan. 2007), 36–44.¶',
          'Anderson, J. R. 1990. The adaptive character of thought in all its forms.',
          '>Erlbaum, Hillsdale, NJ.¶',
          'Altonji, J. G. and Blank, R. M. 1999. Race and gender in the labor market',
          '>and what it does, in Handbook of Labor Economics, pp. 3143–3259.¶',
          'Clarkson, K. L. 1985. Algorithms for closest-point problems, a thesis. Ph.D.',
          '>Dissertation. Stanford University, Palo Alto, CA.¶',
        ],
        620,
      ),
    ];
    const out = assembleText([page(region(items))]);
    // One paragraph, not four: its flush lines are no entries of the list below.
    expect(out.split('\n\n')[0]).toContain('a sentence that closes the discussion');
  });
});
