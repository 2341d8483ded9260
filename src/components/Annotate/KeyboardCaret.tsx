/**
 * Draws the keyboard caret in the paper while it has focus: text that is not editable has no
 * visible caret of its own, so a keyboard reader would not see where a selection will start.
 */
import { useEffect, useState, type RefObject } from 'react';

export function KeyboardCaret({ root }: { root: RefObject<HTMLElement | null> }) {
  const [rect, setRect] = useState<{ top: number; left: number; height: number } | null>(null);
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection();
      const el = root.current;
      // The selection first: with none (the toolbar cleared it) no style is brought up to date
      // for `activeElement`.
      if (
        !el ||
        !sel ||
        sel.rangeCount === 0 ||
        document.activeElement !== el ||
        !el.contains(sel.focusNode)
      ) {
        return setRect(null);
      }
      const caret = document.createRange();
      caret.setStart(sel.focusNode!, sel.focusOffset);
      const r = caret.getClientRects()[0] ?? caret.getBoundingClientRect();
      setRect(r.height ? { top: r.top, left: r.left, height: r.height } : null);
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { passive: true });
    const el = root.current;
    el?.addEventListener('focus', update);
    el?.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update);
      el?.removeEventListener('focus', update);
      el?.removeEventListener('blur', update);
    };
  }, [root]);
  return rect ? <div className="keyboard-caret" aria-hidden="true" style={rect} /> : null;
}
