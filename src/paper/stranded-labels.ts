/**
 * An entry's label set apart from its text: `pdftotext` (its default reading order) writes a
 * hanging label it read as a block of its own on a line by itself, a blank line between it and
 * the entry (`1.` / blank / `Rajendhran, J. & …`). The entry then opens with no number and the
 * list is not seen as one. The label is put back at the head of the line it labels, when that
 * line opens as an entry does (an author's name and initials), a blank line above it as above the
 * label's block. Pure; for the text parser.
 */
import type { SourceLine } from './normalize-text';
import { looksLikeEntryHead } from './reference-heads';

/**
 * A line that is an entry's dotted label and nothing else: `1.`. (A bracketed `[1]` alone, as
 * JHEP's lists set it, the list reader takes as the label of the entry below.)
 */
const LABEL_ALONE = /^\d{1,3}\.$/;

/** How far above a label the entry before it (`n − 1`) is looked for. */
const PREVIOUS_ENTRY_LINES = 40;

/**
 * Does label `n` fit a list at `out`'s end: the first (`1.`), or the one after an entry `n − 1.`
 * opening a line shortly above? A number alone that ends a wrapped entry (`pp. 901–` / `910.`)
 * fits none.
 */
function fitsList(out: readonly SourceLine[], n: number): boolean {
  if (n === 1) return true;
  for (let k = out.length - 1; k >= 0 && k >= out.length - PREVIOUS_ENTRY_LINES; k--)
    if (new RegExp(`^${n - 1}\\.\\s`).test(out[k]?.text ?? '')) return true;
  return false;
}

/** The lines with each label standing alone above an entry's head joined to that head. */
export function joinStrandedLabels(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const label = line.text.trim();
    const next = i + 2;
    const head = lines[next];
    const before = out[out.length - 1]?.text === '' ? out[out.length - 2] : out[out.length - 1];
    // Set apart by a blank line below, after a line that ends: a number running on from the line
    // above (`10(1):` / `1.` / `Kim, T.; …`, an entry's last page) is no label. Nor is one of a
    // column of labels (`1.` … `8.`, the entries below): none is set apart from its own entry.
    if (
      LABEL_ALONE.test(label) &&
      lines[i + 1]?.text === '' &&
      !/[,:;–-]$/.test(before?.text ?? '') &&
      fitsList(out, Number.parseInt(label, 10)) &&
      !LABEL_ALONE.test(before?.text.trim() ?? '') &&
      head !== undefined &&
      head.text !== '' &&
      looksLikeEntryHead(head.text)
    ) {
      // The label was a block of its own: the entry opens one too, never going on with the line
      // above it (`Published online 14 July 2013.`).
      if (before !== undefined && out[out.length - 1]?.text !== '')
        out.push({ text: '', indent: 0 });
      out.push({ ...head, text: `${label} ${head.text}`, indent: line.indent });
      i = next;
    } else out.push(line);
  }
  return out;
}
