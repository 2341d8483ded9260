/**
 * Rough widths of text set in an unknown font, from the advance widths of the two faces most
 * paper fonts resemble: Helvetica for a sans-serif face, Times-Roman for a serif one. Used where
 * the layout must know where, inside one pdf.js run, a word ends (pdf.js gives a run's start and
 * width, not its characters' positions); a guess good to a few percent over a word or two.
 *
 * Source: Adobe's Core 14 font metrics, `Helvetica.afm` and `Times-Roman.afm` (AFM 4.1), the
 * `WX` of each character from space (32) to `~` (126), in thousandths of an em.
 */

/** Advance widths of ASCII 32–126, in 1/1000 em. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const TIMES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
/** Beyond ASCII (accented letters, Greek, symbols): about an average letter. */
const OTHER_WIDTH = 520;

/** The width `text` would take set in `size` points, in a sans-serif face or a serif one. */
export function estimateWidth(text: string, size: number, sans: boolean): number {
  const table = sans ? HELVETICA : TIMES;
  let total = 0;
  for (const char of text.normalize('NFC')) {
    const code = char.charCodeAt(0);
    total += code >= 32 && code <= 126 ? table[code - 32]! : OTHER_WIDTH;
  }
  return (total / 1000) * size;
}
