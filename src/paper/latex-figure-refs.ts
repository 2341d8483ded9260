/**
 * LaTeX cross-references to figures in Markdown papers. JOSS papers (Pandoc's Markdown turned into
 * PDF through LaTeX) label a figure inside its image's caption (`![… \label{figure}](figure.pdf)`)
 * and refer to it in the text with `\ref{figure}`, which LaTeX prints as the figure's number; read
 * as Markdown, the reader saw `see Figure \ref{figure}a` and the label at the caption's end.
 * Figures are numbered in the order their images come; each `\ref` to a figure's label becomes
 * that number and the labels leave the captions. A `\ref` to a label no image carries (an
 * equation's, a section's) is left as written. Pure.
 */

/** A Markdown image whose caption carries a LaTeX label: the label's key. */
const LABELLED_IMAGE = /!\[((?:[^\]\\]|\\.)*?)\\label\{([^}\s]+)\}((?:[^\]\\]|\\.)*)\]\(/g;
/** A LaTeX reference: `\ref{key}`. */
const REF = /\\ref\{([^}\s]+)\}/g;

/** The source with figure references numbered and figure labels taken out (see above). */
export function resolveFigureRefs(source: string): string {
  if (!source.includes('\\label{')) return source;
  const numbers = new Map<string, number>();
  const labelled = source.replace(
    LABELLED_IMAGE,
    (_, before: string, key: string, after: string) => {
      if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      return `![${`${before}${after}`.trimEnd()}](`;
    },
  );
  if (numbers.size === 0) return source;
  return labelled.replace(REF, (ref, key: string) => String(numbers.get(key) ?? ref));
}
