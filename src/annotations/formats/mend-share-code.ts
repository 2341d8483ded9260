/**
 * A share code as chat apps and mail programs hand it on, mended before it is checked: a link
 * wrapped over lines gains line breaks, spaces or invisible wrap points (in the address bar
 * `%0A`, `%20`), and a link ending a sentence or given in brackets gains the full stop or the
 * bracket. A code (`m1.` then base64url) never holds any of these, so taking them out cannot
 * change a code; whatever else was changed is still caught by the code's checksum.
 */

/** Spaces, line breaks and the invisible characters apps insert to wrap long words. */
const WRAPPING = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/** Punctuation a sentence or a bracket puts right after a link; never the end of a code. */
const TRAILING = /[.,;:!?)\]}>'"’”»…]+$/u;

/** `code` without what was added to it on the way (the address bar's %-escapes read first). */
export function mendShareCode(code: string): string {
  let text = code;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return code; // a stray % the check will name
    }
  }
  return text.replace(WRAPPING, '').replace(TRAILING, '');
}
