/**
 * Quotes and dashes that some PDFs' ToUnicode maps give as Latin letters. pdfLaTeX papers set in
 * Linux Libertine with T1 encoding (ACM's `acmart` template, about 2019–2021) map the glyphs of
 * `“`, `”`, `—` and `–` to `ł`, `ž`, `Ð` and `ś`: every reader of the file (pdf.js, Poppler) shows
 * `łAdya historiesž`, `the DSGÐthe intuition`, `pages 1ś12`.
 *
 * The letters are real in Polish, Czech and Icelandic names, so the text is repaired only when it
 * shows the misreading twice: two `ł…ž` pairs around a few words, where `ł` opens a word and `ž`
 * closes one (`łrealž`, `łdestroy history.ž`). Then `ł` opening and `ž` closing a word become
 * quotes, `Ð` an em dash (see {@link EM_DASH}), `ś` between two numbers an en dash. Each replacement is
 * one character for one, so every offset into the text stays where it was.
 */

/** A `ł…ž` pair as the misread quotes print: `ł` opening a word, `ž` closing one a few words on. */
const QUOTED =
  /(?<![\p{L}\p{N}])ł[\p{L}\p{N}][^łž\n]{0,80}?[\p{L}\p{N}.,!?)]ž(?!(?!Ð)[\p{L}\p{N}])/gu;
const OPENING = /(?<![\p{L}\p{N}])ł(?=[\p{L}\p{N}])/gu;
const CLOSING = /(?<=[\p{L}\p{N}.,!?)])ž(?![\p{L}\p{N}])/gu;
/**
 * `DSGÐthe`, `databaseÐor`, `[30]Ð` at a line's end: an em dash. Icelandic writes `Ð` only inside
 * words, so only one between two capitals (`GUÐMUNDSSON`) is kept.
 */
const EM_DASH = /Ð(?!(?<=\p{Lu}Ð)\p{Lu})/gu;
/** `1ś12`, `(2019), 45ś67`: an en dash between numbers. */
const EN_DASH = /(?<=\d)ś(?=\d)/g;

/** The text with misread Libertine quotes and dashes put right, when it shows them (see above). */
export function repairLibertineQuotes(text: string): string {
  if (!text.includes('ł') || !text.includes('ž')) return text;
  let pairs = 0;
  for (const _ of text.matchAll(QUOTED)) if (++pairs >= 2) break;
  if (pairs < 2) return text;
  return text
    .replace(EM_DASH, '—')
    .replace(OPENING, '“')
    .replace(CLOSING, '”')
    .replace(EN_DASH, '–');
}
