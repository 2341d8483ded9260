import { parseReferenceFields, referenceLabel, splitSentences } from './reference-fields';
import type { ReferenceFields } from './types';

describe('parseReferenceFields', () => {
  it.each<[string, string, string | null, ReferenceFields]>([
    [
      'the QJE’s book by one author, title unquoted, publisher in parentheses',
      'Lakoff, George, Women, Fire and Dangerous Things (Chicago, IL: University of Chicago Press, 1987).',
      null,
      {
        authors: ['Lakoff, George'],
        title: 'Women, Fire and Dangerous Things',
        venue: 'Chicago, IL: University of Chicago Press',
        year: '1987',
      },
    ],
    [
      'a French author-year entry, the year set off by spaces alone after names joined by `et`',
      'Hastie, Trevor, Robert Tibshirani et Jerome Friedman 2008 The Elements of Statistical Learning, Springer.',
      null,
      {
        authors: ['Hastie, Trevor', 'Robert Tibshirani', 'Jerome Friedman'],
        year: '2008',
        title: 'The Elements of Statistical Learning, Springer',
      },
    ],
    [
      'a French author-year entry by one author, given name and initial after the surname',
      'Bishop, Christopher M. 2006 Pattern Recognition and Machine Learning. Springer.',
      null,
      {
        authors: ['Bishop, Christopher M.'],
        year: '2006',
        title: 'Pattern Recognition and Machine Learning',
        venue: 'Springer',
      },
    ],
    [
      'a key’s entry whose title and series run to a place and a year set off by spaces, not French names',
      'Bruce Blackadar. K-theory for operator algebras. Mathematical Sciences Research Institute Publications. Springer, New York 1986 first edition.',
      null,
      {
        authors: ['Bruce Blackadar'],
        title: 'K-theory for operator algebras',
        venue: 'Mathematical Sciences Research Institute Publications',
        year: '1986',
      },
    ],
    [
      'an MNRAS entry by a corporate author, the year after its name and before a comma',
      'World Health Organization 2020, Technical report, Guidelines for drinking-water quality monitoring. World Health Organization, Geneva',
      null,
      {
        authors: ['World Health Organization'],
        year: '2020',
        title: 'Technical report, Guidelines for drinking-water quality monitoring',
        venue: 'World Health Organization, Geneva',
      },
    ],
    [
      'a Harvard entry by a corporate author, its acronym then the bare year (Ubiquity Press)',
      'ABCD 1995 The Conservation Practice at the Station. Unpublished report.',
      null,
      {
        authors: ['ABCD'],
        year: '1995',
        title: 'The Conservation Practice at the Station',
        venue: 'Unpublished report',
      },
    ],
    [
      'a Harvard entry by a corporate author of two words, the bare year, a stop after it',
      'English Heritage 2008. Conservation Principles and Guidance. London: English Heritage.',
      null,
      {
        authors: ['English Heritage'],
        year: '2008',
        title: 'Conservation Principles and Guidance',
        venue: 'London: English Heritage',
      },
    ],
    [
      'an MNRAS entry by a collaboration, a comma before `et al.`',
      'Planck Collaboration, et al., 2016, A&A, 594, A13',
      null,
      { authors: ['Planck Collaboration'], year: '2016', venue: 'A&A' },
    ],
    [
      'the QJE’s book by three authors, the others given name first',
      'Lazarsfeld, Paul, Bernard Berelson, and Hazel Gaudet, The People’s Choice (New York: Duell, Sloan and Pearce, 1944).',
      null,
      {
        authors: ['Lazarsfeld, Paul', 'Bernard Berelson', 'Hazel Gaudet'],
        title: 'The People’s Choice',
        venue: 'New York: Duell, Sloan and Pearce',
        year: '1944',
      },
    ],
    [
      'the QJE’s web publication by one author, its site where a publisher would be',
      'Leip, David, Dave Leip’s Atlas of U. S. Presidential Elections (www.uselectionatlas.org, 2004).',
      null,
      {
        authors: ['Leip, David'],
        title: 'Dave Leip’s Atlas of U. S. Presidential Elections',
        venue: 'www.uselectionatlas.org',
        year: '2004',
      },
    ],
    [
      'the QJE’s article whose first author’s surname opens with a capitalised particle',
      'De Marzo, Peter, Dimitri Vayanos, and Jeffrey Zwiebel, “Persuasion Bias,” Quarterly Journal of Economics, CXVIII (2003), 909–968.',
      null,
      {
        authors: ['De Marzo, Peter', 'Dimitri Vayanos', 'Jeffrey Zwiebel'],
        title: 'Persuasion Bias',
        venue: 'Quarterly Journal of Economics, CXVIII',
        year: '2003',
      },
    ],
    [
      'the sample paper’s colon style',
      '[1] Zhang Junxia: The Construction of Political Party Image: Motivation, Value and Path, Theoretical Circle, No. 2, 2013.',
      '1',
      {
        authors: ['Zhang Junxia'],
        title: 'The Construction of Political Party Image: Motivation, Value and Path',
        venue: 'Theoretical Circle',
        year: '2013',
      },
    ],
    [
      'colon style with a date and an issue first',
      '[3] Cai Wencheng: Basic Party Organizations: An Analysis, Theory and Reform, 2018, No.03.',
      '3',
      {
        authors: ['Cai Wencheng'],
        title: 'Basic Party Organizations: An Analysis',
        venue: 'Theory and Reform',
        year: '2018',
      },
    ],
    [
      'AAS with the first author alone and et al.',
      'Mainzer et al. 2011, ApJ, 741, 90',
      null,
      { authors: ['Mainzer'], year: '2011', venue: 'ApJ' },
    ],
    [
      'MNRAS with a particle before the surname',
      'van Dishoeck E. F., 2019, Proc. Int. Astron. Union, 15, 3',
      null,
      { authors: ['van Dishoeck E. F.'], year: '2019', title: 'Proc. Int. Astron. Union, 15, 3' },
    ],
    [
      'APA with a DOI link',
      'Smith, J., & Doe, A. (2019). Margins and memory. Journal of Reading, 3(2), 1-10. https://doi.org/10.1234/jr.2019.3',
      null,
      {
        authors: ['Smith, J.', 'Doe, A.'],
        title: 'Margins and memory',
        venue: 'Journal of Reading',
        year: '2019',
        doi: '10.1234/jr.2019.3',
      },
    ],
    [
      'APA with a year suffix and several authors',
      'Zhang, L., Guo, M., & Li, P. (2013a). Annotations as memory aids. Memory, 21(4), 400-410.',
      null,
      {
        authors: ['Zhang, L.', 'Guo, M.', 'Li, P.'],
        title: 'Annotations as memory aids',
        venue: 'Memory',
        year: '2013a',
      },
    ],
    [
      'IEEE with a quoted title',
      '[2] J. Smith and A. Doe, "Notes on notes," IEEE Trans. Reading, vol. 3, no. 2, pp. 1-9, 2019.',
      '2',
      {
        authors: ['J. Smith', 'A. Doe'],
        title: 'Notes on notes',
        venue: 'IEEE Trans. Reading',
        year: '2019',
      },
    ],
    [
      'Vancouver',
      '4. Smith JA, Doe B. Reading in the margins. J Marg Stud. 2019;3(2):1-10.',
      '4',
      {
        authors: ['Smith JA', 'Doe B.'],
        title: 'Reading in the margins',
        venue: 'J Marg Stud',
        year: '2019',
      },
    ],
    [
      'plain BibTeX style',
      '[1] Taco Hoekwater. LuaTEX. TUGboat, 28(3):312–313, 2007.',
      '1',
      { authors: ['Taco Hoekwater'], title: 'LuaTEX', venue: 'TUGboat', year: '2007' },
    ],
    [
      'a physics entry with no title',
      '[1] Hu W., Barkana R. and Gruzinov A. Phys. Rev. Lett. 85, 1158 (2000).',
      '1',
      { authors: ['Hu W.', 'Barkana R.', 'Gruzinov A.'], venue: 'Phys. Rev. Lett', year: '2000' },
    ],
    [
      'a book with its publisher in parentheses',
      '[12] Dodelson S. Modern Cosmology (Academic Press, 2003).',
      '12',
      {
        authors: ['Dodelson S.'],
        title: 'Modern Cosmology',
        venue: 'Academic Press',
        year: '2003',
      },
    ],
    [
      'a names-only entry with an arXiv identifier',
      '[5] Garcia-Aspeitia M. A., and Matos, T. [gr-qc/0906.327].',
      '5',
      { authors: ['Garcia-Aspeitia M. A.', 'Matos, T.'] },
    ],
    [
      'a URL',
      'Lee, K. (2020). Reading online. Retrieved from https://example.org/lee.',
      null,
      {
        authors: ['Lee, K.'],
        title: 'Reading online',
        year: '2020',
        url: 'https://example.org/lee',
      },
    ],
    [
      'ACL names given first with middle initials, the year after them',
      'Ezra Black, David M. Magerman, and Salim Roukos. 1993. Towards history-based grammars. In Proc. of ACL-93.',
      null,
      {
        authors: ['Black, Ezra', 'Magerman, David M.', 'Roukos, Salim'],
        title: 'Towards history-based grammars',
        venue: 'Proc. of ACL-93',
        year: '1993',
      },
    ],
    [
      'a bare number label before a surname and initials (Portland Press)',
      '12 Lombard, M. N. and Lenfant, M. (1990) In vivo effect of the tetrapeptide. Exp. Hematol. 18, 143-147',
      '12',
      {
        authors: ['Lombard, M. N.', 'Lenfant, M.'],
        title: 'In vivo effect of the tetrapeptide',
        venue: 'Exp. Hematol',
        year: '1990',
      },
    ],
  ])('reads %s', (_name, text, number, fields) => {
    const parsed = parseReferenceFields(text);
    expect({ number: parsed.number, fields: parsed.fields }).toEqual({ number, fields });
  });

  it.each([
    ['RFC 2616 Hypertext Transfer Protocol -- HTTP/1.1. IETF, 1999.', '1999'],
    ['ISO 9241 Ergonomics of Human-System Interaction. Geneva: ISO, 2010.', '2010'],
    ['Section 1983 Litigation. West, 2008.', '2008'],
    ['Windows 2000 Server Resource Kit. Redmond, WA: Microsoft Press, 2000.', '2000'],
  ])(
    'takes a standard’s or a product’s number for no corporate author’s year: %s',
    (text, year) => {
      const { fields } = parseReferenceFields(text);
      expect(fields.year).toBe(year);
      expect((fields.authors ?? []).join(' ').split(/\s+/)).not.toContain(text.split(' ')[0]);
    },
  );

  it.each([
    // review25b: NAMES_SPACED_YEAR (6bc215c) takes the first number set off by spaces for the
    // year when the title, after a comma, starts with capitalised words (`Histoire de`, `The`).
    ['Martin, Paul, Histoire de 1789 à nos jours, Paris, Seuil, 1999.', '1999'],
    [
      'Nakamura, Emi, and Jón Steinsson, The 1970s inflation, Journal of X 12 (2010), 1–10.',
      '2010',
    ],
  ])('reads no year from a title after comma-separated names: %s', (text, year) => {
    expect(parseReferenceFields(text).fields.year).toBe(year);
  });

  it.each([
    // unseen25 aas-apj-2013: the list stopped at `Gil de Paz`, and the last number, the page
    // `1965`, was read for the year.
    [
      'Muñoz-Mateos, J. C., Gil de Paz, A., Boissier, S., et al. 2009, ApJ, 701, 1965',
      ['Muñoz-Mateos, J. C.', 'Gil de Paz, A.', 'Boissier, S.'],
      '2009',
    ],
    // unseen23 phd-thesis-chr-leuven (ACM author-year): two authors read, so `Duck et al.` found none.
    [
      'Duck, G. J., Stuckey, P. J., García de la Banda, M., and Holzbaur, C. 2004. The refined operational semantics of Constraint Handling Rules. In ICLP 2004, 90–104.',
      ['Duck, G. J.', 'Stuckey, P. J.', 'García de la Banda, M.', 'Holzbaur, C.'],
      '2004',
    ],
    // Vancouver: the initials without stops.
    [
      'Ruiz de Elvira MJ, Smith AB. Colour vision in the ageing eye. Vision Res. 2011;51:1-10.',
      ['Ruiz de Elvira MJ', 'Smith AB'],
      '2011',
    ],
  ])('reads a surname with a particle inside it among the names: %s', (text, authors, year) => {
    const { fields } = parseReferenceFields(text);
    expect(fields.authors).toEqual(authors);
    expect(fields.year).toBe(year);
  });

  it('reads the year after the names, not a four-digit issue in parentheses (Chicago)', () => {
    const { fields } = parseReferenceFields(
      'May, Robert M. 1976. “Simple Mathematical Models with Very Complicated Dynamics.” Nature 261 (5560): 459–67.',
    );
    expect(fields.authors[0]).toBe('May');
    expect(fields.year).toBe('1976');
    expect(referenceLabel(null, fields, 1)).toBe('May 1976');
  });

  it('reads an author list joined by semicolons with double initials (AAAI: `Talukdar, P. P.; …`)', () => {
    const { fields } = parseReferenceFields(
      'Talukdar, P. P.; Reisinger, J.; and Pereira, F. 2008. Weakly Supervised Acquisition of Class Instances. Paper presented at the 2001 Conference on Empirical Methods.',
    );
    expect(fields.authors).toEqual(['Talukdar, P. P.', 'Reisinger, J.', 'Pereira, F.']);
    expect(fields.year).toBe('2008');
  });

  it('reads names written given name first with the year last (plainnat: NeurIPS, ICML, ICLR)', () => {
    const jacobs = parseReferenceFields(
      'Robert A Jacobs, Michael I Jordan, Steven J Nowlan, and Geoffrey E Hinton. Adaptive mixtures of local experts. Neural computation, 3(1):79–87, 1991.',
    );
    expect(jacobs.fields).toEqual({
      authors: ['Jacobs, Robert A', 'Jordan, Michael I', 'Nowlan, Steven J', 'Hinton, Geoffrey E'],
      title: 'Adaptive mixtures of local experts',
      venue: 'Neural computation',
      year: '1991',
    });
    expect(referenceLabel(null, jacobs.fields, 1)).toBe('Jacobs 1991');
    const brown = parseReferenceFields(
      'Tom B. Brown, Benjamin Mann, Nick Ryder, and Amanda Askell, et al. Language models are few-shot learners. In NeurIPS, 2020.',
    );
    expect(brown.fields.authors).toEqual([
      'Brown, Tom B.',
      'Mann, Benjamin',
      'Ryder, Nick',
      'Askell, Amanda',
    ]);
    expect(brown.fields.title).toBe('Language models are few-shot learners');
    expect(referenceLabel(null, brown.fields, 1)).toBe('Brown 2020');
    // A title may open in lower case.
    expect(
      parseReferenceFields(
        'Linting Xue, Noah Constant, and Colin Raffel. mt5: A massively multilingual transformer. arXiv preprint, 2020.',
      ).fields.authors[0],
    ).toBe('Xue, Linting');
    // Two names with no initial show the style too; surname-first and Vancouver lists do not.
    expect(
      parseReferenceFields('Noam Shazeer and Jeff Dean. Sparse experts. arXiv preprint, 2017.')
        .fields.authors,
    ).toEqual(['Shazeer, Noam', 'Dean, Jeff']);
    expect(
      parseReferenceFields('Smith JA, Jones B. A title of the paper. Nature. 2001;12:3–4.').fields
        .authors[0],
    ).toBe('Smith JA');
    expect(
      parseReferenceFields('Smith, J. and Jones, K. A title of the paper. Nature, 2001.').fields
        .authors,
    ).toEqual(['Smith, J.', 'Jones, K.']);
  });

  it('reads Vancouver surnames of two words or with a particle (`De Iaco A`, `van der Berg JP`)', () => {
    const labels = [
      'De Iaco A, Planet E, Trono D. DUX-family transcription factors. Nature Genetics 49:941–945 (2017).',
      'van der Berg JP, Smith A. A title here. Lancet 2001;2:3-4.',
      'Garcia Lopez J, Smith A. A title here. Lancet 2003;2:3-4.',
    ].map((text) => referenceLabel(null, parseReferenceFields(text).fields, 1));
    expect(labels).toEqual(['De Iaco 2017', 'van der Berg 2001', 'Garcia Lopez 2003']);
  });

  it('reads initials a stray comma parts as one author’s (`Picard, R., W., 2001`)', () => {
    const alone = parseReferenceFields('Picard, R., W., 2001. Building hal. In: Proc. SPIE.');
    expect(alone.fields.authors).toEqual(['Picard, R. W.']);
    expect(alone.fields.title).toBe('Building hal');
    const three = parseReferenceFields(
      'Kapoor, A., Burleson, W., Picard, R., W., 2007. Frustration.',
    );
    expect(three.fields.authors).toEqual(['Kapoor, A.', 'Burleson, W.', 'Picard, R. W.']);
    // An initial before a name that goes on (`A. Jones`) stays a name of its own.
    const two = parseReferenceFields('Smith, J., A. Jones, 2001. A title. J. Things.');
    expect(two.fields.authors).toEqual(['Smith, J.', 'A. Jones']);
  });

  it('never fails on text that is no citation at all', () => {
    expect(parseReferenceFields('just some words')).toEqual({
      number: null,
      fields: { authors: [], title: 'just some words' },
    });
    expect(parseReferenceFields('')).toEqual({ number: null, fields: { authors: [] } });
  });
});

describe('parseReferenceFields: editors standing for the authors', () => {
  it.each([
    [
      'ACM',
      'Jacques Cohen (Ed.). 1996. Special Issue: Digital Libraries. Commun. ACM 39, 11.',
      'Cohen',
      '1996',
    ],
    [
      'APA',
      'Smith, J., & Jones, K. (Eds.). (2008). Handbook of margins. Chicago Press.',
      'Smith',
      '2008',
    ],
  ])('reads the editors of an entry as its authors (%s)', (_style, text, surname, year) => {
    const { fields } = parseReferenceFields(text);
    expect(fields.authors[0]).toContain(surname);
    expect(fields.year).toBe(year);
  });

  it('leaves an editor named in the venue to the venue', () => {
    const { fields } = parseReferenceFields(
      'Asad Z. Spector. 1990. Achieving application requirements. In Distributed Systems, Sape Mullender (Ed.). ACM Press.',
    );
    expect(fields.authors).toEqual(['Spector, Asad Z.']);
  });
});

describe('referenceLabel', () => {
  it.each<[string | null, ReferenceFields, string]>([
    ['7', { authors: ['Zhang Junxia'], year: '2013' }, '7'],
    [null, { authors: ['Zhang Junxia'], year: '2013' }, 'Zhang 2013'],
    [null, { authors: ['Smith, J.'], year: '2019a' }, 'Smith 2019a'],
    [null, { authors: ['J. van Dijk'], year: '2001' }, 'van Dijk 2001'],
    [null, { authors: ['Hu W.'] }, 'Hu'],
    [null, { authors: ['Michael J. Collins'], year: '1997' }, 'Collins 1997'],
    [null, { authors: [] }, '3'],
  ])('labels number %s with authors %j as %s', (number, fields, label) => {
    expect(referenceLabel(number, fields, 3)).toBe(label);
  });
});

describe('splitSentences', () => {
  it('does not split after initials or journal abbreviations', () => {
    expect(splitSentences('Smith, J. A. Title here. Phys. Rev. Lett. 85. Next')).toEqual([
      'Smith, J. A. Title here.',
      'Phys. Rev. Lett. 85.',
      'Next',
    ]);
  });
});

describe('parseReferenceFields, French `et` in an initials list', () => {
  it('reads both authors of `Kubat, M. et S. Matwin 1997`', () => {
    const { fields } = parseReferenceFields(
      'Kubat, M. et S. Matwin 1997 « Addressing the curse of imbalanced training sets », Icml, 97, p. 179–186.',
    );
    expect(fields.authors).toEqual(['Kubat, M.', 'S. Matwin']);
    expect(fields.year).toBe('1997');
  });
});

describe('parseReferenceFields, names in capitals with `AND` (Econometrica, the AEA’s journals)', () => {
  it('reads every author and the year in parentheses, not a year in the title', () => {
    const { fields } = parseReferenceFields(
      'PRESCOTT, E. C., A. UEBERFELDT, AND S. E. COCIUBA (2005): “U.S. Hours and Productivity Behavior Using CPS Hours Worked Data: 1959-I to 2007-I,” Working Paper, University of Minnesota. [406]',
    );
    expect(fields.authors).toEqual(['PRESCOTT, E. C.', 'A. UEBERFELDT', 'S. E. COCIUBA']);
    expect(fields.year).toBe('2005');
  });

  it('reads the second of two authors, given initials first', () => {
    const { fields } = parseReferenceFields(
      'CABALLERO, R. J., AND E. M. R. A. ENGEL (1999): “Explaining Investment Dynamics in U.S. Manufacturing,” Econometrica, 67, 783–826. [396,398]',
    );
    expect(fields.authors).toEqual(['CABALLERO, R. J.', 'E. M. R. A. ENGEL']);
    expect(fields.year).toBe('1999');
  });

  it('keeps `AND` of a title in capitals', () => {
    const { fields } = parseReferenceFields(
      'SMITH, J. (2001): “LAND AND LABOUR,” Journal of Farms, 3, 1–9.',
    );
    expect(fields.title).toContain('LAND AND LABOUR');
  });
});

describe('parseReferenceFields: the date a web page was read is not the year of the work', () => {
  it.each([
    [
      'ABNT `Acesso em:`',
      'ATHANASOPOULOS, G.; AHMED, R. A.; HYNDMAN, R. J. Hierarchical forecasts for Australian domestic tourism. International Journal of Forecasting, v. 25, n. 1, p. 146–166, 1 jan. 2009. Disponível em: https://www.sciencedirect.com/science/article/pii/S0169207008000691. Acesso em: 11 jan. 2023.',
      '2009',
    ],
    [
      'ABNT `Acesso em:` with the space lost in the PDF (`Acessoem:`)',
      'SPILIOTIS, E. et al. Hierarchical forecast reconciliation with machine learning. Applied Soft Computing, v. 112, p. 107756, 1 nov. 2021. Disponível em: https://www.sciencedirect.com/science/article/pii/S1568494621006773. Acessoem: 11 jan. 2023.',
      '2021',
    ],
    [
      '`Accessed` after a URL',
      'Panagiotelis, A. Forecast reconciliation: a geometric view. International Journal of Forecasting 37(1), 343–359, 2021. https://doi.org/10.1016/j.ijforecast.2020.06.004 (Accessed 11 January 2023).',
      '2021',
    ],
    [
      'German `Zugriff am`',
      'Müller, K.: Digitale Lesepraxis. Berlin 2019. URL: https://example.org/lesepraxis (Zugriff am 3.5.2022).',
      '2019',
    ],
    [
      'French `consulté le`',
      'Dupont, M. La lecture savante. Paris, Seuil, 2018. En ligne : https://example.org (consulté le 4 mars 2021).',
      '2018',
    ],
    [
      'only an access date: it is all the entry has',
      'World Health Organization. Air quality guidelines. Available from: https://www.who.int/aq. Accessed 5 May 2021.',
      '2021',
    ],
  ])('%s', (_case, entry, year) => {
    expect(parseReferenceFields(entry).fields.year).toBe(year);
  });
});

describe('parseReferenceFields: the author-year key a publisher’s web page shows before an entry', () => {
  it.each([
    [
      '29. Marioni et al., 2015 R.E. Marioni, S. Shah, A.F. McRae DNA methylation age of blood predicts all-cause mortality in later life Genome Biol., 16 (2015), p. 25',
      '29',
      ['R.E. Marioni', 'S. Shah', 'A.F. McRae'],
    ],
    [
      '2. Horvath, 2013 S. Horvath DNA methylation age of human tissues and cell types Genome Biol., 14 (2013), p. R115',
      '2',
      ['S. Horvath'],
    ],
    [
      '32. Smith and Meissner, 2013 Z.D. Smith, A. Meissner DNA methylation: roles in mammalian development Nat. Rev. Genet., 14 (2013), pp. 204-220',
      '32',
      ['Z.D. Smith', 'A. Meissner'],
    ],
  ])('reads the authors after the key of %s', (text, number, authors) => {
    const parsed = parseReferenceFields(text);
    expect(parsed.number).toBe(number);
    expect(parsed.fields.authors).toEqual(authors);
  });

  it('reads the year with the key’s letter, which the entry itself does not print', () => {
    const { fields } = parseReferenceFields(
      '20. Horvath et al., 2015b S. Horvath, V. Mah, A.T. Lu Title of the work Aging, 7 (2015), pp. 294-306',
    );
    expect(fields.year).toBe('2015b');
  });

  it('keeps an entry’s own names before its year as its authors, its title naming one of them', () => {
    const { fields } = parseReferenceFields(
      '5. Horvath S, Raj K, 2013. Horvath clocks revisited: methylation age. Genome Biol. 14, 1–9.',
    );
    expect(fields.authors).toEqual(['Horvath S', 'Raj K']);
  });
});

describe('`Surname, Given I.: Title` (Spanish and other humanities lists, authors before a colon)', () => {
  it.each([
    ['Feynman, Richard P.: Conferencias sobre computación. Crítica, 2003.', 'Feynman', '2003'],
    [
      'Kasper, Robert T. y Rounds, Williams C.: ((A logical semantics for feature structures)). En: Proceedings, pp. 257–266, 1986.',
      'Kasper',
      '1986',
    ],
    [
      'Turing, Alan M.: ((On computable numbers)). Proceedings of the LMS, 1936, 42, pp. 230–265.',
      'Turing',
      '1936',
    ],
  ])('reads the authors of %s', (entry, surname, year) => {
    const { fields } = parseReferenceFields(entry);
    expect(fields.authors[0]?.split(',')[0]).toBe(surname);
    expect(fields.year).toBe(year);
  });
});
