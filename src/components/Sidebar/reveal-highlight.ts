/**
 * Brings an annotation's highlight in the paper into view: the first `<mark>` drawn for it is
 * scrolled to, focused (so keyboard users read on from there) and flashed briefly.
 */
import type { AnnotationId } from '../../annotations/types';
import { appStore } from '../../store';
import { focusAndFlash } from '../shared/focus-flash';

/** Returns false when the highlight is not in the page (not rendered, or an orphan). */
export function revealHighlight(annotationId: AnnotationId): boolean {
  const mark = document.querySelector<HTMLElement>(
    `mark[data-annotation-id="${CSS.escape(annotationId)}"]`,
  );
  if (!mark) return false;
  focusAndFlash(mark);
  return true;
}

/**
 * Opens an annotation (its card in the sidebar, its highlight emphasised) and reveals its
 * highlight; tells screen-reader users when the highlight is not in the page. What a card's quote
 * and a claim listed under a reference do when pressed.
 */
export function openAndRevealHighlight(annotationId: AnnotationId): void {
  const s = appStore.getState();
  s.annotationActivated(annotationId);
  if (!revealHighlight(annotationId)) s.announced('That highlight is not shown in the paper.');
}
