/**
 * What a line of a footer block is matched by across pages. A block is printed the same on every
 * page, so its lines are matched by their very text; but the footer line nearest the text often
 * carries the page number (NEJM: `146 n engl j med 374;2 nejm.org January 14, 2016` under three
 * lines of download stamp, `… 2016 147` on the next page), and no two of those are alike. A number
 * at either end of the line that runs with the pages (the printed number less the page's index is
 * the same on each) is masked; the offset goes into the key, so a table's rows (`12 Model …`,
 * `14 Model …`) whose numbers do not run with the pages still differ. Pure.
 */

/** A bare number of one to four digits at the line's start or end. */
const LEADING_NUMBER = /^(\d{1,4})\s+(?=\S)/;
const TRAILING_NUMBER = /(?<=\S)\s+(\d{1,4})$/;

/**
 * The keys a footer block's line is matched by: its text (spaces collapsed, trimmed), and, when it
 * opens or ends with a number, that text with the number put last as how far it stands from the
 * page's index `page` (outer and inner pages print it at opposite ends). A line printed the very
 * same on each page (`CONF 2017`) matches by the first, one carrying the page number by the second.
 */
export function blockKeys(text: string, page: number): string[] {
  const lead = LEADING_NUMBER.exec(text);
  if (lead) return [text, `${text.slice(lead[0].length)} #${Number(lead[1]) - page}`];
  const trail = TRAILING_NUMBER.exec(text);
  if (trail) return [text, `${text.slice(0, trail.index)} #${Number(trail[1]) - page}`];
  return [text];
}
