/**
 * The Unicode superscript and subscript forms of digits and the signs set with them (`10⁻²²`,
 * `H₂O`): what the PDF layout writes for raised and lowered runs (`pdf/line-text.ts`), and what a
 * Markdown source's `<sup>3</sup>` and LaTeX's `^{20}` become (`inline-markup.ts`,
 * `latex-text.ts`, which add the letters that have forms of their own).
 */
export const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
};

export const SUBSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};
