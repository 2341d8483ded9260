/**
 * A reference list with no heading, as PDFs of some venues print one: a run of `[1]`, `[2]` …
 * entries, a run of `1.`, `2.`, `3.` or `(1)`, `(2)`, `(3)` entries each opening with an author's
 * head (Nature journals set the list after the back matter with no heading: `1. Koch, C.
 * Biophysics of …`; ACS's heading may stand in another column), or the next entry of a list that running text cut in two (a column or page of text
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
  if (marker?.style === 'dot' || marker?.style === 'parens') {
    const text = lines[i]?.text ?? '';
    if (marker.number === nextEntry && opensHeadedEntry(text, marker.number))
      return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
    return headedRun(lines, i);
  }
  if (marker?.style !== 'bracket') return null;
  if (marker.number === nextEntry)
    return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
  if (marker.number !== 1) return null;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  if (!ahead.some((l) => matchEntryMarker(l.text)?.number === 2)) return null;
  return splitReferenceLines(lines, i, { headingless: true });
}

/** The text after entry `n`'s label (`n. ` or `(n) `) when the line opens that entry, or null. */
function entryText(text: string, n: number): string | null {
  const match = /^(?:(\d{1,3})\.|\((\d{1,3})\))\s+(\S.*)$/.exec(text);
  return match !== null && Number(match[1] ?? match[2]) === n ? (match[3] ?? '') : null;
}

/**
 * `n. Surname, I. …` or ACS's `(n) Surname, I.; …`: entry `n` of a dot- or parenthesis-numbered
 * list, opening with an author's head.
 */
function opensHeadedEntry(text: string, n: number): boolean {
  const rest = entryText(text, n);
  return rest !== null && looksLikeEntryHead(rest);
}

/**
 * A bare list numbered `1.` or `(1)` from its first entry: only where entry 1 opens with an
 * author's head and entries 2 and 3 open lines close below it, one of them with a head too (`(2)
 * Brückner, R. J. Non-Cryst. Solids …` reads as none), so a numbered list of steps in running
 * text (`(1) study design: …`) is never taken for one.
 */
function headedRun(lines: readonly SourceLine[], i: number): ReferenceRun | null {
  if (!opensHeadedEntry(lines[i]?.text ?? '', 1)) return null;
  const ahead = lines.slice(i + 1, i + 1 + 2 * HEADLESS_LOOKAHEAD);
  const second = ahead.find((l) => entryText(l.text, 2) !== null);
  const third = ahead.find((l) => entryText(l.text, 3) !== null);
  if (second === undefined || third === undefined) return null;
  if (!opensHeadedEntry(second.text, 2) && !opensHeadedEntry(third.text, 3)) return null;
  return splitReferenceLines(lines, i, { headingless: true });
}
