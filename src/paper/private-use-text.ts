/**
 * Private-use characters in a text or Markdown paper: what `pdftotext` and converters copy from a
 * PDF's symbol fonts, which no text face draws (a reader saw boxes). Adobe Symbol's pieces of tall
 * brackets and its ©, ®, ™ read as the characters that draw them (`pdf/symbol-pieces.ts`); a code
 * of U+F021–U+F0FE is a symbolic font's one-byte code shifted there (Word's `Symbol`: `\uF03D` is
 * `=`, `\uF06E` `ν`, `\uF0B4` `×`), read in Adobe's Symbol encoding as a PDF's `Symbol` font is
 * (`pdf/private-use-codes.ts`) — but one of the codes Word sets bullets at, opening a line before
 * a space, is a list's bullet, whatever the font (Wingdings' `\uF0A7`, `\uF0D8`). Any other private-use character (a publisher's own
 * font's) is dropped visibly: U+FFFD, the replacement character, stands in its place. Pure.
 */
import { symbolEncoding } from './pdf/private-use-codes';
import { mapSymbolPieces } from './pdf/symbol-pieces';

/** The Basic Multilingual Plane's private-use area. */
const PRIVATE_USE = /[\ue000-\uf8ff]/;
/** Symbol's pieces and signs (`symbol-pieces.ts`) and its space. */
const PIECE = /[\uf020\uf6d9-\uf6db\uf8e5-\uf8fe]/;
/** A symbolic font's code shifted into the private-use area, or any other private-use character. */
const OTHER = /[\ue000-\uf8ff]/g;

/** Where a symbolic font's codes are shifted to. */
const SHIFT = 0xf000;
/**
 * Codes Word sets a list's bullets at: Symbol's `•`, Wingdings' `▪`, `➢`, `✓`, `❖`, `➔`, `◻`
 * (Symbol reads them `•`, `♣`, `¬`, `⎪`, `ϖ`, `◊`, `♦`: hardly a sign an equation opens with).
 */
const BULLET_CODES: ReadonlySet<number> = new Set([0xb7, 0xa7, 0xd8, 0xfc, 0x76, 0xe0, 0xa8]);

let symbols: Map<number, string> | undefined;

/** The text with its private-use characters read as what they draw, or shown as U+FFFD. */
export function mapPrivateUse(text: string): string {
  if (!PRIVATE_USE.test(text)) return text;
  const pieces = PIECE.test(text) ? mapSymbolPieces(text) : text;
  return pieces.replace(OTHER, (char, at: number) => {
    const code = char.charCodeAt(0) - SHIFT;
    if (BULLET_CODES.has(code) && opensItem(pieces, at)) return '•';
    symbols ??= symbolEncoding();
    return (code > 0x20 && code < 0xff && symbols.get(code)) || '\ufffd';
  });
}

/** Does the character at `at` open its line (after indentation) before a space, as a bullet does? */
function opensItem(text: string, at: number): boolean {
  // Back over the indentation only: a long line dense with such codes stays linear.
  let i = at - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  return (i < 0 || text.charAt(i) === '\n') && /[ \t]/.test(text.charAt(at + 1));
}
