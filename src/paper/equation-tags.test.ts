/**
 * Equation numbers in square brackets (`equation-tags.ts`): PNAS numbers its equations `[1]` and
 * cites `(1)`. Read through the whole parser: each case a paper's paragraphs and its list, and
 * every marker that links.
 */
import { bracketedEquationTags } from './equation-tags';
import { citationLinks } from './__fixtures__/read-paper';

const links = (body: string, list: string) => citationLinks(body, list);

const LIST = [
  '1. Ackers GK, Johnson AD, Shea MA (1982) Quantitative model for gene regulation. PNAS 79:1129.',
  '2. Buchler NE, Gerland U, Hwa T (2003) On schemes of combinatorial transcription. PNAS 100:5136.',
  '3. Vilar JM, Leibler S (2003) DNA looping and physical constraints. J Mol Biol 331:981.',
  '4. Garcia HG, Phillips R (2011) Quantitative dissection of the simple repression. PNAS 108:12173.',
  '5. Daber R, Sochor MA, Lewis M (2011) Thermodynamic analysis of mutant repressors. J Mol Biol 409:76.',
].join('\n');

describe('equations numbered in square brackets in a paper that cites in parentheses', () => {
  const body = [
    'Thermodynamic models predict gene expression from a few physical variables (1–3). The ' +
      'input-output function was tested experimentally (4, 5) and it reads fold-change = 1 + A e−bε, [1] ' +
      'where R is the number of repressors per cell.',
    'The probability that a repressor is active is pact(c) = (1 + c/KA)ⁿ / Z, [2] and Eq. (2) ' +
      'shows that the allosteric parameters enter only through pact (3).',
  ].join('\n\n');

  it('links the numbers in parentheses and not the equations’ numbers', () => {
    expect(links(body, LIST)).toEqual([
      ['(1–3)', [1, 2, 3]],
      ['(4, 5)', [4, 5]],
      ['(3)', [3]],
    ]);
  });

  it('links a maths paper’s bracketed citations, each once and in order after mathematics', () => {
    const maths =
      'We study the operator L = −Δ + V with V ≥ 0 [1]. The spectrum σ(L) ⊂ [0, ∞) is discrete ' +
      'when V → ∞ [2]. From Eq. (1) and (2) we have the bound.';
    expect(links(maths, LIST)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
  });

  it('still links bracketed citations in a paper that cites in brackets, after maths or not', () => {
    const cites =
      'Thermodynamic models predict gene expression [1, 2]. The function fold-change = 1 + A e−bε ' +
      'was tested [4] and then again by others [4]. The energy ε = −13.9 kBT [3] and Eq. (1) agree.';
    expect(links(cites, LIST)).toEqual([
      ['[1, 2]', [1, 2]],
      ['[4]', [4]],
      ['[4]', [4]],
      ['[3]', [3]],
    ]);
  });
});

describe('bracketedEquationTags', () => {
  const tags = (text: string) => [...bracketedEquationTags(text, [[0, text.length]])];

  it('finds the numbers after maths, rising and single, in a paper naming its equations and citing in parentheses', () => {
    const text =
      'as before (1, 2), so y = a + b x, [1] and then z = y · x². [2] By Eq. 1 we see it.';
    expect(tags(text)).toEqual([text.indexOf('[1]'), text.indexOf('[2]')]);
  });

  it.each([
    ['a number after words', 'so y = a + b x, [1] as shown before [2]. By Eq. 1 we see it.'],
    ['a number again', 'so y = a + b x, [1] and then z = y · x², [1]. By Eq. 1 we see it.'],
    ['two numbers in one bracket', 'so y = a + b x, [1, 2] and z = y · x², [3]. By Eq. 1 we see.'],
    ['a paper that names no equation', 'so y = a + b x, [1] and then z = y · x². [2] We see it.'],
    [
      'no citation in parentheses (a maths paper citing in brackets)',
      'so y = a + b x, [1] and then z = y · x². [2] By Eq. (1) we see it.',
    ],
  ])('finds none when there is %s', (_, text) => {
    expect(tags(text)).toEqual([]);
  });
});
