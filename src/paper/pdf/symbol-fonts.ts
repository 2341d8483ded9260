/**
 * Symbol fonts that pdf.js cannot map to Unicode, mapped by what the font is. TeX's math fonts
 * (AMS `msam`/`msbm`, Computer Modern `cmsy`/`cmmi`) are often embedded without a map to Unicode
 * and with glyph names pdf.js does not know; pdf.js then gives the character code itself, so a
 * reader saw `τ & 0.07` for `τ ≳ 0.07`, or a control character (a box) for `≫` (issue 8).
 *
 * Given the font's real name and its `/Differences` glyph names (what pdf.js's worker, patched,
 * reports with each page's text: `pdf-worker-patch.ts`), {@link glyphMapForFont} says which of the characters pdf.js gives for
 * that font stand for which text: a glyph name TeX uses (`tex-glyph-names.ts`), else the code in
 * the font family's own layout (`tex-font-codes.ts`). Only characters pdf.js gives as bare codes
 * are rewritten, so a font that already maps is left alone. Word's Symbol fonts are read in
 * `private-use-codes.ts`, publishers' math fonts (Elsevier's Advent, Linotype's Pi), whose
 * characters are letters, in `publisher-fonts.ts`. Pure: the runs are rewritten in `page-fonts.ts`.
 */
import { MATH_GLYPH_NAMES, TEX_GLYPH_NAMES } from './tex-glyph-names';
import { texFontCodes, texSymbolsOverAscii } from './tex-font-codes';
import { privateUseCodes } from './private-use-codes';
import { publisherFontMap } from './publisher-fonts';

/** What pdf.js says about a font: its name in the PDF and the glyph names of its `/Differences`. */
export interface PdfFontFacts {
  name?: string;
  /** Glyph name by character code; empty or missing where the PDF names none. */
  differences?: readonly (string | undefined)[];
  /** What the font's ToUnicode map gives at each named code: what pdf.js hands on there. */
  unicode?: readonly (string | undefined)[];
}

/** Each character pdf.js gives for a font, mapped to the text the font draws there. */
export type GlyphMap = ReadonlyMap<string, string>;

/** Families where every ASCII code is a symbol, so an ASCII character from pdf.js is a bare code. */
const ALL_SYMBOL_FAMILY = /^(?:[A-Z]{6}\+)?MS[AB]M\d+$/i;

/** The text TeX's glyph name stands for (a glyph named `constructor` is not the table's own). */
const texGlyphName = (name: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(TEX_GLYPH_NAMES, name) ? TEX_GLYPH_NAMES[name] : undefined;

/**
 * The letters a ligature's glyph name joins, by the Adobe naming convention (components joined by
 * `_`, an optional `.suffix`): `t_t` -> `tt`, `Q_u.alt` -> `Qu`, `longs_t` -> `st`. pdf.js knows
 * the common ones (`f_i`, `f_f_l`, and `f_t`, `T_h`, `f_h` by name) but gives the bare character
 * code for the rest: Linux Libertine's `t_t` at 0x8A, so `http://` read `h\u008ap://` and then
 * `hp://` (the 2016 ACM templates; issue 8). Null unless every component is a single Latin
 * letter, `longs`, or a `uniXXXX` name.
 */
function ligatureText(name: string): string | undefined {
  const parts = name.replace(/\.[A-Za-z0-9.]*$/, '').split('_');
  if (parts.length < 2) return undefined;
  let text = '';
  for (const part of parts) {
    if (/^[A-Za-z]$/.test(part)) text += part;
    else if (part === 'longs') text += 's';
    else if (/^uni[0-9A-F]{4}$/.test(part))
      text += String.fromCharCode(parseInt(part.slice(3), 16));
    else return undefined;
  }
  return text;
}

/** The Greek letters by their glyph names (the Adobe Glyph List's), small and capital. */
const GREEK_LETTERS =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );
const GREEK_BY_NAME = new Map<string, string>(
  GREEK_LETTERS.flatMap((name, i) => {
    // Small letters from U+03B1, capitals from U+0391; both skip the final sigma's place.
    const code = 0x3b1 + i + (i >= 17 ? 1 : 0);
    const capital = name[0]!.toUpperCase() + name.slice(1);
    return [
      [name, String.fromCharCode(code)],
      [capital, String.fromCharCode(code - 0x20)],
    ];
  }),
);
/** A Greek letter's name with a variant's suffix: `betatwo` (ACS's Greek), `phi.alt`, `Omega1`. */
const GREEK_VARIANT = /^([A-Za-z]+?)(?:two|alt|\d|\.[A-Za-z0-9.]+)$/;

/** The Adobe Glyph List's own `1` names: another symbol (`omega1` is ϖ, `theta1` ϑ), not the letter. */
const AGL_GREEK_SYMBOLS: Readonly<Record<string, string>> = {
  theta1: 'ϑ',
  phi1: 'ϕ',
  omega1: 'ϖ',
  sigma1: 'ς',
  Upsilon1: 'ϒ',
};

/** The letter a Greek variant's glyph name draws, or undefined. */
function greekVariantText(name: string): string | undefined {
  if (Object.hasOwn(AGL_GREEK_SYMBOLS, name)) return AGL_GREEK_SYMBOLS[name];
  const base = GREEK_VARIANT.exec(name)?.[1];
  return base === undefined ? undefined : GREEK_BY_NAME.get(base);
}

/**
 * Codes whose character pdf.js gives cannot be text: the C0 and C1 controls. Only there is a
 * ligature's bare code rewritten (an ASCII code may be a real letter of another glyph).
 */
const isControlCode = (code: number): boolean => code < 0x20 || (code >= 0x7f && code < 0xa0);

/** The characters to rewrite for a font, or null when there are none (most fonts). */
export function glyphMapForFont(font: PdfFontFacts): GlyphMap | null {
  const map = new Map<string, string>();
  const table = font.name ? texFontCodes(font.name) : null;
  const overAscii = font.name ? texSymbolsOverAscii(font.name) : null;
  const allSymbols = font.name !== undefined && ALL_SYMBOL_FAMILY.test(font.name);
  for (let code = 0; code < 256; code++) {
    const name = font.differences?.[code];
    const text = name ? texGlyphName(name) : (table?.[code] ?? overAscii?.[code]);
    // A code table speaks only for codes pdf.js cannot have mapped: controls, any code of an
    // all-symbol font but the space, which pdf.js writes between runs in any font (so `msam`'s
    // `⇝` at 0x20 is lost), or a code where the family draws what ASCII has not (`cmmi`'s `⋆` at
    // `?`). A glyph name speaks for its code wherever it is (pdf.js left it bare).
    const bare =
      code < 0x20 || (allSymbols && code > 0x20 && code < 0x80) || overAscii?.[code] !== undefined;
    if (text !== undefined && (name || bare)) map.set(String.fromCharCode(code), text);
    else if (name && isControlCode(code)) {
      const joined = ligatureText(name) ?? greekVariantText(name);
      if (joined !== undefined) map.set(String.fromCharCode(code), joined);
    }
  }
  for (const [given, text] of misreadByToUnicode(font)) map.set(given, text);
  // Word's symbolic fonts give their codes shifted to U+F0xx (SymbolMT's α as U+F061).
  for (const [char, text] of font.name ? (privateUseCodes(font.name) ?? []) : [])
    map.set(char, text);
  // Publishers' math fonts (Elsevier's Advent, Linotype's Pi) say letters for their symbols.
  for (const [char, text] of font.name ? (publisherFontMap(font.name, font.differences) ?? []) : [])
    map.set(char, text);
  return map.size > 0 ? map : null;
}

/**
 * The characters a font's own ToUnicode map gives in place of the signs its Differences name (ACM's
 * re-encoded `cmsy9`: `>` for `latticetop`, U+F8FF for `lessequal`), each with the sign: pdf.js
 * hands on what the map says, so `T ≤ i` read `T \uf8ff i`. Only a character the map gives at one
 * named code alone is taken (from this font it can be no other glyph).
 */
function misreadByToUnicode(font: PdfFontFacts): Map<string, string> {
  const out = new Map<string, string>();
  const { differences, unicode } = font;
  if (!differences || !unicode) return out;
  const seen = new Map<string, number>();
  for (const given of unicode) if (given !== undefined) seen.set(given, (seen.get(given) ?? 0) + 1);
  for (let code = 0; code < unicode.length; code++) {
    const name = differences[code];
    const given = unicode[code];
    if (!name || given === undefined || seen.get(given) !== 1) continue;
    const text =
      texGlyphName(name) ??
      (Object.hasOwn(MATH_GLYPH_NAMES, name) ? MATH_GLYPH_NAMES[name] : undefined);
    if (text !== undefined && given !== text && given !== String.fromCharCode(code))
      out.set(given, text);
  }
  return out;
}

/** The string with each character the map knows rewritten. */
export function mapGlyphs(str: string, map: GlyphMap): string {
  let out = '';
  for (const char of str) out += map.get(char) ?? char;
  return out;
}
