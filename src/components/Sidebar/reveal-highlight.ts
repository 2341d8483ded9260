/**
 * Brings an annotation's highlight in the paper into view: the first `<mark>` drawn for it is
 * scrolled to, focused (so keyboard users read on from there) and flashed briefly.
 */

/** How long the highlight stays flashed, so the eye finds it after the scroll. */
const FLASH_MS = 1600;

const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Returns false when the highlight is not in the page (not rendered, or an orphan). */
export function revealHighlight(annotationId: string): boolean {
  const mark = document.querySelector<HTMLElement>(
    `mark[data-annotation-id="${CSS.escape(annotationId)}"]`,
  );
  if (!mark) return false;
  if (!mark.hasAttribute('tabindex')) mark.tabIndex = -1;
  mark.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.add('flash');
  window.setTimeout(() => mark.classList.remove('flash'), FLASH_MS);
  return true;
}
