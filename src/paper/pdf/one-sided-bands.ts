/**
 * A table set across a two-column page: its rows cross the gutter, so each is a line across the
 * page, but the short labels over each group of rows (`Gender`, `Perceived risk`) stand on one side
 * of it. Read as bands of their own, they cut the table into pieces of a row or two, none a table.
 * A thin band of lines on one side only, between two of a table's rows across the page, is
 * read with them.
 */
import type { LineShape } from './lines';

/** A band this thin (in lines) between two bands across the page is read with them. */
const THIN_LINES = 3;
/** Fragments this close in baseline (in font sizes) are on one line. */
const SAME_LINE_EM = 0.1;
/** A table's row has at least this many cells. */
const MIN_CELLS = 3;
/** Two of a row's cells stand at least this far apart (in font sizes): no word space, however loose. */
const CELL_GAP_EM = 2;

interface BandLike {
  kind: string;
  fragments: LineShape[];
}

/** Some fragments as lines (fragments on one baseline), each left to right. */
function linesOf(fragments: readonly LineShape[]): LineShape[][] {
  const sorted = fragments.slice().sort((a, b) => b.baseline - a.baseline || a.left - b.left);
  const lines: LineShape[][] = [];
  for (const f of sorted) {
    const last = lines[lines.length - 1];
    const first = last?.[0];
    if (
      last !== undefined &&
      first !== undefined &&
      Math.abs(first.baseline - f.baseline) <= SAME_LINE_EM * Math.min(first.size, f.size)
    )
      last.push(f);
    else lines.push([f]);
  }
  return lines;
}

/**
 * Is this line a table's row: cut into {@link MIN_CELLS} cells or more, two of them
 * {@link CELL_GAP_EM} apart? A loosely justified line's words stand closer.
 */
function isRow(line: readonly LineShape[] | undefined): boolean {
  return (
    line !== undefined &&
    line.length >= MIN_CELLS &&
    line.some((f, i) => i > 0 && f.left - (line[i - 1] as LineShape).right >= CELL_GAP_EM * f.size)
  );
}

/**
 * The bands with each `columns` band of at most {@link THIN_LINES} lines, all on one side of the
 * gutter (`isLeft` for all or for none), that stands between two `full` bands, under a table's row and over
 * another ({@link isRow}), joined with them into one `full` band. Bands are in reading order, top down; they are not changed in place.
 */
export function joinOneSidedBands<B extends BandLike>(
  bands: readonly B[],
  isLeft: (f: LineShape) => boolean,
): B[] {
  const joined: B[] = [];
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i] as B;
    const before = joined[joined.length - 1];
    const after = bands[i + 1];
    const oneSided =
      band.kind === 'columns' &&
      before?.kind === 'full' &&
      after?.kind === 'full' &&
      (band.fragments.every(isLeft) || !band.fragments.some(isLeft)) &&
      linesOf(band.fragments).length <= THIN_LINES &&
      isRow(linesOf(before.fragments).at(-1)) &&
      isRow(linesOf(after.fragments)[0]);
    if (oneSided) {
      joined[joined.length - 1] = {
        ...before,
        fragments: [...before.fragments, ...band.fragments, ...after.fragments],
      };
      i++;
    } else if (band.kind === 'full' && before?.kind === 'full') {
      joined[joined.length - 1] = {
        ...before,
        fragments: [...before.fragments, ...band.fragments],
      };
    } else joined.push(band);
  }
  return joined;
}
