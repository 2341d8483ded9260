/**
 * A text whose paragraphs are each one line, with no blank line between them: a Word document
 * saved as plain text, a web page copied. Read as a text wrapped into lines, two paragraphs in a
 * row would be joined into one. Such a text is told by its long lines (no hard wraps) and its
 * few blank lines; each of its lines is then set apart by a blank line, a paragraph or a heading
 * of its own. Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';

/** A line at least this long was never wrapped: a paragraph set on one line. */
const UNWRAPPED_LINE = 250;
/** Share of the text's characters in such lines that makes it a text of unwrapped paragraphs. */
const UNWRAPPED_SHARE = 0.5;
/** Most blank lines, as a share of the lines of text, of a text that does not part its paragraphs. */
const MAX_BLANK_SHARE = 0.25;

/** The lines with a blank line after each, in a text of one-line paragraphs not set apart. */
export function separateUnwrappedParagraphs(lines: readonly SourceLine[]): SourceLine[] {
  let all = 0;
  let unwrapped = 0;
  let texts = 0;
  let blanks = 0;
  // Indexed loops: this runs once per paper, mostly before it is compiled, and an iterator then
  // makes an object per line.
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i] as SourceLine;
    if (text === '') blanks++;
    else texts++;
    all += text.length;
    if (text.length >= UNWRAPPED_LINE) unwrapped += text.length;
  }
  if (all === 0 || unwrapped < UNWRAPPED_SHARE * all || blanks > MAX_BLANK_SHARE * texts)
    return lines.slice();
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === '') continue;
    if (out.length > 0) out.push({ text: '', indent: 0 });
    out.push(line);
  }
  return out;
}
