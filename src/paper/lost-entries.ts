/**
 * A numbered reference list that goes on at a later number than the one it waits for: the layout
 * lost the labels of the entries between, so those came out as text. The Royal Society's and the
 * RSC's lists set a column's labels in the gutter, and a layout that reads them with the column
 * beside it leaves that column's entries with no label (`22. Temperley R, …` then `Aigner S,
 * Lingner J. …` where `23.` stood); the next page's `34. Farabaugh PJ. 2010 …`, `35. …` are the
 * list all the same. Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import { matchEntryMarker } from './reference-entries';
import { looksLikeEntryHead } from './reference-heads';

/** Most entries a list may have lost between the one it waits for and the one it goes on with. */
const MAX_LOST_ENTRIES = 50;
/** Lines below the resuming entry searched for the two entries after it. */
const LOOKAHEAD = 16;

/** A line's text after its entry label (`34. `, `[34] `, `(34) `). */
const afterLabel = (text: string): string =>
  text.replace(/^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.)\s*/, '');

/** The number of the numbered entry line `text` opens with an author's head, or null. */
function headedEntryNumber(text: string): number | null {
  const marker = matchEntryMarker(text);
  return marker !== null && looksLikeEntryHead(afterLabel(text)) ? marker.number : null;
}

/**
 * The number of the entry line `i` opens when the list read before, waiting for entry
 * `nextEntry`, goes on there at a later number: entry `n` (`nextEntry < n`, a few dozen lost at
 * most) and entries `n + 1` and `n + 2` close below it, each opening with an author's head, so
 * that a numbered paragraph, a step of a method, is never read as one. Null otherwise.
 */
export function resumesPastLostEntries(
  lines: readonly SourceLine[],
  i: number,
  nextEntry: number | null,
): number | null {
  if (nextEntry === null) return null;
  const n = headedEntryNumber(lines[i]?.text ?? '');
  if (n === null || n <= nextEntry || n > nextEntry + MAX_LOST_ENTRIES) return null;
  const ahead = lines.slice(i + 1, i + 1 + LOOKAHEAD).map((l) => headedEntryNumber(l.text));
  return ahead.includes(n + 1) && ahead.includes(n + 2) ? n : null;
}
