/**
 * Equation numbers in square brackets: PNAS numbers its display equations `[1]`, `[2]`, … at the
 * right of each and cites its references in parentheses, `(1–13)`, `(4, 6, 10)`. A PDF's text
 * layer often puts an equation's last line, its number with it, into the paragraph around it
 * (`pact(c) = ⇣ ⌘n. [2]`), where the number read as a citation of entry 2 and, being a bracketed
 * number, made the paper read as one that cites in brackets, so its `(n)` citations went unread.
 *
 * A paper numbers its equations so when every bracketed number in its citing text is one: a
 * single number, after mathematics, each a number higher than the last and none again, and the
 * paper speaks of equations (`Eq. (1)`, `Eqs. 2 and 3`). Citations in brackets fail it at once:
 * they come after words, cite two at a time, and cite an entry twice. Pure.
 */

/** A bracketed number, single or not (`[4]`, `[2, 3]`, `[1–5]`). */
const BRACKETED = /\[(\d{1,4})((?:\s*[-–—,;]\s*\d{1,4})*)\]/g;
/** Signs of mathematics (as `display-equations.ts` counts them): operators, relations, Greek. */
const MATH_SIGN =
  /[=<>+−×÷·∑∏∫√∂∇∞≡≈∼≃≅≠≤≥≪≫∝→←⇒⇔∈⊂⊆∪∩|〈〉⟨⟩±∓′\u0370-\u03FF⁰-⁹₀-₉]|[\u{1D400}-\u{1D7FF}]/gu;
/** How far back (characters) an equation number's mathematics is looked for. */
const MATH_REACH = 60;
/** Signs of mathematics that must stand in that reach before an equation number. */
const MIN_MATH_SIGNS = 2;
/** The paper names its equations: `Eq. 1`, `Eqs. (2) and (3)`, `equation 4`. */
const NAMES_EQUATIONS = /\bEqs?\.|\b[Ee]quations?\s\(?\d/;
/** Bracketed numbers a paper must have for them to be told as its equations' numbers. */
const MIN_TAGS = 2;
/** Numbers cited in parentheses, two or more (`(1–3)`, `(4, 6, 10)`), not after `Eqs.`. */
const CITES_IN_PARENTHESES =
  /(?<!\bEqs?\.?\s?|\b[Ee]quations?\s)\(\d{1,3}(?:\s*[–—,-]\s*\d{1,3})+\)/;

/**
 * Where the bracketed equation numbers of a paper's citing text stand (their offsets in `text`),
 * when every bracketed number there is one (see the module's comment); an empty set otherwise.
 * `ranges` are the `[start, end)` ranges of citing text, in order.
 */
export function bracketedEquationTags(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): ReadonlySet<number> {
  const tags: number[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    const slice = text.slice(start, end);
    let after = 0;
    for (const match of slice.matchAll(BRACKETED)) {
      const number = Number(match[1]);
      // Two numbers in one bracket, or a number not past the last: citations, not equations.
      if (match[2] !== '' || number <= last) return new Set();
      // The mathematics since the last bracket: an equation's own, not the one before it.
      const before = slice.slice(Math.max(after, match.index - MATH_REACH), match.index);
      after = match.index + match[0].length;
      if ((before.match(MATH_SIGN)?.length ?? 0) < MIN_MATH_SIGNS) return new Set();
      last = number;
      tags.push(start + match.index);
    }
  }
  if (tags.length < MIN_TAGS || !NAMES_EQUATIONS.test(text)) return new Set();
  // The paper cites otherwise, in parentheses (`(1–3)`, `(4, 5)`): without that, bracketed
  // numbers after mathematics are a maths paper's citations, each once and in order.
  if (!ranges.some(([s, e]) => CITES_IN_PARENTHESES.test(text.slice(s, e)))) return new Set();
  return new Set(tags);
}
