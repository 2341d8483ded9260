/**
 * Adobe's Symbol font keeps the pieces of tall brackets, braces and rules (what TeX and Word build
 * a matrix's brackets from) in the private-use area, U+F8E5–U+F8FE (Adobe's `symbol.txt`), with
 * its serif ©, ® and ™ at U+F6D9–U+F6DB (the only other private-use codes it has). pdf.js
 * hands them on as they are and no text face draws them, so a reader saw rows of boxes around every
 * matrix. Each has a Unicode character drawing the same piece (Miscellaneous Technical, U+239B–
 * U+23AE), which is what the text keeps instead (issue 8: symbol fonts map to their characters).
 * A space Word wrote in a symbolic font's private-use codes (U+F020, in any font: every
 * encoding has its space there) is a space.
 */

/** Glyph name (for the reader of this table) and the Unicode character for each piece. */
const PIECES: Readonly<Record<number, string>> = {
  0xf020: ' ', // space, shifted to the private-use area
  0xf6d9: '\u00a9', // copyrightserif
  0xf6da: '\u00ae', // registerserif
  0xf6db: '\u2122', // trademarkserif
  0xf8e5: '\u203e', // radicalex: the radical's overbar
  0xf8e6: '\u23d0', // arrowvertex
  0xf8e7: '\u23af', // arrowhorizex
  0xf8e8: '\u00ae', // registersans
  0xf8e9: '\u00a9', // copyrightsans
  0xf8ea: '\u2122', // trademarksans
  0xf8eb: '\u239b', // parenlefttp
  0xf8ec: '\u239c', // parenleftex
  0xf8ed: '\u239d', // parenleftbt
  0xf8ee: '\u23a1', // bracketlefttp
  0xf8ef: '\u23a2', // bracketleftex
  0xf8f0: '\u23a3', // bracketleftbt
  0xf8f1: '\u23a7', // bracelefttp
  0xf8f2: '\u23a8', // braceleftmid
  0xf8f3: '\u23a9', // braceleftbt
  0xf8f4: '\u23aa', // braceex
  0xf8f5: '\u23ae', // integralex
  0xf8f6: '\u239e', // parenrighttp
  0xf8f7: '\u239f', // parenrightex
  0xf8f8: '\u23a0', // parenrightbt
  0xf8f9: '\u23a4', // bracketrighttp
  0xf8fa: '\u23a5', // bracketrightex
  0xf8fb: '\u23a6', // bracketrightbt
  0xf8fc: '\u23ab', // bracerighttp
  0xf8fd: '\u23ac', // bracerightmid
  0xf8fe: '\u23ad', // bracerightbt
};

const PIECE = /[\uf020\uf6d9-\uf6db\uf8e5-\uf8fe]/g;

/** Does the string hold a Symbol-font piece? (Cheap test before {@link mapSymbolPieces}.) */
export const hasSymbolPiece = (str: string): boolean =>
  /[\uf020\uf6d9-\uf6db\uf8e5-\uf8fe]/.test(str);

/** The string with each Symbol-font piece replaced by the Unicode character that draws it. */
export function mapSymbolPieces(str: string): string {
  return str.replace(PIECE, (piece) => PIECES[piece.charCodeAt(0)] ?? piece);
}
