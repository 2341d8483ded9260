// A reference list with no heading (`bare-references.ts`), read through the whole parser: what a
// run of `[1]`, `[2]` … is, and what it is not.
import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

const parse = (source: string) =>
  parsePaper(source, { format: 'pdf', fileName: 'p.pdf', id: pid(`sha256:${'1'.repeat(64)}`) });

describe('a bare run of bracketed numbers', () => {
  it('is no reference list when it prints R’s console output: quoted strings, or numbers alone', () => {
    const paper = parse(
      [
        'The Migration of the Field Code',
        'Preparing the corpus',
        'Next we tokenized the text into shingled n-grams.⁵ The first five of them read:',
        '[1] "151 an issue arises when"\n[2] "an issue arises when a"\n[3] "issue arises when a fact"\n[4] "arises when a fact or"',
        'and the similarity of the first sections:',
        '[1] 0.27 0.26 0.39\n[2] 0.47 0.12 0.08',
        'Next we used the Jaccard similarity score for measuring document similarity.³',
      ].join('\n\n'),
    );
    expect(paper.references).toEqual([]);
    expect(paper.citations).toEqual([]);
  });

  it('is a reference list when its entries name authors and works', () => {
    const paper = parse(
      [
        'A Note on Margins',
        'Introduction',
        'Margins were studied long ago [1] and since [2].',
        '[1] H. J. Jackson, Marginalia: Readers Writing in Books. Yale Univ. Press, 2001.\n[2] W. H. Sherman, Used Books. Univ. of Pennsylvania Press, 2008.',
      ].join('\n\n'),
    );
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2']);
  });
});
