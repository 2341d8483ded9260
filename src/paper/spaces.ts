/**
 * Collapsing white space, asked of every line and paragraph of a paper: `text.replace(/\s+/g, ' ')`
 * without the replacement (nor a new string) when the text has only single plain spaces, as almost
 * every line has. Pure.
 */

/** `\s` for one UTF-16 code unit, as JavaScript's regular expressions define it. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** White space other than the plain space (`\s` less U+0020). */
const ODD_SPACE = /[^\S ]/;

/**
 * Does `text` hold white space other than single plain spaces? Two native scans (a search for two
 * spaces, then one regex) beat a loop over the code units by about two to one.
 */
function hasSpacesToCollapse(text: string): boolean {
  return text.includes('  ') || ODD_SPACE.test(text);
}

/** Every run of white space as one plain space: `text.replace(/\s+/g, ' ')`. */
export function collapseSpaces(text: string): string {
  return hasSpacesToCollapse(text) ? text.replace(/\s+/g, ' ') : text;
}
