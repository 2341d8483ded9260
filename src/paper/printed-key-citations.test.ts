/**
 * Citations by the key a list prints before each entry (`printed-key-citations.ts`), read through
 * the whole parser: a paragraph, a Works Cited list keyed as Digital Humanities Quarterly prints
 * it, and every marker that must link.
 */
import { citationLinks } from './__fixtures__/read-paper';

const links = (body: string, list: string) => citationLinks(body, list, 'Works Cited');

const KEYED = [
  '[American Historical Review n.d.] American Historical Review. “Book Reviewing in the AHR.” http://www.historians.org/ahr. Accessed 1 July 2015.',
  '[“Bancroft Prize”] “Bancroft Prize.” Wikipedia http://en.wikipedia.org/wiki/Bancroft_Prize. Accessed 5 October 2014.',
  '[Bird et al. 2009] Bird, Steve, Edward Loper, and Ewan Klein. Natural Language Processing with Python. O’Reilly, 2009.',
  '[Brubaker and Cooper 2000] Brubaker, Rogers, and Frederick Cooper. “Beyond ‘identity.’” Theory and Society 29.1 (2000): 1-47.',
  '[Social Security Administration 2014a] Social Security Administration. “Baby Names from Social Security Card Applications.” 2014.',
  '[Social Security Administration 2014b] Social Security Administration. “Popular Baby Names.” 2014.',
  '[World Bank 2014-] World Bank. “Life expectancy at birth, total (years).” World Bank Open Data. 2014-.',
].join('\n\n');

describe('citations by the key a list prints before each entry', () => {
  it('links corporate authors, n.d., running years and titles as the list prints them', () => {
    const body =
      'Reviews are counted [American Historical Review n.d.] and prizes listed [“Bancroft Prize”]. ' +
      'Names come from two files [Social Security Administration 2014a, Social Security ' +
      'Administration 2014b], lifespans from [World Bank 2014-], and identity is contested ' +
      '[Brubaker and Cooper 2000, 14-17].';
    expect(links(body, KEYED)).toEqual([
      ['[American Historical Review n.d.]', [1]],
      ['[“Bancroft Prize”]', [2]],
      ['[Social Security Administration 2014a', [5]],
      ['Social Security Administration 2014b]', [6]],
      ['[World Bank 2014-]', [7]],
      ['[Brubaker and Cooper 2000, 14-17]', [4]],
    ]);
  });

  it('reads a key cited with a comma before its year, or without the article it opens with', () => {
    const list = [
      '[Orlando Project n.d.] Orlando Project. “About.” http://www.artsrn.ualberta.ca/orlando/. Accessed 23 August 2015.',
      '[The Poetess Archive n.d.] The Poetess Archive. “About the Poetess Archive.” http://idhmc.tamu.edu/poetess/. Accessed 23 August 2015.',
    ].join('\n\n');
    expect(links('Projects abound [Orlando Project, n.d., Poetess Archive n.d.].', list)).toEqual([
      ['[Orlando Project, n.d.', [1]],
      ['Poetess Archive n.d.]', [2]],
    ]);
  });

  it('links no bracket that names a work the list does not print, nor a number in brackets', () => {
    const body = 'As shown before [Smith 2001] and in [2], a note [sic] stays as it is.';
    expect(links(body, KEYED)).toEqual([]);
  });
});
