/**
 * Publishers' math fonts whose characters are not what they draw. Elsevier's typesetting
 * (Advent 3B2, about 2000–2015; also used for BMJ journals) sets formulas in `AdvMathSymb`,
 * `AdvP4C4E74` and hash-named `AdvPS44A44B`-style fonts, Linotype's `MathematicalPi-One` and
 * `Universal-GreekwithMathPi` are the other publishers' Pi fonts. pdf.js hands on what the PDF
 * claims: `Q% Z f ðPÞ C gðTÞ` for `Q% = f(P) + g(T)`, `p¼0.51` for `p=0.51`, a control character
 * for a minus (issue 8).
 *
 * Three kinds of evidence, in order of generality:
 * - **Advent's slot names.** Advent puts a math glyph in the slot of a Latin-1 letter and names it
 *   after that letter (`eth` draws `(`, `onequarter` draws `=`); its ToUnicode map, made from the
 *   names, says `ð` and `¼`. The same names mean the same glyphs in every Advent math font.
 * - **Numbered glyphs.** Glyphs Advent has no name for are `C0`, `C1`...; Linotype's Pi fonts name
 *   theirs `H11005`... pdf.js knows neither and gives the bare code. The numbers are the font's own
 *   (`C0` is `−` in `AdvP4C4E74` but a big `(` in `AdvP4C4E46`), so they are read per family, but
 *   Linotype's `H` numbers are one catalogue across its Pi fonts.
 * - **Letter layouts.** The hash-named fonts (`AdvPS44A44B`: `C` draws `+`, `K` draws `−`) have no
 *   `/Differences` and glyph names that are just the letters, so only their name says what they
 *   are: a table of the families seen, character by character.
 *
 * Sources: each entry was read off the glyph's outline in the embedded font program (fontTools) and
 * checked against its sentence (`mean 6 SD` is `mean ± SD`, `0.5–15.0 \u0001m` is `μm`), in
 * MinerU's demo paper (J. Hydrology 2005), CERMINE's test5 (Postgrad Med J 2010), pawls'
 * 553c58a0 (Ann Intern Med 2004) and pdffigures2's 3a9202f9 (Glia, 1998: `MathematicalPi-One`,
 * whose built-in encoding names every glyph by its Linotype number); entries marked `(public)`
 * come from other projects' tables of the same fonts and agree with those encodings (`C6`/`C14`/
 * `C15`/`C211` of `AdvP4C4E74`, `thorn`, `MathematicalPi-One`'s `2` `#` `$` `,` `.`).
 * Text fonts (Advent's `AdvPS6F00`, `AdvTT…`, `AdvPECFD34` body faces) are never named here, and a
 * slot name is read only in a font recognised as math: by its name (`AdvMath…`, Advent's copies of
 * Computer Modern `TeX_CM_Maths_…`, `…MathPi…`), or by a numbered glyph among its `/Differences`,
 * which no text font has.
 */

/** Advent's slot names: the Latin-1 character pdf.js gives for each, and what the glyph draws. */
const ADVENT_SLOTS: Readonly<Record<string, readonly [given: string, drawn: string]>> = {
  eth: ['ð', '('],
  Thorn: ['Þ', ')'],
  thorn: ['þ', '+'], // (public)
  onequarter: ['¼', '='],
  onehalf: ['½', '['],
};

/** Numbered (and mis-named) glyphs, by font family: what each draws. */
const NUMBERED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AdvP4C4E74: {
    C0: '\u2212',
    C6: '±', // (public)
    C14: '°', // (public)
    C15: '•', // (public)
    C20: '≤', // (public)
    C21: '≥', // (public)
    C211: '©', // (public)
  },
  AdvPSSym: { C211: '©' }, // (public)
  AdvT377: { C223: '©' }, // PLOS ONE 2012's `Copyright: © 2012`
  AdvMathSymb: { C138: ']' },
  AdvMathRom1: { C22: '¯' }, // the bar of a mean, set over its letter
  // The extension font's big delimiters and operators: `P` draws the summation sign.
  AdvP4C4E46: { C0: '(', C1: ')', P: '∑' },
};

/**
 * Linotype's Pi fonts' catalogue numbers (one numbering across `MathematicalPi-*` and
 * `Universal-GreekwithMathPi`): `H11001`... for operators and relations, `H9001`... for capital
 * and `H9251`... for small Greek letters, in alphabetical order (`H9262` `μ`, `H9273` `χ`).
 */
const LINOTYPE_PI: Readonly<Record<string, string>> = {
  H11001: '+',
  H11002: '\u2212', // (public)
  H11003: '×',
  H11004: '÷', // (public)
  H11005: '=',
  H11006: '±',
  H11007: '∓', // (public)
  H11008: '∝', // (public)
  H11021: '<', // (public)
  H11022: '>',
  H11349: '≤', // (public)
  H11350: '≥', // (public)
  H9004: 'Δ',
  H9251: 'α',
  H9262: 'μ',
  H9273: 'χ', // (public)
};

/**
 * `MathematicalPi-One`'s built-in encoding (its font program's own, which pdf.js does not report),
 * for the codes whose glyph {@link LINOTYPE_PI} names: what pdf.js gives for a subset embedded
 * without `/Differences` (`Ca2 1` for `Ca²⁺`, `n 5 12` for `n = 12`).
 */
const MATH_PI_ONE: Readonly<Record<string, string>> = {
  '1': 'H11001',
  '2': 'H11002',
  '3': 'H11003',
  '4': 'H11004',
  '5': 'H11005',
  '6': 'H11006',
  '7': 'H11007',
  '~': 'H11008',
  ',': 'H11021',
  '.': 'H11022',
  '#': 'H11349',
  $: 'H11350',
  D: 'H9004',
  a: 'H9251',
  m: 'H9262',
  x: 'H9273',
};

/** Hash-named Advent fonts that draw symbols at letters: the letter pdf.js gives, and the glyph. */
const LETTER_LAYOUTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AdvPS44A44B: { C: '+', K: '\u2212', e: '–' },
  AdvPS4731B1: { '!': '<', N: '∞', O: '>' },
  AdvPS3FDD77: { Z: '=', w: '∼' },
  AdvPS3F4C13: { D: 'Δ', m: 'μ' },
  AdvPS7DA6: { '6': '±' },
  AdvPS7CFD: { y: '†' },
  AdvPA1B9: { y: 'χ' },
  AdvPS586D: { q: '©' },
  AdvPi3: { '#': '©' }, // (public) Springer's `© The Author(s) 2015`
  AdvPS480274: { '<': '▶' }, // a list's bullet, named `less`
  // Advent's math extension font draws `.` at `:` and `/` at `=` (`1:0` is `1.0`).
  AdvMathExt1: { ':': '.', '=': '/' },
};

const ADVENT_MATH_NAME = /^(?:Adv(?:Math|MT_?SY|MacMth|PSSym)|TeX_CM_(?:Bold_)?Maths)/;
const LINOTYPE_PI_NAME = /MathPi|MathematicalPi/i;
const MATH_PI_ONE_NAME = /^MathematicalPi-One$/;
const NUMBERED_GLYPH = /^C\d+$/;

/** A table's own entry (a PDF's glyph named `constructor` is not the table's). */
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * The font's name without its subset prefix (`EOFDHK+AdvMathSymb` -> `AdvMathSymb`), nor the six
 * scrambled letters Springer's PDFs put before an Advent name (`KBNAHB+RmmrlkAdvPi3` -> `AdvPi3`).
 */
const familyOf = (name: string): string =>
  name.replace(/^[A-Z]{6}\+/, '').replace(/^[A-Z][a-z]{5}(?=Adv)/, '');

/**
 * The character pdf.js gives for a glyph its glyph list does not know, where the PDF's ToUnicode
 * map says nothing (pdf.js's `_simpleFontToUnicode`): `C` and two or three digits is that code
 * (`C15` comes out as U+000F, `C211` as `Ó`), any other name the bare code (`C0` at code 2 as U+0002).
 * A one-letter name is a letter pdf.js knows.
 */
function givenFor(glyph: string, code: number): string {
  if (glyph.length === 1) return glyph;
  const numbered = /^[Cc](\d{2,3})$/.exec(glyph);
  return String.fromCharCode(numbered ? Number(numbered[1]) : code);
}

/**
 * What each character pdf.js gives for a publisher's math font stands for, or null for any other
 * font. `differences` are the glyph names of the font's `/Differences`, by code.
 */
export function publisherFontMap(
  name: string,
  differences: readonly (string | undefined)[] = [],
): Map<string, string> | null {
  const family = familyOf(name);
  const map = new Map<string, string>(Object.entries(own(LETTER_LAYOUTS, family) ?? {}));
  if (MATH_PI_ONE_NAME.test(family))
    for (const [char, glyph] of Object.entries(MATH_PI_ONE)) map.set(char, LINOTYPE_PI[glyph]!);
  const named = Object.entries(differences).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  const advent =
    ADVENT_MATH_NAME.test(family) ||
    own(NUMBERED, family) !== undefined ||
    (family.startsWith('Adv') && named.some(([, glyph]) => NUMBERED_GLYPH.test(glyph)));
  const pi = LINOTYPE_PI_NAME.test(family);
  const numbered = own(NUMBERED, family);
  for (const [key, glyph] of named) {
    const slot = advent ? own(ADVENT_SLOTS, glyph) : undefined;
    if (slot) map.set(slot[0], slot[1]);
    const drawn = (numbered && own(numbered, glyph)) ?? (pi ? own(LINOTYPE_PI, glyph) : undefined);
    if (drawn === undefined) continue;
    map.set(givenFor(glyph, Number(key)), drawn);
  }
  return map.size > 0 ? map : null;
}
