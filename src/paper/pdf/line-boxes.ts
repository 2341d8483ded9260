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
 * lines inside the first text line that holds its text.
 */
export function locateLines(
  text: string,
  pages: readonly PageLayout[],
  joined: JoinedLines | null = null,
): LineBox[] {
  // Printed lines by text, each list read from its `next` on (a shift would move the rest).
  const waiting = new Map<string, { lines: TextLine[]; pages: number[]; next: number }>();
  const add = (line: TextLine, page: number) => {
    const key = line.text.trim();
    const queue = waiting.get(key);
    if (queue) {
      queue.lines.push(line);
      queue.pages.push(page);
    } else waiting.set(key, { lines: [line], pages: [page], next: 0 });
  };
  pages.forEach((layout, i) => {
    for (const region of layout.regions) for (const line of region.lines) add(line, i + 1);
    for (const note of layout.notes) for (const line of note) add(line, i + 1);
  });
  const boxes: LineBox[] = [];
  let offset = 0;
  let joinedDone = joined === null;
  const writtenLines = text.split('\n');
  for (let w = 0; w < writtenLines.length; w++) {
    const written = writtenLines[w] as string;
    const key = (written.endsWith('\u00AD') ? written.slice(0, -1) : written).trim();
    // The key is the written line trimmed: it starts after the line's leading white space.
    const start = offset + (key.length === written.length ? 0 : written.indexOf(key));
    offset += written.length + 1;
    if (key === '') continue;
    if (!joinedDone && joined !== null && key === joined.text) {
      joinedDone = true;
      boxes.push(...joinedBoxes(joined, start));
      continue;
    }
    // A run-in heading's mark (assemble-text) is in the written line, not in the printed one.
    const queue = waiting.get(key.includes(LEAD_MARK) ? key.replaceAll(LEAD_MARK, '') : key);
    if (queue === undefined || queue.next >= queue.lines.length) continue;
    const line = queue.lines[queue.next] as TextLine;
    const page = queue.pages[queue.next++] ?? 1;
    boxes.push(lineBox(start, start + key.length, line, page));
  }
  return boxes;
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
