/**
 * Finds a table printed inside a column (or across a page): rows of short cells set apart by wide
 * gaps, the cells of one column of the table lined up row after row. Read as running text, a
 * table's rows would run into the paragraph around it (`… other papers, and more. S2ORC (PDF-parse)
 * 8.1M full text S2ORC (LATEX-parse) 1.5M …`); found here, they are written apart as a table
 * (`assemble-text.ts`, each row marked with `TABLE_MARK`) and the parser makes them a `table`
 * block, one row per line.
 *
 * A run of lines is a table when:
 * - each line but a few short ones is cut into two or more cells by gaps wider than
 *   {@link CELL_GAP_EM} font sizes (words of running text are spaced far closer, even when
 *   loosely justified), no cell as wide as {@link MAX_CELL_SHARE} of the column;
 * - there are at least {@link MIN_ROWS} such rows;
 * - some vertical strip at least {@link MIN_GUTTER_EM} wide inside the run crosses no row's text,
 *   with text on both sides of it in most rows: a column of the table.
 * Lines that open with a list or reference label (`[12]`, `3.`, `•`) or end in an equation's number
 * (`(4)`) are never rows: a reference list with its labels in a column of their own, or a run of
 * numbered equations, is not a table; nor is a run holding pieces of tall brackets or big
 * operators (a matrix, a sum), a cell ending in a relation (`H₀ =`), or an equation's number at
 * a row's end or on a line of its own beside the run (a fraction's numerators and denominators).
 * Pure: it works on plain numbers.
 */
import type { TextItem, TextLine } from './text-item';
import { trimmedLength } from './lines';
import { collapseSpaces } from '../spaces';

/** A gap wider than this many font sizes parts two cells of a row. */
const CELL_GAP_EM = 1.2;
/** A run needs this many rows of two or more cells to be a table. */
const MIN_ROWS = 3;
/** No cell of a row is this share of the column's width or wider (running text fills it). */
const MAX_CELL_SHARE = 0.6;
/** A column of the table is parted from the next by a strip of white at least this wide (em). */
const MIN_GUTTER_EM = 1;
/** In at least this share of the rows there is text on both sides of the strip. */
const GUTTER_ROWS_SHARE = 0.6;
/** A line that opens a reference entry or a list item. */
const ENTRY_LABEL = /^(?:\[[^\]]{1,12}\]|\(?\d{1,3}[.)]|[•–·▪-])$/;
/** An equation's number at the right of its line: `(4)`, `(2.3a)`. */
const EQUATION_NUMBER = /^\((?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})?[a-z]?\)$/;
/**
 * Pieces of tall brackets and big operators (`⎡ ⎢ ⎣`, `∑`, `∫`): a display equation's matrix or
 * sum, set on lines with wide gaps too, but mathematics, not a table.
 */
const MATH_PIECES = /[\u239B-\u23AD\u2211\u220F\u222B\u221A]/;
/** A cell ending in a relation (`H₀ =`): the left side of an equation, its right side a fraction. */
const LEFT_SIDE = /[=<>≤≥≈]\s*,?$/;
/** A row's cells end a sentence? Running text cut by a wide space does; a table's row seldom. */
const SENTENCE_END = /[.!?]["'”’)]?$/;

/** A cell of a row: where it starts and ends, and its text. */
interface Cell {
  left: number;
  right: number;
  text: string;
}

/** A line cut into cells at gaps wider than {@link CELL_GAP_EM}. */
function cellsOf(line: TextLine): Cell[] {
  const cells: Cell[] = [];
  // The open cell, its runs' strings joined by spaces as they come (tidied when it closes).
  let cell: Cell | null = null;
  const gap = CELL_GAP_EM * line.size;
  const items = line.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (trimmedLength(item.str) === 0) continue;
    if (cell !== null && item.x - cell.right <= gap) {
      cell.text += ` ${item.str}`;
      cell.right = Math.max(cell.right, item.x + item.width);
      continue;
    }
    if (cell !== null) cells.push(closedCell(cell));
    cell = { left: item.x, right: item.x + item.width, text: item.str };
  }
  if (cell !== null) cells.push(closedCell(cell));
  return cells;
}

/** A cell whose text is its runs' strings joined by spaces, with runs of white space made one. */
const closedCell = ({ left, right, text }: Cell): Cell => ({
  left,
  right,
  text: collapseSpaces(text).trim(),
});

/** Is a line cut in two or more cells: a gap wider than {@link CELL_GAP_EM} between its runs? */
function isCut({ items, size }: TextLine): boolean {
  const gap = CELL_GAP_EM * size;
  let right = NaN;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (item.str.trim() === '') continue;
    if (item.x - right > gap) return true;
    right = Number.isNaN(right) ? item.x + item.width : Math.max(right, item.x + item.width);
  }
  return false;
}

/** Is a line cut into cells a row of a table `width` wide (see the module's rules)? */
function isRow(cells: readonly Cell[], width: number): boolean {
  if (cells.length < 2) return false;
  const first = cells[0] as Cell;
  const last = cells[cells.length - 1] as Cell;
  if (ENTRY_LABEL.test(first.text)) return false;
  if (cells.length === 2 && EQUATION_NUMBER.test(last.text)) return false;
  if (cells.length === 2 && SENTENCE_END.test(first.text)) return false;
  return cells.every((c) => c.right - c.left < MAX_CELL_SHARE * width);
}

/**
 * Is there a strip of white, at least {@link MIN_GUTTER_EM} wide, that crosses every row of the
 * run with text on both sides in most of them: a column of a table?
 */
function hasColumnGutter(rows: readonly Cell[][], size: number): boolean {
  const spans = rows.flat().sort((a, b) => a.left - b.left);
  let reach = spans[0]?.right ?? 0;
  for (const span of spans.slice(1)) {
    if (span.left - reach >= MIN_GUTTER_EM * size) {
      const [from, to] = [reach, span.left];
      const both = rows.filter(
        (row) => row.some((c) => c.right <= from) && row.some((c) => c.left >= to),
      ).length;
      if (both >= GUTTER_ROWS_SHARE * rows.length) return true;
    }
    reach = Math.max(reach, span.right);
  }
  return false;
}

/**
 * Which of a column's lines (in reading order) are rows of a table: for each line, whether it is.
 * `width` is the column's width.
 */
export function tableRows(lines: readonly TextLine[], width: number): boolean[] {
  const marks = lines.map(() => false);
  // Most lines are not cut at all (running text): their cells are never made.
  const made: (Cell[] | undefined)[] = new Array<Cell[] | undefined>(lines.length);
  const cellsAt = (k: number): Cell[] => (made[k] ??= cellsOf(lines[k] as TextLine));
  const row = lines.map((line, k) => isCut(line) && isRow(cellsAt(k), width));
  let i = 0;
  while (i < lines.length) {
    if (!row[i]) {
      i++;
      continue;
    }
    // A run of rows, with short one-cell lines among them (a row with only its first cell filled,
    // a header over several columns) but never at its ends.
    let end = i + 1;
    let last = i;
    while (end < lines.length) {
      if (row[end]) last = end;
      else if (!isShortLine(cellsAt(end), width)) break;
      end++;
    }
    const runRows: Cell[][] = [];
    for (let k = i; k <= last; k++) if (row[k]) runRows.push(cellsAt(k));
    const size = lines[i]?.size ?? 10;
    const numberNear = [i - 1, last + 1].some((k) => {
      const near = k >= 0 && k < lines.length ? cellsAt(k) : undefined;
      return near?.length === 1 && EQUATION_NUMBER.test(near[0]?.text ?? '');
    });
    const math =
      numberNear ||
      runRows.some(
        (cells) =>
          cells.some((c) => MATH_PIECES.test(c.text) || LEFT_SIDE.test(c.text)) ||
          EQUATION_NUMBER.test(cells[cells.length - 1]?.text ?? ''),
      );
    if (runRows.length >= MIN_ROWS && !math && hasColumnGutter(runRows, size))
      for (let k = i; k <= last; k++) marks[k] = true;
    i = last + 1;
  }
  return marks;
}

/** A one-cell line short of half the column, with no sentence's end: a table's lone cell. */
function isShortLine(cells: readonly Cell[], width: number): boolean {
  const only = cells[0];
  return (
    cells.length === 1 &&
    only !== undefined &&
    only.right - only.left < 0.5 * width &&
    !SENTENCE_END.test(only.text)
  );
}
