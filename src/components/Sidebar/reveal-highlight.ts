/**
 * Brings an annotation's highlight in the paper into view: the first `<mark>` drawn for it is
 * scrolled to, focused (so keyboard users read on from there) and flashed briefly.
 */
import { flushSync } from 'react-dom';
import type { AnnotationId } from '../../annotations/types';
import type { AppStore } from '../../store/app-store';
import { focusAndFlash } from '../shared/focus-flash';
import { findRendered } from '../shared/render-reach';

/**
 * The first mark drawn for the annotation: one where it is on top, else one where it lies under
 * another highlight (a passage highlighted twice is drawn with the later one on top).
 */
function firstMarkOf(annotationId: AnnotationId): HTMLElement | null {
  const id = CSS.escape(annotationId);
  return (
    document.querySelector<HTMLElement>(`mark[data-annotation-id="${id}"]`) ??
    document.querySelector<HTMLElement>(`mark[data-annotation-ids~="${id}"]`)
  );
}

/** Returns false when the highlight is not in the page (not rendered, or an orphan). */
export function revealHighlight(annotationId: AnnotationId): boolean {
  // A highlight in a part of the paper not rendered yet is rendered first.
  const mark = findRendered(() => firstMarkOf(annotationId));
  if (!mark) return false;
  focusAndFlash(mark);
  return true;
}

/**
 * Opens an annotation (its card in the sidebar, its highlight emphasised) and reveals its
 * highlight; tells screen-reader users when the highlight is not in the page. What a card's quote
 * and a claim listed under a reference do when pressed (from an event handler).
 *
 * The opening is committed first (`flushSync`), so everything it does, the card scrolling itself
 * into view in the sidebar included, is done before the page starts its smooth scroll to the
 * highlight, and the mark revealed is the one now on the page.
 */
export function openAndRevealHighlight(store: AppStore, annotationId: AnnotationId): void {
  const s = store.getState();
  flushSync(() => s.annotationActivated(annotationId));
  if (!revealHighlight(annotationId)) s.announced('That highlight is not shown in the paper.');
}
