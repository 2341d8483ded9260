import { unfoldLayoutColumns } from './layout-columns';
import { parsePaper } from './parse-paper';
import { asPaperId } from './types';

/** Sets two columns side by side as `pdftotext -layout` does: a margin, the left, a gutter, the right. */
function sideBySide(left: readonly string[], right: readonly string[], margin = 6): string {
  const rows = Math.max(left.length, right.length);
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push(r === '' ? ' '.repeat(margin) + l : ' '.repeat(margin) + l.padEnd(52) + r);
  }
  return out.join('\n');
}

const LEFT = [
  '1 Introduction',
  'Dependency parsing has been studied for many',
  'years, and graph-based parsers score arcs [1]',
  'while transition-based ones build the tree in',
  'one pass over the sentence [2]. We follow the',
  'first approach and make it faster.',
  '',
  '2 Method',
  'Our parser keeps a table of scores for every',
  'pair of words and reads the best tree from it.',
];
const RIGHT = [
  'References',
  '[1] R. McDonald, F. Pereira, K. Ribarov, and',
  '    J. Hajič. 2005. Non-projective dependency',
  '    parsing using spanning tree algorithms.',
  '[2] J. Nivre. 2003. An efficient algorithm for',
  '    projective dependency parsing. In Proc.',
  '    IWPT, pages 149–160.',
  '[3] M. Collins. 2002. Discriminative training',
  '    methods for hidden Markov models.',
];

describe('unfoldLayoutColumns', () => {
  it('reads a two-column page as its left column, then its right one, margins taken off', () => {
    const page = `${' '.repeat(20)}A Fast Parser for Dependency Structures\n\n${sideBySide(LEFT, RIGHT)}\n`;
    const lines = unfoldLayoutColumns(page).split('\n');
    expect(lines[0]).toBe('A Fast Parser for Dependency Structures');
    const text = lines.filter((l) => l !== '');
    expect(text.slice(1, 1 + 9)).toEqual(LEFT.filter((l) => l !== ''));
    // The right column keeps its hanging indent.
    expect(text.slice(10)).toEqual(RIGHT);
  });

  it('keeps a reference list’s label column with its entries when the left column ends early', () => {
    // A last page (BMC's): the left column ends with the list's first entries, the right one
    // goes on with the others, each label set apart from its entry by a few spaces.
    const left = [
      'We thank the cohort for taking part.',
      '',
      'References',
      '1. Relton CL, Hartwig FP, Davey Smith G.',
      '    From stem cells to the law courts.',
      '2. Grieshober L, Graw S, Barnett MJ. AHRR',
      '    methylation in heavy smokers. 2020.',
    ];
    const right: string[] = [];
    for (let n = 3; n <= 12; n++)
      right.push(
        `${`${n}.`.padEnd(6)}Author${n} A, Other B. A study of smoking`,
        '      and methylation. J Epigenet. 2019;4:1–9.',
      );
    const lines = unfoldLayoutColumns(sideBySide(left, right))
      .split('\n')
      .filter((l) => l !== '');
    expect(lines.slice(0, left.length - 1)).toEqual(left.filter((l) => l !== ''));
    expect(lines[left.length - 1]).toBe('3.    Author3 A, Other B. A study of smoking');
    expect(lines.some((l) => /\S\s+\d{1,2}\.$/.test(l))).toBe(false);
  });

  it('leaves text of one column as it is', () => {
    const source = 'A plain paragraph of text\nwrapped over   two lines, with a wide gap.\n';
    expect(unfoldLayoutColumns(source)).toBe(source);
    const prose = LEFT.join('\n');
    expect(unfoldLayoutColumns(prose)).toBe(prose);
  });

  it('finds the columns page by page, past a running head that spans both', () => {
    const head = `${' '.repeat(6)}Proceedings of the Workshop on Parsing, pages 1–8, a running head set across the page`;
    const page = `${head}\n\n${sideBySide(LEFT, RIGHT)}`;
    const unfolded = unfoldLayoutColumns(`${page}\f${page}`);
    const [first, second] = unfolded.split('\f');
    expect(first).toBe(second);
    expect(first?.split('\n')[0]).toBe(head.trim());
    expect(first).toContain('first approach and make it faster.\n\n2 Method');
  });

  it('lets the parser find the references and the citations linked to them', () => {
    const page = sideBySide(LEFT, RIGHT);
    const paper = parsePaper(page, {
      format: 'text',
      fileName: 'parser.txt',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
    });
    expect(paper.references.map((r) => r.label)).toEqual(['1', '2', '3']);
    const cited = paper.citations.map((c) => paper.text.slice(c.start, c.end));
    expect(cited).toEqual(['[1]', '[2]']);
  });

  it('joins a word its left column breaks at a line end, as the text of one column would', () => {
    const left = [
      '2 Method',
      'Our parser keeps a table of scores for every',
      'pair of words, and the parsing algo-',
      'rithm reads the best tree from it; the',
      'decoder is neces-',
      'sary only once per sentence of the text.',
    ];
    const paper = parsePaper(sideBySide(left, RIGHT), {
      format: 'text',
      fileName: 'parser.txt',
      id: asPaperId(`sha256:${'0'.repeat(64)}`),
    });
    expect(paper.text).toContain('the parsing algorithm reads');
    expect(paper.text).toContain('decoder is necessary only');
  });
});
