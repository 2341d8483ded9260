/**
 * Notes set apart from the running text: footnotes at the foot of a column and notes in the page
 * margin. Read in place they would cut a paragraph in two, so the layout takes them out and puts
 * them back after the paragraph that is open at the end of their page.
 */
import { matchBibliographyHeading } from '../headings';
import { raisedNumber } from '../isotopes';
import { SUPERSCRIPT_DIGITS } from '../script-forms';
import { pageFragments, type Fragment } from './columns';
import { strayRulerNumbers } from './ruler-strays';
import { groupLines } from './lines';
import type { TextItem, TextLine } from './text-item';

/** Footnote text is set smaller than body text: below this share of the body size. */
const FOOTNOTE_SIZE_RATIO = 0.9;
/** Blank above a footnote block, in body line pitches (beyond the usual leading). */
const FOOTNOTE_GAP_PITCHES = 1.3;
/** A text edge shared by at least this share of a document's fragments is a margin of its text. */
const MARGIN_EDGE_SHARE = 0.1;
/** An edge needs at least this many fragments on it, however short the document. */
const MIN_EDGE_FRAGMENTS = 3;
/** A line number in the margin: a bare number. */
const LINE_NUMBER = /^\d{1,4}$/;
/** A note line that is line numbers only (both margins' numbers on one baseline: `005 045`). */
const NUMBERS_ONLY = /^\s*\d{1,4}(?:\s+\d{1,4})*\s*$/;
/** A ruler of line numbers holds at least this many numbers on a page. */
const MIN_RULER_NUMBERS = 12;
/** Line numbers read as margin notes: at least this many bare numbers outside the text's margin. */
const MIN_MARGIN_NUMBERS = 8;
/** A ruler's numbers are set this close (points) in their right edges. */
const RULER_EDGE_SLACK = 1.5;
/**
 * This share of a ruler's numbers go up by one step from the number above (1, or 5 for every fifth
 * line), and stand one pitch below it.
 */
const RULER_SHARE = 0.8;
/** At most this many fragments of a page's text stand as far out as its ruler (a wide figure's). */
const MAX_BEYOND_RULER = 2;
/** A ruler's numbers stand one pitch apart, give or take this share of it. */
const RULER_PITCH_SLACK = 0.15;
/**
 * A list's label stands at most this far (in its entry's font sizes) before its entry's text, and is
 * set at least this share of the entry's size (a ruler's numbers stand in the margin, a gap of
 * several of their sizes from the text, or are set smaller: ACL's 8 pt beside 10.9, lineno's tiny).
 */
const LABEL_GAP_EM = 1.5;
const LABEL_SIZE_SHARE = 0.85;
/** At most this share of a document's fragments stand outside its margins (the notes). */
const MAX_OUTSIDE_SHARE = 0.15;
/** A margin note stands at least this far (in font sizes) outside the text's margin. */
const MARGIN_NOTE_EM = 0.5;
/** A reference-list entry is never a footnote, whatever its size. */
const ENTRY_MARKER = /^\[\d{1,4}\]/;

/** Where a document's text starts and ends across the page (its left and right margins). */
export interface TextMargins {
  left: number;
  right: number | null;
}

/** How many fragments `test` holds for (`filter(test).length` without the array). */
function countWhere(fragments: readonly Fragment[], test: (f: Fragment) => boolean): number {
  let n = 0;
  for (let i = 0; i < fragments.length; i++) if (test(fragments[i] as Fragment)) n++;
  return n;
}

/** The items' strings joined (`items.map((i) => i.str).join('')` without the array). */
function itemsText(items: readonly TextItem[]): string {
  let text = '';
  for (let i = 0; i < items.length; i++) text += (items[i] as TextItem).str;
  return text;
}

/** Does the fragment read as a bare line number (`LINE_NUMBER`)? */
function isLineNumber(fragment: Fragment): boolean {
  // Almost every fragment opens with a printable character that is no digit: no number, no string.
  const code = fragment.items[0]?.str.charCodeAt(0) ?? 0;
  if (code > 32 && code < 127 && (code < 48 || code > 57)) return false;
  // Nor is a fragment with a printable ASCII character that is no digit, or more than four
  // digits, anywhere in it (a table's figures, a numbered heading): told without its text.
  const { items } = fragment;
  let digits = 0;
  for (let i = 0; i < items.length; i++) {
    const str = (items[i] as TextItem).str;
    for (let k = 0; k < str.length; k++) {
      const unit = str.charCodeAt(k);
      if (unit >= 48 && unit <= 57) {
        if (++digits > 4) return false;
      } else if (unit > 32 && unit < 127) return false;
    }
  }
  return LINE_NUMBER.test(itemsText(items).trim());
}

/**
 * Widest span of rounded values counted in an array of counts, beyond the values' own number: page
 * coordinates span a few hundred points, and a stray one far off is counted by the sort instead.
 */
const MAX_COUNTED_SPAN = 4096;

/**
 * The rounded values that `needed` or more of `values` round to (`Math.round`), ascending: counted
 * in an array indexed by value (page coordinates are a few hundred whole points), or over the
 * sorted values when they are spread wider (or hold -0, NaN or an infinity, which the sort places).
 */
function commonValues(values: Float64Array, needed: number): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  let odd = false;
  for (let i = 0; i < values.length; i++) {
    const v = Math.round(values[i] ?? 0);
    values[i] = v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!(v - v === 0) || (v === 0 && 1 / v < 0)) odd = true;
  }
  if (odd || !(max - min <= MAX_COUNTED_SPAN + values.length))
    return sortedCommonValues(values, needed);
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) {
    const at = (values[i] as number) - min;
    counts[at] = (counts[at] as number) + 1;
  }
  const out: number[] = [];
  for (let k = 0; k < counts.length; k++) if ((counts[k] as number) >= needed) out.push(min + k);
  return out;
}

/** {@link commonValues} of rounded values, counted over them sorted. */
function sortedCommonValues(values: Float64Array, needed: number): number[] {
  values.sort();
  const out: number[] = [];
  for (let i = 0; i < values.length;) {
    const v = values[i] ?? 0;
    let j = i + 1;
    while (j < values.length && values[j] === v) j++;
    if (j - i >= needed) out.push(v);
    i = j;
  }
  return out;
}

/**
 * The text's margins: the outermost left and right edges shared by many fragments, with hardly
 * anything beyond them (a column edge with a whole column beyond it is no margin).
 */
export function findTextMargins(fragments: readonly Fragment[]): TextMargins | null {
  const needed = Math.max(MIN_EDGE_FRAGMENTS, MARGIN_EDGE_SHARE * fragments.length);
  const few = (n: number) => n <= MAX_OUTSIDE_SHARE * fragments.length;
  // Line numbers run down the margin of some manuscripts: they are no edge of the text.
  const text = fragments.filter((f) => !isLineNumber(f));
  const leftEdges = new Float64Array(text.length);
  const rightEdges = new Float64Array(text.length);
  for (let i = 0; i < text.length; i++) {
    leftEdges[i] = text[i]?.left ?? 0;
    rightEdges[i] = text[i]?.right ?? 0;
  }
  // The margins are the leftmost common left edge and the rightmost common right edge with few
  // fragments beyond them. The fragments beyond a left edge only grow in number as it moves right
  // (those beyond a right edge only shrink as it moves right), so if any left edge has few beyond
  // it, the first one has: each side's outermost edge is the one counted, not every edge (a
  // pass over the paper's fragments each).
  const left = commonValues(leftEdges, needed)[0];
  if (left === undefined || !few(countWhere(text, (f) => f.right < left - MARGIN_NOTE_EM * f.size)))
    return null;
  const right = commonValues(rightEdges, needed).at(-1);
  return {
    left,
    right:
      right !== undefined && few(countWhere(text, (f) => f.left > right + MARGIN_NOTE_EM * f.size))
        ? right
        : null,
  };
}

/**
 * Takes margin notes off a page: fragments standing wholly outside the text's margins. Line
 * numbers in the margin (bare numbers) are dropped altogether. `fragments` are the items'
 * `pageFragments`, when the caller has them already.
 */
export function splitMarginNotes(
  items: readonly TextItem[],
  margins: TextMargins | null,
  fragments: readonly Fragment[] = pageFragments(items),
): { body: readonly TextItem[]; notes: TextLine[][] } {
  // Without notes the body is the page's items, handed back as they are (not copied).
  const noteItems = marginNoteItems(fragments, margins);
  if (noteItems.size === 0) return { body: items, notes: [] };
  return splitNoteItems(items, noteItems);
}

/** The items of a page's margin notes ({@link splitMarginNotes}), found from its fragments. */
export function marginNoteItems(
  fragments: readonly Fragment[],
  margins: TextMargins | null,
): ReadonlySet<TextItem> {
  const ruler = rulerNumberItems(fragments);
  if (margins === null) return new Set(ruler);
  const outside = (f: Fragment) =>
    f.right < margins.left - MARGIN_NOTE_EM * f.size ||
    (margins.right !== null && f.left > margins.right + MARGIN_NOTE_EM * f.size);
  const notes = fragments.filter(outside);
  const items = new Set(notes.flatMap((f) => f.items));
  for (let i = 0; i < ruler.length; i++) items.add(ruler[i] as TextItem);
  // Line numbers in the margin, read as notes, number a title set large too (`ruler-strays.ts`).
  const numbers = notes.filter(isLineNumber);
  if (numbers.length >= MIN_MARGIN_NUMBERS)
    for (const stray of strayRulerNumbers(numbers, fragments)) items.add(stray);
  return items;
}

/**
 * The items of the line numbers a review copy prints down a page beside its columns (ACL's and
 * CVPR's rulers, `lineno`): a dozen or more bare numbers set one under another at one right edge,
 * each mostly one step (1, or 5 for every fifth line) up from the one over it and one pitch below
 * it (a list's labels stand an entry apart, of one line or several), at the far left or right of
 * all the page's other text (a table's numbered rows have text on both sides), and not each just
 * before a line's text in that text's type (a list's labels: {@link labelsEntries}). Found on their
 * own, not as margin notes: beside a justified right column the text's right margin may not be
 * found (its lines end a point or two apart), and the numbers would be read as the ends of its
 * lines (`… (Wang et al., 048 2018; …`). A page with fewer bare numbers pays one look at each
 * fragment.
 */
export function rulerNumberItems(fragments: readonly Fragment[]): TextItem[] {
  let numbers: Fragment[] | null = null;
  for (let i = 0; i < fragments.length; i++) {
    const fragment = fragments[i] as Fragment;
    if (isLineNumber(fragment)) (numbers ??= []).push(fragment);
  }
  if (numbers === null || numbers.length < MIN_RULER_NUMBERS) return [];
  // Stacks of numbers at one right edge, each top down (the fragments come top down).
  const byEdge = [...numbers].sort((a, b) => a.right - b.right);
  const out: TextItem[] = [];
  for (let i = 0; i < byEdge.length;) {
    let j = i + 1;
    while (
      j < byEdge.length &&
      (byEdge[j] as Fragment).right - (byEdge[j - 1] as Fragment).right <= RULER_EDGE_SLACK
    )
      j++;
    if (j - i >= MIN_RULER_NUMBERS) {
      const stack = byEdge.slice(i, j).sort((a, b) => b.baseline - a.baseline);
      if (isRuler(stack) && standsOutside(stack, fragments) && !labelsEntries(stack, fragments)) {
        for (const f of stack) out.push(...f.items);
        // A title's number, read into its line (`1 Fundamental limits …`).
        out.push(...strayRulerNumbers(stack, fragments));
      }
    }
    i = j;
  }
  return out;
}

/**
 * Does a stack stand outside the page's text, at its left or its right (a margin's ruler), with
 * hardly any other fragment as far out (a table's or a legend's numbered rows have text beside
 * them on the far side)?
 */
function standsOutside(stack: readonly Fragment[], fragments: readonly Fragment[]): boolean {
  let left = Infinity;
  let right = -Infinity;
  for (let k = 0; k < stack.length; k++) {
    const f = stack[k] as Fragment;
    if (f.left < left) left = f.left;
    if (f.right > right) right = f.right;
  }
  let before = 0;
  let after = 0;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (isLineNumber(f)) continue;
    if (f.left < right) before++;
    if (f.right > left) after++;
    if (before > MAX_BEYOND_RULER && after > MAX_BEYOND_RULER) return false;
  }
  return true;
}

/**
 * Do most of a stack's numbers (top down) label the text right after them on their baselines, as a
 * list's labels do (Lancet's and BMJ's reference lists, `1 Smith J. …`, set right-aligned before a
 * hanging indent): the entry's text a small gap on, in the label's own type? A review copy's ruler
 * stands in the margin, well apart from the column's text, or in smaller type beside it. One
 * binary search per fragment right of the stack.
 */
function labelsEntries(stack: readonly Fragment[], fragments: readonly Fragment[]): boolean {
  let left = Infinity;
  for (let k = 0; k < stack.length; k++) left = Math.min(left, (stack[k] as Fragment).left);
  const labelled = new Uint8Array(stack.length);
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i] as Fragment;
    if (f.left <= left || isLineNumber(f)) continue;
    // The stack's number nearest the fragment's baseline (the stack's baselines fall).
    let lo = 0;
    let hi = stack.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((stack[mid] as Fragment).baseline > f.baseline) lo = mid + 1;
      else hi = mid;
    }
    for (const k of [lo - 1, lo]) {
      const number = stack[k];
      if (
        number !== undefined &&
        Math.abs(number.baseline - f.baseline) <= 0.3 * f.size &&
        f.left >= number.right - 0.1 * f.size &&
        f.left - number.right <= LABEL_GAP_EM * f.size &&
        number.size >= LABEL_SIZE_SHARE * f.size
      )
        labelled[k] = 1;
    }
  }
  let count = 0;
  for (let k = 0; k < labelled.length; k++) count += labelled[k] as number;
  return count * 2 >= stack.length;
}

/** Does a stack of bare numbers (top down) count lines: mostly one step up, one pitch apart? */
function isRuler(stack: readonly Fragment[]): boolean {
  const n = stack.length - 1;
  const steps = new Map<number, number>();
  const gaps = new Float64Array(n);
  let previous = Number(itemsText((stack[0] as Fragment).items).trim());
  for (let k = 1; k < stack.length; k++) {
    const value = Number(itemsText((stack[k] as Fragment).items).trim());
    const step = value - previous;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
    previous = value;
    gaps[k - 1] = (stack[k - 1] as Fragment).baseline - (stack[k] as Fragment).baseline;
  }
  let most = 0;
  for (const count of steps.values()) if (count > most) most = count;
  if (most < RULER_SHARE * n) return false;
  // A list's labels (a reference list's `1`, `2`) stand an entry apart, one line or several.
  const pitch = [...gaps].sort((a, b) => a - b)[n >> 1] ?? 0;
  let even = 0;
  for (let k = 0; k < n; k++)
    if (Math.abs((gaps[k] as number) - pitch) <= RULER_PITCH_SLACK * pitch) even++;
  return pitch > 0 && even >= RULER_SHARE * n;
}

/** {@link splitMarginNotes} of a page whose margin notes' items are known (some). */
export function splitNoteItems(
  items: readonly TextItem[],
  noteItems: ReadonlySet<TextItem>,
): { body: readonly TextItem[]; notes: TextLine[][] } {
  const noteLines = groupLines([...noteItems]).filter((line) => !NUMBERS_ONLY.test(line.text));
  return { body: items.filter((i) => !noteItems.has(i)), notes: splitByGaps(noteLines) };
}

/** Blocks of lines separated by more than a line and a half of blank. */
function splitByGaps(lines: readonly TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const last = blocks[blocks.length - 1];
    if (prev && last && prev.baseline - line.baseline <= 1.5 * 1.2 * line.size) last.push(line);
    else blocks.push([line]);
  });
  return blocks;
}

/**
 * Takes the footnotes off the foot of a column: a run of lines at the bottom set smaller than the
 * body text, standing apart from it, and opening with a raised mark (`∗`, `†`, `¹`), or with a
 * number and a stop in the notes' own type (`1. Dyck and Zingales [2003] …`, as the QJE and other
 * journals number their notes) that the text above cites as a superscript (`… voting.¹`). Each mark
 * or number starts a footnote of its own. Lines of a column that is all small text (a reference
 * list) stay.
 */
export function splitFootnotes(
  lines: readonly TextLine[],
  bodySize: number,
  pitch: number,
): { body: TextLine[]; notes: TextLine[][] } {
  let start = lines.length;
  while (start > 0 && (lines[start - 1]?.size ?? Infinity) < FOOTNOTE_SIZE_RATIO * bodySize)
    start--;
  const first = lines[start];
  const above = lines[start - 1];
  const trailing = lines.slice(start);
  const apart =
    above !== undefined &&
    first !== undefined &&
    above.baseline - first.baseline > FOOTNOTE_GAP_PITCHES * pitch;
  if (first === undefined || !apart || trailing.some((l) => ENTRY_MARKER.test(l.text)))
    return splitBodySizeNotes(lines, start, pitch);
  const marked = first.opensWithMark || GLUED_NOTE_SYMBOL.test(first.text);
  const opens = marked
    ? (line: TextLine) => line.opensWithMark || GLUED_NOTE_SYMBOL.test(line.text)
    : numberedNoteOpener(lines.slice(0, start), trailing);
  if (opens === null) return { body: [...lines], notes: [] };
  const numbered = !marked;
  const notes: TextLine[][] = [];
  for (const line of trailing) {
    const last = notes[notes.length - 1];
    if (opens(line) || !last) notes.push([numbered ? raiseNoteNumber(line) : line]);
    else last.push(line);
  }
  return { body: lines.slice(0, start), notes };
}

/** A raised symbol that opens a note set in the body's own size (a raised number may be a list's label). */
const SYMBOL_MARK = /^[*∗†‡§¶‖#]/u;
/**
 * A note's symbol glued to its first word (`∗Supported by …`, `†The author …`), as a line opens
 * whose mark pdf.js gives at the body's height, raised only by its position.
 */
const GLUED_NOTE_SYMBOL = /^[*∗†‡§¶‖]\p{Lu}/u;

/** Does the line open a note set in the body's size? */
const opensBodySizeNote = (line: TextLine): boolean =>
  (line.opensWithMark && SYMBOL_MARK.test(line.text)) || GLUED_NOTE_SYMBOL.test(line.text);
/** At most this many lines of notes in the body's size (a first page's funding and affiliation notes). */
const MAX_BODY_SIZE_NOTE_LINES = 10;
/** More blank than this above a line of such notes ends them, in body pitches. */
const BODY_NOTE_LINE_GAP_PITCHES = 1.6;

/**
 * Footnotes set in the body's own size (ACM's first pages: `∗Supported by …`, `†The author is …`),
 * over any small type at the column's foot (from `start`, the permission block): lines at the
 * bottom opening with a raised symbol, the first of them under the widest blank of the run, more
 * than a note's gap. Within the notes, only a line opening with a mark may stand apart. Each mark
 * starts a note; the small type under them is one more. Otherwise the lines are all body.
 */
function splitBodySizeNotes(
  lines: readonly TextLine[],
  start: number,
  pitch: number,
): { body: TextLine[]; notes: TextLine[][] } {
  let top = -1;
  let widest = FOOTNOTE_GAP_PITCHES * pitch;
  for (let k = start - 1; k > 0 && start - k <= MAX_BODY_SIZE_NOTE_LINES; k--) {
    const line = lines[k] as TextLine;
    const gap = (lines[k - 1] as TextLine).baseline - line.baseline;
    const marked = opensBodySizeNote(line);
    if (marked && gap > widest) [top, widest] = [k, gap];
    // A blank above an unmarked line ends the run (a paragraph of the body); a line under a mark
    // may be measured from the mark's raised baseline, so a little more than the gap is allowed.
    else if (!marked && gap > BODY_NOTE_LINE_GAP_PITCHES * pitch) break;
  }
  if (top === -1 || lines.slice(top).some((l) => ENTRY_MARKER.test(l.text)))
    return { body: [...lines], notes: [] };
  const notes: TextLine[][] = [];
  for (let k = top; k < start; k++) {
    const line = lines[k] as TextLine;
    const last = notes[notes.length - 1];
    if (opensBodySizeNote(line) || last === undefined) notes.push([line]);
    else last.push(line);
  }
  if (start < lines.length) notes.push(lines.slice(start));
  return { body: lines.slice(0, top), notes };
}

/** The superscript number a line opens with (`¹²J. Smith, …` → 12), or null. */
function leadingMarkNumber(line: TextLine | undefined): number | null {
  const match = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u.exec(line?.text ?? '');
  return match === null ? null : raisedNumber(match[0]);
}

/**
 * Puts back in place the notes of a column whose numbering goes on at the top of the next column
 * (`¹ …` … `⁴ …` at the foot of the left column, `⁵ …` opening the right one, set in the notes'
 * type): a list set in small type after the text, as AIP's journals print their references with
 * superscript labels and no heading, not footnotes. Read as footnotes they would be put out after
 * the paragraph open at the page's end, after the entries that follow them. `regions` are a
 * document's columns in reading order, each split by {@link splitFootnotes}; changed in place.
 */
export function keepListsInPlace(
  regions: readonly { body: TextLine[]; notes: TextLine[][] }[],
  bodySize: number,
): void {
  regions.forEach((region, r) => {
    const last = region.notes[region.notes.length - 1];
    const number = leadingMarkNumber(last?.[0]);
    if (number === null) return;
    const next = regions.slice(r + 1).find((n) => n.body.length > 0 || n.notes.length > 0);
    const top = next?.body[0] ?? next?.notes[0]?.[0];
    if (top === undefined || top.size >= FOOTNOTE_SIZE_RATIO * bodySize) return;
    if (leadingMarkNumber(top) !== number + 1) return;
    region.body = [...region.body, ...region.notes.flat()];
    region.notes = [];
  });
}

/**
 * A numbered note's first line with its number written raised, as the text above cites it (`1.
 * Dyck …` reads `¹ Dyck …`): the text holds no other sign that the paragraph is a footnote, and
 * a note opening `1.` would be read as a numbered list's item set among the paragraphs.
 */
function raiseNoteNumber(line: TextLine): TextLine {
  const match = NOTE_NUMBER.exec(line.text);
  if (match === null) return line;
  const rest = line.text.slice((match[1] ?? '').length + 1).trimStart();
  return { ...line, text: `${superscriptOf(Number(match[1]))} ${rest}` };
}

/** A note's number and stop at its start, in the notes' type: `1. Dyck …`, `12. We exclude …`. */
const NOTE_NUMBER = /^(\d{1,3})\.\s+\S/;

/** `12` as superscript digits (`¹²`), as the text above writes a note's mark. */
const superscriptOf = (n: number): string =>
  [...String(n)].map((d) => SUPERSCRIPT_DIGITS[d] ?? d).join('');

/**
 * Tells where each note of a block of numbered notes starts (`1. …`, `2. …`), or null when the
 * block is no such notes: the first line must open with a number whose superscript the text above
 * it holds, and the numbers must follow each other.
 */
function numberedNoteOpener(
  body: readonly TextLine[],
  trailing: readonly TextLine[],
): ((line: TextLine) => boolean) | null {
  const first = Number(NOTE_NUMBER.exec(trailing[0]?.text ?? '')?.[1] ?? NaN);
  if (!Number.isInteger(first)) return null;
  // `References` over a numbered list set small: entries, not notes.
  const heading = body[body.length - 1]?.text.trim() ?? '';
  if (matchBibliographyHeading(heading) !== null) return null;
  const mark = superscriptOf(first);
  if (!body.some((l) => l.text.includes(mark))) return null;
  const starts = new Set<TextLine>();
  let expected = first;
  for (const line of trailing) {
    if (Number(NOTE_NUMBER.exec(line.text)?.[1] ?? NaN) !== expected) continue;
    starts.add(line);
    expected++;
  }
  return (line) => starts.has(line);
}
