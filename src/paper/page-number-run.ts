/**
 * Page numbers a text copied or extracted from a PDF keeps between its paragraphs: `pdftotext`
 * (its default mode) writes each page's number on a line of its own after the page's last line,
 * a blank line after it (`… such methods utilize extraction patterns` / `696` / blank). One such
 * number alone proves nothing (a table's cell, a list's label); a run of them counting up one by
 * one (a page's number may be lost), each a page of lines after the one before, is the pages'
 * numbers. Pure; for
 * `splitSourceLines`.
 */

/** A number alone on its line, as a page's is printed. */
const BARE_NUMBER = /^\d{1,4}$/;
/** The longest such number's length (see {@link BARE_NUMBER}). */
const MAX_NUMBER_CHARS = 4;
/**
 * Fewest characters of the line above a page's number, a line of the page's text (a chart's
 * labels above a number, `CT7` / `12`, are none).
 */
const PAGE_LINE = 20;
/** Fewest lines between two pages' numbers: a page holds more lines than a list's entry. */
const MIN_PAGE_LINES = 15;
/** Fewest numbers counting up one by one that make a run of pages. */
const MIN_RUN = 3;

/**
 * The indices of the lines that are pages' numbers: bare numbers with a blank line (or the
 * text's edge) after them and a line of text (or a blank line) before, in runs of `MIN_RUN` or more counting up by one, each
 * `MIN_PAGE_LINES` lines or more after the one before.
 */
export function pageNumberRun(texts: readonly string[]): Set<number> {
  const lines: number[] = [];
  const numbers: number[] = [];
  collectCandidates(texts, lines, numbers);
  // Each number's candidates, by index, in the order of their lines.
  const byNumber = new Map<number, number[]>();
  numbers.forEach((n, c) => {
    const list = byNumber.get(n);
    if (list) list.push(c);
    else byNumber.set(n, [c]);
  });
  // The next page's number is sought after each candidate, a page on, or the one after it when a
  // page's number was lost (a page of a figure, its number set inside it): the first such, found
  // by a binary search over the lines.
  const after = (c: number, step: number): number => {
    const list = byNumber.get((numbers[c] as number) + step);
    if (list === undefined) return -1;
    const from = (lines[c] as number) + step * MIN_PAGE_LINES;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[list[mid] as number] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? (list[lo] as number) : -1;
  };
  const next = numbers.map((_, c) => {
    const one = after(c, 1);
    return one >= 0 ? one : after(c, 2);
  });
  // The next candidate always lies further down, so each run is walked once: `ahead` counts the
  // numbers from a candidate to its run's end, `behind` the most that lead to it. A candidate is a
  // page's number when the longest run through it has `MIN_RUN` numbers or more.
  const ahead = new Array<number>(numbers.length).fill(1);
  for (let c = numbers.length - 1; c >= 0; c--) {
    const n = next[c] as number;
    if (n >= 0) ahead[c] = 1 + (ahead[n] as number);
  }
  const behind = new Array<number>(numbers.length).fill(1);
  const found = new Set<number>();
  for (let c = 0; c < numbers.length; c++) {
    const n = next[c] as number;
    if (n >= 0) behind[n] = Math.max(behind[n] as number, 1 + (behind[c] as number));
    if ((behind[c] as number) + (ahead[c] as number) - 1 >= MIN_RUN) found.add(lines[c] as number);
  }
  return found;
}

/**
 * The candidates: the indices of the bare numbers that stand as a page's would, and their values.
 * An indexed loop, each line told by its length first (it reads every line of the paper), in a
 * function of its own with nothing after the loop: the engine compiles a loop while it runs, and
 * code so compiled, reaching statements after the loop it had never seen run, is thrown away at
 * every paper's end.
 */
function collectCandidates(texts: readonly string[], lines: number[], numbers: number[]): void {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (text.length > MAX_NUMBER_CHARS || text.length === 0) continue;
    if (!BARE_NUMBER.test(text) || (texts[i + 1] ?? '') !== '') continue;
    const before = texts[i - 1] ?? '';
    if (before === '' || (before.length >= PAGE_LINE && /\p{Ll}{2}/u.test(before))) {
      lines.push(i);
      numbers.push(Number(text));
    }
  }
}
