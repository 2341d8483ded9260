/**
 * Pandoc's citations in a paper written in Markdown (JOSS's `paper.md`, R Markdown, Quarto):
 * `[@smith2019; @lee2020, p. 4]`, `[see @lee2020]`, `[-@knuth1984]`, and in the sentence
 * `@menzel2020` or `@menzel2020 [p. 33]`. Pandoc writes them from a bibliography file that is not
 * part of the paper's text, so the reader is shown what the author wrote, without its syntax: the
 * keys in parentheses with their prefixes and locators (`(smith2019; lee2020, p. 4)`), a key in
 * the sentence as the key. Nothing links them: there is no list in the file to link them to.
 *
 * LaTeX's `\citep{key}` left in a converter's Markdown is written so too, and `\label{…}` dropped.
 *
 * Only the `@` and the brackets change: every line break stays where it was.
 */

/** A citation key as Pandoc reads one: a letter, digit or `_`, then those and inner punctuation. */
const KEY = String.raw`[\p{L}\d_](?:[\p{L}\d_:.#$%&+?<>~/-]*[\p{L}\d_])?`;
/** A key cited in a bracket, `@key` or `-@key` (author suppressed), never an e-mail's `@`. */
const CITED_KEY = new RegExp(String.raw`(?<![\p{L}\d_.@\\])-?@(${KEY})`, 'gu');
/**
 * A bracketed citation: a bracket on at most a few lines holding a cited key, not a link's text
 * (`[@x](…)`) nor a link definition's label (`[@x]: …`).
 */
const BRACKETED = new RegExp(
  String.raw`\[([^\[\]]*?(?<![\p{L}\d_.@\\])-?@${KEY}[^\[\]]*)\](?![(:])`,
  'gu',
);
/** A key in the sentence, and the locator bracket Pandoc lets follow it (`@smith2019 [p. 33]`). */
const NARRATIVE = new RegExp(
  String.raw`(?<![\p{L}\d_.@\\\[])@(${KEY})(?:( )\[([^\[\]@]{1,60})\](?![(:]))?`,
  'gu',
);
const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)/g;
/**
 * A LaTeX citation command a converter of LaTeX left as written (docling's tables:
 * `\citep{wu2016google}`), its optional notes dropped: the command's name and its keys.
 */
const LATEX_CITE =
  /\\(cite[pt]?|parencite|textcite|autocite|footcite)\*?(?:\[[^\]\n]*\]){0,2}\{([^{}\n]+)\}/g;
/** A LaTeX label, which no output shows. */
const LATEX_LABEL = /\\label\{[^{}\n]*\}/g;

/** Whether a text cites the Pandoc way (one bracketed citation at least) or with LaTeX's `\cite`. */
export function hasPandocCitations(text: string): boolean {
  BRACKETED.lastIndex = 0;
  LATEX_CITE.lastIndex = 0;
  return BRACKETED.test(text) || LATEX_CITE.test(text) || text.includes('\\label{');
}

/** A text's Pandoc citations written as keys in parentheses; its code spans as they are. */
export function writePandocCitations(text: string): string {
  let out = '';
  let at = 0;
  for (const code of text.matchAll(CODE_SPAN)) {
    out += writeOutsideCode(text.slice(at, code.index));
    out += code[0];
    at = code.index + code[0].length;
  }
  return out + writeOutsideCode(text.slice(at));
}

function writeOutsideCode(text: string): string {
  return text
    .replace(LATEX_CITE, (_, command: string, keys: string) => {
      const list = keys
        .split(',')
        .map((k) => k.trim())
        .join('; ');
      return command === 'citet' || command === 'textcite' ? list : `(${list})`;
    })
    .replace(LATEX_LABEL, '')
    .replace(BRACKETED, (_, inside: string) => `(${inside.replace(CITED_KEY, '$1')})`)
    .replace(NARRATIVE, (_, key: string, space?: string, locator?: string) =>
      locator === undefined ? key : `${key}${space ?? ' '}(${locator})`,
    );
}
