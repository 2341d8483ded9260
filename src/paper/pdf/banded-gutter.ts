/**
 * The gutter of a two-column page under (or over) a table set across the page: the table's rows
 * cross the gutter, so the strip the fewest fragments cross can be a blank between two of the
 * table's columns, which the left column's lines cross in turn (The Lancet sets its tables so).
 * Read around that strip, the page's two columns would be read line across line. The strip whose
 * sides hold a band of two columns of running text, uncrossed, is the gutter.
 */
import type { Gutter } from './columns';
import type { LineShape } from './lines';

/** At most this many of the clearest strips are tried. */
const MAX_TRIED = 6;
/** Lines of running text on each side, one under the other, uncrossed, that make a band. */
const MIN_BAND_LINES = 4;
/** A line of running text is at least this share of the text's width. */
const MIN_LINE_SHARE = 0.3;
/** Runs of a line this close (in font sizes) are one phrase (a loosely justified line's words). */
const PHRASE_GAP_EM = 1.5;
/** Fragments this close in baseline (in font sizes) are on one line. */
const SAME_LINE_EM = 0.1;
/** Running text is mostly letters; a table's rows of figures are not. */
const LETTER_SHARE = 0.6;

function lettersShare(text: string): number {
  const chars = text.replace(/\s+/g, '');
  return chars.length === 0 ? 0 : chars.replace(/\P{L}+/gu, '').length / chars.length;
}

/**
 * Is there a band of the page, crossed by no fragment at `center`, with {@link MIN_BAND_LINES}
 * lines of running text on each side of it, one under the other: each a phrase (runs no further
 * apart than {@link PHRASE_GAP_EM}) at least {@link MIN_LINE_SHARE} of the text's `width` long,
 * mostly letters? A table's rows, set tight, may be as long, but are figures.
 */
export function hasProseBand(
  fragments: readonly LineShape[],
  center: number,
  width: number,
): boolean {
  const sorted = fragments.slice().sort((a, b) => b.baseline - a.baseline || a.left - b.left);
  let left = 0;
  let right = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as LineShape;
    let reach = first.right;
    let crosses = first.left < center && first.right > center;
    let text = first.items.map((item) => item.str).join('');
    let end = i + 1;
    for (; end < sorted.length; end++) {
      const f = sorted[end] as LineShape;
      if (Math.abs(f.baseline - first.baseline) > SAME_LINE_EM * Math.min(f.size, first.size))
        break;
      if (f.left - reach > PHRASE_GAP_EM * f.size || reach <= center !== f.right <= center) break;
      reach = Math.max(reach, f.right);
      crosses ||= f.left < center && f.right > center;
      text += f.items.map((item) => item.str).join('');
    }
    i = end;
    if (crosses) {
      left = 0;
      right = 0;
      continue;
    }
    if (reach - first.left < MIN_LINE_SHARE * width || lettersShare(text) < LETTER_SHARE) continue;
    if (reach <= center) left++;
    else right++;
    if (left >= MIN_BAND_LINES && right >= MIN_BAND_LINES) return true;
  }
  return false;
}

/**
 * The clearest run of strips (`strips[i]` to `strips[i + 1]`, crossed by `counts[i]` fragments)
 * other than `best` (if any) that is at least `minWidth` wide and has a band of two columns of running text
 * on its sides (`hasBand` at its middle), trying the clearest first; null when there is none. A
 * run is the strips next to each other crossed by no more than `tolerance` fragments more than its
 * clearest one.
 */
export function gutterOfColumnBand(
  strips: Float64Array,
  counts: Int32Array,
  best: Gutter | null,
  tolerance: number,
  minWidth: number,
  hasBand: (center: number) => boolean,
): Gutter | null {
  const order = Array.from(counts.keys()).sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0));
  const taken = new Uint8Array(counts.length);
  let tried = 0;
  for (const i of order) {
    if (taken[i] === 1) continue;
    const limit = (counts[i] ?? 0) + tolerance;
    let from = i;
    let to = i;
    while (from > 0 && taken[from - 1] === 0 && (counts[from - 1] ?? 0) <= limit) from--;
    while (to < counts.length - 1 && taken[to + 1] === 0 && (counts[to + 1] ?? 0) <= limit) to++;
    taken.fill(1, from, to + 1);
    const left = strips[from] as number;
    const right = strips[to + 1] as number;
    if (right - left < minWidth) continue;
    const center = (left + right) / 2;
    if (best !== null && center > best.left && center < best.right) continue;
    if (++tried > MAX_TRIED) return null;
    if (hasBand(center)) return { left, right, center };
  }
  return null;
}
