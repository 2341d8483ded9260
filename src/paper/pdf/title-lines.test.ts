import type { Region } from './columns';
import type { TextLine } from './text-item';
import { pullTitle } from './title-lines';

const line = (text: string, size: number, baseline: number): TextLine => ({
  items: [],
  left: 72,
  right: 500,
  baseline,
  size,
  text,
  opensWithMark: false,
});
const full = (...lines: TextLine[]): Region[] => [{ kind: 'full', lines }];

describe('pullTitle', () => {
  it('keeps a title over two lines whole, without its footnote mark', () => {
    const pulled = pullTitle(
      full(
        line('Bi-criteria Algorithm for Scheduling Jobs on Cluster', 17.9, 707),
        line('Platforms ∗', 17.9, 687),
        line('Pierre-François Dutot', 12, 645),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe('Bi-criteria Algorithm for Scheduling Jobs on Cluster Platforms');
    expect(pulled?.regions[0]?.lines.map((l) => l.text)).toEqual([
      'Pierre-François Dutot',
      'We describe in this paper a new method',
    ]);
  });

  it('passes over the authors’ names with their marks set as large as the title under them', () => {
    const pulled = pullTitle(
      full(
        line('Anna Berger*, Karl Huber**', 14.4, 591),
        line('Mapping the civil society', 14.4, 559),
        line('in Greece today', 14.4, 542),
        // A page of running text, not a cover's few lines.
        ...Array.from({ length: 30 }, (_, i) =>
          line('We describe in this paper a method', 11, 456 - 13 * i),
        ),
      ),
      11,
    );
    expect(pulled?.title).toBe('Mapping the civil society in Greece today');
    expect(pulled?.regions[0]?.lines[0]?.text).toBe('Anna Berger*, Karl Huber**');
  });

  it('takes a line of names for the title when no other line is as large', () => {
    const pulled = pullTitle(
      full(line('Anna Berger*, Karl Huber**', 14.4, 591), line('We describe a method', 11, 456)),
      11,
    );
    expect(pulled?.title).toBe('Anna Berger*, Karl Huber');
  });

  it('joins a title line that ends at a compound’s hyphen with no space (`Data-` / `Intensive`)', () => {
    const pulled = pullTitle(
      full(
        line('Skills and Knowledge for Data-', 17.9, 707),
        line('Intensive Environmental Research', 17.9, 687),
        line('Stephanie E. Hampton', 12, 645),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe('Skills and Knowledge for Data-Intensive Environmental Research');
  });

  // review32: a short title with its footnote's mark reads like a marked name; the run chosen
  // instead need not be as large as it.
  it('keeps a short title with its footnote mark over a smaller byline (`Dark Matter Halos*`)', () => {
    const pulled = pullTitle(
      full(
        line('Dark Matter Halos*', 17.9, 707),
        line('John Smith and Jane Doe', 12, 660),
        line('Department of Physics, University of Somewhere', 9, 645),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe('Dark Matter Halos');
  });

  // review32: the parser now takes the layout's title as it is (chemistry titles), so the join shows.
  it('joins a title line that ends at a chemical name’s locant hyphen with no space (`2-` / `naphthyl`)', () => {
    const pulled = pullTitle(
      full(
        line('The effects of AZD3582 [4-(nitroxy)butyl-(2S)-2-(6-methoxy-2-', 17.9, 707),
        line('naphthyl) propanoate], and naproxen on key pathways', 17.9, 687),
        line('Stephanie E. Hampton', 12, 645),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe(
      'The effects of AZD3582 [4-(nitroxy)butyl-(2S)-2-(6-methoxy-2-naphthyl) propanoate], and naproxen on key pathways',
    );
  });

  it('keeps the comma printed at a title line’s end, but not a comma between its footnote marks', () => {
    const pulled = pullTitle(
      full(
        line('Morbidity and mortality in homeless individuals, prisoners,', 18, 664),
        line('sex workers, and individuals with substance use disorders¹,²', 18, 642),
        line('Robert W Aldridge, Alistair Story', 8.5, 598),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe(
      'Morbidity and mortality in homeless individuals, prisoners, sex workers, and individuals with substance use disorders',
    );
  });

  it('keeps a raised number that is part of the title’s last word (`in ℝ³`, `on S²`)', () => {
    const pulled = pullTitle(
      full(
        line('Complete minimal surfaces of finite total curvature in ℝ³', 18, 664),
        line('Robert W Aldridge, Alistair Story', 8.5, 598),
        line('We describe in this paper a new method', 9, 475),
      ),
      9,
    );
    expect(pulled?.title).toBe('Complete minimal surfaces of finite total curvature in ℝ³');
  });

  it('passes over a journal masthead set larger than the title', () => {
    const pulled = pullTitle(
      full(
        line('JSS Journal of Statistical Software', 27.9, 727),
        line('TIMP: An R Package for Modeling Multi-way', 17.2, 608),
        line('Spectroscopic Measurements', 17.2, 586),
        line('Katharine M. Mullen', 12, 554),
      ),
      10,
    );
    expect(pulled?.title).toBe(
      'TIMP: An R Package for Modeling Multi-way Spectroscopic Measurements',
    );
    expect(pulled?.regions[0]?.lines[0]?.text).toBe('JSS Journal of Statistical Software');
  });

  it('passes over a masthead with its issue line under it, above a title of fewer words', () => {
    const pulled = pullTitle(
      full(
        line('JSS Journal of Statistical Software', 27.9, 727),
        line('August 2014, Volume 59, Issue 10. http://www.jstatsoft.org/', 10, 704),
        line('Tidy Data', 17.2, 608),
        line('Hadley Wickham', 12, 565),
      ),
      10,
    );
    expect(pulled?.title).toBe('Tidy Data');
  });

  it.each([
    ['nature', 40],
    ['PLOS ONE', 22],
  ])('passes over a masthead `%s` above the title, by its place and length', (masthead, size) => {
    const pulled = pullTitle(
      full(
        line(masthead, size, 740),
        line('Readers write in the margins of the books', 18, 640),
        line('they argue with', 18, 620),
        line('Jane Doe and John Smith', 11, 590),
      ),
      9,
    );
    expect(pulled?.title).toBe('Readers write in the margins of the books they argue with');
  });

  it('keeps a one-word title above its authors', () => {
    const pulled = pullTitle(
      full(line('Marginalia', 20, 700), line('Jane Doe, John Smith and Ann Roe', 12, 670)),
      10,
    );
    expect(pulled?.title).toBe('Marginalia');
  });

  it.each([
    ['an article-type label', 'RESEARCH ARTICLE'],
    ['a spaced label', 'R E V I E W'],
    ['a page code', 'GE98'],
    ['a running head with its page number', '272 Notes'],
  ])('passes over %s set larger than the title', (_, label) => {
    const pulled = pullTitle(
      full(
        line(label, 22, 740),
        line('Patient Experiences of Structured Heart', 18, 700),
        line('Failure Programmes', 18, 680),
        line('Jane Doe and John Smith', 11, 650),
      ),
      9,
    );
    expect(pulled?.title).toBe('Patient Experiences of Structured Heart Failure Programmes');
    expect(pulled?.regions[0]?.lines[0]?.text).toBe(label);
  });

  it('finds no title where nothing is set larger than the body', () => {
    expect(pullTitle(full(line('Plain text', 10, 700), line('more', 10, 688)), 10)).toBeNull();
  });

  it('stops at a line far below the title, even in the same size', () => {
    const pulled = pullTitle(
      full(line('A Short Title', 16, 700), line('Body', 10, 680), line('Big note', 16, 300)),
      10,
    );
    expect(pulled?.title).toBe('A Short Title');
  });
});

describe('a venue line above the title', () => {
  it.each([
    ['a proceedings line in small type', 'Proceedings of Machine Learning for Healthcare 2017', 9],
    [
      'a journal issue line in body type',
      'Journal of Things, January 2007, Volume 18, Issue 3.',
      10,
    ],
    ['a journal address', 'www.elsevier.com/locate/jhydrol', 9],
  ])('is page furniture, not the start of the byline: %s', (_, venue, size) => {
    const pulled = pullTitle(
      full(
        line(venue, size, 740),
        line('An Improved Multi-Output Gaussian Process RNN', 17, 700),
        line('Joseph Futoma, Sanjay Hariharan', 11, 660),
      ),
      10,
    );
    expect(pulled?.title).toBe('An Improved Multi-Output Gaussian Process RNN');
    expect(pulled?.regions.flatMap((r) => r.lines.map((l) => l.text))).toEqual([
      'Joseph Futoma, Sanjay Hariharan',
    ]);
  });
});

describe('authors printed above the title', () => {
  it('stay, before the title, with the venue line above them gone', () => {
    const pulled = pullTitle(
      full(
        line('J Gen Plant Pathol (2005) 71:107–116', 9, 760),
        line('DOI 10.1007/s10327-004-0170-3', 9, 749),
        line('Sheila Ruswandi · Keiji Kitani · Kazuya Akimitsu', 10, 720),
        line('Structural analysis of cosmid clone pcAFT-2', 17, 690),
      ),
      10,
    );
    expect(pulled?.regions.flatMap((r) => r.lines.map((l) => l.text))).toEqual([
      'Sheila Ruswandi · Keiji Kitani · Kazuya Akimitsu',
    ]);
  });
});

describe('a thesis cover', () => {
  it('passes over the letter-spaced kind of work and the university’s name set as large', () => {
    const pulled = pullTitle(
      full(
        line('Universidad Nacional Autónoma de México', 12, 650),
        line('Facultad de Ciencias', 12, 586),
        line('La categoría de Conjuntos como subcategoría', 12, 501),
        line('de la categoría de Espacios', 12, 488),
        line('T E S I S', 24.9, 399),
        line('QUE PARA OBTENER EL TÍTULO DE:', 10, 361),
        line('Andrés Esteban Escudero Robles', 10, 251),
      ),
      10,
    );
    expect(pulled?.title).toBe(
      'La categoría de Conjuntos como subcategoría de la categoría de Espacios',
    );
  });

  it('finds a title set only a little larger than the body, under the institution', () => {
    const pulled = pullTitle(
      full(
        line('UNIVERSIDADE FEDERAL DO RIO GRANDE DO SUL', 12, 745),
        line('PROGRAMA DE PÓS-GRADUAÇÃO EM CIÊNCIA POLÍTICA', 12, 702),
        line('FERNANDO MEIRELES', 11.5, 595),
        line('COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA', 14.3, 356),
        line('AMÉRICA LATINA, 1979-2012', 14.3, 335),
        line('PORTO ALEGRE', 11.5, 96),
      ),
      12,
    );
    expect(pulled?.title).toBe(
      'COALIZÕES GOVERNAMENTAIS SOBREDIMENSIONADAS NA AMÉRICA LATINA, 1979-2012',
    );
  });

  it('keeps a double-spaced title whole', () => {
    const pulled = pullTitle(
      full(
        line('Die Rolle der „echten Frau“: Wie rechte', 18, 587),
        line('Instagrammerinnen eine anti-feministische', 18, 550.6),
        line('Identität erzählen', 18, 514),
        line('Masterarbeit im Fach Digital Humanities am', 11, 482),
        line('Vorgelegt von: Paula-Theres Schumann', 11, 258),
      ),
      11,
    );
    expect(pulled?.title).toBe(
      'Die Rolle der „echten Frau“: Wie rechte Instagrammerinnen eine anti-feministische Identität erzählen',
    );
  });

  it('takes the title over the author and advisor set large below it', () => {
    const pulled = pullTitle(
      full(
        line('Universidade do Estado do Rio de Janeiro', 24.8, 682),
        line('Pós-Graduação em Física', 20.7, 639),
        line('Dissertação de Mestrado', 14.3, 546),
        line('Dupla difração no LHC/CMS', 20.7, 455),
        line('Sheila Mara Silva do Amaral', 20.7, 384),
        line('Orientador: Alberto Franco de Sá Santoro', 17.2, 212),
      ),
      12,
    );
    expect(pulled?.title).toBe('Dupla difração no LHC/CMS');
  });
});

describe('a Word cover in one size', () => {
  const set = (text: string, baseline: number, fontName: string): TextLine => ({
    ...line(text, 12, baseline),
    items: [{ str: text, x: 72, y: baseline, width: 6 * text.length, height: 12, fontName }],
  });
  const cover = (title: string) =>
    full(
      set('Jane Mary Doe', 627, 'regular'),
      set(title, 595, 'bold'),
      set('Masterarbeit', 547, 'bold'),
      set('am Institut für Ökonometrie und Wirtschaftsstatistik', 515, 'regular'),
      set('Betreuer: Dr. John Smith', 179, 'regular'),
      set('vorgelegt von: Jane Mary Doe', 151, 'regular'),
      set('Abgabetermin: 03.06.2022', 68, 'regular'),
    );
  it('takes the line set apart in a font of its own (bold) for the title, not the author’s name', () => {
    const pulled = pullTitle(cover('Reading in the Margins of Old Books'), 12);
    expect(pulled?.title).toBe('Reading in the Margins of Old Books');
    expect(pulled?.regions[0]?.lines[0]?.text).toBe('Jane Mary Doe');
  });
  it('does not take an address set apart in italics (`… Philadelphia, PA 19106, U.S.A.`)', () => {
    const page = full(
      set('A STUDY OF MARGINS IN OLD BOOKS', 411, 'regular'),
      set('JANE MARY DOE', 369, 'regular'),
      set('Federal Reserve Bank of Philadelphia, Philadelphia, PA 19106, U.S.A.', 357, 'italic'),
      set('The copyright to this Article is held by the Society.', 178, 'regular'),
    );
    expect(pullTitle(page, 12)).toBeNull();
  });
  it('takes no title when the line in the other font is a word or two', () => {
    expect(pullTitle(cover('Marginalia'), 12)).toBeNull();
  });
});
