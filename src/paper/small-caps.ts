/**
 * Headings set in small capitals, as `pdftotext` and other text extractors write them: each
 * word's first letter, at full size, apart from the rest, set smaller (`I. I NTRODUCTION`,
 * `II. PBRL C ODE S TRUCTURE AND D ESIGN`, `R EFERENCES`), because a change of size starts a new
 * word for them. Rejoined here for the reader. Pure.
 */
import { isKnownSectionTitle, matchBibliographyHeading } from './headings';

/** A capital letter alone, then a run of two or more capitals: `C ODE`. */
const SPLIT = /(^|\s)(\p{Lu}) (\p{Lu}{2,}[\p{Lu}'’-]*)(?=$|[\s,.:;!?)])/gu;
/** One-letter words (`A`, `I`; `Y`, `O`, `E`, `À` in other languages): they may stand alone. */
const LETTER_WORD = /^[AIOYEÀ]$/;

/**
 * `title` with its small-capital words made whole: a line with two such splits or more is set in
 * small capitals, and each is joined; a lone split is joined when the word it makes is a word of
 * the paper (`isWord`, lower case) or a section's usual name (`R EFERENCES`). A one-letter word
 * before a word in capitals (`A PBRL`, a word of its own) stays apart unless joining makes a word.
 */
export function joinSmallCapsSplits(title: string, isWord: (lower: string) => boolean): string {
  const splits = [...title.matchAll(SPLIT)];
  if (splits.length === 0) return title;
  const several = splits.length >= 2;
  return title.replace(SPLIT, (whole, before: string, letter: string, rest: string) => {
    const word = letter + rest;
    const known =
      isWord(word.toLowerCase()) ||
      isKnownSectionTitle(word) ||
      matchBibliographyHeading(word) !== null;
    const join = LETTER_WORD.test(letter) ? known : several || known;
    return join ? before + word : whole;
  });
}
