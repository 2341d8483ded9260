/**
 * A paper's own table of contents (`2.1 Mathematics . . . . 1`): lines that end in a page number
 * set apart by dot leaders or a wide gap, under a `Contents` heading. The reader gets a table of
 * contents built from the headings, and left in the text these lines would read as a run of
 * section headings, so the layout leaves them out.
 */
import { shapeText, type LineShape } from './lines';
import type { TextItem, TextLine } from './text-item';

/** A page number this far (in font sizes) right of the entry's title is set apart. */
const PAGE_NUMBER_GAP_EM = 2;
/** At least this many entries in a row make a table of contents. */
const MIN_ENTRIES = 3;

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,6})$/;
const DOT_LEADERS = /(?:\.\s*){4,}$/;
/** `Contents` as papers and theses print it, in the languages they are written in. */
const CONTENTS_HEADING =
  /^(?:(?:table of )?contents|sum[áa]rio|[íi]ndice(?: general)?|inhalt(?:sverzeichnis)?|table des mati[èe]res|sommaire|spis tre[śs]ci|inhoud(?:sopgave)?|inneh[åa]ll|目\s*[录錄次]|목\s*차)$/iu;
/** A line of leaders and a page number only: its entry's title is on the line above. */
const LEADERS_ONLY = /^(?:\.\s*){4,}(?:\d{1,4}|[ivxlc]{1,6})$/;
/** Lines of an entry wrapped before the line with its page number: at most this many. */
const MAX_WRAPPED_LINES = 2;

/**
 * Could the run be a page number? Not when it ends in a printable ASCII character that no page
 * number ends in (most runs end in a letter or punctuation): told without trimming or a regex.
 */
function mayBePageNumber(str: string): boolean {
  const code = str.charCodeAt(str.length - 1);
  if (!(code > 32 && code < 127)) return true;
  return (code >= 48 && code <= 57) || 'ivxlc'.includes(String.fromCharCode(code));
}

/** A line as the contents finder reads it: its items, its size and (asked last) its text. */
interface EntryLine {
  items: readonly TextItem[];
  size: number;
}

function hasLeaders(line: EntryLine): boolean {
  return line.items.some((item) => DOT_LEADERS.test(item.str.trim()));
}

/**
 * Does the line end in a page number set apart from the entry (`Mathematics . . . 1`)? `text`
 * gives the line's text, asked only of lines that end so.
 */
function endsInPageNumber(line: EntryLine, text: () => string): boolean {
  const last = line.items[line.items.length - 1];
  const before = line.items[line.items.length - 2];
  if (!last || !before || !mayBePageNumber(last.str)) return false;
  if (!PAGE_NUMBER.test(last.str.trim()) || !/\p{L}/u.test(text())) return false;
  const gap = last.x - (before.x + before.width);
  return gap >= PAGE_NUMBER_GAP_EM * line.size || DOT_LEADERS.test(before.str.trim());
}

/** Does the line end in a page number set apart from the entry (`Mathematics . . . 1`)? */
export function isContentsEntry(line: TextLine): boolean {
  return endsInPageNumber(line, () => line.text);
}

/**
 * The lines of a table of contents among `lines` (indices): a run of at least
 * {@link MIN_ENTRIES} entries under a `Contents` heading (with it), or a run of which most
 * entries have dot leaders. An entry may wrap: the lines before the one with its page number (at
 * most {@link MAX_WRAPPED_LINES}) are its own, as is a line of leaders and a page number alone.
 */
function contentsLines<L extends EntryLine>(
  lines: readonly L[],
  text: (line: L) => string,
): Set<number> {
  const found = new Set<number>();
  // The cheap test on the line's last run first: almost no line ends in a page number, and only
  // such a line is given the closure that writes its text.
  const entry = (i: number) => {
    const line = lines[i] as L;
    const n = line.items.length;
    if (n < 2 || !mayBePageNumber((line.items[n - 1] as TextItem).str)) return false;
    return endsInPageNumber(line, () => text(line));
  };
  const ends = (i: number) =>
    entry(i) ||
    (mayBePageNumber(lines[i]?.items.at(-1)?.str ?? '') &&
      LEADERS_ONLY.test(text(lines[i] as L).trim()));
  for (let i = 0; i < lines.length;) {
    if (!entry(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    let entries = 1;
    let leadered = hasLeaders(lines[i] as L) ? 1 : 0;
    for (;;) {
      let next = end;
      while (next < lines.length && next - end < MAX_WRAPPED_LINES && !ends(next)) next++;
      if (next >= lines.length || !ends(next)) break;
      entries++;
      if (hasLeaders(lines[next] as L)) leadered++;
      end = next + 1;
    }
    const above = lines[i - 1];
    const heading = above !== undefined && CONTENTS_HEADING.test(text(above).trim());
    if (entries >= MIN_ENTRIES && (heading || leadered * 2 >= entries)) {
      for (let k = heading ? i - 1 : i; k < end; k++) found.add(k);
    }
    i = end;
  }
  return found;
}

/** {@link contentsLines} left out of a column's lines. */
export function dropContents(lines: readonly TextLine[]): TextLine[] {
  const dropped = contentsLines(lines, (line) => line.text);
  // Almost every column has no table of contents: its lines as they are (in a fresh array).
  return dropped.size === 0 ? lines.slice() : lines.filter((_line, i) => !dropped.has(i));
}

/**
 * The lines of a page's table of contents, found before the page is cut into columns: a column
 * finder may take the gap between the entries' titles and their leaders for a gutter, and each
 * column alone then holds too few whole entries to be told.
 */
export function contentsShapes(shapes: readonly LineShape[]): LineShape[] {
  const found = contentsLines(shapes, shapeText);
  return found.size === 0 ? [] : shapes.filter((_shape, i) => found.has(i));
}
