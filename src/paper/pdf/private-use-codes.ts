/**
 * Codes that Microsoft's `Symbol` font (as Word embeds it, with a (3,0) "symbol" cmap) draws at
 * U+F020–U+F0FF: its one-byte code shifted into the private-use area, which pdf.js hands on as it
 * is and no text face draws, so a reader saw a box for each `α`, `=`, `×` or `±` (issue 8). The
 * code is read in Adobe's Symbol encoding (pdf.js's `SymbolSetEncoding` glyph names, Adobe's
 * `glyphlist.txt` for their Unicode). Other fonts are left alone: a dingbat font (Wingdings)
 * draws pictures at the same codes.
 */

/** Adobe's Symbol encoding, codes 0x20–0x7E. */
const SYMBOL_LOW =
  ' !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼';
/** Adobe's Symbol encoding, codes 0xA0–0xEF (0xF0 is empty), then 0xF1–0xFE. */
const SYMBOL_HIGH =
  '€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊⟨®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪';
const SYMBOL_TOP = '⟩∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭';

/** The private-use area's block a symbolic font's codes are shifted into. */
const SHIFT = 0xf000;

const SYMBOL_FONT = /^(?:[A-Z]{6}\+)?Symbol(?:MT|PS|PSMT)?(?:[,-].*)?$/i;

/** The character each code of Adobe's Symbol encoding draws (0x20–0xFE), by code. */
export function symbolEncoding(): Map<number, string> {
  const map = new Map<number, string>();
  [...SYMBOL_LOW].forEach((char, i) => map.set(0x20 + i, char));
  [...SYMBOL_HIGH].forEach((char, i) => map.set(0xa0 + i, char));
  [...SYMBOL_TOP].forEach((char, i) => map.set(0xf1 + i, char));
  return map;
}

/**
 * The text each private-use character U+F020–U+F0FE stands for in a font of this name (its
 * subset prefix and all: `NJJLNL+SymbolMT`), or null for any font but Symbol.
 */
export function privateUseCodes(fontName: string): Map<string, string> | null {
  if (!SYMBOL_FONT.test(fontName)) return null;
  const map = new Map<string, string>();
  for (const [code, char] of symbolEncoding()) map.set(String.fromCharCode(SHIFT + code), char);
  return map;
}
