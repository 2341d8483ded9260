/**
 * The paper's title when the source names none: its file name made readable
 * (`precise-poverty-alleviation-and-party-image.txt` -> `Precise poverty alleviation and party image`).
 */

/** What a paper is called when neither its text nor its file name offers anything. */
export const UNTITLED = 'Untitled paper';

/**
 * Turns a file name into a title: folders and extension dropped, `-`, `_`, `.` and `%20` read as
 * spaces, and the first letter capitalised. A name that was all lower case stays lower case after
 * its first letter; one with capitals keeps them (`LuaTeX-notes.md` -> `LuaTeX notes`).
 */
export function humaniseFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  let decoded = base;
  try {
    decoded = decodeURIComponent(base);
  } catch {
    // A stray `%` is fine: keep the name as it is.
  }
  const words = decoded
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .replace(/[-_.+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return UNTITLED;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
