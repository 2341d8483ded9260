/**
 * Text laid out as the PDF printed it (`pdftotext -layout`, some viewers' "save as text"): a
 * two-column page comes as lines holding a line of each column side by side, a gutter of spaces
 * between them, and every line carries the page's left margin. Read as it stands, a paragraph
 * alternates between the columns at each line and nothing below the title is found.
 *
 * {@link unfoldLayoutColumns} finds, page by page (pages end at form feeds), a gutter: a column
 * of the page where the lines hold spaces on both sides of their text and almost none runs
 * across. It then writes each stretch of two-column lines as its left column followed by its
 * right one; lines that run across the gutter (a title, a full-width caption, a running head)
 * stay where they are. The left edge of a page's text (or a column's) is taken off its lines, so
 * that indentation means what it does in plain text (a hanging indent, a first-line indent).
 * A source with no such page comes back unchanged.
 */

/** Spaces between a column's text and the other's at least: a word space is one. */
const MIN_GUTTER = 2;
/** Lines of text a page needs before its columns are looked for. */
const MIN_PAGE_LINES = 8;
/** Share of a page's lines that must hold text on both sides of the gutter. */
const MIN_BOTH_SIDES = 0.15;
/**
 * Share of a page's lines that must hold text on each side of it: a last page's left column may
 * end early (few lines hold both), but each column is still a column.
 */
const MIN_ONE_SIDE = 0.3;
/** Share of a page's lines that may run across the gutter (titles, captions, running heads). */
const MAX_ACROSS = 0.15;
/** A column at least this wide on each side of the gutter (a number column is not one). */
const MIN_COLUMN = 20;
/**
 * A printed page holds fewer lines, and narrower ones, than this: a longer stretch between form
 * feeds (a whole text with none) is not looked at for columns, so the search stays quick.
 */
const MAX_PAGE_LINES = 400;
const MAX_PAGE_WIDTH = 400;

/** Two words set apart by more than a word space: a sign of layout-preserving extraction. */
const WIDE_GAP = /\S {3,}\S/;

/** Where a line's text lies relative to a candidate gutter. */
const enum Side {
  Blank,
  Left,
  Right,
  Both,
  Across,
}

/** A line measured once, so that its side of any candidate gutter is told at once. */
interface Measured {
  length: number;
  /** Index of the first and of the last character that is not a space; -1 in a blank line. */
  first: number;
  last: number;
  /** 1 where the line holds a space inside a run of {@link MIN_GUTTER} or more, or its indent. */
  gap: Uint8Array;
}

function measure(line: string): Measured {
  const gap = new Uint8Array(line.length);
  let first = -1;
  let last = -1;
  for (let i = 0; i < line.length;) {
    if (line.charCodeAt(i) !== 0x20) {
      if (first < 0) first = i;
      last = i;
      i++;
      continue;
    }
    let end = i;
    while (end < line.length && line.charCodeAt(end) === 0x20) end++;
    if (end - i >= MIN_GUTTER || i === 0) gap.fill(1, i, end);
    i = end;
  }
  return { length: line.length, first, last, gap };
}

/** Where a measured line's text lies relative to a gutter at column `at`. */
function sideAt({ length, first, last, gap }: Measured, at: number): Side {
  if (first < 0) return Side.Blank;
  // Past the line's end, or in a run of spaces wide enough (or its indent): a gap.
  if (at < length && gap[at] !== 1) return Side.Across;
  const left = first < at;
  const right = last >= at;
  return left && right ? Side.Both : left ? Side.Left : Side.Right;
}

const sideOf = (line: string, at: number): Side => sideAt(measure(line), at);

/**
 * The column where a page's gutter runs, or null for a page of one column: of the positions
 * where enough lines hold text on each side and few run across, the one with the fewest across,
 * the leftmost on ties: a right column's labels (`23.   Barua RS…`, a reference list's) are set
 * apart from their entries by spaces too, but the gutter lies left of them.
 */
function findGutter(lines: readonly string[]): number | null {
  const texts = lines.filter((l) => l.trim() !== '');
  if (texts.length < MIN_PAGE_LINES || lines.length > MAX_PAGE_LINES) return null;
  let width = 0;
  for (const l of texts) width = Math.max(width, l.length);
  if (width > MAX_PAGE_WIDTH) return null;
  const margin = Math.min(...texts.map((l) => l.length - l.trimStart().length));
  const measured = texts.map(measure);
  let best: { at: number; across: number } | null = null;
  for (let at = margin + MIN_COLUMN; at <= width - MIN_COLUMN; at++) {
    let both = 0;
    let across = 0;
    let left = 0;
    let right = 0;
    for (const line of measured) {
      const side = sideAt(line, at);
      if (side === Side.Both) both++;
      else if (side === Side.Across) across++;
      else if (side === Side.Left) left++;
      else if (side === Side.Right) right++;
    }
    const least = (share: number) => texts.length * share;
    if (
      both < least(MIN_BOTH_SIDES) ||
      both + left < least(MIN_ONE_SIDE) ||
      both + right < least(MIN_ONE_SIDE) ||
      across > least(MAX_ACROSS)
    )
      continue;
    if (best === null || across < best.across) best = { at, across };
  }
  return best?.at ?? null;
}

/** Share of a page's (or column's) lines that must start at its left edge: a footer is fewer. */
const MIN_AT_EDGE = 0.2;

/**
 * The lines with their left edge taken off: the least indentation that a good share of them
 * ({@link MIN_AT_EDGE}) start at, so that a footer or page number set further left does not move
 * it and a hanging indent stays. Lines further left start at the edge; blank lines stay blank.
 */
function dedent(lines: readonly string[]): string[] {
  const indents = lines
    .filter((l) => l.trim() !== '')
    .map((l) => l.length - l.trimStart().length)
    .sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const indent of indents) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  const edge = indents.find((i) => (counts.get(i) ?? 0) >= indents.length * MIN_AT_EDGE) ?? 0;
  return lines.map((l) => {
    if (l.trim() === '') return '';
    const indent = l.length - l.trimStart().length;
    return l.slice(Math.min(indent, edge)).trimEnd();
  });
}

/** A page's lines in reading order: each two-column stretch as its left then its right column. */
function unfoldPage(page: string): string {
  const lines = page.split('\n');
  const at = findGutter(lines);
  if (at === null) return WIDE_GAP.test(page) ? dedent(lines).join('\n') : page;
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    // A row with text in one column only leaves a blank line in the other: kept, as a stray blank
    // line of any text is (the parser joins a paragraph it splits mid-sentence).
    out.push(...dedent(left), ...dedent(right));
    left = [];
    right = [];
  };
  for (const line of lines) {
    const side = sideOf(line, at);
    if (side === Side.Across) {
      // A line set across the page (a title, often centred): its indentation tells nothing.
      flush();
      out.push(line.trim());
      continue;
    }
    left.push(side === Side.Left || side === Side.Both ? line.slice(0, at) : '');
    right.push(side === Side.Right || side === Side.Both ? ' '.repeat(at) + line.slice(at) : '');
  }
  flush();
  return out.join('\n');
}

/**
 * Rewrites layout-preserving text (see the module comment) in reading order; any other source
 * comes back as it is. `normalized` has had its tabs turned into spaces (`normalizeSource`).
 */
export function unfoldLayoutColumns(normalized: string): string {
  if (!WIDE_GAP.test(normalized)) return normalized;
  return normalized.split('\f').map(unfoldPage).join('\f');
}
