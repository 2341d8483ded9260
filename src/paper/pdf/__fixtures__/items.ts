/**
 * Hand-made page text for the layout tests: text items placed as a typesetter places them, in PDF
 * user space (points, y up). Widths are `WIDTH_EM` of the size per character, so a line's length
 * in characters sets where it ends; a justified line can be stretched to a given width.
 *
 * To add a case, build its pages from `line` / `column` and assert on what `layoutPdfText` or
 * the module under test makes of them.
 */
import type { TextItem } from '../text-item';

/** Width of one character, in font sizes (roughly a serif's average). */
export const WIDTH_EM = 0.5;

interface LineOptions {
  size?: number;
  /** Stretch the line to end exactly here (a justified line). */
  right?: number;
}

/** One run of text on a baseline, as pdf.js gives a line of running text. */
export function line(
  str: string,
  x: number,
  y: number,
  { size = 10, right }: LineOptions = {},
): TextItem {
  return {
    str,
    x,
    y,
    height: size,
    width: right !== undefined ? right - x : str.length * WIDTH_EM * size,
  };
}

/** A raised, smaller run right after `before` (a footnote mark, an exponent). */
export function superscript(str: string, before: TextItem): TextItem {
  const size = before.height * 0.7;
  return {
    str,
    x: before.x + before.width,
    y: before.y + 0.35 * before.height,
    height: size,
    width: str.length * WIDTH_EM * size,
  };
}

interface ColumnOptions {
  x: number;
  /** Baseline of the first line. */
  top: number;
  size?: number;
  /** Baseline to baseline. */
  pitch?: number;
  /** Where full lines end: lines not ending a paragraph are stretched to it (justified text). */
  right?: number;
}

/**
 * A column of lines. A line starting with `>` is indented one em (a paragraph's first line); an
 * empty string leaves one line of blank; a line ending with `¶` ends its paragraph (not stretched).
 */
export function column(
  lines: readonly string[],
  { x, top, size = 10, pitch = 1.2 * size, right }: ColumnOptions,
): TextItem[] {
  const items: TextItem[] = [];
  let y = top;
  for (const raw of lines) {
    if (raw !== '') {
      const indented = raw.startsWith('>');
      const last = raw.endsWith('¶');
      const str = raw.replace(/^>/, '').replace(/¶$/, '');
      const left = indented ? x + size : x;
      items.push(
        line(str, left, y, { size, right: last || right === undefined ? undefined : right }),
      );
    }
    y -= pitch;
  }
  return items;
}
