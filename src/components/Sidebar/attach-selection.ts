/**
 * Reads the reader's text selection in the paper as canonical offsets (for re-attaching an
 * orphan), trimmed of white space at its edges; null when nothing in the paper is selected.
 */
import { offsetsOfRange } from '../Annotate/dom-offsets';

export function selectedPaperRange(text: string): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsets = offsetsOfRange(selection.getRangeAt(0));
  if (!offsets) return null;
  let { start, end } = offsets;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
