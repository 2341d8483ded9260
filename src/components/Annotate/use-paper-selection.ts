/**
 * Tracks the reader's text selection inside the paper as canonical offsets, trimmed of the
 * whitespace at its edges; null when nothing (or nothing in the paper) is selected.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { docOffset, type DocOffset } from '../../paper/types';
import { offsetsOfRange, rangeOfOffsets, selectedOffsets } from '../shared/dom-offsets';

export interface PaperSelection {
  start: DocOffset;
  end: DocOffset;
  /** The DOM range, for placing the toolbar next to it. */
  range: Range;
}

/** Settle time after the last `selectionchange`, so dragging does not flash the toolbar. */
const SETTLE_MS = 120;

/**
 * The selection in the paper, and `forget` for the app's own clearing of it (the toolbar acted):
 * the toolbar goes in the same render as the new highlight comes, and the re-rendered block is not
 * checked for a disturbed selection. That check reads the Selection, which makes the browser
 * restyle and lay out the page at once, in the middle of the commit (issue 9).
 */
export function usePaperSelection(
  root: RefObject<HTMLElement | null>,
  text: string,
): { selection: PaperSelection | null; forget: () => void; settle: RefObject<() => void> } {
  const [selection, setSelection] = useState<PaperSelection | null>(null);
  /** The selection's raw offsets while the reader has one, to restore it after a re-render. */
  const liveRef = useRef<{ start: number; end: number } | null>(null);
  const timerRef = useRef<number | undefined>(undefined);
  /**
   * Takes the selection now, without waiting for it to settle: Enter pressed straight after the
   * last Shift+arrow asks for the toolbar before the settle time is up (set by the effect; the
   * settle timer, when it fires, reads the same selection again).
   */
  const settle = useRef(() => {});
  const forget = useCallback(() => {
    window.clearTimeout(timerRef.current);
    timerRef.current = undefined;
    liveRef.current = null;
    setSelection(null);
  }, []);
  useEffect(() => {
    const read = () => {
      const sel = document.getSelection();
      const container = root.current;
      // rangeCount first: a cleared selection is told without a layout (isCollapsed needs one).
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !container) return setSelection(null);
      const range = sel.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setSelection(null);
      const trimmed = selectedOffsets(range, text);
      setSelection(
        trimmed
          ? {
              start: docOffset(trimmed.start),
              end: docOffset(trimmed.end),
              range: range.cloneRange(),
            }
          : null,
      );
    };
    settle.current = read;
    const onChange = () => {
      window.clearTimeout(timerRef.current);
      const sel = document.getSelection();
      const inPaper =
        sel && sel.rangeCount > 0 && !sel.isCollapsed && root.current?.contains(sel.anchorNode);
      liveRef.current = inPaper ? offsetsOfRange(sel.getRangeAt(0)) : null;
      // A cleared selection hides the toolbar at once; a new one shows it once the drag settles.
      if (!inPaper) {
        timerRef.current = undefined;
        read();
      } else timerRef.current = window.setTimeout(settled, SETTLE_MS);
    };
    /** The wait for a drag to settle, if one is running (a timer's id, cleared when it fires). */
    const settled = () => {
      timerRef.current = undefined;
      read();
    };
    // A drag ends when the button is let go: the selection is whole then. Taken at once, not after
    // the wait: under load a pause mid-drag showed the toolbar on the part selected so far, and a
    // click on it straight after the release highlighted that part.
    const onUp = () => {
      if (timerRef.current === undefined) return;
      window.clearTimeout(timerRef.current);
      settled();
    };
    // A highlight arriving from another tab re-renders its block, which moves or collapses the
    // reader's selection (its text nodes changed under it): put it back where it was. Only a
    // selection disturbed inside the paper is put back; one that moved into a text field (the link
    // picker's filter box) or was cleared is the reader's doing.
    const observer = new MutationObserver(() => {
      const live = liveRef.current;
      if (!live) return;
      const sel = document.getSelection();
      const container = root.current;
      if (!sel || sel.rangeCount === 0 || !container) return;
      if (!container.contains(sel.anchorNode) || !container.contains(document.activeElement))
        return;
      const now = sel.isCollapsed ? null : offsetsOfRange(sel.getRangeAt(0));
      if (now && now.start === live.start && now.end === live.end) return;
      const range = rangeOfOffsets(container, live.start, live.end);
      if (!range) return;
      sel.setBaseAndExtent(
        range.startContainer,
        range.startOffset,
        range.endContainer,
        range.endOffset,
      );
    });
    if (root.current)
      observer.observe(root.current, { subtree: true, childList: true, characterData: true });
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerup', onUp);
    return () => {
      window.clearTimeout(timerRef.current);
      observer.disconnect();
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerup', onUp);
    };
  }, [root, text]);
  return { selection, forget, settle };
}
