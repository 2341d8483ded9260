import { withoutLinkWords } from './link-words';

describe('withoutLinkWords', () => {
  it.each([
    [
      'Springer Nature’s buttons on a line after the entry',
      '1. Luo, C. et al. Single-cell methylomes. Science 357, 600–604 (2017).\nArticle CAS PubMed Google Scholar',
      '1. Luo, C. et al. Single-cell methylomes. Science 357, 600–604 (2017).',
    ],
    [
      'PMC’s bracketed links, an empty one among them',
      '1. Macosko EZ, et al. Highly parallel profiling. Cell. 2015;161(5):1202–1214. doi: 10.1016/j.cell.2015.05.002. [] [PMC free article] [PubMed] []',
      '1. Macosko EZ, et al. Highly parallel profiling. Cell. 2015;161(5):1202–1214. doi: 10.1016/j.cell.2015.05.002.',
    ],
    [
      'Frontiers’ links set apart by bars',
      'Bae JH. Diabetes fact sheet in Korea 2021. Diabetes Metab J. (2022) 46:417–26. PubMed Abstract | CrossRef Full Text | Google Scholar',
      'Bae JH. Diabetes fact sheet in Korea 2021. Diabetes Metab J. (2022) 46:417–26.',
    ],
    [
      'ScienceDirect’s buttons run together',
      'I. Beerman, D.J. Rossi Epigenetic regulation Exp. Cell Res., 329 (2014), pp. 192-199 View PDFView article',
      'I. Beerman, D.J. Rossi Epigenetic regulation Exp. Cell Res., 329 (2014), pp. 192-199',
    ],
    [
      'bars left where the links were images',
      '2. Kang YM. Mortality in Korea. Cardiovasc Diabetol. (2016) 15:131. | |',
      '2. Kang YM. Mortality in Korea. Cardiovasc Diabetol. (2016) 15:131.',
    ],
  ])('cuts %s', (_name, entry, expected) => {
    expect(withoutLinkWords(entry)).toBe(expected);
  });

  it.each([
    [
      'a title ending with a word a button could be',
      'Smith J. The abstract and the Article. J Doc. 2001.',
    ],
    [
      'a last word that only looks like one',
      'World Health Organization. Guidelines. Geneva: WHO; 2019. Abstract',
    ],
    [
      'a journal named like a database',
      'Doe A. A study of indexing. Scientometrics 12, 1–9 (2010). In Scopus',
    ],
    ['an entry that is nothing but such words', 'PubMed'],
  ])('keeps %s', (_name, entry) => {
    expect(withoutLinkWords(entry)).toBe(entry);
  });
});
