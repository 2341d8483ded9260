/**
 * Reads the reader's text selection in the paper as canonical offsets (for re-attaching an
 * orphan), trimmed of white space at its edges; null when nothing in the paper is selected.
 */
import { useCallback, useEffect, useRef } from 'react';
import { selectedOffsets } from '../shared/dom-offsets';

export function selectedPaperRange(text: string): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selectedOffsets(selection.getRangeAt(0), text);
}

/**
 * While `watching`, remembers the last passage selected in the paper, so "Attach to selection"
 * still works when the selection was cleared on the way to the button (a toolbar dismissed with
 * Escape, a click elsewhere). Returns a function that reads the selection now, or the last one.
 */
export function useLastPaperSelection(watching: boolean, text: string) {
  const last = useRef<{ start: number; end: number } | null>(null);
  useEffect(() => {
    if (!watching) return;
    last.current = selectedPaperRange(text);
    const remember = () => {
      last.current = selectedPaperRange(text) ?? last.current;
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, [watching, text]);
  return useCallback(() => selectedPaperRange(text) ?? last.current, [text]);
}
