import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePaper, PARSER_VERSION } from './parse-paper';
import type { HeadingBlock, Paper } from './types';
import { fakePaperId } from './__fixtures__/paper-ids';

const SAMPLE_NAME = 'precise-poverty-alleviation-and-party-image.txt';
/** The copy the app ships: always present, so these tests always run. */
const BUNDLED = path.resolve(__dirname, '../../public/papers', SAMPLE_NAME);
/** The shared original, present in CI and on developer machines but not in every checkout. */
const SHARED = path.resolve(__dirname, '../../../shared/papers', SAMPLE_NAME);

const ID = fakePaperId('a');

function parseSample(): Paper {
  return parsePaper(readFileSync(BUNDLED, 'utf8'), {
    format: 'text',
    fileName: SAMPLE_NAME,
    id: ID,
  });
}

function headings(paper: Paper): HeadingBlock[] {
  return paper.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
}

const slice = (paper: Paper, r: { start: number; end: number }): string =>
  paper.text.slice(r.start, r.end);

describe('parsePaper on the sample paper', () => {
  const paper = parseSample();

  it('names the paper after its file, since the text has no title line', () => {
    expect(paper.title).toBe('Precise poverty alleviation and party image');
    expect(paper.blocks.some((b) => b.kind === 'title')).toBe(false);
    expect(paper).toMatchObject({
      id: ID,
      format: 'text',
      fileName: SAMPLE_NAME,
      parserVersion: PARSER_VERSION,
    });
  });

  it('finds the Abstract, the four numbered sections whole, and the References', () => {
    expect(
      headings(paper).map((h) => [
        h.number,
        slice(paper, { start: h.titleStart, end: h.end }),
        h.role,
        h.level,
      ]),
    ).toEqual([
      [null, 'Abstract', 'abstract', 1],
      ['1', 'Introduction', 'section', 1],
      ['2', 'Always adhere to the "people-centered development thinking"', 'section', 1],
      ['3', 'Seriously implement the precise poverty alleviation policy', 'section', 1],
      [
        '4',
        'Make Great Efforts to Strengthen the Construction of Rural Grassroots Party Organizations',
        'section',
        1,
      ],
      [null, 'References', 'bibliography', 1],
    ]);
  });

  it('joins paragraphs split mid-sentence by stray blank lines', () => {
    const paragraphs = paper.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => slice(paper, b));
    expect(
      paragraphs.some((p) =>
        p.includes(
          'It "determines the establishment, maintenance and strengthening of party identity and party authority" [1].',
        ),
      ),
    ).toBe(true);
    expect(
      paragraphs.some((p) => p.includes('issue that the Party Central Committee has taken')),
    ).toBe(true);
    expect(
      paragraphs.some((p) =>
        p.includes('should give full play to the main leadership responsibility'),
      ),
    ).toBe(true);
    expect(paragraphs).toHaveLength(18);
  });

  it('removes the page marker and keeps real hyphenated words', () => {
    expect(paper.text).not.toContain('--1043--');
    expect(paper.text).not.toMatch(/ {2}|\n{3}|^\s|\s$/);
    for (const word of ['people-centered', 'five-common', 'well-off', 'all-round'])
      expect(paper.text).toContain(word);
  });

  it('starts the abstract paragraph after the lead-in', () => {
    const abstract = paper.blocks[1];
    expect(abstract?.kind).toBe('paragraph');
    expect(slice(paper, abstract ?? { start: 0, end: 0 })).toMatch(
      /^Accurate poverty alleviation is an important guarantee/,
    );
  });

  it('reads eleven references labelled 1 to 11 with their full texts', () => {
    expect(paper.references.map((r) => r.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    expect(paper.references.map((r) => r.id)).toEqual(
      paper.references.map((r) => `ref-${r.label}`),
    );
    const text = (label: string): string =>
      slice(paper, paper.references.find((r) => r.label === label) ?? { start: 0, end: 0 });
    expect(text('1')).toBe(
      '[1] Zhang Junxia: The Construction of Political Party Image: Motivation, Value and Path, Theoretical Circle, No. 2, 2013.',
    );
    expect(text('10')).toBe(
      '[10] Office of the Rural Work Leading Group Office of the Fujian Provincial Party Committee Rural Work Leading Group: ' +
        'Exploration and Practice of General Secretary Xi Jinping\'s "Three Rural Issues" in Fujian, People\'s Daily, January 19, 2018.',
    );
    expect(text('11')).toBe(
      "[11] Yang Yuling: The political construction of the party is the fundamental construction of the party, The People's Liberation Army Daily, January 03, 2018.",
    );
  });

  it('reads the fields of the first entry', () => {
    expect(paper.references[0]?.fields).toEqual({
      authors: ['Zhang Junxia'],
      title: 'The Construction of Political Party Image: Motivation, Value and Path',
      venue: 'Theoretical Circle',
      year: '2013',
    });
  });

  it('finds eleven citations, each pointing to the entry with the same number', () => {
    expect(paper.citations).toHaveLength(11);
    paper.citations.forEach((c, i) => {
      expect(slice(paper, c)).toBe(`[${i + 1}]`);
      expect(c.refIds).toEqual([`ref-${i + 1}`]);
      expect(c.id).toBe(`c${i}`);
    });
  });

  it('lays blocks out in order, separated by one blank line, with ids b0, b1, ...', () => {
    paper.blocks.forEach((b, i) => {
      expect(b.id).toBe(`b${i}`);
      const next = paper.blocks[i + 1];
      if (next) expect(paper.text.slice(b.end, next.start)).toBe('\n\n');
    });
    expect(paper.blocks[0]?.start).toBe(0);
    expect(paper.blocks[paper.blocks.length - 1]?.end).toBe(paper.text.length);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(paper))).toEqual(paper);
  });

  it.skipIf(!existsSync(SHARED))(
    'matches the shared original of the sample (skipped: ../shared/papers is absent)',
    () => {
      expect(readFileSync(SHARED, 'utf8')).toBe(readFileSync(BUNDLED, 'utf8'));
    },
  );
});

describe('parsePaper', () => {
  it('takes the Markdown # Title as the title block and Paper.title', () => {
    const paper = parsePaper('# My Paper\n\nSome text.\n', {
      format: 'markdown',
      fileName: 'x.md',
      id: ID,
    });
    expect(paper.title).toBe('My Paper');
    expect(paper.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    expect(paper.text).toBe('My Paper\n\nSome text.');
  });

  it.each([
    ['LNCS’s ⋆', 'Bone Aging with Generative Adversarial Network⋆'],
    ['an asterisk', 'Bone Aging with Generative Adversarial Network*'],
    ['a dagger after a space', 'Bone Aging with Generative Adversarial Network †'],
    ['the QJE’s mathematical asterisk', 'Bone Aging with Generative Adversarial Network∗'],
  ])('names the paper without its title’s footnote mark (%s), kept in the text', (_, line) => {
    const paper = parsePaper(`${line}\n\nBody.\n`, { format: 'pdf', fileName: 'x.pdf', id: ID });
    expect(paper.title).toBe('Bone Aging with Generative Adversarial Network');
    expect(paper.text.startsWith(line)).toBe(true);
  });

  it('takes a title closed by F1000’s version status as the title, named without it', () => {
    const line =
      'Longevity of Atlantic Sharpnose Sharks based on tag-recapture data [v2; ref status: indexed, http://f1000r.es/4fj]';
    const source = `${line}\n\nRESEARCH NOTE\n\nBryan S. Frazier¹, William B. Driggers III²\n\nAbstract\n\nBody text.\n`;
    const paper = parsePaper(source, { format: 'pdf', fileName: 'x.pdf', id: ID });
    expect(paper.title).toBe('Longevity of Atlantic Sharpnose Sharks based on tag-recapture data');
    expect(paper.text.startsWith(line)).toBe(true);
  });

  it('reads a pdf-format source as text', () => {
    const paper = parsePaper('A Title\n\nBody.\n', { format: 'pdf', fileName: 'x.pdf', id: ID });
    expect(paper.format).toBe('pdf');
    expect(paper.title).toBe('A Title');
  });

  const LONG_TITLE =
    'Understanding the barriers to setting up a healthcare quality improvement process in resource-limited settings: a situational analysis at the Medical Department of Kamuzu Central Hospital in Lilongwe, Malawi';
  it.each([
    ['a title of 30 words', LONG_TITLE, LONG_TITLE],
    [
      "a title closed by a species authority's period",
      'Phytochemical investigations of Phoenix paludosa Roxb.',
      'Phytochemical investigations of Phoenix paludosa Roxb.',
    ],
    ['no sentence standing alone', 'We read twelve papers and every one of them twice.', 'X'],
    [
      'a title whose study type follows a full stop (De Gruyter)',
      'Correlation between CTLA-4 gene polymorphism and multiple sclerosis susceptibility. A meta-analysis',
      'Correlation between CTLA-4 gene polymorphism and multiple sclerosis susceptibility. A meta-analysis',
    ],
    ['no two sentences standing alone', 'We read twelve papers. Every one of them twice', 'X'],
  ])('takes as the title a first line standing alone: %s', (_case, line, title) => {
    const source = `${line}\n\nJane Doe\n\n1. Introduction\n\nBody text of the paper.\n`;
    expect(parsePaper(source, { format: 'pdf', fileName: 'x.pdf', id: ID }).title).toBe(title);
  });

  it.each([
    ['pdf', 16],
    ['text', undefined],
    ['markdown', undefined],
  ] as const)(
    'takes a run-in head the PDF layout marked only from a %s source, and never shows the mark',
    (format, leadEnd) => {
      const source = `A Title\n\n1. Method\n\nData collection.\u001F We read twelve papers, and every one twice.\n`;
      const paper = parsePaper(source, { format, fileName: 'x', id: ID });
      const paragraph = paper.blocks.at(-1);
      expect(paragraph?.kind === 'paragraph' && paragraph.leadEnd).toBe(
        leadEnd === undefined ? undefined : (paragraph?.start ?? 0) + leadEnd,
      );
      expect(paper.text).not.toContain('\u001F');
    },
  );

  describe('a table the PDF layout marked row by row', () => {
    const rows = (...lines: string[]) => lines.map((l) => `\u001E${l}`).join('\n');
    const source = (table: string) =>
      [
        'A Title',
        '1. Corpora',
        'The corpora we compare are set out in the table below (Lo et al., 2020).',
        table,
        'Table 1: The corpora.',
        'References',
        'Lo, K., Wang, L. L., 2020. S2ORC: The Semantic Scholar Open Research Corpus. ACL.',
        '',
      ].join('\n\n');

    it('shows its rows apart from the running text, one per line, its citations linked', () => {
      const table = rows('Corpus Papers', 'S2ORC (Lo et al., 2020) 8.1M', 'AAN 25k');
      const paper = parsePaper(source(table), { format: 'pdf', fileName: 'x.pdf', id: ID });
      const block = paper.blocks.find((b) => b.kind === 'table');
      expect(block && paper.text.slice(block.start, block.end)).toBe(
        'Corpus Papers\nS2ORC (Lo et al., 2020) 8.1M\nAAN 25k',
      );
      const cited = paper.citations.filter(
        (c) => block && c.start >= block.start && c.end <= block.end,
      );
      expect(cited.map((c) => c.refIds)).toEqual([[paper.references[0]?.id]]);
      expect(paper.text).not.toContain('\u001E');
    });

    it('reads authors set side by side (an e-mail among them) as it would without the marks', () => {
      const table = rows(
        'Kyle Lo Lucy Wang',
        'Allen Institute Allen Institute',
        'kylel@allenai.org lucyw@allenai.org',
      );
      const paper = parsePaper(source(table), { format: 'pdf', fileName: 'x.pdf', id: ID });
      expect(paper.blocks.some((b) => b.kind === 'table')).toBe(false);
      expect(paper.text).toContain('kylel@allenai.org');
    });

    it('means nothing in a text or Markdown source', () => {
      const table = rows('Corpus Papers', 'S2ORC 8.1M', 'AAN 25k');
      const paper = parsePaper(source(table), { format: 'text', fileName: 'x.txt', id: ID });
      expect(paper.blocks.some((b) => b.kind === 'table')).toBe(false);
      expect(paper.text).not.toContain('\u001E');
    });
  });

  it.each(['text', 'markdown'] as const)(
    'shows no control character of a %s source: stray codes dropped, a vertical tab a line break',
    (format) => {
      const source =
        'A randomized algorithm is (\u000f, δ)-indistinguishable\u0003 for all inputs.\u001f\u001e\n\nSecond\u000bline \u0085here.';
      const paper = parsePaper(source, { format, fileName: 'x.txt', id: fakePaperId('ctl') });
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(paper.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      expect(paper.text).toContain('(, δ)-indistinguishable for all inputs.');
      expect(paper.text).toMatch(/Second\s+line here\./);
    },
  );

  it.each(['text', 'markdown'] as const)(
    "writes a %s source's Symbol-font bracket pieces (private-use codes) as the characters that draw them",
    (format) => {
      const source = 'The matrix \uF8EE a b \uF8F9 is set\uF020here.';
      const paper = parsePaper(source, { format, fileName: 'x.txt', id: fakePaperId('pua') });
      expect(paper.text).toContain('The matrix \u23A1 a b \u23A4 is set here.');
    },
  );

  it('gives an empty source an empty paper', () => {
    const paper = parsePaper('', { format: 'text', fileName: 'empty-notes.txt', id: ID });
    expect(paper).toMatchObject({
      text: '',
      blocks: [],
      references: [],
      citations: [],
      title: 'Empty notes',
    });
  });

  it('gives duplicate entry numbers distinct reference ids', () => {
    const paper = parsePaper('Text.\n\n## References\n\n- [1] A. One.\n- [1] B. Two.\n', {
      format: 'markdown',
      fileName: 'x.md',
      id: ID,
    });
    expect(paper.references.map((r) => r.id)).toEqual(['ref-1', 'ref-1-2']);
  });
});

describe('parsePaper: the byline and display equations', () => {
  const source = [
    'Margins of Old Books',
    '',
    'Jane Doe (1), John Smith (2)',
    'Department of History, University of Oxford',
    '',
    'Abstract',
    '',
    'We read the margins of old books (1).',
    '',
    '1. Introduction',
    '',
    'The score of a margin is',
    '',
    'S = α × n + β (2)',
    '',
    'where n counts the notes (2).',
    '',
    'References',
    '',
    '(1) Jackson HJ. Marginalia: Readers Writing in Books. Yale University Press, 2001.',
    '(2) Sherman WH. Used Books: Marking Readers in Renaissance England. 2008.',
  ].join('\n');
  const paper = parsePaper(source, { format: 'text', fileName: 'margins.txt', id: ID });
  const kinds = paper.blocks.map((b) => b.kind);
  const citedIn = (kind: string) =>
    paper.citations.filter((c) =>
      paper.blocks.some((b) => b.kind === kind && b.start <= c.start && c.end <= b.end),
    );

  it('gives the byline and the equation blocks of their own, out of the contents', () => {
    expect(kinds.slice(0, 3)).toEqual(['title', 'byline', 'heading']);
    expect(paper.blocks.filter((b) => b.kind === 'equation').map((b) => slice(paper, b))).toEqual([
      'S = α × n + β (2)',
    ]);
    expect(headings(paper).map((h) => slice(paper, h))).not.toContain('S = α × n + β (2)');
  });

  it('links no marker inside the byline nor the equation number, and every other one', () => {
    expect(citedIn('byline')).toEqual([]);
    expect(citedIn('equation')).toEqual([]);
    expect(paper.citations.map((c) => `${slice(paper, c)}→${c.refIds.join(',')}`)).toEqual([
      '(1)→ref-1',
      '(2)→ref-2',
    ]);
  });
});

describe('parsePaper on Markdown whose citations are raised numbers', () => {
  it.each([
    ['Pandoc’s ^…^', (n: string) => `^${n}^`],
    ['MinerU’s $^{…}$', (n: string) => `$^{${n}}$`],
    ['an HTML export’s <sup>', (n: string) => `<sup>${n}</sup>`],
  ])('links %s to the numbered list, each number to its entry', (_name, raise) => {
    const source = [
      '# Smoking and Methylation',
      '',
      '## Introduction',
      '',
      `Smoking changes methylation at AHRR.${raise('1')} It does so in blood${raise('2,3')} and saliva.${raise('3')}`,
      '',
      '## References',
      '',
      '1. Relton CL, Hartwig FP. From stem cells to the law courts. Int J Epidemiol. 2015;44:1083.',
      '2. Grieshober L, Graw S. AHRR methylation in heavy smokers. BMC Cancer. 2020;20:905.',
      '3. Joehanes R, Just AC. Epigenetic signatures of cigarette smoking. Circ Genet. 2016;9:436.',
    ].join('\n');
    const paper = parsePaper(source, { format: 'markdown', fileName: 's.md', id: ID });
    const numbers = paper.citations.map((c) =>
      c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1).join(','),
    );
    expect(numbers).toEqual(['1', '2,3', '3']);
    expect(paper.text).not.toMatch(/[\^$]|<sup>/);
  });
});

describe('parsePaper on a copy of a publisher’s web page', () => {
  const page = [
    'Methylomes of the mouse brain',
    '',
    'Introduction',
    '',
    'Neurons differ in their methylomes [1], as shown before [2].',
    '',
    'References',
    '',
    '1. Luo, C. et al. Single-cell methylomes identify neuronal subtypes. Science 357, 600–604 (2017).',
    'Article CAS PubMed Google Scholar',
    '2. Lister, R. et al. Global epigenomic reconfiguration. Science 341, 1237905 (2013).',
    'Article PubMed PubMed Central Google Scholar',
    '',
  ].join('\n');

  it.each(['text', 'markdown'] as const)(
    'leaves the link words after each entry out (%s)',
    (format) => {
      const source =
        format === 'markdown' ? page.replace(/^(Introduction|References)$/gm, '## $1') : page;
      const paper = parsePaper(source, { format, fileName: 'page.txt', id: ID });
      expect(paper.references.map((r) => slice(paper, r))).toEqual([
        '1. Luo, C. et al. Single-cell methylomes identify neuronal subtypes. Science 357, 600–604 (2017).',
        '2. Lister, R. et al. Global epigenomic reconfiguration. Science 341, 1237905 (2013).',
      ]);
      expect(paper.text).not.toContain('Google Scholar');
    },
  );
});

describe('parsePaper on Markdown with prose after its reference list and no heading between', () => {
  it('keeps that prose in the text (an appendix after `[n]` entries)', () => {
    const md = [
      '# Cows and methane',
      '',
      '## Introduction',
      '',
      'Methane rose [1] and fell [2].',
      '',
      '## References',
      '',
      '[1] Smith J, Lee K. Early grazing studies. Ecology. 1998;79:1-9.',
      '',
      '[2] Jones P, Park S. Grazing and methane. Nature. 2001;410:11-19.',
      '',
      '**Appendix A. Proofs**',
      '',
      'We prove the bound by induction on the herd size.',
      '',
    ].join('\n');
    const paper = parsePaper(md, { format: 'markdown', fileName: 'cows.md', id: ID });
    expect(paper.text).toContain('We prove the bound by induction on the herd size.');
  });
});
