/**
 * The last line of a title in capitals that the layout set apart by a blank line (the QJE's
 * `CREDIT CRISES, PRECAUTIONARY SAVINGS, AND THE` / blank / `LIQUIDITY TRAP∗`): the title's line
 * ends in a word no title ends with, and the line after the blank is a short phrase in capitals
 * (its footnote mark included) standing alone in its chunk. Not a byline, however it is set: a
 * title cannot stop at `AND THE`.
 * Pure: strings in, a boolean out.
 */
import { isKnownSectionTitle, splitSectionNumber } from './headings';
import { endsSentence, isAllCaps } from './line-signals';

/** A title's line ending in one of these words goes on (`… AND THE`, `… OF`). */
const OPEN_END = /\s(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|using|via|with)$/i;
/** Most words of the title's rest past the blank. */
const MAX_REST_WORDS = 8;

/**
 * Does `rest` (the line after the blank under the title's `line`, with `after` the line under
 * `rest`, or null at the text's end) end the title?
 */
export function endsCapsTitle(line: string, rest: string, after: string | null): boolean {
  if (!isAllCaps(line) || !OPEN_END.test(line.trim())) return false;
  const words = rest.trim().split(/\s+/);
  return (
    rest.trim() !== '' &&
    (after === null || after.trim() === '') &&
    isAllCaps(rest) &&
    words.length <= MAX_REST_WORDS &&
    !endsSentence(rest) &&
    !/[,;:]$/.test(rest.trim()) &&
    splitSectionNumber(rest) === null &&
    !isKnownSectionTitle(rest)
  );
}
