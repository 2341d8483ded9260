import {
  equationRunLength,
  isEquationAnchor,
  isMathLine,
  markdownDisplayMath,
} from './display-equations';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('isMathLine', () => {
  it.each([
    ['ds² = a² −(1 + 2ψ)dτ² + (1 − 2φ)dxidxi. (1)', true],
    ['TB = αTγ, (6)', true],
    ['𝑓(𝑥) = sin 𝑥 + cos 𝑥 (2.1)', true],
    ['eq/TB − 1', true],
    ['()', true],
    ['(5)', true],
    ['1', true],
    ['where α₁ ≡ 1.', true],
    ['Let 𝑝 be a prime, then', false],
    ['The score is x = a + b in our notation, while the', false],
    ['we take the conformal newtonian gauge', false],
    ['2.1 Mathematics', false],
    ['Jane Doe <jane@example.org>', false],
    ['（MMSE）． 对于样本数据为 D = (xi, y∗i)₁⩽i⩽m 的网', false],
    ['其中 α₁ ≡ 1.', true],
    ['see https://example.org/a=b', false],
    ['', false],
  ])('reads %j as mathematics: %s', (line, expected) => {
    expect(isMathLine(line)).toBe(expected);
  });
});

describe('isEquationAnchor', () => {
  it.each([
    ['TB = αTγ, (6)', true],
    ['mBnB = ΩBρc. (8)', true],
    ['Q ≡ ² 〈Θ²〉 − 〈Θ〉² − 2〈σ²〉, (3)', true],
    ['y = b0 + b1 x + e (2)', true],
    ['x = 3', false],
    ['(5)', false],
    ['1 2 1 1 1 3', false],
    ['2025-06-18', false],
    ['Figure 3 shows x = a + b here', false],
  ])('takes %j for the statement of an equation: %s', (line, expected) => {
    expect(isEquationAnchor(line)).toBe(expected);
  });
});

describe('equationRunLength', () => {
  it('takes a fraction set over three lines, numerator and denominator included', () => {
    expect(
      equationRunLength(lines('1', 'f₀(q) = (3)', 'eq/TB − 1', 'and Ψ is related'), 0, 4),
    ).toBe(3);
  });

  it('takes nothing from a run of fragments with no statement among them', () => {
    expect(equationRunLength(lines('1 2 1', '()', 'Matrices are shown.'), 0, 3)).toBe(0);
  });

  it('takes nothing from a line of prose', () => {
    expect(equationRunLength(lines('where f₀ is the distribution = x + y'), 0, 1)).toBe(0);
  });
});

describe('markdownDisplayMath', () => {
  it.each([
    [['$$E = mc^2$$'], { text: 'E = mc^2', next: 1 }],
    [['$$', 'a^2 + b^2 = c^2', '$$', 'after'], { text: 'a^2 + b^2 = c^2', next: 3 }],
    [['$$ x = y', 'z = w $$'], { text: 'x = y\nz = w', next: 2 }],
    [['$$ never closed', 'text'], null],
    [['costs $$ money'], null],
  ])('reads %j as %j', (source, expected) => {
    expect(markdownDisplayMath(source, 0)).toEqual(expected);
  });
});
