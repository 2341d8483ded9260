/**
 * Runs whose text is set letter by letter with real spaces between the letters: Wiley writes its
 * tracked labels and headings so (`E D I T O R I A L`, `R E F E R E N C E S`), Nature its running
 * heads' `N A T U R E`, IASP's Elsevier layout `a r t i c l e`. Unlike the spaced letters of
 * `letter-spacing.ts`, each a run of its own and measured by their gaps, these spaces are
 * characters inside one run, and the reader saw them in the text and the contents. A run of four
 * or more single letters, one space apart and nothing else, is one word; the run's leading space (a
 * word space pdf.js saw before it) stays. Letters next to a digit (`M O D E L 1`) are left as they
 * are: the digit is a word of its own there. Digits alone are left too: a scale's points or a
 * table's row (`1 2 3 4 5`) are numbers apart far more often than a tracked year.
 */

/** Single letters, one space apart, at least four: the whole run. */
const SPACED_WORD = /^( ?)((?:\p{L} ){3,}\p{L})$/u;

/** Fewest characters such a run has (`a b c d`): most runs are told by their length or their second character. */
const MIN_LENGTH = 7;

/** The run's text with a letter-spaced word closed up (see above), or the text as given. */
export function closeSpacedRun(str: string): string {
  if (str.length < MIN_LENGTH) return str;
  const at = str.charCodeAt(0) === 32 ? 2 : 1;
  if (str.charCodeAt(at) !== 32) return str;
  const match = SPACED_WORD.exec(str);
  return match ? match[1]! + match[2]!.replaceAll(' ', '') : str;
}
