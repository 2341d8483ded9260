/**
 * Collapsing white space, asked of every line and paragraph of a paper: `text.replace(/\s+/g, ' ')`
 * without the regex (nor a new string) when the text has only single plain spaces, as almost every
 * line has. Pure.
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

/** Does `text` hold white space other than single plain spaces? */
function hasSpacesToCollapse(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (space) return true;
      space = true;
    } else if (code > 32 && code < 0xa0) {
      space = false;
    } else if (isSpaceCode(code)) {
      return true;
    } else {
      space = false;
    }
  }
  return false;
}

/** Every run of white space as one plain space: `text.replace(/\s+/g, ' ')`. */
export function collapseSpaces(text: string): string {
  return hasSpacesToCollapse(text) ? text.replace(/\s+/g, ' ') : text;
}
