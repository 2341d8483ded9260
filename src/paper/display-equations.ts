/**
 * Display equations in a paper's text: lines set apart from the running text that hold
 * mathematics rather than words (`ds² = a²(1 + 2ψ)dτ², (1)`, `Q ≡ 〈Θ²〉 − 〈Θ〉², (3)`), with the
 * pieces a PDF's text layer scatters around them (a fraction's numerator `1`, a large bracket
 * `()`, an equation number `(5)` on a line of its own).
 *
 * Precision first: a line is mathematics only when it holds (almost) no words of prose, so a
 * paragraph never becomes an equation. Pure; shared by the text parser.
 */
import { asideKindOf } from './aside-blocks';
import { hasUnspacedLetter, UNSPACED_LETTERS } from './text-width';

/** Signs of mathematics: operators, relations, Greek letters, math alphanumerics, raised digits. */
const MATH_SIGN =
  /[=<>+−×÷·∑∏∫∮√∂∇∞≡≈∼≃≅≠≤≥≪≫∝→←↔⇒⇔↦∈∉⊂⊆∪∩∀∃^|〈〉⟨⟩±∓′\u0370-\u03FF⁰-⁹₀-₉]|[\u{1D400}-\u{1D7FF}]/gu;
/** Relations: what makes a line a statement of mathematics rather than a fragment of one. */
const RELATION = /[=<>≡≈∼≃≅≠≤≥≪≫∝→⇒⇔↦∈⊂⊆]/u;
/** An equation number at a line's end: `(3)`, `(2.1)`, `(4a)`. */
const NUMBER_AT_END = /\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)$/;
/** A line holding only an equation number. */
const NUMBER_ONLY = /^\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)$/;
/** Names of functions and operators, set upright in equations: not words of prose. */
const MATH_WORDS =
  /^(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|log|exp|ln|lim|sup|inf|max|min|arg|argmax|argmin|det|dim|ker|mod|diag|tr|var|cov|div|grad|curl|erf|sgn|deg|gcd|lcm|Pr|vol)$/;
/** Sign counts at which one prose word is still part of an equation (`dxidxi`, `vol`). */
const SIGNS_FOR_ONE_WORD = 3;
/** An anchoring line holds at least this many signs, unless it carries an equation number. */
const ANCHOR_SIGNS = 2;

/** What may stand before a word (opening brackets and quotes) and after it (closing ones, punctuation). */
const OPENING = `[("“'[{]*`;
const CLOSING = `[)"”'\\]},.;:!?]*`;

/**
 * A word of prose, as a whole run of non-space characters: three or more Latin letters, not a
 * function's name ({@link MATH_WORDS}), with the brackets and punctuation around them. Tested, not
 * matched: no match object is made per word.
 */
const PROSE_RUN = new RegExp(
  `(?<!\\S)${OPENING}(?!${MATH_WORDS.source.slice(1, -1)}${CLOSING}(?!\\S))` +
    `[A-Za-zÀ-ÖØ-öø-ÿ]{3,}${CLOSING}(?!\\S)`,
  'g',
);

/**
 * Two or more Chinese, Japanese or Korean characters in a row: a word of prose in those
 * languages, which write no spaces (`对于样本数据为 D = (xi, yi) 的网` is a line of a paragraph).
 */
const CJK_RUN = new RegExp(`[${UNSPACED_LETTERS}]{2,}`, 'g');

/**
 * The prose words of a line, counted up to `limit` (a line of running text is told after its
 * first two words, not all of them): the words of `line.split(/\s+/)` that are three or more Latin
 * letters once the brackets and punctuation around them are taken off, and not {@link MATH_WORDS},
 * and runs of CJK characters ({@link CJK_RUN}).
 */
function proseWords(line: string, limit: number): number {
  let count = 0;
  PROSE_RUN.lastIndex = 0;
  while (PROSE_RUN.test(line)) if (++count >= limit) return count;
  if (!hasUnspacedLetter(line)) return count;
  CJK_RUN.lastIndex = 0;
  while (CJK_RUN.test(line)) if (++count >= limit) break;
  return count;
}

/** A URL or an e-mail address: never mathematics. */
const URL_OR_ADDRESS = /@|https?:|www\./;

const signCount = (line: string) => line.match(MATH_SIGN)?.length ?? 0;

/**
 * Can a line be part of a display equation: no word of prose (or one among many signs), and
 * not a URL or an e-mail address? Fragments qualify too (`1`, `()`, `(5)`).
 */
export function isMathLine(line: string): boolean {
  if (line === '') return false;
  // Two words of prose settle it first: the address test reads the whole line, and most are prose.
  const words = proseWords(line, 2);
  if (words >= 2 || URL_OR_ADDRESS.test(line)) return false;
  return words === 0 || signCount(line) >= SIGNS_FOR_ONE_WORD;
}

/** A line holding only an equation number (`(5)`), which a PDF may set apart from its equation. */
export const isEquationNumberLine = (line: string): boolean => NUMBER_ONLY.test(line);

/**
 * Does a math line state something (`TB = αTγ, (6)`): a relation among enough signs, or an
 * equation number after mathematics? A run of math lines is an equation only with one of these.
 */
export function isEquationAnchor(line: string): boolean {
  if (!isMathLine(line) || NUMBER_ONLY.test(line)) return false;
  const numbered = NUMBER_AT_END.test(line) && signCount(line) >= 1;
  return numbered || (RELATION.test(line) && signCount(line) >= ANCHOR_SIGNS);
}

/**
 * How many lines from `from` (up to `to`) are a display equation: consecutive math lines with an
 * anchor among them (see {@link isEquationAnchor}); 0 when the lines there are not one.
 */
export function equationRunLength(
  lines: readonly { text: string }[],
  from: number,
  to: number,
): number {
  let end = from;
  while (end < to && isMathLine(lines[end]?.text ?? '')) end++;
  // Asked at every line of a paper: no copy of the (mostly empty) run is made.
  for (let i = from; i < end; i++) if (isEquationAnchor(lines[i]?.text ?? '')) return end - from;
  return 0;
}

/**
 * Do math lines ending with `last` close a sentence of the paragraph in progress (its lines so
 * far) rather than stand as a display: inside a caption or a note, after a line ending in a sign
 * or a comma (`ΩCDM =` / `0.02, α > 10⁻²⁶.`), or ending the sentence with a period and no number?
 */
export function goesOnInline(paragraph: readonly string[], last: string): boolean {
  const before = paragraph[paragraph.length - 1];
  if (before === undefined) return false;
  if (asideKindOf(paragraph[0] ?? '') !== null) return true;
  if (/[=+−×<>≤≥,]$/.test(before)) return true;
  return /\.$/.test(last) && !/:$/.test(before) && !NUMBER_AT_END.test(last.replace(/\.$/, ''));
}

/**
 * `$$ … $$` (or `\[ … \]`) in Markdown: the display equation's lines from `from`, or null when
 * the line there does not open one. A one-line `$$x = y$$` is one too.
 */
export function markdownDisplayMath(
  lines: readonly string[],
  from: number,
): { text: string; next: number } | null {
  const first = (lines[from] ?? '').trim();
  // `$$ … $$`, or LaTeX's own `\[ … \]` (Nougat).
  const close = first.startsWith('$$') ? '$$' : first.startsWith('\\[') ? '\\]' : null;
  if (close === null) return null;
  if (first.length > 4 && first.endsWith(close))
    return { text: first.slice(2, -2).trim(), next: from + 1 };
  const body: string[] = [first.slice(2).trim()];
  for (let i = from + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.endsWith(close)) {
      body.push(line.slice(0, -2).trim());
      return { text: body.filter((l) => l !== '').join('\n'), next: i + 1 };
    }
    body.push(line);
  }
  return null;
}
