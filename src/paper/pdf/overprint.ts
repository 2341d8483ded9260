/**
 * Glyphs drawn again on top of themselves, a hair to the side: a "fake bold". Chinese journals
 * (CNKI's typesetting) set every title and heading so, each ideograph drawn three times a quarter
 * of a point apart; pdf.js gives the copies as runs that straddle two glyphs (`智`, `智`, `智能`,
 * `能`, `能制`, …), so no run equals another and the line would read `智智能能能制制制`.
 * Whole runs drawn twice are dropped as lines are grouped (`lines.ts`); this works glyph by glyph
 * within a line, and only on a line whose runs overlap as no typeset text does.
 * Pure: plain numbers in, plain numbers out.
 */
import { textColumns } from '../text-width';
import { itemOf, type TextItem } from './text-item';

/** A run starting this far (in font sizes) inside the run before it overlaps as printed text does not. */
const OVERLAP_EM = 0.5;
/** Two copies of one glyph this close (in font sizes, across and up) are one glyph drawn twice. */
const SAME_PLACE_EM = 0.15;
const SAME_BASELINE_EM = 0.1;
/**
 * Share of the overlapping runs' characters that must be copies for the line to be read as
 * overprinted: a run whose width pdf.js got wrong overlaps its neighbour too, and a letter of it
 * may fall by chance beside the same letter of the next run; a fake bold is mostly copies.
 */
const MIN_COPY_SHARE = 0.25;

/**
 * The items of one line, left to right, with the glyphs drawn again on top of an earlier copy
 * removed (each run cut to the glyphs it keeps). The same array when nothing overlaps.
 * A glyph's place inside a run is estimated ({@link placer}): exact for ideographs, which are all
 * one em wide, rough for the glyphs of a proportional font.
 */
export function withoutOverprintedGlyphs(items: TextItem[]): TextItem[] {
  if (!overlaps(items)) return items;
  interface Glyph {
    ch: string;
    x: number;
    y: number;
    size: number;
    run: number;
    at: number;
  }
  const glyphs: Glyph[] = [];
  const runs: string[][] = [];
  const involved = new Set<number>();
  for (let r = 0; r < items.length; r++) {
    const item = items[r] as TextItem;
    const chars = Array.from(item.str);
    runs.push(chars);
    const place = placer(item, chars);
    for (let k = 0; k < chars.length; k++)
      glyphs.push({
        ch: chars[k] as string,
        x: place(k),
        y: item.y,
        size: item.height,
        run: r,
        at: k,
      });
    const prev = items[r - 1];
    if (prev && startsInside(item, prev)) {
      involved.add(r);
      involved.add(r - 1);
    }
  }
  glyphs.sort((a, b) => a.x - b.x || a.run - b.run);
  const dropped = runs.map((chars) => new Array<boolean>(chars.length).fill(false));
  const kept: Glyph[] = [];
  let copies = 0;
  for (const glyph of glyphs) {
    const reach = SAME_PLACE_EM * glyph.size;
    let copy = false;
    for (let m = kept.length - 1; m >= 0; m--) {
      const earlier = kept[m] as Glyph;
      if (glyph.x - earlier.x > reach) break;
      if (
        earlier.ch === glyph.ch &&
        earlier.run !== glyph.run &&
        Math.abs(earlier.y - glyph.y) < SAME_BASELINE_EM * glyph.size
      ) {
        copy = true;
        break;
      }
    }
    if (!copy) {
      kept.push(glyph);
      continue;
    }
    (dropped[glyph.run] as boolean[])[glyph.at] = true;
    if (glyph.ch.trim() !== '') copies++; // a copied space goes too, uncounted
  }
  let overlapping = 0;
  for (const r of involved) overlapping += trimmedCount(runs[r] as string[]);
  if (copies === 0 || copies < MIN_COPY_SHARE * overlapping) return items;
  const out: TextItem[] = [];
  items.forEach((item, r) => {
    const chars = runs[r] as string[];
    const gone = dropped[r] as boolean[];
    if (!involved.has(r)) {
      out.push(item);
      return;
    }
    const place = placer(item, chars);
    // Each stretch of glyphs the run keeps becomes a run of its own, where those glyphs stood, in
    // a font of its own: the bold the overprint made (a heading's, a run-in head's) is told apart
    // from the body's type as a bold font would be (`typeset-headings.ts`, `run-in-heads.ts`).
    for (let k = 0; k < chars.length;) {
      if (gone[k]) {
        k++;
        continue;
      }
      let end = k;
      while (end < chars.length && !gone[end]) end++;
      const piece = itemOf(item, chars.slice(k, end).join(''));
      piece.x = place(k);
      piece.width = place(end) - piece.x;
      piece.fontName = overprintedFont(item.fontName);
      out.push(piece);
      k = end;
    }
  });
  return out.sort((a, b) => a.x - b.x);
}

/**
 * Where the glyph at index `k` of a run starts (`place(chars.length)` is the run's right end). An
 * ideograph is one em wide; the spaces pdf.js puts into a run take no width of their own but the
 * room left over (` D` is as wide as `D`; `图 像` of a heading set wider than its glyphs is two
 * ems and the gap between them); other glyphs share the width the ideographs leave, evenly.
 */
function placer(item: TextItem, chars: readonly string[]): (k: number) => number {
  const em = item.height;
  let wide = 0;
  let spaces = 0;
  for (const ch of chars)
    if (ch.trim() === '') spaces++;
    else if (textColumns(ch) === 2) wide++;
  const others = chars.length - wide - spaces;
  const left = item.width - wide * em;
  // Narrower than its ideographs say (a condensed font): every glyph gets an even share.
  const even = left < 0 || (others === 0 && spaces === 0);
  const glyphs = chars.length - spaces;
  const widths = chars.map((ch) => {
    if (ch.trim() === '') return even || others > 0 ? 0 : left / spaces;
    if (even) return glyphs > 0 ? item.width / glyphs : 0;
    return textColumns(ch) === 2 ? em : left / others;
  });
  // Typed: a run's left edge is a whole number or not, and an array made from it took one kind of
  // array or another, which code compiled for the first was thrown away on.
  const starts = new Float64Array(widths.length + 1);
  starts[0] = item.x;
  for (let k = 0; k < widths.length; k++)
    starts[k + 1] = (starts[k] as number) + (widths[k] as number);
  return (k) => starts[k] as number;
}

/** The font id given to glyphs drawn over themselves: the font's own id, marked as bolder. */
export const overprintedFont = (fontName: string | undefined): string =>
  `${fontName ?? ''}#overprinted`;

/** Does `item` start well inside `prev` (left to right), on the same baseline and in its size? */
function startsInside(item: TextItem, prev: TextItem): boolean {
  return (
    item.x < prev.x + prev.width - OVERLAP_EM * item.height &&
    Math.abs(item.y - prev.y) < SAME_BASELINE_EM * item.height &&
    Math.abs(item.height - prev.height) < SAME_BASELINE_EM * item.height
  );
}

/** Does any run of the line (left to right) start well inside the run before it? */
function overlaps(items: readonly TextItem[]): boolean {
  for (let r = 1; r < items.length; r++)
    if (startsInside(items[r] as TextItem, items[r - 1] as TextItem)) return true;
  return false;
}

const trimmedCount = (chars: readonly string[]): number =>
  chars.reduce((n, ch) => (ch.trim() === '' ? n : n + 1), 0);
