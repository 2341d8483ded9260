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
  settleOn(target);
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  window.setTimeout(() => target.classList.remove('flash'), FLASH_MS);
}

/** How far (px) from the middle of the view a target may end up before the scroll is corrected. */
const SETTLE_TOLERANCE_PX = 40;
/** Corrections at most: each lets the paragraphs it brings into view take their real height. */
const SETTLE_ROUNDS = 3;
/** A scroll that has not ended by then was taken over by the reader: no correction after it. */
const SETTLE_WAIT_MS = 3000;

/**
 * Paragraphs off screen are sized by a guess until they are first drawn (`content-visibility` in
 * app/styles.css), so a long scroll may end with the target away from the middle of the view:
 * once the scroll has ended, the target is brought back to the middle, at once, until it stays
 * (or the page can scroll no further). Only where the browser says when a scroll ends.
 */
function settleOn(target: HTMLElement): void {
  if (!('onscrollend' in window)) return;
  const offCentre = () => {
    const box = target.getBoundingClientRect();
    return box.top + Math.min(box.height, window.innerHeight) / 2 - window.innerHeight / 2;
  };
  // Already in the middle: no scroll is coming, and a later one is the reader's own.
  if (Math.abs(offCentre()) <= SETTLE_TOLERANCE_PX) return;
  let rounds = SETTLE_ROUNDS;
  const correct = () => {
    if (Math.abs(offCentre()) <= SETTLE_TOLERANCE_PX || rounds-- === 0) return;
    const before = window.scrollY;
    target.scrollIntoView({ block: 'center' });
    // The paragraphs now in view take their real height in the next frames; look again then.
    if (window.scrollY !== before) requestAnimationFrame(() => requestAnimationFrame(correct));
  };
  const events = ['scrollend', 'wheel', 'touchstart', 'keydown'] as const;
  const stop = () => {
    window.clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, onEvent);
  };
  // The reader scrolling or typing takes over; so does a scroll that never ends.
  const onEvent = (event: Event) => {
    stop();
    if (event.type === 'scrollend') correct();
  };
  const timer = window.setTimeout(stop, SETTLE_WAIT_MS);
  for (const type of events) window.addEventListener(type, onEvent, { passive: true });
}
