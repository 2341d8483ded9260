/**
 * A section's heading in capitals that a text copied or extracted from a PDF runs into the block
 * around it: `pdftotext` (its default reading order) sets the heading right under the last line
 * of the section before (`… on social tolerance.` / `MONITORING HUMAN BEHAVIOR`) or right over
 * its first line (`OUR CONTRIBUTIONS` / `In order to better …`). Blank lines are put around such
 * a line, so that the heading reader weighs it as a line standing alone, with all its checks (a
 * figure's labels, a table's cells, prose after it). Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import { isAllCaps } from './line-signals';
import { readsAsCapsHeading } from './text-headings';

/** Most words of such a heading (as `MAX_CAPS_HEADING_WORDS` in the heading reader). */
const MAX_WORDS = 10;
/** The end of the line above: a sentence's, or of a block set apart (a blank line). */
const ENDS_SENTENCE = /[.!?:)\]”"]$/;
/** A line of prose under the heading: a capital opening, lower case later. */
const PROSE = /^\p{Lu}.*\p{Ll}/u;
/**
 * Words in lower case a line of prose has at least: a front matter's label over its names or
 * its citation (Frontiers' `CITATION` / `Wright JJ and Bourke PD (2025) Minimization`) is none.
 */
const MIN_PROSE_WORDS = 3;
const isProse = (text: string): boolean =>
  PROSE.test(text) && (text.match(/(?<!\S)\p{Ll}{2,}/gu) ?? []).length >= MIN_PROSE_WORDS;

/** Can the line be such a heading: in capitals, a few words, no comma, digit or stop in it? */
function isCapsHeadingLine(text: string): boolean {
  return (
    isAllCaps(text) &&
    !/[\d,;.]/.test(text) &&
    text.split(/\s+/).length <= MAX_WORDS &&
    readsAsCapsHeading(text)
  );
}

/** The lines with blank lines set around each heading in capitals run into a block. */
export function setApartCapsHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  const blank = (): SourceLine => ({ text: '', indent: 0 });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const before = lines[i - 1]?.text;
    const after = lines[i + 1]?.text;
    // The line's own test first: almost no line is set in capitals (most are told by a lower-case
    // letter at once), while the test of the line under it read every line after a sentence's end.
    const fits =
      before !== undefined &&
      after !== undefined &&
      !(before === '' && after === '') &&
      isCapsHeadingLine(line.text.trim()) &&
      (before === '' || ENDS_SENTENCE.test(before.trim())) &&
      (after === '' || isProse(after.trim()));
    if (!fits) {
      out.push(line);
      continue;
    }
    if (before !== '') out.push(blank());
    out.push(line);
    if (after !== '') out.push(blank());
  }
  return out;
}
