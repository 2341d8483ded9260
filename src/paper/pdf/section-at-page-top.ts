/**
 * A numbered section's heading that opens a page whose number it happens to carry: `4 Results` at
 * the top of page 4 (a MEDINFO paper in Word, its heading set apart by the space after it, a
 * figure's caption beside it in the other column) reads as a running head with its page number,
 * and the section, with the caption on its line, was lost. A running head names no section alone,
 * or comes back on other pages: a lone top-level section number before a well-known section's
 * name (`Results`, `Discussion`, `Conclusions`), as the line's first piece, is the heading. Pure.
 */
import { isKnownSectionTitle, splitSectionNumber } from '../headings';
import type { TextItem } from './text-item';

/** A gap this wide (in font sizes) ends a line's first piece: the other column's text is beyond. */
const PIECE_GAP_EM = 2;

/** Is this text a top-level numbered heading of a well-known section (`4 Results`, `3. Methods`)? */
export function isNumberedSectionHeading(text: string): boolean {
  const heading = splitSectionNumber(text.trim());
  return heading !== null && heading.parts.length === 1 && isKnownSectionTitle(heading.title);
}

/** Does the line's first piece (up to a gap as wide as a column's) read as such a heading? */
export function opensWithSectionHeading(line: {
  readonly items: readonly TextItem[];
  readonly size: number;
}): boolean {
  const piece: string[] = [];
  let end = -Infinity;
  for (const item of line.items) {
    if (piece.length > 0 && item.x - end > PIECE_GAP_EM * line.size) break;
    piece.push(item.str);
    end = Math.max(end, item.x + item.width);
  }
  return isNumberedSectionHeading(piece.join(' ').replace(/\s+/g, ' '));
}
