/**
 * Measuring a column of lines: where its text starts and ends, its line pitch, and whether the
 * document is set justified (lines ending flush on the right), which tells a line that ended early
 * (a paragraph's last line, or a word whose hyphen the PDF left out) from one that just ended.
 */
import { valueOfRank } from './sorted';
import type { TextLine } from './text-item';

/** Lines ending within this many points of the right edge are flush with it. */
const FLUSH_TOLERANCE = 0.75;
/** A long line fills at least this share of its column's width. */
const LONG_LINE_SHARE = 0.6;
/** A document is justified when at least this share of its long lines end flush. */
const JUSTIFIED_SHARE = 0.4;
/** A ragged-right column's edge: most of its lines end before it. */
const RAGGED_RIGHT_PERCENTILE = 0.8;
/** Baseline gaps outside these (in font sizes) are blanks or stacked math, not the line pitch. */
const PITCH_EM = [0.9, 2.5] as const;
/**
 * The pitch is a low quantile of the baseline gaps: in a column full of display maths and list
 * items the gaps around them outnumber the plain leading.
 */
const PITCH_QUANTILE = 0.25;

/** A column of lines and its measures (points, PDF user space). */
export interface Column {
  lines: readonly TextLine[];
  /** Where most lines start: the leftmost position two or more lines share. */
  left: number;
  /** Where full lines end: the flush edge in a justified document, else where most lines end. */
  right: number;
  /** The usual distance between baselines. */
  pitch: number;
  /**
   * Its full lines end flush: the document is justified and so is the column, not a box of
   * ragged lines in it (BMC's abstract), whose lines end short of each other anywhere.
   */
  justified: boolean;
}

/** The value `share` of the way through the sorted values (nearest rank). */
export function percentile(values: readonly number[], share: number, fallback = 0): number {
  // Selected, not sorted: one rank is wanted.
  const copy = Float64Array.from(values);
  return valueOfRank(copy, Math.round((copy.length - 1) * share)) ?? fallback;
}

/**
 * The outermost position shared (to `FLUSH_TOLERANCE`) by two or more values, or the outermost
 * value. `values` is sorted in place.
 */
function sharedEdge(values: Float64Array, outermost: (a: number, b: number) => number): number {
  // Sorted, a value's nearest other value is beside it: one sort instead of comparing every pair.
  const sorted = values.sort();
  let edge: number | null = null;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k] ?? 0;
    const shared =
      v - (k > 0 ? (sorted[k - 1] ?? 0) : -Infinity) <= FLUSH_TOLERANCE ||
      (k + 1 < sorted.length ? (sorted[k + 1] ?? 0) : Infinity) - v <= FLUSH_TOLERANCE;
    if (shared) edge = edge === null ? v : outermost(edge, v);
  }
  return edge ?? values.reduce((a, b) => outermost(a, b));
}

/** Where a column's lines start and where its full lines end flush, measured once per column. */
export interface ColumnEdges {
  /** Where most lines start: the leftmost position two or more lines share. */
  left: number;
  /** The rightmost position two or more lines end at: the flush edge, if the text is justified. */
  flush: number;
}

/** The {@link ColumnEdges} of a column of one line or more. */
export function columnEdges(lines: readonly TextLine[]): ColumnEdges {
  const lefts = new Float64Array(lines.length);
  const rights = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    lefts[i] = line.left;
    rights[i] = line.right;
  }
  return { left: sharedEdge(lefts, Math.min), flush: sharedEdge(rights, Math.max) };
}

/** Two lines whose sizes differ by more than this share are not one paragraph (a heading, a caption). */
export const SAME_SIZE_SHARE = 0.08;

/** A character's width, in font sizes, for telling whether a word would have fitted a line. */
const CHAR_EM = 0.5;

/**
 * The pitch two lines one above the other keep when they belong together: the body's `pitch`, or
 * for a line set larger than the body's that wrapped onto the next, set alike (a chapter's title
 * over two lines: the next line's first word would not have fitted before `right`, the column's
 * edge), the body's pitch in proportion to their size: such lines are spaced by their own size.
 * Two headings one over the other (`Materials and Methods` / `Acquisition of data`) keep the
 * body's pitch: the first ends far short of the edge.
 */
export function pitchBetween(
  pitch: number,
  upper: TextLine,
  lower: TextLine,
  bodySize: number,
  right: number,
): number {
  const same =
    Math.abs(upper.size - lower.size) <= SAME_SIZE_SHARE * Math.max(upper.size, lower.size);
  if (!same || bodySize <= 0 || upper.size <= (1 + SAME_SIZE_SHARE) * bodySize) return pitch;
  const firstWord = lower.text.trimStart().split(/\s/, 1)[0] ?? '';
  const wrapped =
    /-$/.test(upper.text) || right - upper.right < (firstWord.length + 1) * CHAR_EM * lower.size;
  return wrapped ? (pitch * upper.size) / bodySize : pitch;
}

/**
 * The line pitch: the usual gap between consecutive baselines of lines of one size, the size of
 * the running text: the one whose lines (with a neighbour a pitch away) hold the most characters.
 * A figure's labels set in the column, a few short lines close together in a smaller size, do not
 * make the column's pitch theirs (a Chinese journal's body at 1.45 em, its diagram's labels at
 * 0.95 em).
 */
export function linePitch(lines: readonly TextLine[]): number {
  const gapsBySize = new Map<number, { gaps: number[]; chars: number }>();
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i] as TextLine;
    const gap = prev ? prev.baseline - line.baseline : 0;
    if (
      prev?.size === line.size &&
      gap >= PITCH_EM[0] * line.size &&
      gap <= PITCH_EM[1] * line.size
    ) {
      let bySize = gapsBySize.get(line.size);
      if (bySize === undefined) gapsBySize.set(line.size, (bySize = { gaps: [], chars: 0 }));
      bySize.gaps.push(gap);
      bySize.chars += line.text.length;
    }
  }
  let main: number[] | null = null;
  let mostChars = -1;
  for (const { gaps, chars } of gapsBySize.values())
    if (chars > mostChars) {
      main = gaps;
      mostChars = chars;
    }
  if (main !== null) return percentile(main, PITCH_QUANTILE);
  return (
    1.2 *
    percentile(
      lines.map((l) => l.size),
      0.5,
      10,
    )
  );
}

/**
 * Is the document set justified? Counts, over all its columns, the long lines that end flush with
 * their column's right edge. `edges` are the columns' {@link columnEdges}, when measured already.
 */
export function isJustified(
  columns: readonly (readonly TextLine[])[],
  edges?: readonly (ColumnEdges | null)[],
): boolean {
  let long = 0;
  let flush = 0;
  for (let c = 0; c < columns.length; c++) {
    const lines = columns[c] as readonly TextLine[];
    if (lines.length < 3) continue;
    const { left, flush: right } = edges?.[c] ?? columnEdges(lines);
    for (const line of lines) {
      if (line.right - line.left < LONG_LINE_SHARE * (right - left)) continue;
      long++;
      if (Math.abs(line.right - right) <= FLUSH_TOLERANCE) flush++;
    }
  }
  return long > 0 && flush >= JUSTIFIED_SHARE * long;
}

/**
 * Measures a column (of one line or more); `justified` says how the document sets its right edge.
 * `edges` are its {@link columnEdges}, when measured already.
 */
export function measureColumn(
  lines: readonly TextLine[],
  justified: boolean,
  pitch = linePitch(lines),
  edges = columnEdges(lines),
): Column {
  let right = edges.flush;
  // A column of three lines or more tells for itself; fewer say nothing against the document.
  const own = justified && (lines.length < 3 || isJustified([lines], [edges]));
  if (!justified) {
    const rights = new Float64Array(lines.length);
    for (let i = 0; i < lines.length; i++) rights[i] = (lines[i] as TextLine).right;
    right = valueOfRank(rights, Math.round((lines.length - 1) * RAGGED_RIGHT_PERCENTILE)) ?? 0;
  }
  return { lines, left: edges.left, right, pitch, justified: own };
}
