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

/** Words set small whole in a heading in small capitals, having no capital of their own. */
const SMALL_WORDS = new Set([
  'AND',
  'OR',
  'OF',
  'THE',
  'FOR',
  'IN',
  'ON',
  'TO',
  'WITH',
  'AT',
  'BY',
  'FROM',
  'VIA',
  'VS',
]);
/** Splits it takes, outnumbering the line's other words in capitals, to call a line small capitals. */
const MIN_SPLITS = 3;

/**
 * `title` with its small-capital words made whole. A split is joined when the word it makes is a
 * word of the paper (`isWord`, lower case) or a section's usual name (`R EFERENCES`); all are
 * joined on a line set in small capitals, where splits ({@link MIN_SPLITS} or more) outnumber the
 * words in capitals left whole but for the small words (`PBRL C ODE S TRUCTURE AND D ESIGN P
 * RINCIPLES`). `T CELL RESPONSES AND B CELL MEMORY` is no such line: a letter there names a thing.
 * A one-letter word (`A PBRL`, `A SURVEY`) stays apart unless joining makes a word.
 */
export function joinSmallCapsSplits(title: string, isWord: (lower: string) => boolean): string {
  const splits = [...title.matchAll(SPLIT)];
  if (splits.length === 0) return title;
  const joinable = splits.filter((m) => !LETTER_WORD.test(m[2] ?? '')).length;
  const inSplits = new Set(splits.flatMap((m) => [m[3] ?? '']));
  const whole = title
    .split(/\s+/)
    .filter((w) => /^\p{Lu}{2,}$/u.test(w) && !SMALL_WORDS.has(w) && !inSplits.has(w)).length;
  const smallCaps = joinable >= MIN_SPLITS && joinable > whole;
  return title.replace(SPLIT, (all, before: string, letter: string, rest: string) => {
    const word = letter + rest;
    const known =
      isWord(word.toLowerCase()) ||
      isKnownSectionTitle(word) ||
      matchBibliographyHeading(word) !== null;
    const join = LETTER_WORD.test(letter) ? known : smallCaps || known;
    return join ? before + word : all;
  });
}
