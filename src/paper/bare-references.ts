/**
 * A reference list with no heading, as PDFs of some venues print one: a run of `[1]`, `[2]` …
 * entries, or the next entry of a list that running text cut in two (a column or page of text
 * between its halves). Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import { matchEntryMarker, splitReferenceLines, type ReferenceRun } from './reference-entries';

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
  if (marker?.style !== 'bracket') return null;
  if (marker.number === nextEntry)
    return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
  if (marker.number !== 1) return null;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  if (!ahead.some((l) => l.text.startsWith('[2]'))) return null;
  return splitReferenceLines(lines, i, { headingless: true });
}
