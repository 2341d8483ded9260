/**
 * Where a paper's numbered sections may start once unnumbered ones were read. A paper whose
 * sections are unnumbered (`Background`, `Methods`, `Discussion`) may still number its first ones
 * after an unnumbered introduction (`2 Related work`), and a chapter whose title was read
 * unnumbered goes on to its first subsection (`3.1 Logic programming`); but a numbered list's item
 * (`1. Gabriela Said Reyes, Director, Dirección de Publicaciones`) is no first section.
 */

/** After unnumbered sections, a numbering opens at most at this section (one level deep). */
const MAX_OPENING_SECTION = 2;
/**
 * A section's title opening a numbering after unnumbered ones, with a number of one level (`1.`, as
 * a list's items are numbered), has at most this many words.
 */
const MAX_OPENING_WORDS = 5;

/**
 * Could a numbered heading `parts` titled `title` be the first numbered one, after unnumbered
 * section headings: a first subsection (`1.1`, `3.1`), or a section up to
 * {@link MAX_OPENING_SECTION} whose title is a few words ({@link MAX_OPENING_WORDS})? A thesis's
 * chapter may open on its first subsection after unnumbered front matter (`1.1 Méthodologies et
 * notations adoptées au cours de la thèse`).
 */
export function opensNumberingAfterUnnumbered(parts: readonly number[], title: string): boolean {
  // A chapter's first subsection (`3.1 Logic programming`) under its title read unnumbered (the
  // chapter's number on a line of its own, or a chapter read alone).
  if (parts.length > 1) return parts.every((part, i) => i === 0 || part === 1);
  return (
    (parts[0] ?? 0) <= MAX_OPENING_SECTION && title.trim().split(/\s+/).length <= MAX_OPENING_WORDS
  );
}
