/**
 * Reference lists labelled by key instead of number: the author-year key of IJCAI, AAAI and older
 * ACM styles (`[Agichtein and Gravano, 2000] E. Agichtein and L. Gravano. Snowball: …`,
 * `[Etzioni et al., 2005]`) and the alphabetic key of BibTeX `alpha` / `amsalpha` (`[Knu84]`,
 * `[GJ79]`, `[ABC+05]`). Each label opens an entry, even one that follows the previous entry on
 * the same line; the label is not part of the entry's authors.
 */

/** `[Surname, 2000]`, `[Surname and Other, 2000a]`, `[Surname et al. 2005]`: names, then the year. */
const AUTHOR_YEAR_KEY =
  "\\[\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+(?:and\\s+|&\\s+|et\\s+al\\.?|\\p{L}[\\p{L}'’.-]*))*?,?\\s+(?:1[5-9]|20)\\d\\d[a-z]?\\]";
/**
 * `[Knu84]`, `[GJ79]`, `[ABC+05]`: a few letters of the authors' names and two digits of the year;
 * `[vD80]` when the first name has a particle (`van Dishoeck`); in older papers, a name's first
 * two or three letters alone (`[Ab]`, `[Gi]`).
 */
const ALPHA_KEY =
  '\\[(?:(?:\\p{Lu}|\\p{Ll}\\p{Lu})[\\p{L}+]{0,7}\\d{2}[a-z]?|\\p{Lu}\\p{Ll}{1,2})\\]';

/** A key label opening an entry, and the space after it. */
const KEY_LABEL = new RegExp(`^(?:${AUTHOR_YEAR_KEY}|${ALPHA_KEY})\\s*`, 'u');
/** The same anywhere in a line, to find where a second entry starts. */
const KEY_LABEL_ANYWHERE = new RegExp(`(?:${AUTHOR_YEAR_KEY}|${ALPHA_KEY})(?=\\s*\\p{Lu})`, 'gu');

/** What closes an entry before a label on the same line: a sentence end after a word or a year. */
const ENDS_BEFORE_LABEL = /(?:\d[a-z]?|\p{L}{2,}|[)\]"”’])[.?!]$/u;
/** Abbreviations whose period ends no entry (`pp.`, `Proc.`), so a label after one is cited in it. */
const ABBREVIATION_BEFORE = /\b(?:vol|no|pp|eds?|proc|conf|trans|cf|see)\.$/i;

/** An alphabetic key opening an entry (`[Knu84] D. Knuth. …`), its key without brackets. */
const ALPHA_LABEL = new RegExp(`^${ALPHA_KEY}`, 'u');

/** The alphabetic key an entry opens with (`Knu84` for `[Knu84] D. Knuth. …`), or null. */
export function matchAlphaKey(entry: string): string | null {
  return ALPHA_LABEL.exec(entry)?.[0].slice(1, -1) ?? null;
}

/** The key label a line opens with (`[Brin, 1998] `), or null. */
export function matchKeyLabel(line: string): string | null {
  return KEY_LABEL.exec(line)?.[0] ?? null;
}

/**
 * Splits a line of a keyed list where a further entry starts on it, after the previous entry's
 * end (`…Proceedings of KDD, 2001. [Ngai and Florian, 2001] G. Ngai …`); a label inside an entry
 * that follows no sentence end stays in it.
 */
export function splitAtKeyLabels(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of line.matchAll(KEY_LABEL_ANYWHERE)) {
    const at = match.index;
    if (at <= from) continue;
    const before = line.slice(from, at).trimEnd();
    if (!ENDS_BEFORE_LABEL.test(before) || ABBREVIATION_BEFORE.test(before)) continue;
    pieces.push(before);
    from = at;
  }
  pieces.push(line.slice(from));
  return pieces;
}
