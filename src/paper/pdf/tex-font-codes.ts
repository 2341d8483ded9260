/**
 * What TeX's math and text fonts draw at each character code, for fonts embedded with their own
 * (built-in) encoding and no map to Unicode. pdf.js then hands on the bare code: `&` (0x26) where
 * AMS's `msam10` draws `≳`, `\u000f` where `cmmi10` draws `ϵ`. Keyed by font family, the font's
 * name without its size and subset prefix (`ERMAET+MSAM10` -> `MSAM`).
 *
 * Sources: the AMS fonts' layout as `amsfonts.sty`/`amssymb.sty` declare it (`\DeclareMathSymbol`
 * with `AMSa`/`AMSb` and the hex code), and Knuth's font tables for `cmsy`, `cmmi` and the OT1
 * text fonts (The TeXbook, Appendix F; `texglyphlist.txt` for the Unicode of each glyph name).
 * Only codes whose character is certain are listed. For `cmsy`, `cmmi` and OT1 the control codes
 * 0x00–0x1F are mapped, and above them only the ASCII characters no right mapping of the family's
 * glyphs can give (`CMMI_OVER_ASCII`, `CMSY_OVER_ASCII`): pdf.js may already have given the right
 * character (an ASCII `{` for `cmsy`'s brace at 0x66), and that must not be rewritten.
 */

/** Characters for codes `first`, `first + 1`, ... (one code point or ligature per entry). */
function codes(first: number, chars: readonly string[]): Readonly<Record<number, string>> {
  return Object.fromEntries(chars.map((char, i) => [first + i, char]));
}

/** AMS symbols A (`msam5`–`msam10`): every code 0x00–0x7F. */
const MSAM = codes(0x00, [
  ...'⊡⊞⊠□■·◊⧫↻↺⇌⇋⊟⊩⊪⊨↠↞⇇⇉⇈⇊↾⇂↿⇃↣↢⇆⇄↰↱', // 0x00–0x1F
  ...'⇝↭↫↬≗≿≳⪆⊸∴∵≑≜≾≲⪅⪕⪖⋞⋟≼≦⩽≶‵', // 0x20–0x38
  '\u2212', // 0x39: the dash TeX builds dashed arrows from
  ...'≓≒≽≧⩾≷⊏⊐⊳⊲⊵⊴★≬▼▶◀⇢⇠△▲▽≖⋚⋛⪋⪌¥⇛⇚✓⊻⊼⩞∠∡∢∝⌣⌢⋐⋑⋓⋒⋏⋎⋋⋌⫅⫆≏≎⋘⋙⌜⌝®Ⓢ⋔∔∽⋍⌞⌟✠∁⊺⊚⊛⊝', // 0x3A–0x7F
]);

/** AMS symbols B (`msbm5`–`msbm10`): the first negated relations and the blackboard capitals. */
const MSBM = {
  ...codes(0x00, [...'⪇⪈≮≯≰≱']),
  ...codes(0x41, [...'𝔸𝔹ℂ𝔻𝔼𝔽𝔾ℍ𝕀𝕁𝕂𝕃𝕄ℕ𝕆ℙℚℝ𝕊𝕋𝕌𝕍𝕎𝕏𝕐ℤ']),
};

/** Computer Modern symbols (`cmsy5`–`cmsy10`), codes 0x00–0x1F. */
const CMSY = codes(0x00, [...'−·×∗÷⋄±∓⊕⊖⊗⊘⊙◯∘•≍≡⊆⊇≤≥⪯⪰∼≈⊂⊃≪≫≺≻']);

/** Computer Modern math italic (`cmmi5`–`cmmi12`, `cmmib`), codes 0x00–0x1F: Greek. */
const CMMI = codes(0x00, [...'ΓΔΘΛΞΠΣΥΦΨΩαβγδϵζηθικλμνξπρστυϕχ']);

/**
 * Codes of `cmmi` above the controls where it draws a symbol and no character ASCII has: `⋆` at
 * `?` (0x3F, LNCS's title footnote mark), `∂` at `@`, `ℓ` at `` ` ``, the music signs, the dotless
 * `ı` and `ȷ` and `℘` at `{ | }`. A math italic font has no `?` or `@` to draw, so pdf.js giving
 * that ASCII character for it gave the bare code (a subset embedded with the standard encoding's
 * names), and it is safe to rewrite.
 */
const CMMI_OVER_ASCII = {
  0x3f: '⋆',
  0x40: '∂',
  ...codes(0x5b, [...'♭♮♯⌣⌢ℓ']),
  ...codes(0x7b, [...'ıȷ℘']),
};

/**
 * Codes of `cmsy` above the controls whose ASCII character no mapping of a `cmsy` glyph gives:
 * `cmsy` draws no digit, no lower-case letter and none of these punctuation marks, so pdf.js
 * giving one for it gave the bare code (a subset embedded under a standard encoding, MacRoman or
 * WinAnsi, with no map to Unicode: an ACM proceedings' `(Q[h] : ? 7! >)` for `(Q[h] : ⊥ ↦ ⊤)`).
 * Left out are the characters a right mapping may give (`{ } | \ < > * - / '`, the calligraphic
 * capitals as `A`–`Z`) or a producer's loose one (`.` for `·`, `^` for `∧`, `~` for `∼`). The bar
 * TeX builds `↦` from (`\mapstochar` at `7`, always before an arrow) is dropped: the arrow after it
 * is read.
 */
const CMSY_OVER_ASCII = {
  ...codes(0x21, [...'→↑↓↔↗↘']),
  ...codes(0x28, [...'⇐⇒']),
  ...codes(0x2b, [...'⇓⇔']),
  ...codes(0x30, [...'′∞∈∋△▽']),
  0x37: '',
  ...codes(0x38, [...'∀∃¬∅']),
  0x3d: 'ℑ',
  ...codes(0x3f, [...'⊥ℵ']),
  0x5b: '∪',
  0x5d: '⊎',
  ...codes(0x5f, [...'∨⊢⊣⌊⌋⌈⌉{}⟨⟩|‖↕⇕\\≀√⨿∇∫⊔⊓⊑⊒§†‡']),
};

/**
 * The codes above the controls where a font's family draws a symbol that no text font has at that
 * code ({@link CMMI_OVER_ASCII}, {@link CMSY_OVER_ASCII}), so that the ASCII character pdf.js gives
 * there is a bare code; null for other fonts.
 */
export function texSymbolsOverAscii(fontName: string): Readonly<Record<number, string>> | null {
  const table = texFontCodes(fontName);
  return table === CMMI ? CMMI_OVER_ASCII : table === CMSY ? CMSY_OVER_ASCII : null;
}

/** The OT1 text fonts (`cmr`, `cmbx`, `cmti`, `cmsl`, `cmss`, `cmcsc`...), codes 0x00–0x1F. */
const OT1 = codes(0x00, [...'ΓΔΘΛΞΠΣΥΦΨΩ', 'ff', 'fi', 'fl', 'ffi', 'ffl', ...'ıȷ`´ˇ˘¯˚¸ßæœøÆŒØ']);

/**
 * Elsevier's Advent names its copies of Computer Modern by what they are (`TeX_CM_Maths_Symbols`,
 * `TeX_CM_Bold_Maths_Italic`), in `cmsy`'s and `cmmi`'s layout: `\u0014` for `≤` in `P ≤ 0.05`,
 * `\u0003` for the `∗` of `P < 0.05∗` (science-parse's e4faf2c1, J. Exp. Bot.).
 */
const ADVENT_CM = /^(?:[A-Z]{6}\+)?TeX_CM_(?:Bold_)?Maths_(Symbols|Italic)\d*$/;

/** The code table for a font, by its name (subset prefix and all), or null for other fonts. */
export function texFontCodes(fontName: string): Readonly<Record<number, string>> | null {
  const advent = ADVENT_CM.exec(fontName)?.[1];
  if (advent) return advent === 'Symbols' ? CMSY : CMMI;
  const family = /^(?:[A-Z]{6}\+)?([A-Z]+?)\d+$/i.exec(fontName)?.[1]?.toUpperCase();
  switch (family) {
    case 'MSAM':
      return MSAM;
    case 'MSBM':
      return MSBM;
    case 'CMSY':
    case 'CMBSY':
      return CMSY;
    case 'CMMI':
    case 'CMMIB':
      return CMMI;
    case 'CMR':
    case 'CMBX':
    case 'CMTI':
    case 'CMSL':
    case 'CMSS':
    case 'CMSSBX':
    case 'CMSSI':
    case 'CMBXTI':
    case 'CMBXSL':
    case 'CMCSC':
    case 'CMB':
    case 'CMU':
      return OT1;
    default:
      return null;
  }
}
