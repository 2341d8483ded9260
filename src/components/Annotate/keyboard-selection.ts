/**
 * Selecting text with the keyboard alone. The paper (`<article tabindex="0">`) keeps a caret in
 * its text: arrow keys move it (Ctrl/Alt+arrow by word, Home/End to the line's ends), and with
 * Shift they extend the selection, as in a text editor. Enter moves focus to the annotation
 * toolbar. Uses `Selection.modify`, which Chromium, Firefox and Safari all implement.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

const MOVES: Record<string, [Direction, Granularity]> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/**
 * Puts a collapsed caret where the reader is: at the start of the focused element inside the
 * paper (a heading reached from the table of contents), else of the first block on screen.
 */
export function placeCaretAtFirstVisibleBlock(root: HTMLElement): boolean {
  const focused = document.activeElement;
  const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-block-start]'));
  const visible =
    focused instanceof HTMLElement && focused !== root && root.contains(focused)
      ? focused
      : (blocks.find((b) => b.getBoundingClientRect().bottom > 80) ?? blocks[0]);
  const walker = visible && document.createTreeWalker(visible, NodeFilter.SHOW_TEXT);
  const first = walker?.nextNode();
  if (!first) return false;
  document.getSelection()?.collapse(first, 0);
  return true;
}

/**
 * Handles a keydown on the paper: moves or extends the selection. Returns true when it handled
 * the key (the caller then prevents the browser's default scroll).
 */
export function handleSelectionKey(
  event: KeyboardEvent | ReactKeyboardEvent,
  root: HTMLElement,
): boolean {
  const move = MOVES[event.key];
  if (!move) return false;
  const selection = document.getSelection();
  if (typeof selection?.modify !== 'function') return false;
  const inside = selection.rangeCount > 0 && root.contains(selection.anchorNode);
  if (!inside && !placeCaretAtFirstVisibleBlock(root)) return false;
  const byWord =
    (event.ctrlKey || event.altKey) && (event.key === 'ArrowLeft' || event.key === 'ArrowRight');
  selection.modify(event.shiftKey ? 'extend' : 'move', move[0], byWord ? 'word' : move[1]);
  scrollFocusIntoView(selection);
  return true;
}

function scrollFocusIntoView(selection: Selection) {
  const node = selection.focusNode;
  const el = node instanceof Element ? node : node?.parentElement;
  if (!el) return;
  const rect = el.getBoundingClientRect();
  if (rect.top < 80 || rect.bottom > window.innerHeight - 40)
    el.scrollIntoView({ block: 'center' });
}
