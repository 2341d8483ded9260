/**
 * MLA author–page citations (`name-page-citations.ts`) read through the whole parser: each case a
 * paragraph, a Works Cited list, and every marker that must link.
 */
import { citationLinks } from './__fixtures__/read-paper';

const links = (body: string, list: string) => citationLinks(body, list, 'Works Cited');

const WORKS_CITED = [
  'Beebe, Maurice. “What Modernism Was.” Journal of Modern Literature, vol. 3, no. 5, 1974, pp. 1065–84.',
  'Bourdieu, Pierre. The Logic of Practice. Translated by Richard Nice, Stanford UP, 1990.',
  '———. The Rules of Art. Translated by Susan Emanuel, Stanford UP, 1996.',
  'Heller, Scott. “Modernism Redux.” Chronicle of Higher Education, 17 Oct. 2003.',
  'Latham, Sean, and Gayle Rogers. Modernism: Evolution of an Idea. Bloomsbury, 2015.',
  'Moretti, Franco. Distant Reading. Verso, 2013.',
  'Scott, Bonnie Kime, et al. The Gender of Modernism. Indiana UP, 1990.',
].join('\n\n');

describe('MLA author–page citations', () => {
  it('links a surname with its pages, or alone, to the one entry by that author', () => {
    const body =
      'The grumblers were many (Heller). Beebe drew the line early (Beebe 1065), and the field ' +
      'has been surveyed since (Latham and Rogers 131–45; Moretti 54). Scott’s anthology set ' +
      'out to rectify this (Scott et al. 12).';
    expect(links(body, WORKS_CITED)).toEqual([
      ['(Heller)', [4]],
      ['(Beebe 1065)', [1]],
      ['(Latham and Rogers 131–45', [5]],
      ['Moretti 54)', [6]],
      ['(Scott et al. 12)', [7]],
    ]);
  });

  it('links neither of two works by one author, nor a page alone, a label or a lead-in word', () => {
    const body =
      'The field has its rules (Bourdieu 35), as noted (737) and tabulated (Table 2); see the ' +
      'chapter (see Moretti 54).';
    expect(links(body, WORKS_CITED)).toEqual([['(see Moretti 54)', [6]]]);
  });

  it('reads a list where an entry with neither name nor year is labelled by its place', () => {
    const list = [
      'Heller, Scott. “Modernism Redux.” Chronicle of Higher Education, 17 Oct. 2003.',
      'Moretti, Franco. Distant Reading. Verso, 2013.',
      'Scott, Bonnie Kime, editor. The Gender of Modernism. Indiana UP, 1990.',
      '———. Introduction. The Gender of Modernism, pp. 1–18.',
    ].join('\n\n');
    expect(
      links('The grumblers were many (Heller), and read closely (Moretti 54; Heller 3).', list),
    ).toEqual([
      ['(Heller)', [1]],
      ['(Moretti 54', [2]],
      ['Heller 3)', [1]],
    ]);
  });

  it('links a bare surname after running words, or where two with their pages link: a place named is none', () => {
    const list = [
      'Berlin, Isaiah. The Hedgehog and the Fox. Weidenfeld & Nicolson, 1953.',
      'London, Jack. The Call of the Wild. Macmillan, 1903.',
      'Moretti, Franco. Distant Reading. Verso, 2013.',
    ].join('\n\n');
    const body =
      'The copies are held at Humboldt University (Berlin) and the British Library (London), ' +
      'as catalogued (Moretti 54).';
    expect(links(body, list)).toEqual([['(Moretti 54)', [3]]]);
    // A paper citing only by bare surnames (an essay's), each after running words, links them.
    expect(
      links(
        'The call was answered “at once” (London), and the essay (Moretti) signals more.',
        list,
      ),
    ).toEqual([
      ['(London)', [2]],
      ['(Moretti)', [3]],
    ]);
    expect(links(`${body} The fox returns (Berlin 12).`, list)).toEqual([
      ['(Berlin)', [1]],
      ['(London)', [2]],
      ['(Moretti 54)', [3]],
      ['(Berlin 12)', [1]],
    ]);
  });

  it('links no parenthesis when one of its parts names no entry', () => {
    expect(links('As argued before (Moretti 54; Woolf 12).', WORKS_CITED)).toEqual([]);
  });

  it('reads no author–page citation in a paper citing by author and year', () => {
    const list = [
      'Doe, A. (2019). Reading in the margins. Journal of Reading, 12(3), 45-67.',
      'Roe, B. (2018). Writing in the margins. Journal of Reading, 11(4), 68-80.',
    ].join('\n\n');
    const body =
      'Margins matter (Doe, 2019; Roe, 2018), as Doe (2019) and Roe (2018) show; see (Doe 12).';
    expect(links(body, list).map(([marker]) => marker)).toEqual([
      '(Doe, 2019',
      'Roe, 2018)',
      'Doe (2019)',
      'Roe (2018)',
    ]);
  });
});
