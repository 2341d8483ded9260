/**
 * Reference numbers hanging in a gutter: a list set in columns (the Royal Society's journals set
 * their references in three) right-aligns each entry's number in the gutter left of its lines.
 * When the strip the column finder picks is the narrow one between those numbers and their
 * lines (the wider strip left of them is crossed by a line or two of text above the list, set in
 * other columns), the numbers would be read with the column left of them (`… Ribosomal 24.`),
 * and the entries right of them would lose their labels.
 */
import type { Gutter } from './columns';
import type { LineShape } from './lines';

/** An entry's number: `12.`, `[12]` or `(12)`. */
const LABEL = /^\s*(?:\d{1,3}\.|\[\d{1,3}\]|\(\d{1,3}\))\s*$/;
/** A label is followed on its line by its entry's text within this many font sizes. */
const LABEL_TEXT_EM = 1.5;
/** A label ends this close (in font sizes) to the strip's left edge. */
const LABEL_EDGE_EM = 0.5;
/** At least this many labels hang in the gutter. */
const MIN_LABELS = 3;
/** The strip left of the labels is at least this wide, in font sizes. */
const MIN_CLEAR_EM = 0.5;
/** Fragments on one baseline are this close, in font sizes. */
const SAME_LINE_EM = 0.1;

function textOf(f: LineShape): string {
  let text = '';
  for (const item of f.items) text += item.str;
  return text;
}

/**
 * The gutter moved left of the entry numbers that hang in it: `gutter` is the strip found between
 * the numbers and their entries' lines, with at least {@link MIN_LABELS} numbers ending at its left
 * edge, each followed on its line by text right of the strip. The gutter's middle moves into the
 * blank between the left column's lines and the numbers, when that blank is clear: crossed by no
 * more than `tolerance` fragments besides those that cross the strip itself (a loosely justified
 * line of text above the list, whose words stand apart). Else `gutter` as it was.
 */
export function besideHangingLabels(
  fragments: readonly LineShape[],
  gutter: Gutter,
  tolerance: number,
): Gutter {
  const starts: LineShape[] = [];
  const ends: LineShape[] = [];
  for (const f of fragments) {
    if (f.left >= gutter.right - SAME_LINE_EM * f.size) starts.push(f);
    else if (f.right <= gutter.center && f.right >= gutter.left - LABEL_EDGE_EM * f.size)
      ends.push(f);
  }
  const labels = ends.filter(
    (f) =>
      f.right - f.left <= 3 * f.size &&
      LABEL.test(textOf(f)) &&
      starts.some(
        (g) =>
          Math.abs(g.baseline - f.baseline) <= SAME_LINE_EM * Math.min(f.size, g.size) &&
          g.left - f.right <= LABEL_TEXT_EM * f.size,
      ),
  );
  if (labels.length < MIN_LABELS) return gutter;
  const from = Math.min(...labels.map((f) => f.left));
  const size = labels[0]?.size ?? 0;
  // Where the left column's lines end: the rightmost edge short of the labels.
  let edge = -Infinity;
  for (const f of fragments)
    if (f.right <= from && !labels.includes(f)) edge = Math.max(edge, f.right);
  if (from - edge < MIN_CLEAR_EM * size) return gutter;
  const center = (edge + from) / 2;
  let crossing = 0;
  for (const f of fragments)
    if (f.left < center && f.right > center && f.right <= gutter.center) crossing++;
  return crossing <= tolerance ? { left: edge, right: from, center } : gutter;
}
