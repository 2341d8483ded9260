/**
 * Where each line of the laid-out text was printed: for every line of the text the PDF layout
 * writes, its `[start, end)` in that text, its page and one rectangle in PDF user space (points,
 * y upwards). The layout writes each printed line as a line of text (the title on one line), so
 * the lines are found back by their text, in reading order; a line whose text the layout changed
 * is simply left without a box. Numbers are rounded to 0.1 pt to keep stored models small.
 * Pure: plain numbers in, plain numbers out.
 */
import { LEAD_MARK, TABLE_MARK, TITLE_MARK } from '../aside-blocks';
import type { PageLayout } from './assemble-text';
import type { TextItem, TextLine } from './text-item';
import type { PageBox } from '../types';

/** A line of the laid-out text and where it was printed. */
export interface LineBox extends PageBox {
  /** The line's range in the laid-out text (indentation left out). */
  start: number;
  end: number;
}

/** The em box of a type sits about this share of its size below the baseline. */
const DESCENT = 0.2;

const round = (n: number): number => Math.round(n * 10) / 10;

/** The bottom and top of the last line given to {@link measureExtent} (one object, reused). */
const extent = { bottom: 0, top: 0 };

/** Sets {@link extent} to how far a printed line reaches down and up, scripts included. */
function measureExtent(line: TextLine): void {
  let bottom = line.baseline - DESCENT * line.size;
  let top = bottom + line.size;
  const items = line.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    bottom = Math.min(bottom, item.y - DESCENT * item.height);
    top = Math.max(top, item.y + (1 - DESCENT) * item.height);
  }
  extent.bottom = bottom;
  extent.top = top;
}

/** The rectangle a printed line covers on its page (1-based), scripts included. */
export function lineRect(line: TextLine, page: number): PageBox {
  measureExtent(line);
  return {
    page,
    x: round(line.left),
    y: round(extent.bottom),
    width: round(line.right - line.left),
    height: round(extent.top - extent.bottom),
  };
}

/**
 * `{ start, end, ...lineRect(line, page) }`, made without the rectangle in between, and rounded
 * as {@link round} does without a call per number (every line of the text has a box).
 */
function lineBox(start: number, end: number, line: TextLine, page: number): LineBox {
  measureExtent(line);
  return {
    start,
    end,
    page,
    x: Math.round(line.left * 10) / 10,
    y: Math.round(extent.bottom * 10) / 10,
    width: Math.round((line.right - line.left) * 10) / 10,
    height: Math.round((extent.top - extent.bottom) * 10) / 10,
  };
}

/** A run of printed lines written as one line of text (the title), if the layout did so. */
export interface JoinedLines {
  text: string;
  lines: readonly TextLine[];
  page: number;
}

/**
 * Finds each line of `text` among the printed lines of `pages` (page order), and `joined`'s
 * lines inside the first text line that holds its text. Each text line takes the first printed
 * line with its text not taken yet.
 */
export function locateLines(
  text: string,
  pages: readonly PageLayout[],
  joined: JoinedLines | null = null,
  carried: ReadonlyMap<TextLine, number> = new Map(),
): LineBox[] {
  const { lines, pageOf } = printedLines(pages, carried);
  /**
   * The printed lines grouped by text ({@link textGroups}), made when a text line is first not
   * the next printed line: until then every printed line before the next one is taken, and the
   * next one is the first of its text not taken without asking. Most papers' lines are all
   * written as printed, in order, and are located without a look-up by text.
   */
  let groups: TextGroups | null = null;
  /** The trimmed text of printed line `at` (kept once the groups are made). */
  const keyOf = (at: number): string | undefined =>
    groups === null ? lines[at]?.text.trim() : groups.keys[at];
  /** Is printed line `at` the first of its text not taken yet? */
  const isFirstLeft = (at: number): boolean =>
    groups === null ? at === next : groups.firstLeft[groups.groupOf[at] as number] === at;
  /** Takes printed line `at`, the first of its text not taken, and gives its box. */
  const take = (at: number, start: number, end: number): LineBox => {
    if (groups !== null)
      groups.firstLeft[groups.groupOf[at] as number] = groups.nextOfText[at] as number;
    next = at + 1;
    return lineBox(start, end, lines[at] as TextLine, pageOf[at] ?? 1);
  };
  /** The printed line after the last one taken: most text lines were written in printed order. */
  let next = 0;
  const boxes: LineBox[] = [];
  let offset = 0;
  let joinedDone = joined === null;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const lineStart = offset;
    offset = end + 1;
    // Most lines are the next printed line's text as it is (no title, white space, soft hyphen
    // nor run-in mark): taken at once, compared in place (no copy of the line).
    const nextKey = next < lines.length ? keyOf(next) : undefined;
    if (
      joinedDone &&
      end > lineStart &&
      nextKey?.length === end - lineStart &&
      text.charCodeAt(end - 1) !== 0xad &&
      text.startsWith(nextKey, lineStart) &&
      isFirstLeft(next)
    ) {
      boxes.push(take(next, lineStart, end));
      continue;
    }
    const written = text.slice(lineStart, end);
    // A table's row and the title are marked (assemble-text, layout-pdf-text); the printed line is not.
    const unmarked =
      written.startsWith(TABLE_MARK) || written.startsWith(TITLE_MARK) ? written.slice(1) : written;
    const key = (unmarked.endsWith('\u00AD') ? unmarked.slice(0, -1) : unmarked).trim();
    // The key is the written line trimmed: it starts after the line's leading white space.
    const start = lineStart + (key.length === written.length ? 0 : written.indexOf(key));
    if (key === '') continue;
    if (!joinedDone && joined !== null && key === joined.text) {
      joinedDone = true;
      boxes.push(...joinedBoxes(joined, start));
      continue;
    }
    // A run-in heading's mark (assemble-text) is in the written line, not in the printed one.
    const wanted = key.includes(LEAD_MARK) ? key.replaceAll(LEAD_MARK, '') : key;
    // The next printed line when it is the first of its text not taken: no look-up by text.
    if (nextKey === wanted && isFirstLeft(next)) {
      boxes.push(take(next, start, start + key.length));
      continue;
    }
    groups ??= textGroups(lines, next);
    const group = groups.groupByText.get(wanted);
    const at = group === undefined ? -1 : (groups.firstLeft[group] as number);
    if (at >= 0) boxes.push(take(at, start, start + key.length));
  }
  return boxes;
}

/**
 * Every printed line of the pages (page order: regions, then notes), with its page: the page
 * holding it, or for a note's run-on held on the page before, the one it is printed on (`carried`).
 */
function printedLines(
  pages: readonly PageLayout[],
  carried: ReadonlyMap<TextLine, number>,
): { lines: TextLine[]; pageOf: number[] } {
  const lines: TextLine[] = [];
  const pageOf: number[] = [];
  for (let i = 0; i < pages.length; i++) {
    const layout = pages[i] as PageLayout;
    // Indexed loops: every printed line is visited, before the engine optimises this.
    for (let r = 0; r < layout.regions.length; r++) {
      const region = (layout.regions[r] as PageLayout['regions'][number]).lines;
      for (let k = 0; k < region.length; k++) {
        lines.push(region[k] as TextLine);
        pageOf.push(i + 1);
      }
    }
    for (let n = 0; n < layout.notes.length; n++) {
      const note = layout.notes[n] as TextLine[];
      for (let k = 0; k < note.length; k++) {
        const line = note[k] as TextLine;
        lines.push(line);
        pageOf.push(carried.size === 0 ? i + 1 : (carried.get(line) ?? i + 1));
      }
    }
  }
  return { lines, pageOf };
}

/**
 * Printed lines grouped by their text trimmed (`keys`), each group taken in order: `groupOf` each
 * line's group, `groupByText` each text's, `firstLeft` each group's first line not taken (-1 when
 * all are), `nextOfText` the next line of each line's text (-1 for the last). Numbers in typed
 * arrays, not an object per line: a long paper has tens of thousands of lines.
 */
interface TextGroups {
  keys: string[];
  groupOf: Int32Array;
  groupByText: Map<string, number>;
  firstLeft: Int32Array;
  nextOfText: Int32Array;
}

/** The {@link TextGroups} of the printed lines, those before `taken` taken already. */
function textGroups(lines: readonly TextLine[], taken: number): TextGroups {
  const groupByText = new Map<string, number>();
  const keys: string[] = [];
  const groupOf = new Int32Array(lines.length);
  const nextOfText = new Int32Array(lines.length).fill(-1);
  /** Each group's first line not taken. */
  const firstLeft: number[] = [];
  /** Each group's last line, while grouping. */
  const lastOf: number[] = [];
  for (let at = 0; at < lines.length; at++) {
    const key = (lines[at] as TextLine).text.trim();
    let group = groupByText.get(key);
    if (group === undefined) {
      group = firstLeft.length;
      groupByText.set(key, group);
      firstLeft.push(at < taken ? -1 : at);
    } else {
      nextOfText[lastOf[group] as number] = at;
      if (firstLeft[group] === -1 && at >= taken) firstLeft[group] = at;
    }
    lastOf[group] = at;
    groupOf[at] = group;
    keys.push(key);
  }
  return { keys, groupOf, groupByText, firstLeft: Int32Array.from(firstLeft), nextOfText };
}

/** Boxes of lines written as one text line starting at `start`: each over its own words. */
function joinedBoxes({ text, lines, page }: JoinedLines, start: number): LineBox[] {
  let cursor = 0;
  return lines.map((line) => {
    const at = text.indexOf(line.text.trim(), cursor);
    const [from, to] = at < 0 ? [0, text.length] : [at, at + line.text.trim().length];
    if (at >= 0) cursor = to;
    return { start: start + from, end: start + to, ...lineRect(line, page) };
  });
}
