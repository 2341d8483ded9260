import { expandNumbers } from './citations';
import { parsePaper } from './parse-paper';
import type { Paper } from './types';
import { fakePaperId } from './__fixtures__/paper-ids';

const ID = fakePaperId('b');

/** Eleven numbered references after a References heading. */
const ELEVEN_REFS = Array.from(
  { length: 11 },
  (_, i) => `[${i + 1}] Author ${i + 1}: Title ${i + 1}, Venue, 20${10 + i}.`,
).join('\n');

function numericPaper(body: string): Paper {
  return parsePaper(`${body}\n\nReferences\n${ELEVEN_REFS}\n`, {
    format: 'text',
    fileName: 'n.txt',
    id: ID,
  });
}

/** Each marker's text and the reference labels it points to. */
function markers(paper: Paper): Array<[string, string[]]> {
  const labels = new Map(paper.references.map((r) => [r.id, r.label]));
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => labels.get(id) ?? '?'),
  ]);
}

describe('findCitations (numeric)', () => {
  it.each<[string, string, Array<[string, string[]]>]>([
    ['a single marker', 'As shown [4].', [['[4]', ['4']]]],
    ['a list', 'As shown [1, 3].', [['[1, 3]', ['1', '3']]]],
    ['a hyphen range', 'As shown [2-5].', [['[2-5]', ['2', '3', '4', '5']]]],
    ['an en-dash range', 'As shown [2–5].', [['[2–5]', ['2', '3', '4', '5']]]],
    ['a long list', 'As shown [1, 2, 3, 4, 5].', [['[1, 2, 3, 4, 5]', ['1', '2', '3', '4', '5']]]],
    ['a list with a range', 'As shown [3,5-7].', [['[3,5-7]', ['3', '5', '6', '7']]]],
    [
      'markers touching punctuation',
      'It is "alleviation."[5] And [7]. Also [8],[9].',
      [
        ['[5]', ['5']],
        ['[7]', ['7']],
        ['[8]', ['8']],
        ['[9]', ['9']],
      ],
    ],
  ])('finds %s', (_name, body, expected) => {
    expect(markers(numericPaper(body))).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string[]]>]>([
    ['an en-dash range across brackets', 'As shown [2]–[4].', [['[2]–[4]', ['2', '3', '4']]]],
    ['a hyphen range across brackets', 'As shown [2]-[4].', [['[2]-[4]', ['2', '3', '4']]]],
    ['a spaced range across brackets', 'As shown [2] – [4].', [['[2] – [4]', ['2', '3', '4']]]],
    ['an em-dash range across brackets', 'As shown [9]—[11].', [['[9]—[11]', ['9', '10', '11']]]],
    [
      'a range across brackets and a marker after it',
      'As shown [1]–[3], [5].',
      [
        ['[1]–[3]', ['1', '2', '3']],
        ['[5]', ['5']],
      ],
    ],
    [
      'a list of two markers, not a range',
      'As shown [2], [4].',
      [
        ['[2]', ['2']],
        ['[4]', ['4']],
      ],
    ],
    ['only the known end of a range past the list', 'As shown [2]–[40].', [['[2]', ['2']]]],
    ['only the known start of a range before the list', 'As shown [40]–[2].', [['[2]', ['2']]]],
    [
      'two markers for a backwards range',
      'As shown [4]–[2].',
      [
        ['[4]', ['4']],
        ['[2]', ['2']],
      ],
    ],
    [
      'two markers for a range ending at a list',
      'As shown [1]–[3, 5].',
      [
        ['[1]', ['1']],
        ['[3, 5]', ['3', '5']],
      ],
    ],
  ])('finds %s', (_name, body, expected) => {
    expect(markers(numericPaper(body))).toEqual(expected);
  });

  it.each([
    ['[sic]', 'He wrote it [sic] twice.'],
    ['[…]', 'Then […] it ended.'],
    ['[...]', 'Then [...] it ended.'],
    ['a number with no such entry', 'As shown [12].'],
    ['a list with one unknown number', 'As shown [3, 12].'],
    ['a year', 'In the report [2019] it says so.'],
    ['a backwards range', 'As shown [5-2].'],
  ])('makes no marker of %s', (_name, body) => {
    expect(markers(numericPaper(body))).toEqual([]);
  });

  it('does not take an index in code or a path for a citation, glued as it is to quotes or slashes', () => {
    const paper = numericPaper(
      "Prefix compression [1] helps. We run value('(/site/person/@id)[1]', 'nvarchar') and read bidder[2]/increase and text())[2] and (@id = 'p18'])[2], as the CMS tracker (Central Tracking)[3] does.",
    );
    expect(markers(paper)).toEqual([
      ['[1]', ['1']],
      ['[3]', ['3']],
    ]);
  });

  it('does not take the index of a symbol the paper also indexes from zero for a citation', () => {
    // `xt[0]` cites nothing (no list has an entry 0): `xt` is a vector, and `xt[1]` its second
    // entry, in prose, in maths and in a chart's legend alike. A word glued to a citation
    // (`coding[2]`) that the paper never indexes with [0] still cites.
    const paper = numericPaper(
      [
        'Helmholtz saw perception as inference [1]. The prey xt[0] and predator xt[1] follow dxt[1]/dt = −γxt[1], from (x⁰[0], x⁰[1]) = (1.0, 0.5).',
        'We infer x ˆ[0] and x ˆ[1] from y[0] and y[1]; the means μx = (μx[0], μx[1]) and (˙μx[0], μ ẋ[1]) move as predictive coding[2] says.',
        '14 x[0] y[0] 12 x[1] 12 y[1]',
        'The codeword c⁽F⁾[0], c⁽F⁾[1], …; a chart labels exponent[0] exponent[1][7][5] and W[4] = [0].',
      ].join('\n\n'),
    );
    expect(markers(paper)).toEqual([
      ['[1]', ['1']],
      ['[2]', ['2']],
    ]);
  });

  it('links a citation glued to a short word that ends in a letter the paper indexes from zero', () => {
    // Review28: a signal paper writes `y[0]`; its `proposed by[3]` (a citation glued to its word,
    // as many PDFs write it) is no vector's entry: `by` is a word, not `y` with a coefficient.
    const paper = numericPaper(
      'The output y[0] of the filter starts at zero. The method proposed by[3] converges faster than the one in [4].',
    );
    expect(markers(paper)).toEqual([
      ['[3]', ['3']],
      ['[4]', ['4']],
    ]);
  });

  it('links a citation glued to a one-letter name that prose gives a method or a model', () => {
    // A paper writing `x[0]` names its methods `method A` and `Model B`: a capital letter after
    // such a word is a name, and the number glued to it a citation. A matrix's entry (`matrix
    // M[2]`) or a letter the paper itself indexes from zero (`A[0]`, then `A[1]`) is no citation.
    const paper = numericPaper(
      'The state x[0] starts at rest. We compare method A[3] with Model B[4] and the approach of system C [1]. The matrix M[2] is sparse.',
    );
    expect(markers(paper)).toEqual([
      ['[3]', ['3']],
      ['[4]', ['4']],
      ['[1]', ['1']],
    ]);
    const indexed = numericPaper('The vector A[0] and its method A[3] entry.');
    expect(markers(indexed)).toEqual([]);
  });

  it('does not take a binary word or a number written with leading zeros for a citation', () => {
    // `u₂ = [001]` is a codeword: no one cites `[010]` for reference 10.
    const paper = numericPaper(
      'The labels map as in [3]: 1 → u₁ = [000], 2 → u₂ = [001], 3 → u₃ = [010].',
    );
    expect(markers(paper)).toEqual([['[3]', ['3']]]);
  });

  it('links no entry for a number two entries carry, and the other numbers of its marker', () => {
    const paper = parsePaper(
      `As shown [2] and [1, 2].\n\nReferences\n[1] Smith, J. One. 2001.\n[2] Doe, A. Two. 2002. [2] Roe, B. (2003) Three.\n`,
      { format: 'text', fileName: 'n.txt', id: ID },
    );
    expect(paper.references).toHaveLength(3);
    expect(markers(paper)).toEqual([['[1, 2]', ['1']]]);
  });

  it("does not take a heading's own number or anything in the reference list as a marker", () => {
    const paper = parsePaper(
      `1. Introduction\n\nText [1].\n\n2. Results [2]\n\nMore.\n\nReferences\n[1] A. One, see also [2].\n[2] B. Two.\n`,
      { format: 'text', fileName: 'h.txt', id: ID },
    );
    expect(markers(paper)).toEqual([
      ['[1]', ['1']],
      ['[2]', ['2']],
    ]);
    const heading = paper.blocks.find((b) => b.kind === 'heading' && b.number === '2');
    expect(paper.citations[1]?.start).toBeGreaterThan(heading?.start ?? Infinity);
  });
});

describe('expandNumbers', () => {
  it.each([
    ['4', [4]],
    ['0012', [12]],
    [' 4 ', [4]],
    ['', [0]],
    ['4a', null],
    ['1, 3', [1, 3]],
    ['2-5', [2, 3, 4, 5]],
    ['3,5-7', [3, 5, 6, 7]],
    ['1, 1, 2', [1, 2]],
    ['5-2', null],
    ['1-500', null],
  ] as const)('expands %j', (inner, expected) => {
    expect(expandNumbers(inner)).toEqual(expected);
  });
});

describe('findCitations (author-year)', () => {
  const REFS = [
    'Guo, M. (2018). Reading practices. Journal of Reading, 12, 45-67.',
    'Müller, A. (2015). Pens and paper. Paper Press.',
    'Zhang, L., Guo, M., & Li, P. (2013). Memory aids. Memory, 21, 400-410.',
    'Zhang, L., & Guo, M. (2013a). Margins in practice. Reading Quarterly, 8, 1-20.',
    'García Márquez, G. (1990). Stories. Press.',
  ].join('\n\n');

  function authorYear(body: string): Array<[string, string[]]> {
    return markers(
      parsePaper(`${body}\n\nReferences\n\n${REFS}\n`, {
        format: 'text',
        fileName: 'a.txt',
        id: ID,
      }),
    );
  }

  it.each<[string, string, Array<[string, string[]]>]>([
    ['a parenthetical citation', 'As known (Zhang, 2013).', [['(Zhang, 2013)', ['Zhang 2013']]]],
    ['a narrative citation', 'Zhang (2013) argued so.', [['Zhang (2013)', ['Zhang 2013']]]],
    [
      'one marker per part of a multiple citation',
      'As known (Zhang et al., 2013; Guo, 2018).',
      [
        ['(Zhang et al., 2013', ['Zhang 2013']],
        ['Guo, 2018)', ['Guo 2018']],
      ],
    ],
    [
      'two authors with &',
      'As known (Zhang & Guo, 2013a).',
      [['(Zhang & Guo, 2013a)', ['Zhang 2013a']]],
    ],
    [
      'two authors with and, no comma',
      'As known (Zhang and Guo 2013a).',
      [['(Zhang and Guo 2013a)', ['Zhang 2013a']]],
    ],
    [
      'a narrative citation of two authors',
      'Zhang and Guo (2013a) argued.',
      [['Zhang and Guo (2013a)', ['Zhang 2013a']]],
    ],
    [
      'a narrative citation with a comma before its year (two authors)',
      'As Zhang & Guo, (2013a) argued.',
      [['Zhang & Guo, (2013a)', ['Zhang 2013a']]],
    ],
    [
      'a narrative citation with a comma before its year (et al.)',
      'As Zhang et al., (2013) argued.',
      [['Zhang et al., (2013)', ['Zhang 2013']]],
    ],
    [
      'no narrative citation of one name, a comma and a year (a place, a word)',
      'In Guo, (2018) was a good year.',
      [],
    ],
    [
      'a surname without its diacritics',
      'As known (Muller, 2015).',
      [['(Muller, 2015)', ['Müller 2015']]],
    ],
    ['a surname in another case', 'As known (ZHANG, 2013).', [['(ZHANG, 2013)', ['Zhang 2013']]]],
    ['a page locator', 'As known (Guo, 2018, p. 4).', [['(Guo, 2018, p. 4)', ['Guo 2018']]]],
    ['a lead-in word', 'As known (see Guo, 2018).', [['(see Guo, 2018)', ['Guo 2018']]]],
    [
      'a two-word surname',
      'As known (Garcia Marquez, 1990).',
      [['(Garcia Marquez, 1990)', ['García Márquez 1990']]],
    ],
    [
      'a narrative citation of a two-word surname',
      'García Márquez (1990) wrote.',
      [['García Márquez (1990)', ['García Márquez 1990']]],
    ],
    [
      'names after a few words of prose in the parentheses',
      'It was criticised (in particular by Guo 2018) and (as, for instance, discussed in Müller 2015).',
      [
        ['Guo 2018)', ['Guo 2018']],
        ['Müller 2015)', ['Müller 2015']],
      ],
    ],
    [
      'names and a year in no parentheses (CILAMCE), `et al.` or two authors',
      'O trabalho de Zhang et al., 2013 e de Zhang e Guo, 2013a mostra isso.',
      [
        ['Zhang et al., 2013', ['Zhang 2013']],
        ['Zhang e Guo, 2013a', ['Zhang 2013a']],
      ],
    ],
    [
      // review25b: 635b900's window opens only at `al.` or a join and ONE word before the year, so
      // the forms BARE_NARRATIVE reads besides (`u. a.`, a second surname with a particle) are lost.
      'names and a year in no parentheses, German `u. a.`',
      'Wie Zhang u. a., 2013 zeigen.',
      [['Zhang u. a., 2013', ['Zhang 2013']]],
    ],
    [
      'names and a year in no parentheses, the second surname with a particle',
      'As Zhang and van Guo 2013a showed.',
      [['Zhang and van Guo 2013a', ['Zhang 2013a']]],
    ],
    [
      'two names and a year in no parentheses, the second possessive',
      'As Zhang and Guo’s 2013a method shows.',
      [['Zhang and Guo’s 2013a', ['Zhang 2013a']]],
    ],
    [
      'names after a few words of prose in the parentheses, `u. a.` and `et coll.`',
      'Es zeigt sich (so auch bei Zhang u. a. 2013) et (comme chez Zhang et coll. 2013).',
      [
        ['Zhang u. a. 2013)', ['Zhang 2013']],
        ['Zhang et coll. 2013)', ['Zhang 2013']],
      ],
    ],
    [
      'a narrative citation after French `de`, no particle of the surname',
      'Le théorème de Zhang (2013) le montre.',
      [['Zhang (2013)', ['Zhang 2013']]],
    ],
    [
      'several years of one author',
      'As known (Zhang, 2013, 2013a).',
      [['(Zhang, 2013, 2013a)', ['Zhang 2013', 'Zhang 2013a']]],
    ],
  ])('finds %s', (_name, body, expected) => {
    expect(authorYear(body)).toEqual(expected);
  });

  it.each([
    ['a bare year in parentheses', 'In (2013) nothing happened.'],
    ['an unknown author', 'As known (Nobody, 2013).'],
    ['a known author in another year', 'As known (Zhang, 2011).'],
    ['a narrative citation of an unknown author', 'Smith (2013) argued.'],
    ['prose before an unknown author', 'As known (in particular by Nobody 2013).'],
    ['a year in the prose before the names', 'As known (shown in 2013 by Guo 2018).'],
    ['one author and a year in no parentheses', 'In Guo, 2018 we saw it.'],
    [
      'a capitalised word and prose before the names',
      'As known (a study of Zhang compared to Guo 2018).',
    ],
    // review25b: outside parentheses any `Capitalised and Capitalised, year` reads as two authors;
    // a second name that is no author of the one-author entry cites some other work (or none).
    ['a company named after the author, in no parentheses', 'Sales of Müller & Sons, 2015 rose.'],
    ['a second name that is no author of the one-author entry', 'As Guo and Li 2018 showed.'],
  ])('makes no marker of %s', (_name, body) => {
    expect(authorYear(body)).toEqual([]);
  });
});
