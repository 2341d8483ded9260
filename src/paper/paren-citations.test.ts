/**
 * Numbers in parentheses as citations of a numbered list (`paren-citations.ts`), read through the
 * whole parser: each case a paragraph and the list, and every marker that must link.
 */
import { citationLinks } from './__fixtures__/read-paper';

const links = (body: string, list: string) => citationLinks(body, list);

const LIST = [
  '[1] Rukhin and Vallejos. (2008) Assessing the association between two series. Journal A, 1, 1-10.',
  '[2] Vallejos. (2008) Similarity coefficients for temporal sequences. Journal B, 2, 11-20.',
  '[3] Liao. (2005) Clustering of time series data: a survey. Pattern Recognition, 38, 1857-1874.',
  '[4] Keogh and Ratanamahatana. (2004) Exact indexing of dynamic time warping. KAIS, 7, 358-386.',
].join('\n');

describe('numbers in parentheses set side by side', () => {
  it('links none of a run glued together (`(2)(4)(1)`: groups or labels, not citations)', () => {
    const body =
      'The funds fall into two groups. Group 1 holds (2)(4)(1) and group 2 holds (3)(1) (4)(2). ' +
      'The index was first defined in (1), and clustering methods are reviewed in (3).';
    expect(links(body, LIST)).toEqual([
      ['(1)', [1]],
      ['(3)', [3]],
    ]);
  });
});
