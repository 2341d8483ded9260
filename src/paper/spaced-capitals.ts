/**
 * Headings set in tracked capitals whose letters a PDF's text layer gives one by one (Wiley's
 * journals since 2018: `2 | E X PE R I M E NT 1`, `5 | G E N E R A L D I S CUS S I O N`): the
 * spaces between the letters are not word breaks, and the word breaks are lost among them. Pure.
 */

/** A run of three or more pieces of one to three capitals (`E X PE R I M E NT`, `A NEW AI`). */
const CAPITAL_PIECES = /(?<!\S)\p{Lu}{1,3}(?:[ ]\p{Lu}{1,3}){2,}(?!\S)/gu;
/** Set letter by letter when this many of its pieces are single letters: words are rarely one. */
const MIN_SINGLE_LETTERS = 3;

/**
 * The words of a line counted as a reader sees them: a run of capitals set letter by letter
 * (`E X PE R I M E NT`) counts as one word, where splitting at spaces would count nine.
 */
export function wordsReadAs(line: string): number {
  const joined = line.replace(CAPITAL_PIECES, (run) =>
    run.split(' ').filter((piece) => piece.length === 1).length >= MIN_SINGLE_LETTERS
      ? run.replace(/ /g, '')
      : run,
  );
  return joined.split(/\s+/).filter((w) => w !== '').length;
}
