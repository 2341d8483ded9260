/**
 * A paper's own table of contents left in its text: a `Contents` line, then entries that open
 * with section numbers in increasing order (`1. Introduction`, `2.1. Data`), perhaps with their
 * page numbers, which the PDF layout may set on lines of their own. Read as headings, the entries
 * would use up the section numbers before the sections they list; the parser keeps them as one
 * paragraph instead. Pure.
 */
import { endsBibliography, matchBibliographyHeading, splitSectionNumber } from './headings';
import type { SourceLine } from './normalize-text';

const CONTENTS_TITLE = /^(?:table of )?contents$/i;
const MAX_TITLE_CHARS = 'table of contents'.length;
/** Page numbers alone on a line (`2`, `2 3 5`, `iv`): the entries' pages, set apart. */
const PAGE_NUMBERS = /^(?:\d{1,4}|[ivxlc]{1,6})(?:\s+(?:\d{1,4}|[ivxlc]{1,6}))*$/;
/** At least this many numbered entries make a table of contents. */
const MIN_ENTRIES = 3;

/** Does section number `a` come after `b` (`2.1` after `2`, `3` after `2.4`)? */
function comesAfter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return a.length > b.length;
}

/**
 * An unnumbered entry a table of contents lists last (`Acknowledgement`, `References`,
 * `Appendix`): never the first heading of the body after it, which is left alone.
 */
const isBackMatterTitle = (text: string): boolean =>
  endsBibliography(text) || matchBibliographyHeading(text) !== null;

/**
 * How many lines from `i` (blank lines included) are a table of contents: its `Contents` line and
 * its entries, in increasing order of section number, up to the first line that is none (the
 * paper's own `1. Introduction` after the listed `5. Conclusions` ends it). 0 when line `i` does
 * not open one.
 */
export function contentsRunLength(lines: readonly SourceLine[], i: number, stop: number): number {
  const title = lines[i]?.text ?? '';
  // Most lines are longer than `Table of Contents`: told apart without the regex.
  if (title.length > MAX_TITLE_CHARS || !CONTENTS_TITLE.test(title)) return 0;
  let last: number[] | null = null;
  let entries = 0;
  let end = i + 1;
  for (let k = i + 1; k < stop; k++) {
    const text = lines[k]?.text ?? '';
    if (text === '' || PAGE_NUMBERS.test(text)) continue;
    const numbered = splitSectionNumber(text);
    if (numbered !== null) {
      if (last !== null && !comesAfter(numbered.parts, last)) break;
      last = numbered.parts;
      entries++;
    } else if (!isBackMatterTitle(text)) break;
    end = k + 1;
  }
  return entries >= MIN_ENTRIES ? end - i : 0;
}
