/**
 * Author–year citations as papers outside English print them (`author-year-citations.ts`), read
 * through the whole parser: each case a paragraph, the list, and every marker that must link.
 */
import { citationLinks } from './__fixtures__/read-paper';

const links = citationLinks;

describe('narrative author–year citations', () => {
  it('links a name set right against its year, with no space (`Sprumont(2014)`, as CJK text sets it)', () => {
    const list = [
      'Bossert, Walter., and Yves, Sprumont. (2014) Strategy-Proof Preference Aggregation. Games and Economic Behavior, 85, 26-109.',
      'Roth, Alvin E. (1982) Incentive Compatibility in a Market with Indivisible Goods. Economics Letters, 9, 127-132.',
    ].join('\n\n');
    const body = 'Bossert and Sprumont(2014) 及び Roth(1982) の研究を参考にした。';
    expect(links(body, list, '参考文献')).toEqual([
      ['Bossert and Sprumont(2014)', [1]],
      ['Roth(1982)', [2]],
    ]);
  });

  it('links `y otros` as `et al.` (Spanish)', () => {
    const list = [
      'Pollard, Carl y Sag, Ivan A.: Head-Driven Phrase Structure Grammar. The University of Chicago Press, 1994.',
      'Sag, Ivan A.; Wasow, Thomas y Bender, Emily: Syntactic Theory: a Formal Introduction. CSLI Publications, 2002.',
    ].join('\n\n');
    const body = 'Las obras de referencia son Pollard y Sag (1994) así como Sag y otros (2002).';
    expect(links(body, list, 'Bibliografía')).toEqual([
      ['Pollard y Sag (1994)', [1]],
      ['Sag y otros (2002)', [2]],
    ]);
  });

  it('reads the lead-in words of other languages before a parenthetical citation (`vgl.`, `véase`, `voir`)', () => {
    const list = [
      'Haller, Michael. 2017. Die Flüchtlingskrise in den Medien. OBS-Arbeitsheft 93.',
      'Chomsky, Noam. 1957. Syntactic Structures. Mouton.',
      'Bourdieu, Pierre. 1979. La distinction. Minuit.',
    ].join('\n\n');
    const body =
      'Die Stimmung hielt an (vgl. Haller 2017, 93). Sobre esto (véase Chomsky 1957) y (voir Bourdieu 1979).';
    expect(links(body, list, 'Literaturverzeichnis').map(([marker, ids]) => [marker, ids])).toEqual(
      [
        ['(vgl. Haller 2017, 93)', [1]],
        ['(véase Chomsky 1957)', [2]],
        ['(voir Bourdieu 1979)', [3]],
      ],
    );
  });
});
