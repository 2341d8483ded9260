/**
 * Brings an annotation's highlight in the paper into view: the first `<mark>` drawn for it is
 * scrolled to, focused (so keyboard users read on from there) and flashed briefly.
 */
import { focusAndFlash } from '../shared/focus-flash';

/** Returns false when the highlight is not in the page (not rendered, or an orphan). */
export function revealHighlight(annotationId: string): boolean {
  const mark = document.querySelector<HTMLElement>(
    `mark[data-annotation-id="${CSS.escape(annotationId)}"]`,
  );
  if (!mark) return false;
  focusAndFlash(mark);
  return true;
}
