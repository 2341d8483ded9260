/**
 * The break mark some typesetters put after a hard hyphen. Wiley's 2020s layout sets a compound's
 * hyphen and then a zero-width glyph marking where the line may break (`SARS-`, mark, `CoV-`,
 * mark, `2`); pdf.js reads that glyph as a blank run of its own, which becomes the next run's
 * leading space (`toTextItems`), and the line read `SARS- CoV-2`, `system- intrinsic`,
 * `long- lived`. A word space leaves a fifth of an em or more between the hyphen and the next
 * word; the mark leaves nothing, the word touching the hyphen. A run's leading space right after
 * a hyphen is read as that mark, not a space, when the run starts within a tenth of an em of the
 * hyphen's end.
 */

/** Within this distance (em) of the hyphen's end, the run after it touches it (TeX's space: 0.33). */
const TOUCHING_EM = 0.1;

/** A leading space, then a letter or a digit: the form the mark takes in a run. */
const SPACE_THEN_WORD = /^ [\p{L}\d]/u;

/**
 * Is the leading space of `item`, after text ending in `lastCode` whose runs end at `prevEnd`, the
 * break mark after a hard hyphen (see above), on a line set in `size`?
 */
export function isBreakMarkAfterHyphen(
  lastCode: number,
  item: { str: string; x: number },
  prevEnd: number | null,
  size: number,
): boolean {
  if ((lastCode !== 0x2d && lastCode !== 0x2010) || prevEnd === null) return false;
  return Math.abs(item.x - prevEnd) < TOUCHING_EM * size && SPACE_THEN_WORD.test(item.str);
}
