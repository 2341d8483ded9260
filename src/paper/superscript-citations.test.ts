import { parsePaper } from './parse-paper';
import { TABLE_MARK } from './aside-blocks';
import { fakePaperId } from './__fixtures__/paper-ids';

const REFS = [
  'References',
  '1. Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press; 2001.',
  '2. Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.',
  '3. Grafton A. The Footnote: A Curious History. Harvard University Press; 1997.',
  '4. Eco U. The Role of the Reader. Indiana University Press; 1979.',
].join('\n\n');

/** Fourteen numbered entries: two-digit superscripts have an entry to cite. */
const FOURTEEN_REFS = [
  REFS,
  ...Array.from({ length: 10 }, (_, i) => `${i + 5}. Reader R${i}. On margins, part ${i}. 2010.`),
].join('\n\n');

function cited(body: string, refs = REFS) {
  const paper = parsePaper(`A Study of Margins\n\n1. Introduction\n\n${body}\n\n${refs}`, {
    format: 'pdf',
    fileName: 'x.pdf',
    id: fakePaperId('0'),
  });
  return paper.citations.map((c) => `${paper.text.slice(c.start, c.end)}→${c.refIds.join(',')}`);
}

describe('superscript citations', () => {
  it.each([
    ['links a numeral after a word', 'Margins were studied long ago¹ and since.', ['¹→ref-1']],
    [
      'links a numeral right after et al with no stop (JAMA)',
      'Margins were studied long ago¹ and since. Grafton et al³ found notes.',
      ['¹→ref-1', '³→ref-3'],
    ],
    [
      'links one after a full stop, with a space',
      'Margins were studied. ² Then more.',
      ['²→ref-2'],
    ],
    [
      'links one after a full stop glued to the next sentence (BMJ)',
      'Margins were studied long ago¹ by many. Readers number one billion.⁴Many risks were known.',
      ['¹→ref-1', '⁴→ref-4'],
    ],
    [
      'links no numeral glued to a word in lower case after a stop (a unit, a symbol)',
      'Margins were studied long ago¹ by many. The area was 4 m.²of paper.',
      ['¹→ref-1'],
    ],
    ['expands a range', 'Readers argue in margins²⁻⁴ with the text.', ['²⁻⁴→ref-2,ref-3,ref-4']],
    ['links a list', 'As several surveys have shown²,³. The same.', ['²,³→ref-2,ref-3']],
    [
      'links a list of raised numbers a space apart, no comma (BMJ Open)',
      'Most adolescents are insufficiently active¹ ² and this. Five RCTs² ³ ⁴ used it.',
      ['¹ ²→ref-1,ref-2', '² ³ ⁴→ref-2,ref-3,ref-4'],
    ],
    [
      'never takes an isotope after a space into a list (`methods.⁴ ¹H NMR`)',
      'Prepared by known methods.⁴ ¹H NMR showed it.',
      ['⁴→ref-4'],
    ],
    [
      'links a list with a range',
      'Readers argue in margins¹,³⁻⁴ with the text.',
      ['¹,³⁻⁴→ref-1,ref-3,ref-4'],
    ],
    ['never links a list with a number past the list', 'As studies¹,⁹ show.', []],
    [
      'expands a range whose dash the font gives as e (BMJ)',
      'Margins are common in Asia.²e⁴ The same.',
      ['²e⁴→ref-2,ref-3,ref-4'],
    ],
    [
      'never links the affiliation marks of a byline read as a paragraph',
      'Ann Lee¹, Bo S. Tan², and Cy Ray²,³\n\nMargins were studied long ago¹ and since.',
      ['¹→ref-1'],
    ],
    ['never links an exponent', 'The area is x² and the volume 10³ in cm³ units.', []],
    ['never links a number past the list', 'As seen in many studies⁹ before.', []],
  ])('%s', (_name, body, expected) => {
    expect(cited(body)).toEqual(expected);
  });

  it('drops (n) markers, numbers of compounds or items, in a paper that cites in superscripts', () => {
    const body =
      'Lupeol (1) and sitosterol (2) were isolated.\n\nMargins were studied¹ and since² and again³.';
    expect(cited(body)).toEqual(['¹→ref-1', '²→ref-2', '³→ref-3']);
  });

  it('keeps (n) markers where one or two superscripts are notes', () => {
    expect(cited('Margins were studied (1) and since² (3).')).toEqual([
      '(1)→ref-1',
      '²→ref-2',
      '(3)→ref-3',
    ]);
  });

  it('never links a numeral that opens a footnote of its own', () => {
    expect(cited('Margins were studied long ago¹ and since.\n\n¹ Supported by a grant.')).toEqual(
      [],
    );
  });

  it('reads no note mark in a figure’s labels read as a paragraph: the same raised numeral repeated (Nature)', () => {
    // A figure's text layer, its symbols mapped to raised digits: `³ ³ ³ ³ Lytic murein
    // transglycosylase`. No note opens with its mark and the mark again.
    expect(
      cited('Species counts reach into the millions³. Later work⁴ agrees.\n\n³ ³ ³ ³ Lytic enzyme'),
    ).toEqual(['³→ref-3', '⁴→ref-4']);
  });

  it('never links the marks of notes run together in one block after the first (a thesis’s acronym notes)', () => {
    expect(
      cited(
        'Enterprise applications in J2EE³, EJB⁴ and CORBA⁵ were used, as Eco⁴ also notes.\n\n³Java 2 Platform Enterprise Edition ⁴Enterprise Java Bean ⁵Common Object Request Broker Architecture',
      ),
    ).toEqual([]);
  });

  it('links a citation whose number is an isotope’s in a spectrum paragraph (¹H NMR …; ¹³C NMR …): isotopes are no note marks (ACS)', () => {
    const refs = [
      'References',
      ...Array.from(
        { length: 13 },
        (_, i) =>
          `${i + 1}. Author${String.fromCharCode(65 + i)} B. Study number ${i + 1}. J. Org. Chem. ${2000 + i}, 1, ${i + 1}.`,
      ),
    ].join('\n\n');
    const found = cited(
      'Aldehydes were reduced as before² and purified as reported¹³. Yields were high⁵.\n\n' +
        '¹H NMR (400 MHz, CDCl₃) δ 7.26 (m, 5H), 4.61 (s, 2H); ¹³C NMR (101 MHz, CDCl₃) δ 140.9, 128.6, 65.3; ³¹P NMR δ 12.0; ⁴He.',
      refs,
    );
    expect(found.map((f) => f.split('→')[0])).toContain('¹³');
  });

  it('never links the mark of a note run together with others that opens with a word spelled as an element (¹In, ²As)', () => {
    expect(
      cited(
        'Margins were read³, as Eco⁴ notes, and copied².\n\n²In this chapter the copies are counted. ³As shown by the lists. ⁴No copy survives.',
      ),
    ).toEqual([]);
  });

  it('never links the mark of a note that opens with the title it cites (Chicago, law)', () => {
    expect(
      cited(
        'Margins were studied long ago¹ and since.\n\n¹ “Reading in the Margins,” The Atlantic, May 20, 2001, https://example.org/margins.',
      ),
    ).toEqual([]);
  });

  it('links a numeral that also marks an affiliation set as a block of its own (BMJ, Lancet)', () => {
    const body =
      'Margins were studied long ago² and since³.\n\n' +
      '³Department of English, Yale University, New Haven, USA';
    expect(cited(body)).toEqual(['²→ref-2', '³→ref-3']);
  });

  it('keeps an affiliation whose first line was cut off as a note in the byline, and links its number in the text', () => {
    const source = [
      'A Study of Margins',
      'Ann Lee,¹ Bo Tan,² Cy Ray³',
      '¹Department of English, Yale University, New Haven, USA',
      '³Shanghai Health Development\nResearch Center, Shanghai, China',
      '1. Introduction',
      'Margins were studied long ago² and since³ and again¹.',
      REFS,
    ].join('\n\n');
    const paper = parsePaper(source, { format: 'pdf', fileName: 'x.pdf', id: fakePaperId('0') });
    const kinds = paper.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['title', 'byline', 'heading']);
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual(['²', '³', '¹']);
  });

  it('links the number of an affiliation note run together with later notes (Nature)', () => {
    const body =
      '¹Department of History, Yale University, New Haven, USA. 2Institute of Letters, Paris, France. 3These authors contributed equally to the work. Correspondence should be addressed to A.B.\n\nMargins were studied long ago¹⁻³ and since⁴. More²,⁴ and so on.';
    expect(cited(body)).toEqual(['¹⁻³→ref-1,ref-2,ref-3', '⁴→ref-4', '²,⁴→ref-2,ref-4']);
  });

  it('links the numbers of affiliation notes run together whose later marks are raised too (Nature letters)', () => {
    const body =
      '¹Department of History, Yale University, 06520 New Haven, USA. ²Institute of Letters, University of Paris, 75005 Paris, France. *These authors contributed equally to this work.\n\nMargins were studied long ago¹⁻³ and since⁴. More²,⁴ and so on.';
    expect(cited(body)).toEqual(['¹⁻³→ref-1,ref-2,ref-3', '⁴→ref-4', '²,⁴→ref-2,ref-4']);
  });

  it('never links the affiliation marks of a byline run into the first paragraph (Nature letters)', () => {
    const body =
      'A. Lee¹*, B. S. Tan¹, C. Ray²* & D. Roe¹ Readers have written in margins for centuries¹⁻³ and still write there⁴.\n\n¹Department of History, Yale University, 06520 New Haven, USA. ²Institute of Letters, University of Paris, 75005 Paris, France.';
    expect(cited(body)).toEqual(['¹⁻³→ref-1,ref-2,ref-3', '⁴→ref-4']);
  });

  it('links citations right after a capitalised term that opens a paragraph (`Alzheimer Disease³,⁴ has …`): no byline', () => {
    const body =
      'Margins were studied long ago¹ and since².\n\nAlzheimer Disease³,⁴ has changed how readers write in margins.\n\nType 2 Diabetes Mellitus²⁻⁴ is common among readers¹.';
    expect(cited(body)).toEqual([
      '¹→ref-1',
      '²→ref-2',
      '³,⁴→ref-3,ref-4',
      '²⁻⁴→ref-2,ref-3,ref-4',
      '¹→ref-1',
    ]);
  });

  it('leaves superscripts alone in a paper that cites in brackets', () => {
    const body = 'Margins [1] were studied [2] long ago [3] and since⁴.';
    expect(cited(body)).toEqual(['[1]→ref-1', '[2]→ref-2', '[3]→ref-3']);
  });

  it('links a superscript right after its entry’s author in a paper that cites in brackets', () => {
    const body =
      'Margins [1] were studied. Sherman² and Grafton et al.³ showed more; the area x² in cm³ and since⁴ are no citations.';
    expect(cited(body)).toEqual(['[1]→ref-1', '²→ref-2', '³→ref-3']);
  });

  it('leaves superscripts alone once the text holds a bracketed number, as `(n)` markers are', () => {
    expect(cited('Margins were studied long ago¹ and since [9].')).toEqual([]);
  });

  it('leaves superscripts alone when the bibliography is not numbered', () => {
    const refs = 'References\n\nJackson HJ (2001). Marginalia. Yale University Press.';
    expect(cited('Margins were studied long ago¹ and since.', refs)).toEqual([]);
  });

  it('leaves an exponent on a bracketed quantity unlinked: `(2.3 nm)³`, not `(MSMs)¹`', () => {
    const body = 'Markov models (MSMs)¹ were studied in a box of (2.3222 nm)³ and since².';
    expect(cited(body)).toEqual(['¹→ref-1', '²→ref-2']);
  });

  it('links a superscript after a bracketed share or count: `(8.5%)¹`, `(2 of 11)²`, `(95% CI 1·5–2·1)³` (Lancet, SciELO)', () => {
    const body =
      'Prevalence was high among Croatian (8.5%)¹ and rose from 2% (2 of 11)² to 1·8 (95% CI 1·5–2·1)³ in men, as (x + 1)⁴ did not.';
    expect(cited(body)).toEqual(['¹→ref-1', '²→ref-2', '³→ref-3']);
  });

  it('links a two-digit superscript after a bracketed symbol: `(I²)¹²` is no power', () => {
    const body = 'Heterogeneity was measured by the I-squared (I²)¹², and (x + 1)³ did not change.';
    expect(cited(body, FOURTEEN_REFS)).toEqual(['¹²→ref-12']);
  });

  it('leaves a two-digit exponent on a bracketed expression unlinked: `(1 + r)¹⁰` is a power', () => {
    const body = 'Savings grow as (1 + r)¹⁰ over ten years, as readers noted¹.';
    expect(cited(body, FOURTEEN_REFS)).toEqual(['¹→ref-1']);
  });

  it('links a list after a bracketed number, never an exponent: `(2011)²,³`', () => {
    const body = 'As the cohort (2011)²,³ showed, the box of (2.3 nm)³ stayed.';
    expect(cited(body)).toEqual(['²,³→ref-2,ref-3']);
  });

  it('links a superscript after an abbreviation in brackets: `dynamics (MD)¹`, `(QM)²`', () => {
    const body = 'Molecular dynamics (MD)¹ and quantum mechanics (QM)² meet in (x + y)³ only.';
    expect(cited(body)).toEqual(['¹→ref-1', '²→ref-2']);
  });
});

describe('a reference list labelled with superscripts and no heading (AIP)', () => {
  const LIST = [
    '¹J.-H. Prinz, H. Wu, and F. Noé, “Markov models of molecular kinetics,” J. Chem.',
    'Phys. 134, 174105 (2011).',
    '²C. Schütte and M. Sarich, Metastability and Markov State Models (AMS, 2013).',
    '',
    '³An Introduction to Markov State Models, edited by G. R. Bowman (Springer, 2014).',
  ];
  const parse = (text: string) =>
    parsePaper(text, { format: 'pdf', fileName: 'x.pdf', id: fakePaperId('0') });
  const TEXT = 'Markov state models (MSMs)¹⁻³ are used widely.² They are biased.¹';

  it('reads the superscript-labelled entries at the text’s end as the list, and links to them', () => {
    const paper = parse(`A Study of Models\n\nI. INTRODUCTION\n\n${TEXT}\n\n${LIST.join('\n')}`);
    expect(paper.references.map((r) => [r.label, r.fields.authors[0]])).toEqual([
      ['1', 'J.-H. Prinz'],
      ['2', 'C. Schütte'],
      ['3', undefined],
    ]);
    expect(paper.citations.map((c) => paper.text.slice(c.start, c.end))).toEqual(['¹⁻³', '²', '¹']);
  });

  it('reads notes so numbered as notes when running text follows them, or few carry a year', () => {
    const notes = [
      '¹We thank the referees.',
      '²Supported by a grant.',
      '³Also at the Institute of Letters.',
    ];
    for (const text of [
      `${LIST.join('\n')}\n\nII. METHODS\n\nWe study models here at length, in many words set out over one paragraph\nof running text that goes on.\n\nA second paragraph follows it.`,
      notes.join('\n'),
    ]) {
      const paper = parse(`A Study of Models\n\nI. INTRODUCTION\n\n${TEXT}\n\n${text}`);
      expect(paper.references).toEqual([]);
    }
  });
});

describe('superscript citations in a table', () => {
  // unseen24 lancet-2017-homeless-review and yonsei-medj-2016: a meta-analysis lists its studies in
  // a table, each cited after its first author (`Merrall et al²⁸`, `Tuchschmidt, et al.¹⁴`).
  const STUDIES = ['Bargagli', 'Barrio', 'Darke', 'Nyhlen', 'Nyhlen', 'Tuchschmidt'];
  const LIST = [
    'References',
    ...STUDIES.map(
      (name, i) => `${i + 1}. ${name} A, Roe B. Deaths in cohort ${i}. Lancet 2010; 3: 1–9.`,
    ),
  ].join('\n\n');
  const ROWS = [
    'Study Years Country Cohort',
    'Bargagli et al¹ 1996–2002 Netherlands 2575',
    'Barrio et al² 2004–06 Spain 714',
    'Nyhlen et al⁴,⁵ 1970–2006 Sweden 561',
    'Tuchschmidt, et al.⁶ 0.389 0.122',
    'Total² 1970–2012 all 4936',
    'Darke cohort³ 2001–09 Australia 615',
  ];

  it('links a numeral after the first author of the entry it cites, and no other numeral there', () => {
    const paper = parsePaper(
      `A Study of Deaths\n\n1. Introduction\n\nDeaths were counted in cohorts¹,² and since.\n\nTable 1: Studies\n\n${ROWS.map((r) => `${TABLE_MARK}${r}`).join('\n')}\n\n${LIST}`,
      { format: 'pdf', fileName: 'x.pdf', id: fakePaperId('0') },
    );
    expect(paper.blocks.some((b) => b.kind === 'table')).toBe(true);
    expect(
      paper.citations.map((c) => `${paper.text.slice(c.start, c.end)}→${c.refIds.join(',')}`),
    ).toEqual(['¹,²→ref-1,ref-2', '¹→ref-1', '²→ref-2', '⁴,⁵→ref-4,ref-5', '⁶→ref-6']);
  });
});
