/**
 * Tracks the reader's text selection inside the paper as canonical offsets, trimmed of the
 * whitespace at its edges; null when nothing (or nothing in the paper) is selected.
 */
import { useEffect, useState, type RefObject } from 'react';
import { offsetsOfRange } from './dom-offsets';

export interface PaperSelection {
  start: number;
  end: number;
  /** The DOM range, for placing the toolbar next to it. */
  range: Range;
}

/** Settle time after the last `selectionchange`, so dragging does not flash the toolbar. */
const SETTLE_MS = 120;

/** Narrows `[start, end)` so it neither starts nor ends with whitespace. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function usePaperSelection(root: RefObject<HTMLElement | null>, text: string): PaperSelection | null {
  const [selection, setSelection] = useState<PaperSelection | null>(null);
  useEffect(() => {
    let timer: number | undefined;
    const read = () => {
      const sel = document.getSelection();
      const container = root.current;
      if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !container) return setSelection(null);
      const range = sel.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setSelection(null);
      const offsets = offsetsOfRange(range);
      const trimmed = offsets && trimRange(text, offsets.start, offsets.end);
      setSelection(trimmed ? { ...trimmed, range: range.cloneRange() } : null);
    };
    const onChange = () => {
      window.clearTimeout(timer);
      // A cleared selection hides the toolbar at once; a new one shows it once the drag settles.
      if (document.getSelection()?.isCollapsed ?? true) read();
      else timer = window.setTimeout(read, SETTLE_MS);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [root, text]);
  return selection;
}
