/**
 * DOM ids shared by citation markers, reference entries and backlinks, and the jump between them.
 */

export const referenceDomId = (refId: string): string => refId;
export const citationDomId = (citationId: string): string => `cite-${citationId}`;

/** How long a jump target stays flashed, so the eye finds it after the scroll. */
const FLASH_MS = 1600;

/**
 * Brings the element into view, moves focus to it (so keyboard users continue from there) and
 * flashes it briefly. Returns false when there is no such element.
 */
export function focusElementById(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !(target instanceof HTMLAnchorElement)) target.tabIndex = -1;
  target.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  window.setTimeout(() => target.classList.remove('flash'), FLASH_MS);
  return true;
}

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
