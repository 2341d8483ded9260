/**
 * Lines set letter by letter: Elsevier prints `a b s t r a c t`, `r e f e r e n c e s` and its
 * journal line in spaced small capitals, and pdf.js gives each letter as a run with a space run
 * after it, so the text read `r e f e r e n c e s` and no reference list was found (issue 8).
 * In such a line the letters of a word stand a fixed small gap apart and the words a wider one;
 * the letters are joined into one run per word, which the line's usual word-space test then
 * spaces. Pure.
 */
import { itemOf, type TextItem } from './text-item';

/** A line is letter-spaced when at least this many letters... */
const MIN_SPACED_LETTERS = 4;
/** ...and this share of its glyph pairs have a space run between them (prose: one in five). */
const MIN_SPACED_SHARE = 0.7;
/** Letters of one word are at most this much (em) further apart than the closest two. */
const WORD_GAP_EM = 0.15;
/** Letter spacing is at most this wide (em): single glyphs further apart are a matrix or a table. */
const MAX_LETTER_GAP_EM = 0.5;

const isSpaceRun = (item: TextItem) => item.str.trim() === '';

/**
 * The line's items with each letter-spaced word's letters joined into one run (the spaces pdf.js
 * put between them dropped); the items themselves when the line is not set letter by letter.
 * pdf.js's blank runs come either as runs of their own or, as `toTextItems` hands them on, as a
 * leading space of the letter after them (` r`).
 */
export function joinSpacedLetters(items: readonly TextItem[], size: number): readonly TextItem[] {
  // Most lines hold a run of several characters: told at their first such run, with no copy.
  if (items.length < MIN_SPACED_LETTERS) return items;
  for (const item of items) if (item.str.trim().length > 1) return items;
  const glyphs: TextItem[] = [];
  let spaced = 0;
  let blankBefore = false;
  for (const item of items) {
    if (isSpaceRun(item)) {
      blankBefore = true;
      continue;
    }
    if (glyphs.length > 0 && (blankBefore || item.str !== item.str.trimStart())) spaced++;
    glyphs.push(itemOf(item, item.str.trim()));
    blankBefore = false;
  }
  if (glyphs.length < MIN_SPACED_LETTERS || spaced < MIN_SPACED_SHARE * (glyphs.length - 1))
    return items;
  const letters = glyphs.filter((g) => /\p{L}/u.test(g.str)).length;
  if (letters < MIN_SPACED_SHARE * glyphs.length) return items;
  const gaps = glyphs.slice(1).map((g, i) => g.x - (glyphs[i]!.x + glyphs[i]!.width));
  const letterGap = Math.max(0, Math.min(...gaps));
  if (letterGap > MAX_LETTER_GAP_EM * size) return items;
  const wordGap = letterGap + WORD_GAP_EM * size;
  const out: TextItem[] = [];
  glyphs.forEach((glyph, i) => {
    const last = out[out.length - 1];
    if (last !== undefined && (gaps[i - 1] ?? Infinity) <= wordGap) {
      const joined = itemOf(last, last.str + glyph.str);
      joined.width = glyph.x + glyph.width - last.x;
      out[out.length - 1] = joined;
    } else out.push(glyph);
  });
  return out;
}
