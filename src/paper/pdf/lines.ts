/**
 * Grouping a page's (or a column's) text items into lines by baseline. An item joins the line
 * whose body text it overlaps vertically by at least half its own height, so superscripts and
 * subscripts stay with their line while the lines above and below, a full line pitch away, do not.
 * Each line is measured against its main run (the largest text), never against the items it
 * gathered, so lines cannot chain into one another.
 */
import { joinLineItems, scriptRole } from './line-text';
import { flatten } from './arrays';
import { withoutOverprintedGlyphs } from './overprint';
import { sortTopDown, valueOfRank } from './sorted';
import type { TextItem, TextLine } from './text-item';

/** Share of the smaller item's height two runs must overlap vertically to sit on one line. */
const SAME_LINE_OVERLAP = 0.5;
/** Lines looked back over when placing an item: items come sorted by height on the page. */
const LOOKBACK_LINES = 6;
/** Text drawn twice this close (in font sizes) is one text overprinted (a stamp, a fake bold). */
const OVERPRINT_EM = 0.1;

/** Is `item` the same text as `prev` drawn again on top of it? */
const overprints = (item: TextItem, prev: TextItem | undefined): boolean =>
  prev !== undefined &&
  item.str === prev.str &&
  Math.abs(item.y - prev.y) < OVERPRINT_EM * item.height &&
  Math.abs(item.x - prev.x) < OVERPRINT_EM * item.height;

/** A lone capital this many times taller than the text beside it is a drop cap (`J` of `Journal`). */
const DROP_CAP_HEIGHTS = 2;

/** Is `item` a drop cap beside `main`: one capital letter, far taller? */
const isDropCap = (item: TextItem, main: TextItem): boolean =>
  item.height > DROP_CAP_HEIGHTS * main.height && /^\s*\p{Lu}$/u.test(item.str);

interface OpenLine {
  items: TextItem[];
  /** The run the line is measured against: the largest text seen so far. */
  main: TextItem;
  /** `trimmedLength(main.str)`, or -1 until asked ({@link betterMain}'s second test). */
  mainLength: number;
}

/**
 * How much two runs overlap vertically, as a share of the smaller one's height. A run's vertical
 * extent is from its baseline (`y`) up one font size (`y + height`): descenders are not needed
 * here. Written out, without a call per edge: every item is measured against the lines open
 * above it, before the engine optimises this.
 */
function overlapRatio(a: TextItem, b: TextItem): number {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap / Math.max(1e-6, Math.min(a.height, b.height));
}

/**
 * Does `item` stand for its line's body text better than the line's main run: clearly larger, or
 * about as large with more characters (so a superscript, seen first as it sits higher, gives way
 * to the text)? Sets the line's main run to it if so. The main run's length is kept on the line,
 * not counted again for each item that joins it.
 */
function betterMain(item: TextItem, line: OpenLine): void {
  const main = line.main;
  if (item.height > 1.1 * main.height) {
    line.main = item;
    line.mainLength = -1;
    return;
  }
  if (!(item.height >= 0.9 * main.height)) return;
  const length = trimmedLength(item.str);
  if (line.mainLength < 0) line.mainLength = trimmedLength(main.str);
  if (length > line.mainLength) {
    line.main = item;
    line.mainLength = length;
  }
}

/**
 * `str.trim().length`, without making the trimmed string when both ends are printable ASCII (as
 * they are for almost every run): the layout asks it of every item several times.
 */
export function trimmedLength(str: string): number {
  const n = str.length;
  if (n === 0) return 0;
  const first = str.charCodeAt(0);
  const last = str.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return n;
  return str.trim().length;
}

/**
 * Below this size and this advance a character (points), a run is not printed to be read: a
 * marker a publisher hides in its pages (Wiley's 1 pt `bs_bs_banner`). The smallest text printed
 * for reading (chart labels, raised marks) is set at 2.5 pt and more.
 */
const UNREADABLE_SIZE = 2;

/**
 * Does the item carry visible text with a size (pdf.js also emits empty and blank runs, and some
 * set too small to be read)?
 */
export const isVisible = (item: TextItem): boolean =>
  item.height > 0 &&
  trimmedLength(item.str) > 0 &&
  item.width >= 0 &&
  (item.height >= UNREADABLE_SIZE || item.width >= UNREADABLE_SIZE * item.str.length);

/** A line's geometry before its text is written: what page furniture and columns measure. */
export interface LineShape {
  /** The line's items, left to right. */
  items: TextItem[];
  left: number;
  right: number;
  /** The baseline of the line's body text (not of its superscripts). */
  baseline: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  /**
   * The line's text once written ({@link shapeText}), kept on the shape: the page furniture writes
   * the lines at each page's edges, and those that stay body text are written again from the same
   * shape. Undefined until then.
   */
  written?: string | undefined;
}

/**
 * Groups items into line shapes, top of the page first, without writing their text (most lines
 * are measured several times by the layout, and their text is only needed once).
 */
export function groupLineShapes(items: readonly TextItem[]): LineShape[] {
  const sorted = sortTopDown(items.filter(isVisible));
  const open: OpenLine[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const item = sorted[k] as TextItem;
    if (overprints(item, sorted[k - 1])) continue;
    let best: OpenLine | null = null;
    let bestRatio = SAME_LINE_OVERLAP;
    // `overlapRatio(item, line.main)` written out: this is the layout's innermost loop.
    const top = item.y + item.height;
    const stop = Math.max(0, open.length - LOOKBACK_LINES);
    for (let i = open.length - 1; i >= stop; i--) {
      const line = open[i];
      if (!line) continue;
      const main = line.main;
      // A line whose body sits wholly above the item's top overlaps it by nothing (the ratio
      // below would be 0 or less): told by one comparison, as it is for almost every line
      // looked back over (each number worked out below is an object before the engine
      // optimises this). Heights are above 0 (`isVisible`).
      if (main.y >= top) continue;
      const overlap = Math.min(top, main.y + main.height) - Math.max(item.y, main.y);
      const ratio = overlap / Math.max(1e-6, Math.min(item.height, main.height));
      if (ratio >= bestRatio) {
        best = line;
        bestRatio = ratio;
      }
    }
    if (best === null) {
      open.push({ items: [item], main: item, mainLength: -1 });
      continue;
    }
    // A drop cap spans several lines: it opens the first of them (its top is theirs). (Its
    // height asked first, without a call: almost no item is far taller than its line's.)
    if (item.height > DROP_CAP_HEIGHTS * best.main.height && isDropCap(item, best.main))
      for (let i = Math.max(0, open.length - LOOKBACK_LINES); i < open.length; i++) {
        const line = open[i];
        if (line && overlapRatio(item, line.main) >= SAME_LINE_OVERLAP) {
          best = line;
          break;
        }
      }
    best.items.push(item);
    betterMain(item, best);
  }
  // Pushed, not mapped: `map` gives a packed array where it runs as the engine's own function and
  // a holey one where it is compiled into this function, and the order check, which learns array
  // kinds only from the first, threw this function's compiled code away on every page, again and
  // again (46 times in one run of a 46-page paper: a deopt loop in some fresh processes).
  const shapes: LineShape[] = [];
  for (let i = 0; i < open.length; i++) shapes.push(measureOwnItems((open[i] as OpenLine).items));
  return shapesTopDown(shapes);
}

/** Shapes, top first. */
const topDown = (a: LineShape, b: LineShape): number => b.baseline - a.baseline;

/**
 * `sortInPlace(shapes, topDown)` with the order checked here: the shared check's engine feedback
 * mixes every caller's arrays, and code inlining it was thrown away when an array of another kind
 * came (in the first papers' layouts).
 */
function shapesTopDown(shapes: LineShape[]): LineShape[] {
  for (let i = 1; i < shapes.length; i++)
    if (!(topDown(shapes[i - 1] as LineShape, shapes[i] as LineShape) <= 0))
      return shapes.sort(topDown);
  return shapes;
}

/** `sortInPlace(items, byLeft)` with the order checked here (see {@link shapesTopDown}). */
function itemsLeftToRight(items: TextItem[]): TextItem[] {
  for (let i = 1; i < items.length; i++)
    if (!(byLeft(items[i - 1] as TextItem, items[i] as TextItem) <= 0)) return sortByLeft(items);
  return items;
}

/**
 * `items.sort(byLeft)` (in place, stable) by insertion: a line's items out of order are a few
 * (a superscript or an accent read before its letters), and the engine's sort calls back into
 * the comparison for every pair and makes arrays of its own. With an `x` that is not finite the
 * comparison says nothing consistent, and the order would depend on the algorithm: the engine's
 * sort then, as before.
 */
function sortByLeft(items: TextItem[]): TextItem[] {
  for (let i = 0; i < items.length; i++)
    if (!Number.isFinite((items[i] as TextItem).x)) return items.sort(byLeft);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as TextItem;
    let j = i - 1;
    while (j >= 0 && (items[j] as TextItem).x > item.x) {
      items[j + 1] = items[j] as TextItem;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/**
 * {@link groupLineShapes} of the shapes' items (each shape's items left to right, as measured),
 * made without grouping again where the answer is known from the shapes: each shape set on one
 * baseline in one size, and no two close enough in height for an item of one to join the other's
 * line, except shapes on the very same baseline in the same size (the pieces of one line that its
 * wide spaces cut, read together again in a band across the page). Then each shape is the line
 * its items make, the shapes of one baseline make one line (measured from their items together),
 * and the lines are those, top first. A column's lines, cut from its page's lines, are almost
 * always so.
 */
export function regroupShapes(shapes: readonly LineShape[]): LineShape[] {
  const sorted = shapesTopDown(shapes.slice());
  let tallest = 0;
  for (let s = 0; s < sorted.length; s++) {
    const items = (sorted[s] as LineShape).items;
    const first = items[0];
    if (first === undefined) return groupLineShapes(flattenItems(shapes));
    for (let k = 1; k < items.length; k++) {
      const item = items[k] as TextItem;
      if (item.y !== first.y || item.height !== first.height)
        return groupLineShapes(flattenItems(shapes));
    }
    tallest = Math.max(tallest, first.height);
  }
  /** Does a shape share its baseline and size with the one before it (one line again)? */
  let joined = false;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]?.items[0] as TextItem;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]?.items[0] as TextItem;
      // Lower lines overlap `a` only while their baseline is within the tallest size below it.
      if (b.y <= a.y - tallest) break;
      if (overlapRatio(a, b) < SAME_LINE_OVERLAP) continue;
      if (b.y !== a.y || b.height !== a.height) return groupLineShapes(flattenItems(shapes));
      joined = true;
    }
  }
  return joined ? joinSameBaselines(shapes, sorted) : sorted;
}

/**
 * {@link regroupShapes} of shapes each set on one baseline in one size (`sorted`: them top
 * first), where shapes on the same baseline in the same size (next to each other in `sorted`, in
 * the order given) make one line and no other two shapes overlap enough to: the lines
 * {@link groupLineShapes} makes of their items. Those of a baseline come together in its sort
 * (top first, then left to right, in the order given where the position is the same), each joins
 * the line the first opened, and the line is measured from them in that order. An item drawn
 * again on the one before it, or a position that is not finite, is left to the grouping.
 */
function joinSameBaselines(shapes: readonly LineShape[], sorted: LineShape[]): LineShape[] {
  for (let s = 0; s < sorted.length; s++) {
    const items = (sorted[s] as LineShape).items;
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as TextItem;
      if (!Number.isFinite(item.x) || !Number.isFinite(item.y))
        return groupLineShapes(flattenItems(shapes));
    }
  }
  const lines: LineShape[] = [];
  for (let s = 0; s < sorted.length;) {
    const shape = sorted[s] as LineShape;
    const y = (shape.items[0] as TextItem).y;
    let end = s + 1;
    while (end < sorted.length && ((sorted[end] as LineShape).items[0] as TextItem).y === y) end++;
    if (end === s + 1) {
      lines.push(shape);
      s = end;
      continue;
    }
    const items: TextItem[] = [];
    for (let t = s; t < end; t++) {
      const own = (sorted[t] as LineShape).items;
      for (let k = 0; k < own.length; k++) items.push(own[k] as TextItem);
    }
    // Left to right, in the order given where two start at one place: as the page's sort puts them.
    sortByLeft(items);
    for (let k = 1; k < items.length; k++)
      if (overprints(items[k] as TextItem, items[k - 1]))
        return groupLineShapes(flattenItems(shapes));
    lines.push(measureOwnItems(items));
    s = end;
  }
  return shapesTopDown(lines);
}

const flattenItems = (shapes: readonly LineShape[]): TextItem[] => flatten(shapes, (s) => s.items);

/**
 * Groups items into lines, top of the page first. Blank runs are dropped: word spaces are
 * measured from the gaps between runs instead.
 */
export function groupLines(items: readonly TextItem[]): TextLine[] {
  return groupLineShapes(items).map(writeLine);
}

/** The size most of the characters are set in (by character count). */
function dominantSize(items: readonly TextItem[]): number {
  const first = items[0];
  if (first === undefined) return 0;
  // Most lines are set in one size: then it is that size, without counting.
  const only = Math.round(first.height * 10) / 10;
  let mixed = false;
  for (let i = 1; i < items.length; i++) {
    // The first's very height rounds as it does, without working it out again (each number
    // worked out is an object before the engine optimises this).
    const height = (items[i] as TextItem).height;
    if (height === first.height) continue;
    if (Math.round(height * 10) / 10 !== only) {
      mixed = true;
      break;
    }
  }
  return mixed ? countedSize(items) : only;
}

/** {@link dominantSize} of a line of several sizes. */
function countedSize(items: readonly TextItem[]): number {
  // A line has a handful of sizes: two short arrays, in the order the sizes first appear.
  const sizes: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    const size = Math.round(item.height * 10) / 10;
    const at = sizes.indexOf(size);
    if (at < 0) {
      sizes.push(size);
      counts.push(trimmedLength(item.str));
    } else counts[at] = (counts[at] ?? 0) + trimmedLength(item.str);
  }
  let best = items[0]?.height ?? 0;
  let most = -1;
  sizes.forEach((size, i) => {
    const count = counts[i] ?? 0;
    if (count > most || (count === most && size > best)) {
      best = size;
      most = count;
    }
  });
  return best;
}

/**
 * Words of running text: two letters or more, lower-case but for the first (`will`, `asso-`,
 * `While`), not code.
 */
const PROSE_WORD = /(?:^|\s)\p{L}\p{Ll}+[,.;:-]?(?=\s|$)/gu;
/**
 * Prose words in the line's other font that make it running text with code inside it: two
 * (`fetch-and-add (FAA). While compare-and-swap (CAS) based`, names of operations in a
 * monospace font, is a line of prose).
 */
const MIN_PROSE_WORDS = 2;
/** ... when they are this share of the line's characters or more. */
const MIN_PROSE_SHARE = 0.3;

/**
 * Chinese, Japanese and Korean characters, their punctuation and full-width forms: set in a
 * fixed-pitch font by design (every ideograph is one em wide), so pdf.js calls their fonts
 * `monospace`; in such a font they are prose, not code.
 */
const CJK =
  /[\u2E80-\u2FDF\u3000-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/gu;

const FROM_CJK_START = /[\u2E80-\uFFFF]/u;

/**
 * A web or e-mail address alone in a run (`https://github.com/allenai/s2orc/`,
 * `{kylel, lucyw}@allenai.org`): LaTeX's `\url` and many bylines set them in a typewriter font,
 * in notes, references and prose, not as code.
 */
const WEB_ADDRESS =
  /^\s*(?:(?:https?|ftp):\/\/\S+|www\.\S+|doi:\s?\S+|\{?[\w.+-]+(?:,\s?[\w.+-]+)*\}?@[\w-]+(?:\.[\w-]+)+)[.,;]?\s*$/iu;

/**
 * The rest of an address wrapped onto a line of its own (`longeval-summarization`,
 * `as-build-tool.md` under `https://github.com/…/0023-use-maven-`): one word of an address's
 * characters with a `-`, `.` or `/` in it, opening with a letter or digit (`./configure`,
 * `--verbose` are commands), no code's brackets, operators (`=`) or spaces.
 */
const ADDRESS_RUN_ON = /^\s*(?=[\w.~/%-]*[-./])[\p{L}\p{N}][\w.~/%-]{4,}[\p{L}\p{N}/][.,;]?\s*$/u;

/** The characters of a monospace item that are code-like: all but CJK ones (see {@link CJK}). */
function monospaceLength(str: string): number {
  // Most code is ASCII: only text holding a character from U+2E80 on is counted.
  if (!FROM_CJK_START.test(str)) return str.length;
  return str.length - (str.match(CJK)?.length ?? 0);
}

/**
 * Are most of the characters of these items set in a monospace font, and the rest not running
 * text? `list(list(low = 400, high = 600, to = 1, from = 2)) will constrain the spectra asso-` is a
 * line of prose that opens with code (JSS), not a line of a listing. CJK characters in a
 * fixed-pitch font count as prose (`深度学习的概念于 2006 年…`).
 */
function isMonospace(items: readonly TextItem[]): boolean {
  let mono = 0;
  let all = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    all += item.str.length;
    if (item.monospace && !WEB_ADDRESS.test(item.str)) mono += monospaceLength(item.str);
  }
  if (mono === 0 || mono * 2 <= all) return false;
  // An address set in runs of two fonts (`{` `kylel, lucyw` `}` `@allenai.org`).
  let whole = '';
  for (const item of items) whole += item.str;
  if (WEB_ADDRESS.test(whole) || ADDRESS_RUN_ON.test(whole)) return false;
  if (all - mono < MIN_PROSE_SHARE * all) return true;
  // The other font's text, written only for a line mostly in a monospace font (almost no line of
  // prose has any: every line of a paper is asked).
  let other = '';
  for (const item of items) if (!item.monospace) other += ` ${item.str}`;
  return (other.match(PROSE_WORD)?.length ?? 0) < MIN_PROSE_WORDS;
}

/** Measures a line from items already known to share a baseline, without writing its text. */
export function measureShape(lineItems: readonly TextItem[]): LineShape {
  return measureOwnItems(lineItems.slice());
}

/**
 * {@link measureShape} of an array the caller hands over (sorted in place and kept as the shape's
 * items, not copied): the layout measures tens of thousands of lines and fragments.
 */
export function measureOwnItems(items: TextItem[]): LineShape {
  if (items.length < 2) return measureSorted(items);
  // Left to right, and glyphs drawn again on top of themselves (a fake bold) read once.
  return measureSorted(withoutOverprintedGlyphs(itemsLeftToRight(items)));
}

/** {@link measureOwnItems} of items already left to right. */
function measureSorted(items: TextItem[]): LineShape {
  const only = items.length === 1 ? items[0] : undefined;
  if (only !== undefined) {
    // One run (a column's line, often): its own edges, size and baseline, as the loop would find.
    const size = Math.round(only.height * 10) / 10;
    const right = only.x + only.width;
    return { items, left: only.x, right, baseline: only.y, size, written: undefined };
  }
  const size = dominantSize(items);
  const tolerance = 0.05 * size;
  let left = Infinity;
  let right = -Infinity;
  // The body text's baselines: most lines have one, kept without an array.
  let bodyCount = 0;
  let bodyY = 0;
  let oneY = true;
  // Whether the last height asked is the body's: most runs of a line are as tall as the one before
  // them, and are told so without working the difference out again (each number worked out is
  // an object before the engine optimises this). Likewise a run starting right of the left edge
  // so far leaves it where it is (the runs come left to right).
  let lastHeight = NaN;
  let lastInBody = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    const height = item.height;
    if (height !== lastHeight) {
      lastHeight = height;
      lastInBody = Math.abs(height - size) <= tolerance;
    }
    if (lastInBody) {
      if (bodyCount === 0) bodyY = item.y;
      else if (item.y !== bodyY) oneY = false;
      bodyCount++;
    }
    const x = item.x;
    if (!(x > left)) left = Math.min(left, x);
    right = Math.max(right, x + item.width);
  }
  const baseline =
    bodyCount === 0 ? (items[0]?.y ?? 0) : oneY ? bodyY : medianBodyY(items, size, tolerance);
  // `written` set (to undefined) here too: every shape has one hidden class.
  return { items, left, right, baseline, size, written: undefined };
}

const byLeft = (a: TextItem, b: TextItem): number => a.x - b.x;

/** The median baseline of the items set in `size` (to `tolerance`), when they differ. */
function medianBodyY(items: readonly TextItem[], size: number, tolerance: number): number {
  let count = 0;
  for (let i = 0; i < items.length; i++)
    if (Math.abs((items[i] as TextItem).height - size) <= tolerance) count++;
  const body = new Float64Array(count);
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (Math.abs(item.height - size) <= tolerance) body[n++] = item.y;
  }
  return valueOfRank(body, Math.floor(count / 2)) ?? 0;
}

/**
 * The text of a measured line (`joinLineItems` of its items), written once per shape: the shape's
 * items are sorted when it is measured and never change after.
 */
export function shapeText(shape: LineShape): string {
  return (shape.written ??= joinLineItems(shape.items, shape.size, shape.baseline));
}

/** A measured line with its text written (scripts, accents, word spaces). */
export function writeLine(shape: LineShape): TextLine {
  const { items, left, right, baseline, size } = shape;
  const first = items[0];
  const line: TextLine = {
    items,
    left,
    right,
    baseline,
    size,
    text: shapeText(shape),
    opensWithMark:
      first !== undefined &&
      items.length > 1 &&
      scriptRole(first, size, baseline) === 'superscript',
    // Always set, false on prose: a line given the field afterwards would have a second hidden
    // class, and the code optimised for one paper's lines be thrown away at the first listing.
    monospace: isMonospace(items),
  };
  return line;
}

/** Builds a line from items already known to share a baseline. */
export const measureLine = (lineItems: readonly TextItem[]): TextLine =>
  writeLine(measureShape(lineItems));
