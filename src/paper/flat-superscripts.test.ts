import { parsePaper } from './parse-paper';
import { pid } from './__fixtures__/paper-ids';

const LIST = ['Shah NC', 'Mechanic D', 'Howie JGR', 'Kaplan SH', 'Airey C', 'Hart JT'].map(
  (name, i) => `${i + 1}. ${name}. Study number ${i + 1}. BMJ 20${10 + i};${i + 3}:1–9.`,
);

/** Each citation's text and the numbers of the entries it links to. */
function links(body: string, list = LIST, format: 'text' | 'markdown' | 'pdf' = 'text') {
  const source = `A Paper\n\nIntroduction\n\n${body}\n\nReferences\n\n${list.join('\n')}\n`;
  const paper = parsePaper(source, { format, fileName: 'p.txt', id: pid('sha256:f') });
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => paper.references.findIndex((r) => r.id === id) + 1),
  ]);
}

const BMJ =
  'In 1999 Shah1 said so. It is true in the United States.2 Longer consultations help with psychosocial problems3 and with enablement,4-6 as before.2';

/**
 * A Markdown paper of `prose` over LIST printed without numbers (as bullets) under `heading`,
 * parsed, with its citations' texts.
 */
function unnumbered(prose: string, heading: string): string[] {
  const bullets = LIST.map((entry) => `- ${entry.replace(/^\d+\. /, '')}`);
  const md = `# A Paper\n\n${prose}\n\n## ${heading}\n\n${bullets.join('\n')}\n`;
  const paper = parsePaper(md, { format: 'markdown', fileName: 'p.md', id: pid('sha256:f') });
  return paper.citations.map((c) => paper.text.slice(c.start, c.end));
}

describe('superscript citations flattened to digits in a text source', () => {
  it('reads them where a column read out of order moves a few numbers ahead, with ranges in minus signs', () => {
    // A later column's `cells,5` read before the introduction (pdftotext), ACS's `world.2−4`.
    const body =
      'Made in presses such as anvil cells,5 where the rest goes on.\n\nSilica is strong for defect-free samples,1 one of the strongest materials in the world.2−4 It is brittle.6';
    expect(links(body)).toEqual([
      ['5', [5]],
      ['1', [1]],
      ['2−4', [2, 3, 4]],
      ['6', [6]],
    ]);
  });

  it('reads no flattened superscripts against a list where few of the numbers are labels', () => {
    // A table's `Reference` column read as a list of one entry labelled 1, then the paper's own
    // list printed without numbers: `Xiong1`, an affiliation's mark, must not cite that row.
    const source = [
      'A Paper',
      'Introduction',
      'This study was written by Ping Xiong1 at the medical school.',
      'It is known.2 Others agree,3 and more.4 Still more.5 See also.6',
      'Reference',
      '1. Year of publication Age group Country Participants',
      'Discussion',
      'The results are as they were found in the studies, and nothing more is said of them.',
      'References',
      ...['Shah NC', 'Mechanic D', 'Howie JGR', 'Kaplan SH', 'Airey C', 'Hart JT'].map(
        (name, i) => `${name}. Study number ${i + 1}. BMJ 20${10 + i};${i + 3}:1–9.`,
      ),
    ].join('\n\n');
    const paper = parsePaper(source, { format: 'text', fileName: 'p.txt', id: pid('sha256:f') });
    const row = paper.references.find((r) => r.label === '1');
    expect(row).toBeDefined();
    expect(paper.citations.filter((c) => c.refIds.includes(row!.id))).toEqual([]);
  });

  it('reads no citation in a number going on past a point (a DOI in a running footer) nor in a count', () => {
    // A journal's footer on the first page, `doi:10.1001/…`, would read as a citation of entry 10
    // before 1: out of order, it stopped the paper's own citations from being read at all.
    const footer = 'JAMA Netw Open. 2019;2(3):e190355. doi:10.1001/jamanetworkopen.2019.0355';
    const list = Array.from(
      { length: 12 },
      (_, i) => `${i + 1}. Author${i} A. Study ${i + 1}. BMJ 2010;3:1–9.`,
    );
    const body = `${footer}\n\nIt is known.1-3 Others agree,4,5 and more.6 Still more.7-9 See also.10 Short studies (eg, 2-7 years) at 15 to 18 years of age, 19 to 29 years, or some (ie, 1 hour/wk) count nothing.`;
    expect(links(body, list)).toEqual([
      ['1-3', [1, 2, 3]],
      ['4,5', [4, 5]],
      ['6', [6]],
      ['7-9', [7, 8, 9]],
      ['10', [10]],
    ]);
  });

  it('links digits glued to a word or its punctuation when the paper cites that way in order', () => {
    expect(links(BMJ)).toEqual([
      ['1', [1]],
      ['2', [2]],
      ['3', [3]],
      ['4-6', [4, 5, 6]],
      ['2', [2]],
    ]);
  });

  it('links a number standing between two sentences or after a comma (Thieme as Markdown)', () => {
    expect(links('It was shown. 1 Then it was done. 2 Later it was seen. 3 Every time.')).toEqual([
      ['1', [1]],
      ['2', [2]],
      ['3', [3]],
    ]);
    expect(links('Risks include hypertension, 1 stroke, 2 and heart failure. 3 Venous.')).toEqual([
      ['1', [1]],
      ['2', [2]],
      ['3', [3]],
    ]);
  });

  it('links nothing when the numbers are units, formulas, labels or out of order', () => {
    expect(links('A wound of 30 cm2 and CO2 with mp3 files.')).toEqual([]);
    expect(links('See the figure2 and table3 in step4 of trial 5.')).toEqual([]);
    expect(links('Problems3 came before enablement.1 and the rest.2 Also5 and6.')).toEqual([]);
  });

  it('leaves a paper that cites in another way, and PDFs (whose layout keeps superscripts), alone', () => {
    // All but `Shah1`, which names the first author of entry 1 (see below).
    expect(links(`As in [1], ${BMJ}`).map(([text]) => text)).toEqual(['[1]', '1']);
    expect(links(BMJ, LIST, 'pdf')).toEqual([]);
  });

  it('reads a list printed without numbers in the order the text cites it (BMJ made Markdown)', () => {
    expect(unnumbered(BMJ, 'References')).toEqual(['1', '2', '3', '4-6', '2']);
  });

  it('reads no order into a list printed without numbers when a number goes past its end (numbered notes)', () => {
    // A law review: six works in its bibliography, its notes numbered on past them.
    const notes = `${BMJ} The rule was set aside.7 It was tried again.8`;
    expect(unnumbered(notes, 'Bibliography')).toEqual([]);
  });

  it('still reads a list printed without numbers in order when one token ends in a big number (base64, covid19)', () => {
    // review25b: one `base64` or `covid19` in the prose is read as a flattened mark past the end
    // of a six-entry list, and vetoes every link of the paper: no note numbering goes on past it.
    const notes = `${BMJ} The records were stored as base64 strings.`;
    expect(unnumbered(notes, 'Bibliography')).toEqual(['1', '2', '3', '4-6', '2']);
  });
});

describe('flattened superscripts in a paper that also cites in brackets', () => {
  it('reads one only where the name before it is the first author of the entry it cites', () => {
    // ReScience: `R [3]` in brackets, `Lamichhane et al.¹` flattened to `al.1`.
    const body =
      'Lamichhane et al.1 described it, in detail in Shah and Howie2 too. It runs in R [3] and C [4]. The work of Mechanic et al.5 differs, and table5 shows it.';
    expect(links(body)).toEqual([
      ['[3]', [3]],
      ['[4]', [4]],
    ]);
    const list = ['Lamichhane G', 'Shah NC', ...LIST.slice(2).map((e) => e.slice(3))].map((e, i) =>
      i < 2 ? `${i + 1}. ${e}. Study number ${i + 1}. BMJ 2010;3:1–9.` : `${i + 1}. ${e}`,
    );
    expect(links(body, list)).toEqual([
      ['1', [1]],
      ['2', [2]],
      ['[3]', [3]],
      ['[4]', [4]],
    ]);
  });
});
