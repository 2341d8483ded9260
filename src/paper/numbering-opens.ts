/**
 * Where a paper's numbered sections may start once unnumbered ones were read. A paper whose
 * sections are unnumbered (`Background`, `Methods`, `Discussion`) may still number its later ones
 * after an unnumbered introduction (`2 Related work`, or `3 Methods` after `Introduction` and
 * `Background`), and a chapter whose title was read unnumbered goes on to its first subsection
 * (`3.1 Logic programming`); but a numbered list's item (`1. Gabriela Said Reyes, Director,
 * Dirección de Publicaciones`) is no first section.
 */

import { isKnownSectionTitle } from './headings';

/**
 * After unnumbered sections, a numbering opens at most at this section (one level deep), or at
 * the one after the unnumbered sections read when more were.
 */
const MAX_OPENING_SECTION = 2;
/**
 * A section's title opening a numbering after unnumbered ones, numbered as a list's items are
 * (`1.`) or printed as one (a comma in it, a full stop at its end), has at most this many words.
 */
const MAX_OPENING_WORDS = 5;

/**
 * Could a numbered heading `parts` titled `title` be the first numbered one, after `unnumbered`
 * unnumbered section headings: a first subsection (`1.1`, `3.1`), or a section up to
 * {@link MAX_OPENING_SECTION} or the one after those read, whose title, where it reads as a list's
 * item (`dotted`, a comma, a full stop at its end), is a few words ({@link MAX_OPENING_WORDS}), and
 * past section 2 is a well-known section's name? A
 * thesis's chapter may open on its first subsection after unnumbered front matter (`1.1
 * Méthodologies et notations adoptées au cours de la thèse`).
 */
export function opensNumberingAfterUnnumbered(
  parts: readonly number[],
  title: string,
  dotted: boolean,
  unnumbered: number,
): boolean {
  // A chapter's first subsection (`3.1 Logic programming`) under its title read unnumbered (the
  // chapter's number on a line of its own, or a chapter read alone).
  if (parts.length > 1) return parts.every((part, i) => i === 0 || part === 1);
  const section = parts[0] ?? 0;
  if (section > Math.max(MAX_OPENING_SECTION, unnumbered + 1)) return false;
  const trimmed = title.trim();
  // Past section 2, a section's well-known name (`3 Methods`): a flowchart's box is numbered with
  // its count of patients (NEJM's `5 Were unlikely to have` / `tuberculous meningitis`).
  if (section > MAX_OPENING_SECTION) return isKnownSectionTitle(trimmed);
  // A list's item is a few words only.
  const listLike = dotted || trimmed.includes(',') || /\.$/.test(trimmed);
  return !listLike || trimmed.split(/\s+/).length <= MAX_OPENING_WORDS;
}
