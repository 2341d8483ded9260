import { latexText } from './latex-text';

describe('latexText', () => {
  it.each([
    ['p_i(x)', 'pᵢ(x)'],
    ['\\alpha = 0.5', 'α = 0.5'],
    ['N = n \\times m', 'N = n × m'],
    ['2^{20}', '2²⁰'],
    ['{ }^{1,2} and ^{3-5}', '¹,² and ³⁻⁵'],
    ['x_{i-1} + y^{n+1}', 'xᵢ₋₁ + yⁿ⁺¹'],
    ['\\mathcal{O}(n^2)', 'O(n²)'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\frac{1}{\\sqrt{d_k}}', '1/√dₖ'],
    ['\\mathbb{R}^{d}', 'ℝ^d'],
    ['\\hat{y} \\leq \\bar{x}', 'y\u0302 ≤ x\u0304'.normalize('NFC')],
    ['\\left( \\sum_{i=1}^{N} w_i \\right)', '( ∑ᵢ₌₁^N wᵢ )'],
    ['\\text{softmax}(QK^T)', 'softmax(QKᵀ)'],
    ['x_{\\text{max}}', 'xₘₐₓ'],
    ['x_{\\text{best}}', 'x_(best)'],
    ['\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', 'a = b c = d'],
    ['\\unknowncommand{x}', 'unknowncommandx'],
    ['E_i(x). \\tag{2}', 'Eᵢ(x). (2)'],
  ])('reads %j as %j', (math, expected) => {
    expect(latexText(math)).toBe(expected);
  });

  it('never fails on unbalanced input', () => {
    expect(latexText('\\frac{a')).toBe('a/');
    expect(latexText('x^')).toBe('x^');
    expect(latexText('}{')).toBe('}');
  });
});
