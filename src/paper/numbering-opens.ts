/**
 * Where a paper's numbered sections may start once unnumbered ones were read. A paper whose
 * sections are unnumbered (`Background`, `Methods`, `Discussion`) may still number its first ones
 * after an unnumbered introduction (`2 Related work`), but a line numbered deeper in (`4.1 Current
 * state of quality of healthcare`) is a table's or a list's, not its first section.
 */

/** After unnumbered sections, a numbering opens at most at this section. */
const MAX_OPENING_SECTION = 2;
/**
 * A section's title opening a numbering after unnumbered ones, with a number of one level (`1.`, as
 * a list's items are numbered), has at most this many words.
 */
const MAX_OPENING_WORDS = 5;

/**
 * Could a numbered heading `parts` titled `title` be the first numbered one, after unnumbered
 * section headings: a section up to {@link MAX_OPENING_SECTION} or its first subsection (`2`,
 * `1.1`, `2.1`), a section's title a few words ({@link MAX_OPENING_WORDS})? A numbered list's
 * item after unnumbered sections (`1. Gabriela Said Reyes, Director, Dirección de Publicaciones`)
 * is a sentence; a thesis's chapter may open on its first subsection after unnumbered front
 * matter (`1.1 Méthodologies et notations adoptées au cours de la thèse`).
 */
export function opensNumberingAfterUnnumbered(parts: readonly number[], title: string): boolean {
  return (
    (parts[0] ?? 0) <= MAX_OPENING_SECTION &&
    parts.every((part, i) => i === 0 || part === 1) &&
    (parts.length > 1 || title.trim().split(/\s+/).length <= MAX_OPENING_WORDS)
  );
}
