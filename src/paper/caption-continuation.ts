/**
 * A caption's last line that the layout set apart by a blank line (SAGE's `Table 2. Logistic
 * Regression Results for Treatment Outcome` / blank / `1 Year After Treatment Discharge`): the
 * caption above it ends no sentence, so the line goes on with it. Asked of a line that reads as a
 * numbered heading, in a paper whose sections are unnumbered: it is the caption's, not section 1.
 * Pure: lines in, a boolean out.
 */
import { isCaptionLine } from './aside-blocks';

/** Most blank lines between a caption and its rest. */
const MAX_BLANKS = 1;

/** Does line `k` go on with a caption above it (past at most one blank line) that ends no sentence? */
export function continuesCaption(lines: readonly string[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && i >= k - 1 - MAX_BLANKS && (lines[i] ?? '').trim() === '') i--;
  const above = (lines[i] ?? '').trim();
  if (i < 0 || above === '' || /[.!?:;]$/.test(above)) return false;
  // The caption's first line, or a line it wrapped onto (the chunk's lines back to a blank).
  for (let j = i; j >= 0 && (lines[j] ?? '').trim() !== ''; j--)
    if (isCaptionLine((lines[j] ?? '').trim())) return true;
  return false;
}
