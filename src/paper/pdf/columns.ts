/**
 * Reading order on a page: finding a two-column layout and cutting the page into regions read one
 * after the other.
 *
 * Lines are first cut into fragments wherever a gap is wider than any word space, so the two
 * columns' lines that share a height come apart. The gutter is the vertical strip, near the middle
 * of the text, that (almost) no fragment crosses. Fragments that do cross it span the page (a
 * title, an abstract, a wide figure caption) and cut the page into horizontal bands; in a band
 * without them the left column is read before the right one. A band is also cut where both columns
 * leave a wide blank across the page (a reference list set under the last section).
 */
import { isEquationNumberLine } from '../display-equations';
import { gutterOfColumnBand, proseBandAt } from './banded-gutter';
import { percentile } from './column-metrics';
import { besideHangingLabels } from './gutter-labels';
import { joinOneSidedBands } from './one-sided-bands';
import { sortInPlace } from './sorted';
import {
  groupLineShapes,
  isVisible,
  measureOwnItems,
  regroupShapes,
  writeLine,
  type LineShape,
} from './lines';
import type { TextItem, TextLine } from './text-item';

/** A gap wider than this (in font sizes) between two runs of a line is no word space. */
const FRAGMENT_GAP_EM = 0.6;
/** The gutter is looked for in this middle share of the text's width. */
const GUTTER_ZONE = [0.25, 0.75] as const;
/** A gutter is at least this wide (in font sizes). */
const MIN_GUTTER_EM = 0.5;
/** Each column needs at least this many fragments for the page to count as two columns. */
const MIN_COLUMN_FRAGMENTS = 3;
/** Fragments crossing the gutter must be fewer than this share of those beside it. */
const MAX_SPANNING_SHARE = 0.6;
/** A line this close under a full-width band (baseline to baseline, in font sizes) may end its paragraph. */
const SHORT_LINE_REACH = 1.6;
/** Fragments within this share of a font size in baseline and size are on one line. */
const SAME_LINE_EM = 0.1;
/** A fragment this narrow (in the line's font sizes) is a symbol or two, not a line of its own. */
const SYMBOL_EM = 1.5;
/**
 * A side of the gutter this many times as wide as the other may be two columns (three equal
 * columns and their gutters make one side 2 widths + a gutter).
 */
const WIDE_SIDE = 1.6;
/** A side column is set at most this share of the text beside it (8 pt beside 9.5 pt). */
const SIDE_COLUMN_SIZE = 0.9;
/** Columns this close in width (a share of the narrow side's) are columns of one layout. */
const SAME_COLUMN_WIDTH = 0.25;
/** A column of running text has at least half its lines this share of its width long. */
const FULL_LINE_SHARE = 0.75;
/** Running text is mostly letters (prose, its punctuation aside, over 90%); a table of figures is not. */
const PROSE_LETTER_SHARE = 0.6;
/** A word space falling on the gutter is under this share of the gutter's width. */
const BRIDGED_GAP_SHARE = 0.5;
/** The word spaces of one stretched line are at least this share of each other. */
const ALIKE_GAP_SHARE = 0.75;
/** Blank across both columns, in line pitches (1.2 font sizes), that cuts a band in two. */
const BAND_CUT_PITCHES = 3;

/** A piece of a line with no gap wider than a word space inside it. */
export type Fragment = LineShape;

/** A page's lines (measured, their text not yet written) and their fragments, measured once. */
export interface PageGeometry {
  lines: LineShape[];
  fragments: Fragment[];
}

/** An x-range no column text crosses. */
export interface Gutter {
  left: number;
  right: number;
  center: number;
  /** Numbers of a one-column page's displayed equations at its right margin, beside the strip. */
  asides?: readonly Fragment[];
}

/** A part of a page read as a whole: a full-width band, or one column of a two-column band. */
export interface Region {
  kind: 'full' | 'left' | 'right';
  lines: TextLine[];
}

/**
 * Cuts a line into fragments at gaps wider than {@link FRAGMENT_GAP_EM}. Each fragment is measured
 * on its own: on a page-wide line, the two columns' lines may sit a little apart in height.
 */
export function lineFragments(line: {
  readonly items: readonly TextItem[];
  readonly size: number;
}): Fragment[] {
  // The line's items come left to right, so each piece's measured items are the piece itself:
  // each is measured as soon as the next one starts.
  const fragments: Fragment[] = [];
  let piece: TextItem[] | null = null;
  let end = -Infinity;
  const items = line.items;
  // The widest word space, worked out once for the line, not once per item (before the engine
  // optimises this, each number worked out is an object).
  const gap = FRAGMENT_GAP_EM * line.size;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (piece !== null && item.x - end <= gap) {
      piece.push(item);
      end = Math.max(end, item.x + item.width);
    } else {
      if (piece !== null) fragments.push(measureOwnItems(piece));
      piece = [item];
      end = item.x + item.width;
    }
  }
  if (piece !== null) fragments.push(measureOwnItems(piece));
  return fragments;
}

/**
 * {@link lineFragments} of a measured line: the line itself when no gap cuts it (the fragment
 * would be measured from the same items, in the same order, to the same numbers).
 */
export function shapeFragments(shape: LineShape): Fragment[] {
  return isCut(shape) ? lineFragments(shape) : [shape];
}

/** Does a gap wider than a word space cut the line ({@link lineFragments})? */
function isCut({ items, size }: LineShape): boolean {
  let end = -Infinity;
  const gap = FRAGMENT_GAP_EM * size; // once per line (see lineFragments)
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (i > 0 && item.x - end > gap) return true;
    end = Math.max(end, item.x + item.width);
  }
  return false;
}

/**
 * The fragments of lines, in order: `flatten(lines, shapeFragments)` without an array for each
 * line no gap cuts (most lines; a 300-page paper has tens of thousands).
 */
export function fragmentsOf(lines: readonly LineShape[]): Fragment[] {
  const fragments: Fragment[] = [];
  // Indexed: every line of every page, mostly before the engine has compiled this (an iterator
  // is an object and a call per step).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineShape;
    if (!isCut(line)) {
      fragments.push(line);
      continue;
    }
    const pieces = lineFragments(line);
    for (let k = 0; k < pieces.length; k++) fragments.push(pieces[k] as Fragment);
  }
  return fragments;
}

/** A page's (or a page part's) lines and fragments. */
export function measurePage(items: readonly TextItem[]): PageGeometry {
  const lines = groupLineShapes(items);
  return { lines, fragments: fragmentsOf(lines) };
}

/** The fragments of a page's (or a page part's) items. */
export const pageFragments = (items: readonly TextItem[]): Fragment[] =>
  measurePage(items).fragments;

/**
 * How many fragments cross the middle of each strip between neighbouring `edges` (ascending): the
 * strip `[edges[i], edges[i + 1]]` has count `i`. Counted in one sweep over the fragments' sorted
 * edges rather than every fragment per strip. A fragment crossing `mid` starts before it and does
 * not end by it; every fragment ending by `mid` starts before it too (strictly between
 * neighbouring edges, `mid` is no fragment's edge, and no fragment ends before it starts).
 */
function crossingsBetween(edges: Float64Array, fragments: readonly Fragment[]): Int32Array {
  const lefts = new Float64Array(fragments.length);
  const rights = new Float64Array(fragments.length);
  for (let i = 0; i < fragments.length; i++) {
    lefts[i] = (fragments[i] as Fragment).left;
    rights[i] = (fragments[i] as Fragment).right;
  }
  lefts.sort();
  rights.sort();
  // A count per strip, not an object: a page's strips are as many as its fragments.
  const counts = new Int32Array(Math.max(0, edges.length - 1));
  let started = 0;
  let ended = 0;
  for (let i = 1; i < edges.length; i++) {
    const left = edges[i - 1] as number;
    const right = edges[i] as number;
    const mid = (left + right) / 2;
    while (started < lefts.length && (lefts[started] as number) < mid) started++;
    while (ended < rights.length && (rights[ended] as number) <= mid) ended++;
    // Edges a unit in the last place apart have their middle on one of them: counted one by one.
    counts[i - 1] = mid > left && mid < right ? started - ended : crossing(fragments, mid);
  }
  return counts;
}

/**
 * The distinct values, ascending (`Float64Array.from(new Set(values)).sort()`, without the set):
 * sorted in place, then each value kept once (NaN too; -0 and 0 are one value, 0, as in a set).
 */
function distinctSorted(values: Float64Array): Float64Array {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const last = values[kept - 1] as number;
    if (kept > 0 && (v === last || (v !== v && last !== last))) continue;
    values[kept++] = v === 0 ? 0 : v;
  }
  return values.subarray(0, kept);
}

/** How many fragments cross `x`. */
function crossing(fragments: readonly Fragment[], x: number): number {
  let count = 0;
  for (const f of fragments) if (f.left < x && f.right > x) count++;
  return count;
}

/**
 * The gutter of a two-column page, or null when the page is not set in two columns: the widest
 * strip in the middle of the text crossed by the fewest fragments (a few may cross it: the title,
 * the abstract, a page number), with enough column text on both sides.
 */
export function findGutter(fragments: readonly Fragment[]): Gutter | null {
  if (fragments.length < 2 * MIN_COLUMN_FRAGMENTS) return null;
  // Indexed loops, not `for…of`, over a page's fragments: before the engine optimises this
  // function (a session's first papers) each step of an iterator is a call and an object.
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    minX = Math.min(minX, f.left);
    maxX = Math.max(maxX, f.right);
  }
  const width = maxX - minX;
  const zoneLeft = minX + GUTTER_ZONE[0] * width;
  const zoneRight = minX + GUTTER_ZONE[1] * width;
  const edges = new Float64Array(2 + 2 * fragments.length);
  let count = 0;
  edges[count++] = zoneLeft;
  edges[count++] = zoneRight;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (f.left > zoneLeft && f.left < zoneRight) edges[count++] = f.left;
    if (f.right > zoneLeft && f.right < zoneRight) edges[count++] = f.right;
  }
  // Strip `i` lies between `strips[i]` and `strips[i + 1]`, crossed by `counts[i]` fragments.
  const strips = distinctSorted(edges.subarray(0, count));
  const counts = crossingsBetween(strips, fragments);
  if (counts.length === 0) return null;
  let fewest = Infinity;
  for (let i = 0; i < counts.length; i++) fewest = Math.min(fewest, counts[i] as number);
  const tolerance = 1 + Math.floor(0.03 * fragments.length);
  let best: Gutter | null = null;
  for (let i = 0; i < counts.length;) {
    if ((counts[i] as number) > fewest + tolerance) {
      i++;
      continue;
    }
    const left = strips[i] as number;
    let clearest = Infinity;
    while (i < counts.length && (counts[i] as number) <= fewest + tolerance) {
      clearest = Math.min(clearest, counts[i] as number);
      i++;
    }
    const right = strips[i] as number;
    // A strip that no slice of crosses as few fragments as the clearest one is the white space
    // inside a column of charts, however wide: the gutter is where the fewest cross.
    if (clearest > fewest) continue;
    if (best === null || right - left > best.right - best.left)
      best = { left, right, center: (left + right) / 2 };
  }
  const minWidth =
    MIN_GUTTER_EM *
    percentile(
      fragments.map((f) => f.size),
      0.5,
    );
  // A strip that lines of running text cross, on a page whose clearest strip is crossed by a
  // band's worth of lines, may be a blank inside a table across the page, beside the gutter that
  // the table's rows cross; or the clearest strip is a sliver of that gutter, the rest of it
  // crossed by a column of the table's cells (gutterOfColumnBand).
  if (
    fewest >= MIN_BAND_LINES &&
    (best === null ||
      best.right - best.left < minWidth ||
      !hasColumnBand(fragments, best.center, width))
  ) {
    const banded = gutterOfColumnBand(
      strips,
      counts,
      best,
      tolerance,
      minWidth,
      proseBandAt(fragments, width),
    );
    if (banded !== null) best = banded;
  }
  if (best === null || best.right - best.left < minWidth) return null;
  const center = best.center;
  /**
   * Once the page is found in two columns: when the only fragments that cross the strip's middle
   * but not the whole strip start inside it, right of its clearest part (a right column's
   * reference labels, `[11]`, hanging left of their entries' lines), the middle that tells left
   * from right is that clearest part's: else they would be read as lines across the page,
   * cutting both columns into bands.
   */
  const hangingLabelsRight = (gutter: Gutter): Gutter => {
    const clear = clearestStrip(strips, counts, gutter, fewest);
    if (clear === null || clear.center >= gutter.center) return gutter;
    let hanging = 0;
    for (const f of fragments) {
      if (f.left >= gutter.center || f.right <= gutter.center) continue;
      if (f.left <= gutter.left && f.right >= gutter.right) continue;
      if (f.left < clear.right) return gutter;
      hanging++;
    }
    return hanging > 0 ? { ...gutter, center: clear.center } : gutter;
  };
  const tags = fragments.filter((f) => f.right >= maxX - f.size && isEquationTag(f));
  // An equation's number with nothing of its line right of the strip's middle and no words right
  // of the strip near it (an aside) numbers a one-column page's display: the strip there is the
  // blank beside the equation, which the pieces it is cut into (`VN`, ` ) =`, a bracket's parts)
  // may stand beyond. The lines around it are left out of the count, as no column's text (read as
  // a column, each number came after the equations, issue 8); elsewhere on the page the strip may
  // still part two columns (a paragraph wrapped beside a figure further down). A number in a right
  // column has its equation on its line, or that column's words near it.
  const asides = tags.filter(
    (tag) =>
      !fragments.some((f) => f !== tag && f.left >= center && sameBaseline(f, tag)) &&
      !columnTextNear(tag, asideReach(tag), fragments, best, tags),
  );
  const nearAside = (f: Fragment) =>
    asides.some((tag) => Math.abs(f.baseline - tag.baseline) <= asideReach(tag));
  const left: Fragment[] = [];
  const right: Fragment[] = [];
  let spanning = 0;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    // An equation's number at the right margin is no column's text, whichever its equation is.
    // (Most pages have no such number: no closure is made for them.)
    if (tags.length > 0 && (tags.includes(f) || (asides.length > 0 && nearAside(f)))) continue;
    if (f.right <= center) left.push(f);
    else if (f.left >= center) right.push(f);
    else spanning++;
  }
  const [leftSide, rightSide] = [left.length, right.length];
  if (leftSide < MIN_COLUMN_FRAGMENTS || rightSide < MIN_COLUMN_FRAGMENTS) {
    // A last page whose right column holds only the paper's last line or two: the strip the
    // fewest cross runs on over that sparse column, so its clearest part is the gutter.
    const clear = asides.length === 0 ? clearestStrip(strips, counts, best, fewest) : null;
    if (clear === null) return null;
    const sides = { left: [] as Fragment[], right: [] as Fragment[] };
    for (const f of fragments) {
      if (tags.includes(f)) continue;
      if (f.right <= clear.center) sides.left.push(f);
      else if (f.left >= clear.center) sides.right.push(f);
    }
    return lastLinesAtRightTop(sides.left, sides.right) ? clear : null;
  }
  // On a page that numbers such equations, the strip parts two columns only where a column of
  // running text stands against it (two columns, or a paragraph wrapped beside a figure) and words
  // stand on both sides (a figure's caption; a listing's line numbers or a chart's ticks are none):
  // else it is the blank beside an equation, or inside a figure or a table.
  const words = (side: readonly Fragment[]) => side.some((f) => WORD.test(itemsText(f)));
  if (
    asides.length > 0 &&
    !(
      (hasColumnText(left, 'left', best, best.left - minX) ||
        hasColumnText(right, 'right', best, maxX - best.right)) &&
      words(left) &&
      words(right)
    )
  )
    return null;
  const found =
    asides.length > 0
      ? { ...best, asides }
      : besideHangingLabels(fragments, hangingLabelsRight(best), tolerance);
  if (spanning < MAX_SPANNING_SHARE * (leftSide + rightSide)) return found;
  // Mostly full-width text (a first page's title, byline and abstract) over a few lines of two
  // columns: still two columns, where such a band stands whole.
  return hasColumnBand(fragments, center, width) ? found : null;
}

/** A left column of running text has at least this many fragments to carry a right column of one or two lines. */
const LAST_LINES_LEFT_FRAGMENTS = 10;
/** The left column's measure is this percentile of its fragments' widths. */
const COLUMN_MEASURE_PERCENTILE = 0.9;
/** How far below the left column's top (in line pitches) the right column's last lines may start. */
const LAST_LINES_TOP_PITCHES = 2;

/**
 * Does the right side hold a two-column paper's last line or two, set at the top of its right
 * column on the last page (a reference entry and its label, a paragraph's end), beside a left
 * column of running text: together no wider than the left column's lines, one of them a full
 * line, the first at the top of the text? A one-column page has no column of text wholly left of
 * its middle.
 */
function lastLinesAtRightTop(left: readonly Fragment[], right: readonly Fragment[]): boolean {
  if (right.length === 0 || left.length < LAST_LINES_LEFT_FRAGMENTS) return false;
  // The column's measure: its full lines, not the pieces of its equations, tables and figures.
  const width = percentile(
    left.map((f) => f.right - f.left),
    COLUMN_MEASURE_PERCENTILE,
  );
  const { left: from, right: to } = extent(right);
  const top = Math.max(...right.map((f) => f.baseline));
  const size = Math.max(...right.map((f) => f.size));
  const leftTop = Math.max(...left.map((f) => f.baseline));
  return (
    right.some((f) => f.right - f.left >= FULL_LINE_SHARE * width) &&
    to - from <= (1 + SAME_COLUMN_WIDTH) * width &&
    top >= leftTop - LAST_LINES_TOP_PITCHES * 1.2 * size
  );
}

/**
 * The widest run of strips inside `strip` that as few fragments cross as cross any (`fewest`), as
 * a gutter, or null when there is none.
 */
function clearestStrip(
  strips: Float64Array,
  counts: Int32Array,
  strip: Gutter,
  fewest: number,
): Gutter | null {
  let best: Gutter | null = null;
  let start: number | null = null;
  let end = 0;
  const close = () => {
    if (start !== null && (best === null || end - start > best.right - best.left))
      best = { left: start, right: end, center: (start + end) / 2 };
    start = null;
  };
  // Strip `i` lies between `strips[i]` and `strips[i + 1]`, crossed by `counts[i]` fragments.
  for (let i = 0; i < counts.length; i++) {
    const left = strips[i] as number;
    const right = strips[i + 1] as number;
    if (left < strip.left || right > strip.right) continue;
    if (counts[i] === fewest) {
      start ??= left;
      end = right;
    } else close();
  }
  close();
  return best;
}

/** How far from an equation's number its display's lines stand (a few lines' pitch). */
function asideReach(tag: Fragment): number {
  return EQUATION_REACH_PITCHES * 1.2 * tag.size;
}

/** A word of running text, not a symbol's name (`Ci`, `𝕃v`). */
const WORD = /\p{L}{3}/u;

/** Runs of a line this close (in font sizes) are one phrase: a word space a loose font widened. */
const PHRASE_GAP_EM = 1.5;

/**
 * Does one side of `strip` hold {@link MIN_BAND_LINES} lines of a column of running text: words,
 * each line whole ({@link FULL_LINE_SHARE} of the side's `width` in one phrase, its runs no
 * further apart than {@link PHRASE_GAP_EM}) and set against the strip, as a justified column's
 * lines are? A table's rows are cut into cells, a figure's labels are short, and a one-column
 * page's headings and paragraphs' last lines end anywhere.
 */
function hasColumnText(
  fragments: readonly Fragment[],
  side: 'left' | 'right',
  strip: Gutter,
  width: number,
): boolean {
  const sorted = sortInPlace(
    fragments.slice(),
    (a, b) => b.baseline - a.baseline || a.left - b.left,
  );
  let lines = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as Fragment;
    const { left } = first;
    let { right } = first;
    let words = WORD.test(itemsText(first));
    let end = i + 1;
    for (; end < sorted.length; end++) {
      const f = sorted[end] as Fragment;
      if (!sameBaseline(first, f) || f.left - right > PHRASE_GAP_EM * f.size) break;
      right = Math.max(right, f.right);
      words ||= WORD.test(itemsText(f));
    }
    i = end;
    const against =
      side === 'left' ? right >= strip.left - first.size : left <= strip.right + first.size;
    if (against && words && right - left >= FULL_LINE_SHARE * width) lines++;
  }
  return lines >= MIN_BAND_LINES;
}

/** Lines around an equation's number (in line pitches, either way) that its equation may take. */
const EQUATION_REACH_PITCHES = 4;

/**
 * Are there words right of the strip's middle within `reach` of `tag`'s baseline, in a fragment
 * that is no equation's number and no piece of a line running into the strip (a one-column line
 * cut at a wide space or around its inline math, `… in VN ) = … L2(T). We want to`)? A right
 * column's prose stands there; beside a one-column page's equation only its pieces do.
 */
function columnTextNear(
  tag: Fragment,
  reach: number,
  fragments: readonly Fragment[],
  strip: Gutter,
  tags: readonly Fragment[],
): boolean {
  const inStrip = (f: Fragment) => f.left < strip.right && f.right > strip.left;
  return fragments.some(
    (f) =>
      f.left >= strip.center &&
      Math.abs(f.baseline - tag.baseline) <= reach &&
      !tags.includes(f) &&
      WORD.test(itemsText(f)) &&
      !fragments.some((c) => inStrip(c) && sameLine(c, f)),
  );
}

/**
 * Is the fragment an equation's number alone (`(12)`, `(2.3a)`), set apart from its equation?
 * A table's standard errors (`(0.64)`) are not.
 */
const isEquationTag = (f: Fragment): boolean => {
  const first = f.items[0]?.str.trimStart() ?? '';
  if (first !== '' && !first.startsWith('(')) return false;
  const text = itemsText(f).trim();
  return !text.startsWith('(0') && isEquationNumberLine(text);
};

/** Lines of running text on each side of a gutter, one under the other, that make a band of two columns. */
const MIN_BAND_LINES = 4;
/** A line of a column's running text is at least this share of the text's width. */
const MIN_BAND_LINE_SHARE = 0.3;

/**
 * Is there a band of the page, crossed by no fragment at `center`, with {@link MIN_BAND_LINES}
 * lines of running text (wide lines, not a table's cells) on each side of it? A line's runs no
 * further apart than {@link PHRASE_GAP_EM} are measured as one: a justified column may space its
 * words wider than a word space, cutting each line into words (BMC's first page).
 */
function hasColumnBand(fragments: readonly Fragment[], center: number, width: number): boolean {
  const sorted = sortInPlace(
    fragments.slice(),
    (a, b) => b.baseline - a.baseline || a.left - b.left,
  );
  const wide = MIN_BAND_LINE_SHARE * width;
  let left = 0;
  let right = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as Fragment;
    let end = i + 1;
    let reach = first.right;
    let crosses = first.left < center && first.right > center;
    for (; end < sorted.length; end++) {
      const f = sorted[end] as Fragment;
      if (!sameBaseline(first, f) || f.left - reach > PHRASE_GAP_EM * f.size) break;
      // A phrase stays on its side: the gutter between two columns' lines on one baseline is no word space.
      if (reach <= center !== f.right <= center) break;
      reach = Math.max(reach, f.right);
      crosses ||= f.left < center && f.right > center;
    }
    i = end;
    if (crosses) {
      left = 0;
      right = 0;
      continue;
    }
    if (reach - first.left < wide) continue;
    if (reach <= center) left++;
    else right++;
    if (left >= MIN_BAND_LINES && right >= MIN_BAND_LINES) return true;
  }
  return false;
}

/**
 * A horizontal band of a page: text across the full width, two columns side by side, or a part of
 * the page set in columns of its own (`layout`: a three-column reference list under a page's two
 * columns of text), read as a page of its own.
 */
interface Band {
  kind: 'full' | 'columns' | 'layout';
  fragments: Fragment[];
  /** A `layout` band's own gutter. */
  gutter?: Gutter;
}

/** A column's median fragment is at least this share of the narrower column's width. */
const WHOLE_LINE_SHARE = 0.5;
/** A column band this thin (lines on its fuller side) between full bands may be a row of another layout. */
const THIN_BAND_LINES = 2;

/** How many lines (distinct baselines) some fragments make. */
function lineCount(fragments: readonly Fragment[]): number {
  const sorted = sortInPlace(fragments.slice(), (a, b) => b.baseline - a.baseline);
  let lines = 0;
  let last: Fragment | null = null;
  for (const f of sorted) {
    if (last === null || !sameBaseline(last, f)) lines++;
    last = f;
  }
  return lines;
}

/**
 * Joins into one `layout` band each run of bands, from a full band to a full band, with only thin
 * column bands ({@link THIN_BAND_LINES}) between them, when the run has columns of running text of
 * its own ({@link ownGutter}): a part of the page set in another number of columns than the rest.
 * Its middle column crosses the page's gutter, so each of its rows would read as a line across
 * the page, and the rows where the middle column is blank as the two outer columns' lines.
 */
function joinLayouts(bands: readonly Band[], isLeft: (f: Fragment) => boolean): Band[] {
  const thin = (band: Band) =>
    band.kind === 'columns' &&
    Math.max(
      lineCount(band.fragments.filter(isLeft)),
      lineCount(band.fragments.filter((f) => !isLeft(f))),
    ) <= THIN_BAND_LINES;
  const joined: Band[] = [];
  for (let i = 0; i < bands.length;) {
    const band = bands[i] as Band;
    if (band.kind !== 'full') {
      joined.push(band);
      i++;
      continue;
    }
    // The run ends on its last full band.
    let end = i + 1;
    let next = i + 1;
    while (next < bands.length) {
      const b = bands[next] as Band;
      if (b.kind === 'full') end = ++next;
      else if (thin(b)) next++;
      else break;
    }
    const run = bands.slice(i, end);
    const fragments = run.flatMap((b) => b.fragments);
    const gutter = ownGutter(fragments);
    if (gutter === null) joined.push(...run);
    else joined.push({ kind: 'layout', fragments, gutter });
    i = end;
  }
  return joined;
}

/**
 * The gutter of a part of a page read as a page of its own, when it has one with a column of
 * running text on each side ({@link isProse}): a table's columns, or a title's words spaced out,
 * are no columns of text.
 */
function ownGutter(fragments: readonly Fragment[]): Gutter | null {
  const gutter = findGutter(fragments);
  if (gutter === null) return null;
  const { left, right } = extent(fragments);
  const leftSide = fragments.filter((f) => f.right <= gutter.center);
  const rightSide = fragments.filter((f) => f.left >= gutter.center);
  const [leftWidth, rightWidth] = [gutter.left - left, right - gutter.right];
  // A column's lines are whole: most are one fragment, wider than half the narrower column (a
  // table's cells, or a scan's words set apart by wide spaces, are not).
  const whole = (side: readonly Fragment[]) =>
    percentile(
      side.map((f) => f.right - f.left),
      0.5,
    ) >=
    WHOLE_LINE_SHARE * Math.min(leftWidth, rightWidth);
  return isProse(leftSide, leftWidth) &&
    isProse(rightSide, rightWidth) &&
    whole(leftSide) &&
    whole(rightSide)
    ? gutter
    : null;
}

/**
 * Cuts a two-column band where a blank wider than {@link BAND_CUT_PITCHES} runs across both
 * columns, and both columns go on below it (a reference list set under the last section). A blank
 * under a column that has ended is no cut: that column's text still comes after the other's.
 */
function cutAtBlanks(band: readonly Fragment[], isLeft: (f: Fragment) => boolean): Fragment[][] {
  const sorted = sortInPlace(band.slice(), (a, b) => b.baseline - a.baseline);
  const cuts: number[] = [];
  let lowest = Infinity;
  sorted.forEach((fragment, i) => {
    const blank = lowest - (fragment.baseline + fragment.size);
    if (i > 0 && blank > BAND_CUT_PITCHES * 1.2 * fragment.size) cuts.push(i);
    lowest = Math.min(lowest, fragment.baseline);
  });
  const bothSides = (part: readonly Fragment[]) =>
    part.some(isLeft) && part.some((f) => !isLeft(f));
  const pieces: Fragment[][] = [];
  let from = 0;
  for (const cut of cuts) {
    if (bothSides(sorted.slice(from, cut)) && bothSides(sorted.slice(cut))) {
      pieces.push(sorted.slice(from, cut));
      from = cut;
    }
  }
  pieces.push(sorted.slice(from));
  return pieces;
}

/** A heading under both columns is at most this many lines. */
const MAX_HEAD_LINES = 2;
/** A heading under both columns is set apart from its column's text above by this many of its pitches. */
const HEAD_APART_PITCHES = 2;

/**
 * The heading that opens what follows a band of two columns, set in one column under both
 * columns' text (`References` over a reference list in three columns): the band's last lines
 * ({@link MAX_HEAD_LINES} at most, top-down `sorted`), all on one side, wholly below the other
 * side's last line and set apart from their own side's text above by a blank. Read in its column
 * it would come before the other column's text. Empty when there is none.
 */
function headUnderColumns(
  sorted: readonly Fragment[],
  isLeft: (f: Fragment) => boolean,
): Fragment[] {
  const last = sorted[sorted.length - 1];
  if (last === undefined) return [];
  const side = isLeft(last);
  const own = sorted.filter((f) => isLeft(f) === side);
  const other = sorted.filter((f) => isLeft(f) !== side);
  if (other.length === 0) return [];
  // Up this side's text from its foot to the first blank above a line.
  let start = own.length - 1;
  while (start > 0) {
    const above = own[start - 1] as Fragment;
    const f = own[start] as Fragment;
    if (above.baseline - f.baseline >= HEAD_APART_PITCHES * 1.2 * above.size) break;
    start--;
  }
  if (start === 0) return [];
  const head = own.slice(start);
  const top = head[0] as Fragment;
  const otherBottom = Math.min(...other.map((f) => f.baseline));
  // A heading is set no smaller than the text (a chart's labels, a note, are).
  const text = own[start - 1] as Fragment;
  return lineCount(head) <= MAX_HEAD_LINES &&
    top.baseline + top.size <= otherBottom &&
    head.every((f) => f.size >= text.size)
    ? head
    : [];
}

/**
 * Moves into a full-width band the lines that end its last paragraph but are too short to cross
 * the gutter (`depth of Reionization.` under a full-width abstract): just below the band, at its
 * pitch and size, starting where its lines start, with nothing beside them in the other column.
 */
function reclaimShortLines(
  full: Fragment[],
  columns: Fragment[],
  isLeft: (f: Fragment) => boolean,
): void {
  const sorted = sortInPlace(columns.slice(), (a, b) => b.baseline - a.baseline);
  for (const fragment of sorted) {
    const last = full[full.length - 1];
    if (!last) return;
    const em = fragment.size;
    const close =
      last.baseline - fragment.baseline <= SHORT_LINE_REACH * em &&
      Math.abs(last.size - em) <= 0.08 * em;
    const aligned = full.some((f) => Math.abs(f.left - fragment.left) <= 0.5 * em);
    const alone = !columns.some(
      (f) => isLeft(f) !== isLeft(fragment) && Math.abs(f.baseline - fragment.baseline) <= 0.6 * em,
    );
    if (!close || !aligned || !alone) return;
    full.push(fragment);
    columns.splice(columns.indexOf(fragment), 1);
  }
}

/** Rows of a side-by-side head: at least this many (a name and its affiliation). */
const MIN_HEAD_ROWS = 2;
/** The blank under a head, baseline to baseline, in the next line's font sizes (text: 1.2). */
const HEAD_GAP_EM = 1.6;
/** A head's fragment is at most this share of its column's width... */
const HEAD_WIDTH_SHARE = 0.8;
/**
 * ...and centred in it, within this share of its width (authors' boxes divide the page, not the
 * columns: `Shravan Narayanamurthy` is centred 19 pt left of its column's middle).
 */
const HEAD_CENTRE_SHARE = 0.1;

/**
 * The rows opening the page's first two-column band that are authors' blocks set side by side,
 * one centred in each column (`Kyle Kingsbury | Peter Alvaro`, `Jepsen | UC Santa Cruz`, as VLDB
 * and ACM print two authors): each row has a short fragment centred in each column, and there
 * are {@link MIN_HEAD_ROWS} such rows at least, with a blank under them. They make a band of their own, its left block
 * read before its right one and both before the columns' text: the right one is not the head of
 * the right column. Running text is left-aligned; two centred headings on one baseline, row
 * after row, are not.
 */
function sideBySideHead(band: readonly Fragment[], isLeft: (f: Fragment) => boolean): Fragment[] {
  const left = extent(band.filter(isLeft));
  const right = extent(band.filter((f) => !isLeft(f)));
  const centred = (f: Fragment) => {
    const side = isLeft(f) ? left : right;
    const width = side.right - side.left;
    const offset = Math.abs((f.left + f.right) / 2 - (side.left + side.right) / 2);
    // Wider, it is still no line of the column's justified text when it leaves either edge of the
    // side (`Institut Télécom; Télécom ParisTech; CNRS LTCI`, centred on the page's quarter).
    const narrow =
      f.right - f.left <= HEAD_WIDTH_SHARE * width ||
      Math.max(f.left - side.left, side.right - f.right) > f.size;
    return narrow && offset <= HEAD_CENTRE_SHARE * width;
  };
  const sorted = sortInPlace(band.slice(), (a, b) => b.baseline - a.baseline);
  const head: Fragment[] = [];
  let rows = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i];
    if (first === undefined) break;
    let end = i + 1;
    while (end < sorted.length && sameBaseline(first, sorted[end] as Fragment)) end++;
    const row = sorted.slice(i, end);
    // A note's mark raised high over a name (`Evgeny Kharlamov†`) is a row of its own: it goes
    // with the head, as no row of it.
    if (row.every((f) => !f.items.some((item) => LETTER_OR_DIGIT.test(item.str)))) {
      head.push(...row);
      i = end;
      continue;
    }
    if (!row.some(isLeft) || row.every(isLeft) || !row.every(centred)) break;
    head.push(...row);
    rows++;
    i = end;
  }
  // A blank under the head sets it apart from the text below (a block quote in each column is set
  // on the text's own pitch).
  const lowest = head[head.length - 1];
  const below = sorted[head.length];
  const apart =
    lowest !== undefined &&
    (below === undefined || lowest.baseline - below.baseline >= HEAD_GAP_EM * below.size);
  return rows >= MIN_HEAD_ROWS && apart ? head : [];
}

/** Do two fragments share a baseline (in sizes of their own, a name beside a smaller one)? */
const sameBaseline = (a: Fragment, b: Fragment): boolean =>
  Math.abs(a.baseline - b.baseline) <= SAME_LINE_EM * Math.min(a.size, b.size);

/** Do two fragments sit on one line: the same baseline and type size? */
const sameLine = (a: Fragment, b: Fragment): boolean =>
  Math.abs(a.baseline - b.baseline) <= SAME_LINE_EM * Math.min(a.size, b.size) &&
  Math.abs(a.size - b.size) <= SAME_LINE_EM * Math.max(a.size, b.size);

/**
 * Is `f` a sign set on `line`'s baseline in a font of another size (a math font's `=` in
 * `n = 12`, cut off by its spaces): no letter nor digit, no wider than {@link SYMBOL_EM} of the
 * line's size?
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const symbolOnLine = (line: Fragment, f: Fragment): boolean =>
  f.right - f.left <= SYMBOL_EM * line.size &&
  Math.abs(line.baseline - f.baseline) <= SAME_LINE_EM * Math.min(line.size, f.size) &&
  f.items.every((item) => !LETTER_OR_DIGIT.test(item.str));

/** A side box reaches this far (in line pitches of the text beside it) above and below that text. */
const SIDE_BOX_REACH_PITCHES = 2;
/** A side box is at most this share of the width of the text block beside it. */
const SIDE_BOX_WIDTH_SHARE = 0.5;
/** A label publishers print over an article-information box (`ARTICLE HISTORY`, `KEYWORDS`). */
const SIDE_BOX_LABEL = /^(?:[A-Z][A-Z ]{3,}[A-Z]:?|A R T I C L E .*|Article (?:history|info)\b.*)$/;

/** How far from a line of the block (baseline to baseline) a side box's line is beside it. */
const boxReach = (line: Fragment): number => SIDE_BOX_REACH_PITCHES * 1.2 * line.size;

/**
 * A box of article information printed beside a full-width block of text (a journal's `ARTICLE
 * HISTORY` / `KEYWORDS` column beside the abstract): fragments that do not span the page, each set
 * wholly outside the spanning lines around it (within {@link SIDE_BOX_REACH_PITCHES}) and at least
 * a gutter away from them, on one side, sharing an edge, a narrow column of at least
 * {@link MIN_COLUMN_FRAGMENTS} fragments set smaller than the block or under a label of capitals.
 * Read line by line with the block they would cut its sentences apart. Empty when there is none.
 */
function sideBox(sorted: readonly Fragment[], spans: (f: Fragment) => boolean): Fragment[] {
  const spanning = sorted.filter(spans);
  if (spanning.length < MIN_COLUMN_FRAGMENTS) return [];
  // `sorted` runs top down, so the spanning lines within reach of a fragment are one run of
  // `spanning`: found by bisection, not by trying every spanning line for every fragment (a page
  // of one column is all spanning lines).
  let reach = 0;
  for (const s of spanning) reach = Math.max(reach, boxReach(s));
  const ordered = Number.isFinite(reach) && isTopDown(spanning);
  const beside = (f: Fragment, side: 'left' | 'right'): boolean => {
    let near = 0;
    let from = 0;
    if (ordered) {
      let to = spanning.length;
      while (from < to) {
        const mid = (from + to) >> 1;
        if ((spanning[mid] as Fragment).baseline - f.baseline > reach) from = mid + 1;
        else to = mid;
      }
    }
    for (let k = from; k < spanning.length; k++) {
      const s = spanning[k] as Fragment;
      if (ordered && f.baseline - s.baseline > reach) break;
      if (Math.abs(s.baseline - f.baseline) > boxReach(s)) continue;
      const gap = MIN_GUTTER_EM * s.size;
      if (side === 'right' ? s.right + gap > f.left : f.right + gap > s.left) return false;
      near++;
    }
    return near > 0;
  };
  for (const side of ['right', 'left'] as const) {
    const box = sorted.filter((f) => !spans(f) && beside(f, side));
    if (box.length < MIN_COLUMN_FRAGMENTS) continue;
    // One column: every fragment on the box's edge nearest the block.
    const edge =
      side === 'right' ? Math.min(...box.map((f) => f.left)) : Math.max(...box.map((f) => f.right));
    if (box.some((f) => Math.abs((side === 'right' ? f.left : f.right) - edge) > f.size)) continue;
    // Beside a block that runs past it above and below, not among the lines of another column.
    const top = box[0] as Fragment;
    const bottom = box[box.length - 1] as Fragment;
    const block = spanning.filter(
      (s) =>
        s.baseline <= top.baseline + boxReach(s) && s.baseline >= bottom.baseline - boxReach(s),
    );
    const { left, right } = extent(block);
    const width = extent(box);
    if (width.right - width.left > SIDE_BOX_WIDTH_SHARE * (right - left)) continue;
    const inBox = new Set(box);
    // Only the block's own short lines (a paragraph's last, from its left edge) may lie between.
    const between = sorted.filter(
      (f) =>
        !inBox.has(f) &&
        f.baseline < top.baseline &&
        f.baseline > bottom.baseline &&
        !spans(f) &&
        !(Math.abs(f.left - left) <= f.size && f.right <= right),
    );
    if (between.length > 0) continue;
    const labelled = box.some((f) => SIDE_BOX_LABEL.test(itemsText(f).trim()));
    if (labelled || setSmaller(box, block)) return runOn(box, sorted, side, edge, spans);
  }
  return [];
}

/**
 * A side box with the lines that run on under it down its edge, beside the columns under the block
 * (the Lancet's affiliations and correspondence address, beside the summary and then beside the
 * body's first lines): fragments that span nothing, on the box's edge, set no bigger than it, each
 * within {@link SIDE_BOX_REACH_PITCHES} of the one above.
 */
function runOn(
  box: Fragment[],
  sorted: readonly Fragment[],
  side: 'left' | 'right',
  edge: number,
  spans: (f: Fragment) => boolean,
): Fragment[] {
  let last = box[box.length - 1] as Fragment;
  const [, largest] = sizeRange(box);
  let at = sorted.indexOf(last) + 1;
  for (; at < sorted.length; at++) {
    const f = sorted[at] as Fragment;
    if (last.baseline - f.baseline > boxReach(last)) break;
    if (spans(f) || f.size > largest) continue;
    if (Math.abs((side === 'right' ? f.left : f.right) - edge) > f.size) continue;
    box.push(f);
    last = f;
  }
  return box;
}

/** A line of running text spans at least this share of a one-column page's text. */
const RUNNING_LINE_SHARE = 0.6;
/** Blank under a block's line, in its sizes, that ends the block a head box stands beside. */
const BLOCK_END_EM = 1.6;

/**
 * A box of journal information set small beside a one-column page's title (SAGE: `Musicae
 * Scientiae` / `2017, Vol. 21(2) 151–177` / `© The Author(s) 2016` / `Reprints and permissions:`
 * …, right-aligned, on the title's own baselines): above the page's first line of running text,
 * {@link MIN_COLUMN_FRAGMENTS} fragments or more in the right half, aligned on one edge, a gutter
 * clear of the text beside them and set smaller than it. Read line by line with the title, its
 * lines would join the title's and cut it apart. Empty when there is none.
 */
function headSideBox(fragments: readonly Fragment[]): Fragment[] {
  const { left, right } = extent(fragments);
  const width = right - left;
  // The page's first line of running text: the highest fragment across most of the text. Every
  // one-column page is asked, so no sort of its fragments, only of the few in a box.
  let running: Fragment | undefined;
  for (const f of fragments)
    if (
      f.right - f.left >= RUNNING_LINE_SHARE * width &&
      (running === undefined || f.baseline > running.baseline)
    )
      running = f;
  if (running === undefined) return [];
  const floor = running.baseline + running.size;
  const head = fragments.filter((f) => f.baseline > floor);
  const middle = left + width / 2;
  const box = head.filter((f) => f.left >= middle && f.right - f.left <= width / 2);
  if (box.length < MIN_COLUMN_FRAGMENTS) return [];
  sortInPlace(box, (a, b) => b.baseline - a.baseline);
  const inBox = new Set(box);
  const top = box[0] as Fragment;
  const bottom = box[box.length - 1] as Fragment;
  const boxLeft = Math.min(...box.map((f) => f.left));
  const boxRight = Math.max(...box.map((f) => f.right));
  const beside = head.filter(
    (f) =>
      !inBox.has(f) &&
      f.baseline <= top.baseline + boxReach(f) &&
      f.baseline >= bottom.baseline - boxReach(f),
  );
  if (beside.length === 0 || beside.some((f) => f.right + MIN_GUTTER_EM * f.size > boxLeft))
    return [];
  const aligned =
    box.every((f) => Math.abs(f.left - boxLeft) <= f.size) ||
    box.every((f) => Math.abs(f.right - boxRight) <= f.size);
  return aligned && setSmaller(box, beside) ? box : [];
}

/**
 * A one-column page's regions with `box` read after the block it stands beside: the page's other
 * lines down to the first blank under the box's foot, the box, then the rest.
 */
function besideBlock(fragments: readonly Fragment[], box: readonly Fragment[]): Region[] {
  const inBox = new Set(box);
  const rest = linesOf(fragments.filter((f) => !inBox.has(f)));
  const foot = Math.min(...box.map((f) => f.baseline));
  let at = rest.length;
  for (let k = 1; k < rest.length; k++) {
    const above = rest[k - 1] as TextLine;
    const line = rest[k] as TextLine;
    if (above.baseline > foot) continue;
    if (above.baseline - line.baseline > BLOCK_END_EM * above.size) {
      at = k;
      break;
    }
  }
  const regions: Region[] = [
    { kind: 'full', lines: rest.slice(0, at) },
    { kind: 'full', lines: linesOf(box) },
    { kind: 'full', lines: rest.slice(at) },
  ];
  return regions.filter((r) => r.lines.length > 0);
}

/** Are the fragments' baselines finite and descending (top of the page first)? */
function isTopDown(fragments: readonly Fragment[]): boolean {
  for (let i = 0; i < fragments.length; i++) {
    const baseline = (fragments[i] as Fragment).baseline;
    if (!Number.isFinite(baseline)) return false;
    if (i > 0 && baseline > (fragments[i - 1] as Fragment).baseline) return false;
  }
  return true;
}

/** A fragment's items' strings joined. */
function itemsText(f: Fragment): string {
  let text = '';
  for (const item of f.items) text += item.str;
  return text;
}

function bandsAround(fragments: readonly Fragment[], gutter: Gutter, nested: boolean): Band[] {
  const crosses = (f: Fragment) => f.left < gutter.center && f.right > gutter.center;
  const crossing = fragments.filter(crosses);
  crossing.push(...bridgedAcross(fragments, gutter));
  // A line that crosses the gutter runs across the page, and so does every piece of it that a
  // wide word space cut off (`location).` … `Spectra are represented`, a sentence space stretched
  // in a justified one-column line), a symbol in a smaller font among them too (`n = 12`).
  // So does a displayed equation's line with its number at the margin (an aside) that no column
  // stands right of the strip over within the number's reach: a one-column page's display, the
  // band beside a figure starting under it, its number read with it (`(1.1)`, not after the left
  // column).
  const asides = (gutter.asides ?? []).filter(
    (tag) =>
      !fragments.some(
        (f) =>
          f.left >= gutter.center &&
          f.baseline > tag.baseline &&
          f.baseline - tag.baseline <= asideReach(tag) &&
          !gutter.asides?.includes(f),
      ),
  );
  // Loops, not `some` with a closure: this runs on every fragment of every page.
  const spansPage = (f: Fragment): boolean => {
    if (crosses(f)) return true;
    // Indexed, not `for…of`: each loop would make an iterator per fragment before the engine
    // optimises this.
    for (let i = 0; i < crossing.length; i++) {
      const c = crossing[i] as Fragment;
      if (sameLine(c, f) || symbolOnLine(c, f)) return true;
    }
    for (let i = 0; i < asides.length; i++) {
      const tag = asides[i] as Fragment;
      if (tag === f || sameLine(tag, f)) return true;
    }
    return false;
  };
  const isLeft = (f: Fragment) => f.right <= gutter.center;
  const all = sortInPlace(fragments.slice(), (a, b) => b.baseline - a.baseline || a.left - b.left);
  const spanning = new Set(all.filter(spansPage));
  const spans = (f: Fragment) => spanning.has(f);
  // A box beside a spanning block is read after that block, as a column of its own.
  const box = sideBox(all, spans);
  const sorted = box.length === 0 ? all : all.filter((f) => !box.includes(f));
  const bands: Band[] = [];
  for (const fragment of sorted) {
    const kind = spans(fragment) ? 'full' : 'columns';
    const last = bands[bands.length - 1];
    if (last?.kind === kind) last.fragments.push(fragment);
    else bands.push({ kind, fragments: [fragment] });
  }
  bands.splice(0, bands.length, ...joinOneSidedBands(bands, isLeft));
  bands.forEach((band, i) => {
    const before = bands[i - 1];
    if (band.kind === 'columns' && before?.kind === 'full')
      reclaimShortLines(before.fragments, band.fragments, isLeft);
  });
  const firstColumns = bands.findIndex((band) => band.kind === 'columns');
  const head = firstColumns < 0 ? [] : sideBySideHead(bands[firstColumns]?.fragments ?? [], isLeft);
  if (head.length > 0) {
    const band = bands[firstColumns];
    if (band) band.fragments = band.fragments.filter((f) => !head.includes(f));
    bands.splice(firstColumns, 0, { kind: 'columns', fragments: head });
  }
  const joined = nested ? bands : joinLayouts(bands, isLeft);
  const cut = joined.flatMap((band, i) => {
    if (band.kind !== 'columns') return [band];
    const pieces = cutAtBlanks(band.fragments, isLeft);
    const last = pieces[pieces.length - 1];
    // Only over a part of the page set in columns of its own, which the heading opens.
    const head = last && joined[i + 1]?.kind === 'layout' ? headUnderColumns(last, isLeft) : [];
    if (last && head.length > 0)
      pieces.splice(
        -1,
        1,
        last.filter((f) => !head.includes(f)),
        head,
      );
    return pieces.map((f): Band => ({ kind: 'columns', fragments: f }));
  });
  if (box.length === 0) return cut;
  // After the block beside it: the last full band with a line above the box's foot or within
  // reach under it (a box beside no full band stays after them all).
  const foot = (box[box.length - 1] as Fragment).baseline;
  let at = cut.length;
  for (let i = 0; i < cut.length; i++) {
    const band = cut[i] as Band;
    if (band.kind === 'full' && band.fragments.some((f) => f.baseline >= foot - boxReach(f)))
      at = i + 1;
  }
  cut.splice(at, 0, { kind: 'columns', fragments: box });
  return cut;
}

/**
 * Pieces of lines that run across the gutter though none crosses its middle: a justified line
 * stretched so that each word space is wider than a word space, one of them falling on the
 * gutter's middle (`measures` ending in the strip, `of` starting in it, on one line, no more than a
 * word space apart: under an em, under {@link BRIDGED_GAP_SHARE} of the strip, and about as wide as
 * another gap of the line). Two columns' lines stand the strip apart (a few poke into it: the strip is the one the fewest cross). Each left
 * piece found stands for its line (as a piece that crosses does). Most pages have none: only
 * the few pieces that end or start inside the strip are paired.
 */
function bridgedAcross(fragments: readonly Fragment[], gutter: Gutter): Fragment[] {
  const width = gutter.right - gutter.left;
  const ending: Fragment[] = [];
  const starting: Fragment[] = [];
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (f.right > gutter.left && f.right <= gutter.center) ending.push(f);
    else if (f.left >= gutter.center && f.left < gutter.right) starting.push(f);
  }
  if (ending.length === 0 || starting.length === 0) return [];
  const textLeft = extent(fragments).left;
  return ending.filter((a) =>
    starting.some((b) => {
      const gap = b.left - a.right;
      return (
        sameLine(a, b) &&
        gap < Math.min(BRIDGED_GAP_SHARE * width, a.size) &&
        stretchedAcross(fragments, a, gap, gutter, textLeft)
      );
    }),
  );
}

/**
 * Does `a`'s line run across the strip from the text's left edge (at `textLeft`: a line across
 * the page, not one inside a column a false strip cuts), its pieces spaced alike, `gap` among them (some
 * other gap about as wide, none much wider)? A stretched line spaces all its words alike; a gap
 * wider than the line's others parts two columns (an OCR scan's words are each a piece, apart
 * by uneven gaps, the columns' gap among the widest).
 */
function stretchedAcross(
  fragments: readonly Fragment[],
  a: Fragment,
  gap: number,
  gutter: Gutter,
  textLeft: number,
): boolean {
  const line = sortInPlace(
    fragments.filter((f) => sameLine(a, f)),
    (x, y) => x.left - y.left,
  );
  const { left, right } = extent(line);
  if (left - textLeft > a.size || right <= gutter.right) return false;
  let alike = false;
  for (let i = 1; i < line.length; i++) {
    const apart = (line[i] as Fragment).left - (line[i - 1] as Fragment).right;
    if (apart * ALIKE_GAP_SHARE > gap) return false;
    if (line[i - 1] !== a && apart >= ALIKE_GAP_SHARE * gap) alike = true;
  }
  return alike;
}

/** Lines of fragments read as one block: fragments on one baseline become one line again. */
function linesOf(fragments: readonly Fragment[]): TextLine[] {
  return regroupShapes(fragments).map(writeLine);
}

/**
 * A side of a page's gutter that is itself two columns of running text, as publishers print them:
 * - the wide side of a three-column page, where the gutter found first parts one column from the
 *   other two: a side at least {@link WIDE_SIDE} times as wide as the other, split into two
 *   columns each about as wide as the other side ({@link SAME_COLUMN_WIDTH});
 * - a narrow side column at the page's edge (`outer`) beside a column of text, set smaller
 *   ({@link SIDE_COLUMN_SIZE}): a first page's affiliations and correspondence beside the abstract.
 * A table or a chart inside a column (or across a one-column page) is neither: its parts are not
 * running text.
 */
function innerGutter(
  side: readonly Fragment[],
  outer: 'left' | 'right',
  other: readonly Fragment[],
  otherWidth: number,
): Gutter | null {
  const { left, right } = extent(side);
  const wide = right - left >= WIDE_SIDE * otherWidth;
  // Cheap tests first: most pages are two plain columns, and finding a gutter costs a sort.
  if (!wide && !smallAtEdge(side, outer, outer === 'left' ? left : right, other)) return null;
  if (!isProse(other, otherWidth)) return null;
  const gutter = findGutter(side);
  if (gutter === null) return null;
  const inLeft = side.filter((f) => f.right <= gutter.center);
  const inRight = side.filter((f) => f.left >= gutter.center);
  const [leftWidth, rightWidth] = [gutter.left - left, right - gutter.right];
  // Letters counted over both columns: a column of a reference list may be mostly DOIs and pages.
  if (!proseLines(inLeft, leftWidth) || !proseLines(inRight, rightWidth)) return null;
  if (!isWords([...inLeft, ...inRight])) return null;
  const similar = (width: number) => Math.abs(width - otherWidth) <= SAME_COLUMN_WIDTH * otherWidth;
  const thirds =
    right - left >= WIDE_SIDE * otherWidth && similar(leftWidth) && similar(rightWidth);
  const [edge, inner] = outer === 'left' ? [inLeft, inRight] : [inRight, inLeft];
  const narrow = outer === 'left' ? leftWidth < rightWidth : rightWidth < leftWidth;
  const sideColumn = narrow && setSmaller(edge, inner);
  return thirds || sideColumn ? gutter : null;
}

/**
 * Are the lines at a side's `outer` edge (at `x`) set smaller than the other side's text, as a side
 * column is? In a plain column they are its body text.
 */
function smallAtEdge(
  side: readonly Fragment[],
  outer: 'left' | 'right',
  x: number,
  other: readonly Fragment[],
): boolean {
  const atEdge = side.filter((f) => Math.abs((outer === 'left' ? f.left : f.right) - x) <= f.size);
  if (atEdge.length < MIN_COLUMN_FRAGMENTS || other.length === 0) return false;
  return setSmaller(atEdge, other);
}

/**
 * Is the median size of fragments `a` at most {@link SIDE_COLUMN_SIZE} of `b`'s? Told from the
 * sizes' extremes when they decide it (a median lies between them: most pages are set in one or
 * two sizes), else from the medians.
 */
function setSmaller(a: readonly Fragment[], b: readonly Fragment[]): boolean {
  if (a.length > 0 && b.length > 0) {
    const [aMin, aMax] = sizeRange(a);
    const [bMin, bMax] = sizeRange(b);
    if (aMax <= SIDE_COLUMN_SIZE * bMin) return true;
    if (aMin > SIDE_COLUMN_SIZE * bMax) return false;
  }
  const median = (fragments: readonly Fragment[]) =>
    percentile(
      fragments.map((f) => f.size),
      0.5,
    );
  return median(a) <= SIDE_COLUMN_SIZE * median(b);
}

/** The smallest and largest size of some fragments (NaN if any is NaN, so nothing is decided). */
function sizeRange(fragments: readonly Fragment[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const f of fragments) {
    if (f.size !== f.size) return [NaN, NaN];
    if (f.size < min) min = f.size;
    if (f.size > max) max = f.size;
  }
  return [min, max];
}

/**
 * Are these fragments a column of running text `width` wide: words, most of its lines filling it? A
 * line is all the fragments on one baseline (a loosely justified line is cut at its wide word
 * spaces); a table's rows, however they line up, leave much of such a width blank.
 */
function isProse(fragments: readonly Fragment[], width: number): boolean {
  return proseLines(fragments, width) && isWords(fragments);
}

/** Are the fragments' lines as long as a column of running text's ({@link isProse}, letters aside)? */
function proseLines(fragments: readonly Fragment[], width: number): boolean {
  if (fragments.length < MIN_COLUMN_FRAGMENTS) return false;
  const sorted = sortInPlace(fragments.slice(), (a, b) => b.baseline - a.baseline);
  const extents: number[] = [];
  let line: { baseline: number; size: number; left: number; right: number } | null = null;
  for (const f of sorted) {
    if (line !== null && line.baseline - f.baseline <= SAME_LINE_EM * Math.min(line.size, f.size)) {
      line.left = Math.min(line.left, f.left);
      line.right = Math.max(line.right, f.right);
      continue;
    }
    if (line !== null) extents.push(line.right - line.left);
    line = { baseline: f.baseline, size: f.size, left: f.left, right: f.right };
  }
  if (line !== null) extents.push(line.right - line.left);
  return percentile(extents, 0.5) >= FULL_LINE_SHARE * width;
}

/** Are most of the fragments' characters letters (words, not a table's figures)? */
function isWords(fragments: readonly Fragment[]): boolean {
  let letters = 0;
  let others = 0;
  for (const f of fragments) {
    for (const item of f.items) {
      const text = item.str.replace(/\s+/g, '');
      const count = text.replace(/\P{L}+/gu, '').length;
      letters += count;
      others += text.length - count;
    }
  }
  return letters >= PROSE_LETTER_SHARE * (letters + others);
}

/** The leftmost and rightmost x of some fragments. */
function extent(fragments: readonly Fragment[]): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const f of fragments) {
    left = Math.min(left, f.left);
    right = Math.max(right, f.right);
  }
  return { left, right };
}

/**
 * The regions of fragments cut by `gutter`: full-width bands as they come down, and in each
 * two-column band its left column, then its right one, each cut again at its side's `inner`
 * gutter when it has one (a three-column band).
 */
function regionsAround(
  fragments: readonly Fragment[],
  gutter: Gutter,
  inner: { left: Gutter | null; right: Gutter | null } = { left: null, right: null },
  nested = false,
): Region[] {
  const regions: Region[] = [];
  for (const band of bandsAround(fragments, gutter, nested)) {
    if (band.kind === 'full') {
      regions.push({ kind: 'full', lines: linesOf(band.fragments) });
      continue;
    }
    if (band.kind === 'layout' && band.gutter) {
      regions.push(...columnRegions(band.fragments, band.gutter, true));
      continue;
    }
    const left = band.fragments.filter((f) => f.right <= gutter.center);
    const right = band.fragments.filter((f) => f.right > gutter.center);
    regions.push(
      ...sideRegions(left, 'left', inner.left),
      ...sideRegions(right, 'right', inner.right),
    );
  }
  return regions;
}

/** One side of a two-column band: a column, or the columns its own gutter cuts it into. */
function sideRegions(
  fragments: readonly Fragment[],
  kind: 'left' | 'right',
  inner: Gutter | null,
): Region[] {
  if (fragments.length === 0) return [];
  return inner === null
    ? [{ kind, lines: linesOf(fragments) }]
    : regionsAround(fragments, inner, undefined, true);
}

/**
 * The page's text in reading order, as regions read one after the other: full-width bands as
 * they come down the page, and in each two-column band its left column, then its right one (a
 * three-column band: its columns left to right).
 * `geometry` is the items' {@link measurePage}, when the caller has measured them already.
 */
export function readingOrder(items: readonly TextItem[], geometry?: PageGeometry): Region[] {
  // Every visible item is on a line: no lines, no visible text.
  const { lines, fragments } = geometry ?? measurePage(items.filter(isVisible));
  const gutter = findGutter(fragments);
  if (gutter === null) {
    if (lines.length === 0) return [];
    const box = headSideBox(fragments);
    if (box.length > 0) return besideBlock(fragments, box);
    return columnsUnderText(lines, fragments) ?? [{ kind: 'full', lines: lines.map(writeLine) }];
  }
  return columnRegions(fragments, gutter, false);
}

/** A part of a one-column page set in columns of its own has at least this many fragments. */
const MIN_FOOT_COLUMN_FRAGMENTS = 2 * MIN_COLUMN_FRAGMENTS;
/** Lines across the page above a foot set in columns: the page is a page of running text. */
const MIN_TEXT_LINES_ABOVE = 3;
/** A line of a one-column page's text spans this share of the page's text width, or more. */
const FULL_TEXT_LINE_SHARE = 0.8;

/**
 * A one-column page whose foot is set in columns of its own (a reference list in three columns
 * under the last section's text, as the Royal Society's journals set it): the text down to its
 * last line across the page, then the columns under it, each read top to bottom ({@link
 * ownGutter}: columns of running text, not a table's). Null when the page has no such foot; a page
 * whose last line across it is near its foot (almost every one-column page) is told at once.
 */
function columnsUnderText(
  lines: readonly LineShape[],
  fragments: readonly Fragment[],
): Region[] | null {
  const { left, right } = extent(fragments);
  const full = FULL_TEXT_LINE_SHARE * (right - left);
  let lowest = Infinity;
  let across = 0;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (f.right - f.left < full) continue;
    across++;
    if (f.baseline < lowest) lowest = f.baseline;
  }
  // A page of text: a cover's title over blocks of names is none.
  if (across < MIN_TEXT_LINES_ABOVE) return null;
  // Columns beside the first: fragments under that line starting past a quarter of the width (a
  // listing's or a list's lines under the text start at its left edge).
  const inner = left + GUTTER_ZONE[0] * (right - left);
  let below = 0;
  let beside = 0;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (f.baseline >= lowest) continue;
    below++;
    if (f.left >= inner) beside++;
  }
  if (below < MIN_FOOT_COLUMN_FRAGMENTS || beside < MIN_COLUMN_FRAGMENTS) return null;
  const foot = fragments.filter((f) => f.baseline < lowest);
  const gutter = ownGutter(foot);
  if (gutter === null) return null;
  const text = lines.filter((l) => l.baseline >= lowest).map(writeLine);
  return [
    ...(text.length > 0 ? [{ kind: 'full' as const, lines: text }] : []),
    ...columnRegions(foot, gutter, true),
  ];
}

/**
 * The regions of fragments around their `gutter`, each side cut again at its own gutter when it
 * is two columns ({@link innerGutter}). `nested`: the fragments are a part of a page already read
 * as a page of its own, whose full bands are not looked at for columns again.
 */
function columnRegions(fragments: readonly Fragment[], gutter: Gutter, nested: boolean): Region[] {
  const { left: minX, right: maxX } = extent(fragments);
  const leftSide = fragments.filter((f) => f.right <= gutter.center);
  const rightSide = fragments.filter((f) => f.left >= gutter.center);
  const innerLeft = innerGutter(leftSide, 'left', rightSide, maxX - gutter.right);
  const innerRight =
    innerLeft === null ? innerGutter(rightSide, 'right', leftSide, gutter.left - minX) : null;
  return regionsAround(fragments, gutter, { left: innerLeft, right: innerRight }, nested);
}
