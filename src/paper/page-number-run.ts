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
  const candidates: { line: number; n: number }[] = [];
  texts.forEach((text, i) => {
    if (!BARE_NUMBER.test(text) || (texts[i + 1] ?? '') !== '') return;
    const before = texts[i - 1] ?? '';
    if (before === '' || (before.length >= PAGE_LINE && /\p{Ll}{2}/u.test(before)))
      candidates.push({ line: i, n: Number(text) });
  });
  const byNumber = new Map<number, { line: number; n: number }[]>();
  for (const c of candidates) byNumber.set(c.n, [...(byNumber.get(c.n) ?? []), c]);
  const found = new Set<number>();
  // Each number may open a run: the next page's number is sought after it, a page on, or the one
  // after it when a page's number was lost (a page of a figure, its number set inside it).
  const after = (from: { line: number; n: number }, step: number) =>
    byNumber.get(from.n + step)?.find((c) => c.line - from.line >= step * MIN_PAGE_LINES);
  const next = (from: { line: number; n: number }) => after(from, 1) ?? after(from, 2);
  for (const start of candidates) {
    if (found.has(start.line)) continue;
    const run = [start];
    for (let c = next(start); c !== undefined; c = next(c)) run.push(c);
    if (run.length >= MIN_RUN) for (const c of run) found.add(c.line);
  }
  return found;
}
