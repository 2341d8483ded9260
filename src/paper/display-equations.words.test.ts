/**
 * `isMathLine` counts a line's prose words with one regex over the line; these cases hold it to
 * the reading it replaced: `line.split(/\s+/)`, brackets and punctuation taken off each word, then
 * three or more Latin letters that are not a function's name.
 */
import { isMathLine } from './display-equations';

const MATH_WORDS =
  /^(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|log|exp|ln|lim|sup|inf|max|min|arg|argmax|argmin|det|dim|ker|mod|diag|tr|var|cov|div|grad|curl|erf|sgn|deg|gcd|lcm|Pr|vol)$/;
const SIGN =
  /[=<>+−×÷·∑∏∫∮√∂∇∞≡≈∼≃≅≠≤≥≪≫∝→←↔⇒⇔↦∈∉⊂⊆∪∩∀∃^|〈〉⟨⟩±∓′\u0370-\u03FF⁰-⁹₀-₉]|[\u{1D400}-\u{1D7FF}]/gu;

/** The reading by splitting, word by word. */
function byWords(line: string): boolean {
  if (line === '' || /@|https?:|www\./.test(line)) return false;
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[("“'[{]+|[)"”'\]},.;:!?]+$/g, ''))
    .filter((w) => /^[A-Za-zÀ-ÖØ-öø-ÿ]{3,}$/.test(w) && !MATH_WORDS.test(w)).length;
  return words === 0 || (words === 1 && (line.match(SIGN)?.length ?? 0) >= 3);
}

describe('isMathLine reads words as splitting the line would', () => {
  it.each([
    ['x = y where z > 0'],
    ['(abc) = x + y + z'],
    ['"where" = x + y + z'],
    ['“Héllo” = x + y + z'],
    ["('abc'), = x + y + z"],
    ['abc.def = x + y'],
    ['a.bc = x + y'],
    ['(. = x'],
    ['"\' = x'],
    ['sin cos tan'],
    ['argmax foo = 1'],
    ['tr(A) = 1'],
    ['Pr Pr Pr'],
    ['×abc = x + y + z'],
    ['ÀÖØöøÿ word'],
    ['ab\u00a0cde fgh'],
    ['  leading and trailing  '],
    ['x\u2009=\u2009where + y + z'],
    ['abc) = (def'],
    ['[{abc}] = x + y + z'],
  ])('%j', (line) => {
    expect(isMathLine(line)).toBe(byWords(line));
  });
});
