/**
 * A reference list with no heading, as PDFs of some venues print one: a run of `[1]`, `[2]` …
 * entries, a run of `1.`, `2.`, `3.` or `(1)`, `(2)`, `(3)` entries each opening with an author's
 * head (Nature journals set the list after the back matter with no heading: `1. Koch, C.
 * Biophysics of …`; ACS's heading may stand in another column), or the next entry of a list that running text cut in two (a column or page of text
 * between its halves), or a later one (`lost-entries.ts`). Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import {
  matchEntryMarker,
  splitReferenceLines,
  type RawEntry,
  type ReferenceRun,
} from './reference-entries';
import { looksLikeEntryHead, opensWithGivenNamesThenComma } from './reference-heads';
import { resumesPastLostEntries } from './lost-entries';

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
  if ((lines[i]?.text ?? '').startsWith('¹')) return superscriptRun(lines, i);
  if (nextEntry !== null && nextEntry > 1 && resumesRaised(lines, i, nextEntry))
    return splitReferenceLines(lines, i, { headingless: true, expected: nextEntry });
  // The list going on at a later number, the entries between lost to the layout.
  const lost = resumesPastLostEntries(lines, i, nextEntry);
  if (lost !== null) return splitReferenceLines(lines, i, { headingless: true, expected: lost });
  const marker = matchEntryMarker(lines[i]?.text ?? '');
  if (marker?.style === 'dot' || marker?.style === 'parens') {
    if (marker.number === nextEntry && resumesNumbered(lines, i, marker.number))
      return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
    return headedRun(lines, i);
  }
  if (marker?.style !== 'bracket') return null;
  if (printsConsoleValues(lines[i]?.text ?? '')) return null;
  if (marker.number === nextEntry)
    return splitReferenceLines(lines, i, { headingless: true, expected: marker.number });
  if (marker.number !== 1) return null;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  if (!ahead.some((l) => matchEntryMarker(l.text)?.number === 2)) return null;
  return splitReferenceLines(lines, i, { headingless: true });
}

/**
 * R's console prints a vector with its index in brackets (`[1] "151 an issue arises when"`,
 * `[1] 0.27 0.26 0.39`): a line holding only quoted strings, or no letter at all, after its
 * label. No entry of a list is either (an anonymous work's quoted title goes on after its quote).
 */
const CONSOLE_VALUES = /^\s*\[\d{1,4}\]\s+(?:(?:"[^"]*"\s*)+|[^\p{L}\s][^\p{L}]*)$/u;
const printsConsoleValues = (text: string): boolean => CONSOLE_VALUES.test(text);

/** The text after entry `n`'s label (`n. ` or `(n) `) when the line opens that entry, or null. */
function entryText(text: string, n: number): string | null {
  const match = /^(?:(\d{1,3})\.|\((\d{1,3})\))(?:\s+|(?=,\s))(\S.*)$/.exec(text);
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

/** Most lines of an entry searched for its year. */
const MAX_ENTRY_LINES = 4;
/** A year of the kind an entry prints. */
const ENTRY_YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/**
 * Does line `i` go on with entry `n` of a list read before it, past a figure or a page's float?
 * It opens with an author's head; or, giving a year, with the authors given name first and a
 * comma (AMS's `2. David Bayer and Ian Morrison, Standard bases …`), or with anything under
 * which entry `n + 1` opens soon (`30., Tropical geometry …`, its author's name left blank).
 */
function resumesNumbered(lines: readonly SourceLine[], i: number, n: number): boolean {
  const text = lines[i]?.text ?? '';
  if (opensHeadedEntry(text, n)) return true;
  const rest = entryText(text, n);
  if (rest === null) return false;
  // The entry's lines, up to a blank line: its year may wrap past the first.
  const after = lines.slice(i + 1, i + MAX_ENTRY_LINES);
  const blank = after.findIndex((l) => l.text === '');
  const entry = [rest, ...(blank < 0 ? after : after.slice(0, blank)).map((l) => l.text)];
  if (!ENTRY_YEAR.test(entry.join(' '))) return false;
  if (opensWithGivenNamesThenComma(rest)) return true;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  return ahead.some((l) => entryText(l.text, n + 1) !== null);
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

/**
 * Does the list read before go on at line `i` with its labels raised (`³¹ Sell, A., …`, `³² …`:
 * Nature's Methods references after the main list, their small labels read as superscripts)? The
 * next number opening line `i`, and the one after it opening a line soon below.
 */
function resumesRaised(lines: readonly SourceLine[], i: number, nextEntry: number): boolean {
  if (superscriptLabel(lines[i]?.text ?? '') !== nextEntry) return false;
  const ahead = lines.slice(i + 1, i + 1 + HEADLESS_LOOKAHEAD);
  return ahead.some((l) => superscriptLabel(l.text) === nextEntry + 1);
}

/** The superscript digits, in order of their values. */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A superscript label opening a line, and the capital, digit or quote its entry opens with. */
const SUPERSCRIPT_LABEL = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) ?(?=[\p{Lu}\d“"])/u;
/** A year in an entry: most entries of a reference list carry one. */
const YEAR = /\b(?:1[5-9]|20)\d\d[a-z]?\b/;
/** A superscript-labelled run needs this many entries, this share of them with a year. */
const MIN_SUPERSCRIPT_ENTRIES = 3;
const MIN_YEAR_SHARE = 0.8;
/** No entry of such a list is longer than this many lines (a paragraph of text after one is none). */
const MAX_SUPERSCRIPT_ENTRY_LINES = 8;

/** An entry's tail past a blank line: at most this many lines, the last ending in a number. */
const MAX_TAIL_LINES = 2;
const ENTRY_TAIL = /\d[a-z]?\)?[.,;]?$/;

/**
 * Are lines read after a blank line, opening no entry, the tail of the entry above carried past a
 * column's or a page's foot (`Phys. 126, 155101 (2007).`): a line or two, the last with a year
 * or ending in a number (a volume, a page)?
 */
const isEntryTail = (tail: readonly SourceLine[]): boolean =>
  tail.length <= MAX_TAIL_LINES && tail.some((l) => YEAR.test(l.text) || ENTRY_TAIL.test(l.text));

/** The number a line's superscript label stands for (`¹²J. Smith` → 12), or null. */
function superscriptLabel(text: string): number | null {
  const match = SUPERSCRIPT_LABEL.exec(text);
  if (match === null) return null;
  return Number([...(match[1] ?? '')].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
}

/**
 * A reference list labelled with superscript numbers and no heading, as AIP's journals set it
 * after the text (`¹J.-H. Prinz, H. Wu, …, J. Chem. Phys. 134, 174105 (2011).`): entries `¹`, `²`,
 * `³` … in sequence from line `i` to the end of the text, each a few lines long and nearly all
 * carrying a year. Footnotes are numbered so too, but are set at the foot of their pages among the
 * text, not as the text's last lines; a paper whose notes all stand at its end (endnotes) reads
 * them as a list only when nearly all of them cite a dated work.
 */
function superscriptRun(lines: readonly SourceLine[], i: number): ReferenceRun | null {
  if (superscriptLabel(lines[i]?.text ?? '') !== 1) return null;
  const entries: RawEntry[] = [];
  let current: string[] = [];
  const opens = (k: number) => superscriptLabel(lines[k]?.text ?? '') === entries.length + 1;
  let k = i;
  let end = lines.length;
  while (k < lines.length) {
    if (lines[k]?.text === '') {
      k++;
      continue;
    }
    let chunkEnd = k;
    while (chunkEnd < lines.length && lines[chunkEnd]?.text !== '') chunkEnd++;
    // Lines after a blank line that open no entry: the entry above carried on, or the list's end.
    let t = k;
    while (t < chunkEnd && !opens(t)) t++;
    if (t > k && !isEntryTail(lines.slice(k, t))) {
      end = k;
      break;
    }
    for (let j = k; j < chunkEnd; j++) {
      const text = lines[j]?.text ?? '';
      if (opens(j)) {
        current = [text];
        entries.push({ lines: current, number: String(entries.length + 1) });
      } else if (current.push(text) > MAX_SUPERSCRIPT_ENTRY_LINES) return null;
    }
    k = chunkEnd;
  }
  // What stands after the list is a line or two at most (a running foot the layout left).
  let after = 0;
  for (let j = end; j < lines.length; j++) if (lines[j]?.text !== '') after++;
  const dated = entries.filter((e) => YEAR.test(e.lines.join(' '))).length;
  if (
    after > MAX_TAIL_LINES ||
    entries.length < MIN_SUPERSCRIPT_ENTRIES ||
    dated < MIN_YEAR_SHARE * entries.length
  )
    return null;
  return { entries, notes: [], next: end };
}
