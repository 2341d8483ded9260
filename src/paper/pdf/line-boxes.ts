/**
 * Where each line of the laid-out text was printed: for every line of the text the PDF layout
 * writes, its `[start, end)` in that text, its page and one rectangle in PDF user space (points,
 * y upwards). The layout writes each printed line as a line of text (the title on one line), so
 * the lines are found back by their text, in reading order; a line whose text the layout changed
 * is simply left without a box. Numbers are rounded to 0.1 pt to keep stored models small.
 * Pure: plain numbers in, plain numbers out.
 */
import { LEAD_MARK } from '../aside-blocks';
import type { PageLayout } from './assemble-text';
import type { TextLine } from './text-item';
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
  for (const item of line.items) {
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

/** `{ start, end, ...lineRect(line, page) }`, made without the rectangle in between. */
function lineBox(start: number, end: number, line: TextLine, page: number): LineBox {
  measureExtent(line);
  return {
    start,
    end,
    page,
    x: round(line.left),
    y: round(extent.bottom),
    width: round(line.right - line.left),
    height: round(extent.top - extent.bottom),
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
): LineBox[] {
  const printed = printedLines(pages);
  const { lines, pages: pageOf, keys, queueOf, previous } = printed;
  const taken = new Uint8Array(lines.length);
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
    // nor run-in mark): told by comparing in place, without cutting the line out of the text.
    const nextKey = keys[next];
    if (
      joinedDone &&
      nextKey !== undefined &&
      nextKey.length === end - lineStart &&
      nextKey !== '' &&
      nextKey.charCodeAt(nextKey.length - 1) !== 0xad &&
      text.startsWith(nextKey, lineStart) &&
      isFirstLeft(next, taken, previous)
    ) {
      const queue = queueOf[next] as Queue;
      const at = queue.lines[queue.next++] as number;
      taken[at] = 1;
      next = at + 1;
      boxes.push(lineBox(lineStart, end, lines[at] as TextLine, pageOf[at] ?? 1));
      continue;
    }
    const written = text.slice(lineStart, end);
    const key = (written.endsWith('\u00AD') ? written.slice(0, -1) : written).trim();
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
    const queue =
      next < lines.length && keys[next] === wanted && isFirstLeft(next, taken, previous)
        ? (queueOf[next] as Queue) // its queue's first line not taken: no look-up by text
        : printed.byText.get(wanted);
    if (queue === undefined || queue.next >= queue.lines.length) continue;
    const at = queue.lines[queue.next++] as number;
    taken[at] = 1;
    next = at + 1;
    boxes.push(lineBox(start, start + key.length, lines[at] as TextLine, pageOf[at] ?? 1));
  }
  return boxes;
}

/** The printed lines of one text, in page order, and how many of them are taken. */
interface Queue {
  lines: number[];
  next: number;
}

/**
 * Is printed line `at` the first of its text not taken yet? Lines of one text are taken in order,
 * so it is when the one before it with its text (`previous`) is taken, or there is none.
 */
function isFirstLeft(at: number, taken: Uint8Array, previous: Int32Array): boolean {
  const before = previous[at] as number;
  return !taken[at] && (before < 0 || taken[before] === 1);
}

/**
 * Every printed line of the pages (page order: regions, then notes), with its page, its text
 * trimmed (`keys`), the queue of lines of its text, and the line before it with that text.
 */
function printedLines(pages: readonly PageLayout[]) {
  const lines: TextLine[] = [];
  const pageOf: number[] = [];
  pages.forEach((layout, i) => {
    for (const region of layout.regions)
      for (const line of region.lines) {
        lines.push(line);
        pageOf.push(i + 1);
      }
    for (const note of layout.notes)
      for (const line of note) {
        lines.push(line);
        pageOf.push(i + 1);
      }
  });
  const byText = new Map<string, Queue>();
  const keys: string[] = [];
  const queueOf: Queue[] = [];
  const previous = new Int32Array(lines.length);
  lines.forEach((line, at) => {
    const key = line.text.trim();
    let queue = byText.get(key);
    if (queue === undefined) byText.set(key, (queue = { lines: [], next: 0 }));
    previous[at] = queue.lines[queue.lines.length - 1] ?? -1;
    queue.lines.push(at);
    keys.push(key);
    queueOf.push(queue);
  });
  return { lines, pages: pageOf, keys, queueOf, previous, byText };
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
