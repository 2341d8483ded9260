/**
 * The gutter of a two-column page under (or over) a table set across the page: the table's rows
 * cross the gutter, so the strip the fewest fragments cross can be a blank between two of the
 * table's columns, which the left column's lines cross in turn (The Lancet sets its tables so).
 * Read around that strip, the page's two columns would be read line across line. The strip whose
 * sides hold a band of two columns of running text, uncrossed, is the gutter.
 */
import type { Gutter } from './columns';
import type { LineShape } from './lines';
import type { TextItem } from './text-item';

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

/** A high surrogate (first of a pair) and a low one (second). */
const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;
const LOW_SURROGATE = /^[\uDC00-\uDFFF]/;

/**
 * The fragments in the order a band is read in, and each one's characters (white space aside) and
 * letters as {@link lettersShare} counts them (-1 until counted): put in order once and each
 * counted once, for every strip tried. A phrase's counts are its fragments' summed, unless a
 * fragment's text ends in half a surrogate pair (or starts in the other half), which joined to its
 * neighbour's could make a letter: then the phrase's text is counted whole (`loose`).
 */
interface ReadFragments {
  sorted: LineShape[];
  chars: Int32Array;
  letters: Int32Array;
  loose: Uint8Array;
}

/** The fragment's items' strings joined. */
function textOf(fragment: LineShape): string {
  let text = '';
  for (let k = 0; k < fragment.items.length; k++) text += (fragment.items[k] as TextItem).str;
  return text;
}

/**
 * Is there a band of the page, crossed by no fragment at `center`, with {@link MIN_BAND_LINES}
 * lines of running text on each side of it, one under the other: each a phrase (runs no further
 * apart than {@link PHRASE_GAP_EM}) at least {@link MIN_LINE_SHARE} of the text's `width` long,
 * mostly letters? A table's rows, set tight, may be as long, but are figures. Asked of the same
 * fragments at one strip after another: they are put in order and counted once.
 */
export function proseBandAt(
  fragments: readonly LineShape[],
  width: number,
): (center: number) => boolean {
  let read: ReadFragments | null = null;
  return (center) => {
    if (read === null) {
      const sorted = fragments.slice().sort((a, b) => b.baseline - a.baseline || a.left - b.left);
      const n = sorted.length;
      read = {
        sorted,
        chars: new Int32Array(n).fill(-1),
        letters: new Int32Array(n),
        loose: new Uint8Array(n),
      };
    }
    return proseBandOf(read, center, width);
  };
}

function proseBandOf(read: ReadFragments, center: number, width: number): boolean {
  const sorted = read.sorted;
  let left = 0;
  let right = 0;
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i] as LineShape;
    let reach = first.right;
    let crosses = first.left < center && first.right > center;
    let end = i + 1;
    for (; end < sorted.length; end++) {
      const f = sorted[end] as LineShape;
      if (Math.abs(f.baseline - first.baseline) > SAME_LINE_EM * Math.min(f.size, first.size))
        break;
      if (f.left - reach > PHRASE_GAP_EM * f.size || reach <= center !== f.right <= center) break;
      reach = Math.max(reach, f.right);
      crosses ||= f.left < center && f.right > center;
    }
    const from = i;
    i = end;
    if (crosses) {
      left = 0;
      right = 0;
      continue;
    }
    if (
      reach - first.left < MIN_LINE_SHARE * width ||
      phraseLetters(read, from, end) < LETTER_SHARE
    )
      continue;
    if (reach <= center) left++;
    else right++;
    if (left >= MIN_BAND_LINES && right >= MIN_BAND_LINES) return true;
  }
  return false;
}

/** {@link lettersShare} of the phrase of the read fragments `from` to `end` (exclusive), joined. */
function phraseLetters(read: ReadFragments, from: number, end: number): number {
  let chars = 0;
  let letters = 0;
  for (let k = from; k < end; k++) {
    if (read.chars[k] === -1) {
      const stripped = textOf(read.sorted[k] as LineShape).replace(/\s+/g, '');
      read.chars[k] = stripped.length;
      read.letters[k] = stripped.replace(/\P{L}+/gu, '').length;
      if (HIGH_SURROGATE.test(stripped) || LOW_SURROGATE.test(stripped)) read.loose[k] = 1;
    }
    if (read.loose[k] === 1) return lettersShare(read.sorted.slice(from, end).map(textOf).join(''));
    chars += read.chars[k] as number;
    letters += read.letters[k] as number;
  }
  return chars === 0 ? 0 : letters / chars;
}

/**
 * The strips' indices by their counts, fewest first, each count's in index order (a stable sort by
 * count): counted out, not sorted with a comparison per pair (a count is at most the page's
 * fragments).
 */
function byCount(counts: Int32Array): Int32Array {
  let most = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    // No count is below 0 unless a fragment ends before it starts: then the sort, as ever.
    if (count < 0)
      return Int32Array.from(
        Array.from(counts.keys()).sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0)),
      );
    most = Math.max(most, count);
  }
  // `starts[c]`: where the strips crossed by `c` fragments begin in the order.
  const starts = new Int32Array(most + 2);
  for (let i = 0; i < counts.length; i++) {
    const next = (counts[i] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let c = 1; c < starts.length; c++)
    starts[c] = (starts[c] as number) + (starts[c - 1] as number);
  const order = new Int32Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    const at = starts[count] as number;
    order[at] = i;
    starts[count] = at + 1;
  }
  return order;
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
  const order = byCount(counts);
  const taken = new Uint8Array(counts.length);
  let tried = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
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
