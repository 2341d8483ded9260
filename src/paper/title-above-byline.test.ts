import { TITLE_MARK } from './aside-blocks';
import { isMarkedNamesLine, isNamesLine } from './title-above-byline';
import { parseTextBlocks } from './text-blocks';

/** The title block's text, or null. */
const titleOf = (source: string): string | null =>
  parseTextBlocks(source).find((b) => b.kind === 'title')?.text ?? null;

const ABSTRACT =
  'Abstract\nThe hydrologic effect of replacing pasture with trees is well understood on a mean\nannual basis. The impact on flow regime is less well understood and is studied here.\n';

describe('a text paper titled by its byline', () => {
  it('finds the title under a masthead and a label, above names with raised letters', () => {
    const source = [
      'Journal of Hydrology 310 (2005) 253–265',
      'www.elsevier.com/locate/jhydrol',
      '',
      'RESEARCH ARTICLE',
      'The response of flow duration curves',
      'to afforestation in small catchments',
      'Patrick N.J. Lanea,c,*, Alice E. Bestb,c,d, Klaus Hickelb,c',
      'a',
      'School of Forest and Ecosystem Studies, University of Melbourne, Australia',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe(
      'The response of flow duration curves to afforestation in small catchments',
    );
  });

  it('reads a title wrapped over three lines whole', () => {
    const source = [
      'Paper Plain: Making Medical Research Papers Approachable to Healthcare',
      'Consumers with Natural Language Processing',
      'TAL AUGUST, University of Washington, USA',
      'LUCY LU WANG, Allen Institute for Artificial Intelligence, USA',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe(
      'Paper Plain: Making Medical Research Papers Approachable to Healthcare Consumers with Natural Language Processing',
    );
  });

  it('passes a rule and a copyright notice between the title and the names', () => {
    const source = [
      'a r t ic l e s',
      '',
      'Ephaptic coupling of cortical neurons',
      '',
      '© 2011 Nature America, Inc. All rights reserved.',
      '',
      'Costas A Anastassiou1,2,5, Rodrigo Perin3,5, Henry Markram3 & Christof Koch1,4',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe('Ephaptic coupling of cortical neurons');
  });

  it('leaves a lone author with no mark out of the title: the text never writes the name in lower case', () => {
    const source = [
      'Energy Efficient Routing Protocol for Zone Based',
      'Mobile Sensor Networks',
      'Usama Ahmed',
      '',
      'Faisal Bashir Hussain',
      '',
      'Information Security Department, College of Signals',
      '',
      ABSTRACT,
      'Mobile nodes report to a sensor that routes packets over networks of zones.',
    ].join('\n');
    expect(titleOf(source)).toBe(
      'Energy Efficient Routing Protocol for Zone Based Mobile Sensor Networks',
    );
  });

  it('finds no title in a page of running text, names or not', () => {
    const source = [
      'position is that it permits the definition of new functional',
      'forms, in effect, merely by defining new functions. It also',
      'permits one to write recursive functions without a definition.',
      'John Backus, Fay Chang and Jeffrey Dean',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBeNull();
  });

  it('prefers the title above the byline to a masthead read as the title', () => {
    const source = [
      'Hindawi Publishing Corporation',
      'Nursing Research and Practice',
      'Volume 2012, Article ID 123, 9 pages',
      '',
      'Research Article',
      'Patient Experiences of Structured Heart Failure Programmes',
      'Ann Smith,1 Bea Jones,2 and Cat Brown1',
      '1 School of Nursing, University of Leeds, Leeds, UK',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe('Patient Experiences of Structured Heart Failure Programmes');
  });

  it('tells a masthead by the journal furniture under it, whatever the journal is called', () => {
    const source = [
      'Annals of Coastal Field Botany',
      '',
      'ISSN: (Print) (Online) Journal homepage: https://www.example.org/loi/acfb20',
      '',
      'Salt marsh grasses along a tidal gradient',
      'Ann Smith,1 Bea Jones,2 and Cat Brown1',
      '1 School of Biology, University of Leeds, Leeds, UK',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe('Salt marsh grasses along a tidal gradient');
  });

  it('takes no lone word over a list of names for the title instead of the title the layout found (a thesis’s `DOYEN`)', () => {
    // A thesis: its title (found by the PDF layout by its type), a colophon with its sources'
    // address, then the faculty's list: the dean's label over professors' names, as a byline.
    const source = [
      `${TITLE_MARK}Description du microbiote pulmonaire chez les patients atteints de mucoviscidose`,
      '',
      'Le code source est disponible sur',
      'https://github.com/dridk/these.',
      '',
      'DOYEN',
      '',
      'Professeur H. FLOCH',
      'Professeur G. LE MENN ()',
      'Professeur B. SENECAIL',
      'Professeur J. M. BOLES',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe(
      'Description du microbiote pulmonaire chez les patients atteints de mucoviscidose',
    );
  });

  it('keeps a title read at the top that is no masthead, and reads no names into a title', () => {
    const source = [
      'Combating Web Spam with TrustRank',
      'Zoltan Gyongyi',
      'Hector Garcia-Molina',
      'Jan Pedersen',
      'Stanford University',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(source)).toBe('Combating Web Spam with TrustRank');
    const marked = [
      'Preprint 27 February 2025',
      'Characterization of carbon dust analogues synthesized by',
      'dielectric barrier discharge',
      'Ioana Cristina Gerber,1 Valentin Pohoata,2★ Andrei Sandu,2',
      '1 Faculty of Physics, University of Iasi, Romania',
      '',
      ABSTRACT,
    ].join('\n');
    expect(titleOf(marked)).toBe(
      'Characterization of carbon dust analogues synthesized by dielectric barrier discharge',
    );
  });

  it('tells a line of names from a title line', () => {
    expect(isNamesLine('Fay Chang, Jeffrey Dean, Sanjay Ghemawat, Wilson C. Hsieh', '')).toBe(true);
    expect(
      isNamesLine('Florence Gignac1,2,3 · Dora Romaguera1,2,3,4,6 · Silvia Fernández‑Barrés1', ''),
    ).toBe(true);
    expect(isNamesLine('Razvan C. Bunescu', 'Department of Computer Sciences')).toBe(true);
    expect(isNamesLine('Razvan C. Bunescu', 'Learning from the Web')).toBe(false);
    expect(isNamesLine('TUNER TESTING OF A DRESSED 3.9 GHz CAVITY FOR LCLS-II AT', '')).toBe(false);
    expect(isNamesLine('Computer Science Division', 'University of California Berkeley')).toBe(
      false,
    );
    expect(isNamesLine('Smooth Sensitivity and Sampling in Private Data Analysis', '')).toBe(false);
  });
});

/** An abstract and a first section, under the front matter of each case. */
const ABS =
  'Abstract\nWe study the problem in detail. Results are shown below and they hold.\n\n1 Introduction\nThe problem is old. Many have studied it.\n';

describe('no title is read above a byline from', () => {
  it('a section heading and the sentence under it (a text starting at its acknowledgements)', () => {
    const source = `Acknowledgements\nWe thank the reviewers for their comments on the draft\nJohn Smith, Jane Doe, Bob Lee\n\n${ABS}`;
    expect(titleOf(source) ?? '').not.toMatch(/Acknowledgements/);
  });

  it('a cover letter’s line above its signatures', () => {
    const source = `Dear Editor,\nPlease find attached our manuscript for consideration\nJohn Smith, Jane Doe\n\n${ABS}`;
    expect(titleOf(source) ?? '').not.toMatch(/Please find attached/);
  });
});

describe('a title beside a side column of article metadata (PLOS, Frontiers)', () => {
  /** The front matter as the PDF layout gives it: the title pulled first, the side column read before the main one. */
  const plos = (lastNote: string[]) =>
    [
      'The role of attention in reading margins',
      '',
      'OPEN ACCESS',
      '',
      'Citation: Doe J, Roe R (2025) The role of attention in reading margins.',
      'PLoS One 20(12): e0328836. https://doi.org/10.1371/journal.pone.0328836',
      '',
      'Editor: Ann Lee, University of Oxford, UNITED KINGDOM',
      '',
      'Received: May 16, 2024',
      '',
      'Published: December 4, 2025',
      '',
      ...lastNote,
      'STUDY PROTOCOL',
      '',
      'Jane Edward Doe 1*, Richard W. Roe 1, Christopher J. White1,2',
      '',
      '1 Centre for Reading Studies, Monash University, Melbourne, Australia',
      '',
      ABS,
    ].join('\n');

  it.each([
    [
      'a funding note',
      [
        'Funding: This project was made possible',
        'through the support of a grant from a Charity',
        'Foundation, Inc (TWCF0646).',
        'The opinions expressed in this publication are',
      ],
    ],
    [
      'a data note cut at the page’s foot',
      ['Data Availability: All Relevant Data Are', 'Within the Paper and Its Supporting'],
    ],
    ['an editor’s note', ['Academic Editor: Ann Lee, University of', 'Oxford, UNITED KINGDOM']],
  ])('keeps the title read at the top when the column ends with %s', (_, note) => {
    expect(titleOf(plos(note))).toBe('The role of attention in reading margins');
  });
});

describe('a byline whose name carries a note mark raised onto a line of its own', () => {
  it('writes the mark after the name (`Evgeny Kharlamov†`), not on a line alone', () => {
    const source = [
      'Probabilistic XML via Markov Chains',
      '',
      'Michael Benedikt',
      'Oxford University, UK',
      '†',
      'Evgeny Kharlamov',
      'Free University of Bozen-Bolzano, Italy',
      '',
      ABSTRACT,
    ].join('\n');
    const byline = parseTextBlocks(source).find((b) => b.kind === 'byline')?.text ?? '';
    expect(byline.split('\n')).toEqual([
      'Michael Benedikt',
      'Oxford University, UK',
      'Evgeny Kharlamov†',
      'Free University of Bozen-Bolzano, Italy',
    ]);
  });
});

describe('a byline under a side column of article metadata', () => {
  it('is still read as the byline, the notes before it passed over', () => {
    const source = [
      'The role of attention in reading margins',
      '',
      'OPEN ACCESS',
      '',
      'Citation: Doe J, Roe R (2025) The role of attention in reading margins.',
      'PLoS One 20(12): e0328836. https://doi.org/10.1371/journal.pone.0328836',
      '',
      'Editor: Ann Lee, University of Oxford, UNITED KINGDOM',
      '',
      'Funding: This project was made possible',
      'through the support of a grant from a Charity',
      'The opinions expressed in this publication are',
      'STUDY PROTOCOL',
      '',
      'Jane Edward Doe 1*, Richard W. Roe 1, Christopher J. White1,2',
      '',
      '1 Centre for Reading Studies, Monash University, Melbourne, Australia',
      '',
      ABS,
    ].join('\n');
    const byline = parseTextBlocks(source).find((b) => b.kind === 'byline')?.text ?? '';
    expect(byline).toMatch(/^Jane Edward Doe/);
  });
});

describe('authors named after a masthead line of prose', () => {
  it('are the byline, their marks no citations', () => {
    const source = [
      'The impact of rural placements on the intention of dental students',
      '',
      'Advances in Dental Practice',
      'Open Access Full Text Article',
      '',
      'open access to scientific and medical research',
      '',
      'Ann Bellweather¹',
      '',
      'Nina Cettarelli¹',
      '',
      'Alexander Dallow²',
      '',
      ABSTRACT,
      'Introduction',
      'Rural service matters to every health system.¹ It is argued that more is needed.²',
      '',
      'References',
      '1. Smith J. Rural health. Lancet. 2001;1:1–2.',
      '2. Jones K. Rural dentistry. BMJ. 2002;2:3–4.',
    ].join('\n');
    const blocks = parseTextBlocks(source);
    const byline = blocks.find((b) => b.kind === 'byline' && b.text.includes('Ann'))?.text ?? '';
    expect(byline.split('\n')).toEqual([
      'Ann Bellweather¹',
      'Nina Cettarelli¹',
      'Alexander Dallow²',
    ]);
  });

  it('a line of marked names after prose in the front matter, one name per line', () => {
    expect(isMarkedNamesLine('Rapeepong Suphanchaimat¹')).toBe(true);
    expect(isMarkedNamesLine('Jane Doe 1*, Richard Roe 2')).toBe(true);
    expect(isMarkedNamesLine('Rapeepong Suphanchaimat')).toBe(false);
    expect(isMarkedNamesLine('Table 1')).toBe(false);
    expect(isMarkedNamesLine('We Found It¹. Then More')).toBe(false);
  });
});

describe('authors with their degrees (medical journals)', () => {
  it('are lines of marked names', () => {
    expect(
      isMarkedNamesLine('Paquito Bernard, PhD,¹,² Gregory Ninot, Pr,¹ Fabienne Cyprien, Dr,³'),
    ).toBe(true);
    expect(isMarkedNamesLine('Jane Q. Doe, MD, MPH¹ and Richard Roe, RN²')).toBe(true);
  });

  it('under a section label in capitals are the byline, the label no section', () => {
    const source = [
      'Exercise and Counseling for Smoking Cessation: A Randomized Pilot Trial',
      '',
      'SERVICES & POLICY',
      '',
      'Paquito Bernard, PhD,¹,² Gregory Ninot, Pr,¹ and Xavier Quantin, Pr¹,²',
      '',
      ABSTRACT,
    ].join('\n');
    const blocks = parseTextBlocks(source);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).not.toContain(
      'SERVICES & POLICY',
    );
    expect(blocks.find((b) => b.kind === 'byline')?.text).toMatch(/^(?:.*\n)?Paquito Bernard, PhD/);
  });
});
