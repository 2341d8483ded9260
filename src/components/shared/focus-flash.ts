/**
 * Taking the reader to a place they asked to go (a reference from its citation marker, a marker
 * from a backlink, a heading from the contents, a highlight from its card or its source): the
 * element is scrolled to the middle of the view, focused so keyboard and screen-reader users
 * continue from there, and flashed briefly so the eye finds it. One helper, used by all of them.
 */

/** How long the target stays flashed; the `.flash` animation in app/styles.css lasts as long. */
export const FLASH_MS = 1600;

/** Elements that take focus without a tabindex, which we leave as they are. */
const NATIVELY_FOCUSABLE = 'a[href], button, input, select, textarea';

const prefersReducedMotion = (): boolean =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Scrolls `target` into view (without animation when the reader prefers reduced motion), focuses
 * it (made focusable by script only, `tabindex="-1"`, if it is not already) and flashes it.
 */
export function focusAndFlash(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex') && !target.matches(NATIVELY_FOCUSABLE)) target.tabIndex = -1;
  target.scrollIntoView?.({
    block: 'center',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  window.setTimeout(() => target.classList.remove('flash'), FLASH_MS);
}
