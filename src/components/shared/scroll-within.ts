/**
 * Keeping an element in view inside the panel that holds it (an open card in the sidebar) without
 * moving the page. `element.scrollIntoView()` scrolls every scrollable ancestor, the window
 * included: the sidebar reaches the bottom of the window, so a card brought up to its bottom edge
 * could still ask the window for a fraction of a pixel, and that instant scroll replaced the
 * smooth one taking the page to the card's highlight (the page stayed at the top). Here only the
 * element's own scrolling boxes move, by setting their `scrollTop`; the window never.
 */

/** Overflow values that make a box scroll its content (the ones `scrollIntoView` would move). */
const SCROLLING_OVERFLOW = new Set(['auto', 'scroll', 'overlay']);

interface Edges {
  top: number;
  bottom: number;
}

const px = (value: string): number => Number.parseFloat(value) || 0;

/** A box that scrolls on its own: not the page, its overflow set to scroll, and content to scroll. */
function scrollsOnItsOwn(box: HTMLElement): boolean {
  if (box === document.body || box === document.documentElement) return false;
  return (
    SCROLLING_OVERFLOW.has(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight
  );
}

/**
 * The part of `box`'s scrollport, in viewport coordinates, where the element should land: inside
 * its `scroll-padding`, and inside the window too (a sticky panel can reach past the fold before
 * it sticks), unless that leaves nothing.
 */
function landingZone(box: HTMLElement): Edges {
  const style = getComputedStyle(box);
  const rect = box.getBoundingClientRect();
  const top = rect.top + box.clientTop + px(style.scrollPaddingTop);
  const bottom = rect.top + box.clientTop + box.clientHeight - px(style.scrollPaddingBottom);
  const onScreen = { top: Math.max(top, 0), bottom: Math.min(bottom, window.innerHeight) };
  return onScreen.bottom > onScreen.top ? onScreen : { top, bottom };
}

/** How far `box` must scroll so the element's edges (with its `scroll-margin`) sit inside `zone`. */
function nearestDelta(target: HTMLElement, zone: Edges): number {
  const style = getComputedStyle(target);
  const rect = target.getBoundingClientRect();
  const top = rect.top - px(style.scrollMarginTop);
  const bottom = rect.bottom + px(style.scrollMarginBottom);
  // Taller than the zone, or above it: align its top; below it: align its bottom (as 'nearest').
  if (top < zone.top || bottom - top > zone.bottom - zone.top) return top - zone.top;
  if (bottom > zone.bottom) return bottom - zone.bottom;
  return 0;
}

/**
 * Scrolls the boxes that hold `target` (and scroll on their own) just enough to show it, like
 * `scrollIntoView({ block: 'nearest' })`, at once, and never scrolls the window: when nothing but
 * the page scrolls, nothing moves.
 */
export function scrollIntoViewWithin(target: HTMLElement): void {
  for (let box = target.parentElement; box; box = box.parentElement) {
    if (!scrollsOnItsOwn(box)) continue;
    const delta = nearestDelta(target, landingZone(box));
    if (delta !== 0) box.scrollTop += delta;
  }
}
