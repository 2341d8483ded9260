/**
 * A paper's own table of contents (`2.1 Mathematics . . . . 1`): lines that end in a page number
 * set apart by dot leaders or a wide gap, under a `Contents` heading. The reader gets a table of
 * contents built from the headings, and left in the text these lines would read as a run of
 * section headings, so the layout leaves them out.
 */
import type { TextLine } from './text-item';

/** A page number this far (in font sizes) right of the entry's title is set apart. */
const PAGE_NUMBER_GAP_EM = 2;
/** At least this many entries in a row make a table of contents. */
const MIN_ENTRIES = 3;

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,6})$/;
const DOT_LEADERS = /(?:\.\s*){4,}$/;
const CONTENTS_HEADING = /^(?:table of )?contents$/i;

/**
 * Could the run be a page number? Not when it ends in a printable ASCII character that no page
 * number ends in (most runs end in a letter or punctuation): told without trimming or a regex.
 */
function mayBePageNumber(str: string): boolean {
  const code = str.charCodeAt(str.length - 1);
  if (!(code > 32 && code < 127)) return true;
  return (code >= 48 && code <= 57) || 'ivxlc'.includes(String.fromCharCode(code));
}

function hasLeaders(line: TextLine): boolean {
  return line.items.some((item) => DOT_LEADERS.test(item.str.trim()));
}

/** Does the line end in a page number set apart from the entry (`Mathematics . . . 1`)? */
export function isContentsEntry(line: TextLine): boolean {
  const last = line.items[line.items.length - 1];
  const before = line.items[line.items.length - 2];
  if (!last || !before || !mayBePageNumber(last.str)) return false;
  if (!PAGE_NUMBER.test(last.str.trim()) || !/\p{L}/u.test(line.text)) return false;
  const gap = last.x - (before.x + before.width);
  return gap >= PAGE_NUMBER_GAP_EM * line.size || DOT_LEADERS.test(before.str.trim());
}

/**
 * Leaves out a table of contents: a run of at least {@link MIN_ENTRIES} entries under a
 * `Contents` heading (dropped with them), or a run of which most entries have dot leaders.
 */
export function dropContents(lines: readonly TextLine[]): TextLine[] {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length;) {
    if (!isContentsEntry(lines[i] as TextLine)) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isContentsEntry(lines[end] as TextLine)) end++;
    const run = lines.slice(i, end);
    const heading = i > 0 && CONTENTS_HEADING.test(lines[i - 1]?.text ?? '');
    const leadered = run.filter(hasLeaders).length * 2 >= run.length;
    if (run.length >= MIN_ENTRIES && (heading || leadered)) {
      for (let k = heading ? i - 1 : i; k < end; k++) dropped.add(k);
    }
    i = end;
  }
  // Almost every column has no table of contents: its lines as they are (in a fresh array).
  return dropped.size === 0 ? lines.slice() : lines.filter((_line, i) => !dropped.has(i));
}
