import { alignGivenNamesFirst, type ReadEntry } from './given-names';
import { parseReferenceFields } from './reference-fields';

const ACL_LIST = [
  'Ezra Black, Michael J. Collins, and Salim Roukos. 1993. Towards history-based grammars. In Proc. of ACL-93.',
  'Alexander R Fabbri, Wojciech Kryściński, and Dragomir Radev. 2021. Summeval: Re-evaluating summarization evaluation. TACL.',
  'Lee M. Seversky and Kyle Lo. 2016. Citation-driven document exploration. IEEE Transactions.',
  'Riaz Ahmad and Muhammad Tanvir Afzal. 2018. Cad: an algorithm for citation-anchors detection. Scientometrics.',
  'Waleed Ammar, Dirk Groeneveld, Chandra Bhagavatula, Iz Beltagy, Miles Crawford, Doug Downey, Jason Dunkelberger, Ahmed Elgohary, Sergey Feldman, Vu Ha, Rodney Kinney, Sebastian Kohlmeier, Kyle Lo, Tyler Murray, Hsu-Han Ooi, Matthew Peters, Joanna Power, Sam Skjonsberg, Lucy Lu Wang, Chris Wilhelm, Zheng Yuan, Madeleine van Zuylen, and Oren Etzioni. 2018. Construction of the literature graph in Semantic Scholar. In NAACL.',
];

const firstAuthors = (entries: string[]) =>
  alignGivenNamesFirst(entries.map((e): ReadEntry => parseReferenceFields(e))).map(
    (f) => f.authors[0],
  );

describe('alignGivenNamesFirst', () => {
  it.each([
    [
      'reads every entry of a list written given name first surname first, middle initials or not',
      ACL_LIST,
      ['Black, Ezra', 'Fabbri, Alexander R', 'Seversky, Lee M.', 'Ahmad, Riaz', 'Ammar, Waleed'],
    ],
    [
      'leaves a list as it is when fewer than two entries show the style',
      [
        ACL_LIST[0] ?? '',
        'Riaz Ahmad. 2018. Cad: an algorithm for citation-anchors detection. Scientometrics.',
      ],
      ['Black, Ezra', 'Riaz Ahmad'],
    ],
    [
      'leaves names that are no given name and surname (Vancouver initials, surname and initials)',
      [
        ACL_LIST[0] ?? '',
        ACL_LIST[2] ?? '',
        'Smith JA, Jones B. 2001. A study of things. Nature.',
        'Smith, J. and Jones, B. 2001. A study of things. Nature.',
      ],
      ['Black, Ezra', 'Seversky, Lee M.', 'Smith JA', 'Smith, J.'],
    ],
    [
      'reads names with two given names or an initial before the given name (`Cheng Yen Li`, `K. Bretonnel Cohen`)',
      [
        'Anant K. Agarwal, Ivan Zaitsev, Cheng Yen Li, and Thorsten Joachims. 2019. Estimating position bias. In WSDM.',
        'K. Bretonnel Cohen, Helen L. Johnson, and Lawrence Hunter. 2010. The structural aspects of abstracts. BMC Bioinformatics.',
        'Martijn J. Schuemie, Marc Weeber, Erik M. van Mulligen, and C. Christiaan van der Eijk. 2004. Distribution of information. JASIST.',
      ],
      ['Agarwal, Anant K.', 'Cohen, K. Bretonnel', 'Schuemie, Martijn J.'],
    ],
    [
      'reads a list proved by names without initials, two or more to an entry (`Panupong Pasupat and Percy Liang`)',
      [
        'Panupong Pasupat and Percy Liang. 2015. Compositional semantic parsing on semi-structured tables. In ACL.',
        'Joshua Ainslie, Santiago Ontanon, and Chris Alberti. 2020. ETC: Encoding long and structured inputs. In EMNLP.',
        'Eugene Charniak. 2000. A maximum-entropy-inspired parser. In NAACL.',
      ],
      ['Pasupat, Panupong', 'Ainslie, Joshua', 'Charniak, Eugene'],
    ],
    [
      'leaves Vancouver names whose initials follow without periods (`Kim PM, Korbel JO`)',
      [
        'Kim PM, Korbel JO, Gerstein MB. 2007. Positive selection at the protein network periphery. PNAS.',
        'Webb AE, Gerek ZN, Morgan CC. 2015. Adaptive evolution. Genome Biology.',
        'Pond SL, Frost SD. 2005. HyPhy: hypothesis testing using phylogenies. Bioinformatics.',
      ],
      ['Kim PM', 'Webb AE', 'Pond SL'],
    ],
  ])('%s', (_, entries, expected) => {
    expect(firstAuthors(entries)).toEqual(expected);
  });
});
