/**
 * The shapes the PDF layout code works on: a page's text as positioned glyph runs (`TextItem`,
 * what pdf.js's `getTextContent` gives, reduced to plain numbers) and the lines built from them.
 * Plain data with no pdf.js types, so the layout modules are pure and tested with hand-made items.
 */

/**
 * One run of text on a page, in PDF user space: points, y growing upwards, `(x, y)` the left end
 * of the run's baseline.
 */
export interface TextItem {
  str: string;
  x: number;
  /** The baseline's height above the bottom of the page. */
  y: number;
  width: number;
  /** The font size: the height of the em box. */
  height: number;
  fontName?: string;
  /** Set in a fixed-pitch font (pdf.js's `monospace` family): code, in most papers. */
  monospace?: boolean;
  /** Set in a sans-serif font (pdf.js's `sans-serif` family), for estimating widths inside a run. */
  sans?: boolean;
}

/** A line of text: items sharing a baseline (superscripts and subscripts included), left to right. */
export interface TextLine {
  items: readonly TextItem[];
  left: number;
  right: number;
  /** The baseline of the line's body text (not of its superscripts). */
  baseline: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  /** The line as text: words spaced by the gaps between them, scripts and accents resolved. */
  text: string;
  /** The line opens with a raised mark (`∗`, `†`, `¹`): how a footnote starts. */
  opensWithMark: boolean;
  /** Most of the line's characters are set in a monospace font: a line of code. */
  monospace?: boolean;
}

/**
 * `{ ...item, str }` in the one shape every item of the layout has: all fields set, in one order
 * (`fontName`, `monospace` and `sans` undefined when absent). pdf.js's items come in several
 * shapes (with `monospace`, with `sans`, with neither, copies with a mapped `str`); code optimised
 * for the shapes one paper has is thrown away and compiled again at the next paper's, which
 * costs more than the layout's own work on a short paper. One shape keeps its property reads
 * monomorphic.
 */
export function itemOf(item: TextItem, str: string = item.str): TextItem {
  return {
    str,
    x: item.x,
    y: item.y,
    width: item.width,
    height: item.height,
    fontName: item.fontName,
    monospace: item.monospace,
    sans: item.sans,
  };
}
