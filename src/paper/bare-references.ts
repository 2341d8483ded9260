/**
 * A reference list with no heading, as PDFs of some venues print one: a run of `[1]`, `[2]` …
 * entries, a run of `1.`, `2.`, `3.` entries each opening with an author's head (Nature journals
 * set the list after the back matter with no heading: `1. Koch, C. Biophysics of …`), or the next entry of a list that running text cut in two (a column or page of text
 * between its halves). Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import { matchEntryMarker, splitReferenceLines, type ReferenceRun } from './reference-entries';
import { looksLikeEntryHead } from './reference-heads';

/** Lines ahead of `[1]` searched for `[2]` before a bare run of entries counts as a reference list. */
const HEADLESS_LOOKAHEAD = 8;

/**
 * The entries of a bare reference list starting at line `i`: `[1]` with `[2]` close below it, or
 * the entry numbered `nextEntry` (the one a list read before would go on with); null otherwise.
 */
export function bareReferenceRun(
  lines: readonly SourceLine[],
  i: number,
  nextEntry: number | null,
): ReferenceRun | null {
  const marker = matchEntryMarker(lines[i]?.text ?? '');
  if (marker?.style === 'dot') {
    const text = lines[i]?.text ?? '';
    if (marker.number === nextEntry && opensDotEntry(text, marker.number))
      return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
    return dotRun(lines, i);
  }
  if (marker?.style !== 'bracket') return null;
  if (marker.number === nextEntry)
    return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
  if (marker.number !== 1) return null;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  if (!ahead.some((l) => matchEntryMarker(l.text)?.number === 2)) return null;
  return splitReferenceLines(lines, i, { headingless: true });
}

/** `n. Surname, I. …`: entry `n` of a dot-numbered list, opening with an author's head. */
function opensDotEntry(text: string, n: number): boolean {
  const match = /^(\d{1,3})\.\s+(\S.*)$/.exec(text);
  return match !== null && Number(match[1]) === n && looksLikeEntryHead(match[2] ?? '');
}

/**
 * A bare dot-numbered list from `1.`: only where entries 1, 2 and 3 all open with an author's head
 * close below each other, so a numbered list of steps in running text is never taken for one.
 */
function dotRun(lines: readonly SourceLine[], i: number): ReferenceRun | null {
  if (!opensDotEntry(lines[i]?.text ?? '', 1)) return null;
  const ahead = lines.slice(i + 1, i + 1 + 2 * HEADLESS_LOOKAHEAD);
  if (!ahead.some((l) => opensDotEntry(l.text, 2)) || !ahead.some((l) => opensDotEntry(l.text, 3)))
    return null;
  return splitReferenceLines(lines, i, { headingless: true });
}
