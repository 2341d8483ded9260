import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scrollIntoViewWithin } from './scroll-within';

/** jsdom lays nothing out: boxes get their geometry here, in viewport pixels. */
function layOut(el: HTMLElement, geometry: { top: number; height: number; scrollHeight?: number }) {
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: geometry.height });
  Object.defineProperty(el, 'scrollHeight', {
    configurable: true,
    value: geometry.scrollHeight ?? geometry.height,
  });
  el.getBoundingClientRect = () => new DOMRect(0, geometry.top, 300, geometry.height);
}

/**
 * A sidebar 600 px tall at the top of an 800 px window, scrolling 2000 px of cards, and a card
 * 100 px tall `at` px down its content (so it moves up as the sidebar scrolls).
 */
function sidebarWithCardAt(at: number) {
  document.body.innerHTML = '<aside style="overflow-y: auto"><article></article></aside>';
  const sidebar = document.querySelector('aside')!;
  const card = document.querySelector('article')!;
  layOut(sidebar, { top: 0, height: 600, scrollHeight: 2000 });
  card.getBoundingClientRect = () => new DOMRect(0, at - sidebar.scrollTop, 300, 100);
  card.scrollIntoView = vi.fn();
  return { sidebar, card };
}

const windowScrolls = vi.fn();
beforeEach(() => {
  windowScrolls.mockClear();
  vi.stubGlobal('innerHeight', 800);
  vi.spyOn(window, 'scrollTo').mockImplementation(windowScrolls);
  vi.spyOn(window, 'scrollBy').mockImplementation(windowScrolls);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('scrollIntoViewWithin', () => {
  it('scrolls the sidebar just enough to bring a card below its fold up to its bottom edge', () => {
    const { sidebar, card } = sidebarWithCardAt(1000);
    scrollIntoViewWithin(card);
    expect(sidebar.scrollTop).toBe(500);
    expect(card.getBoundingClientRect().bottom).toBe(600);
  });

  it('scrolls back to a card above the part in view, aligning its top', () => {
    const { sidebar, card } = sidebarWithCardAt(300);
    sidebar.scrollTop = 700;
    scrollIntoViewWithin(card);
    expect(sidebar.scrollTop).toBe(300);
  });

  it('leaves a card that is in view where it is', () => {
    const { sidebar, card } = sidebarWithCardAt(200);
    scrollIntoViewWithin(card);
    expect(sidebar.scrollTop).toBe(0);
  });

  it('keeps the card within the window when the sidebar reaches past its bottom', () => {
    const { sidebar, card } = sidebarWithCardAt(1000);
    layOut(sidebar, { top: 300, height: 600, scrollHeight: 2000 });
    card.getBoundingClientRect = () => new DOMRect(0, 300 + 1000 - sidebar.scrollTop, 300, 100);
    scrollIntoViewWithin(card);
    // The window ends at 800: the card's bottom lands there, not at the sidebar's 900.
    expect(card.getBoundingClientRect().bottom).toBe(800);
  });

  it('never scrolls the window, nor asks the browser to (scrollIntoView moves every ancestor)', () => {
    const { card } = sidebarWithCardAt(1000);
    scrollIntoViewWithin(card);
    expect(card.scrollIntoView).not.toHaveBeenCalled();
    expect(windowScrolls).not.toHaveBeenCalled();
  });

  it('moves nothing when only the page scrolls (the sidebar is not its own scroller)', () => {
    document.body.innerHTML = '<aside><article></article></aside>';
    const aside = document.querySelector('aside')!;
    const card = document.querySelector('article')!;
    layOut(aside, { top: 0, height: 3000 });
    card.getBoundingClientRect = () => new DOMRect(0, 2000, 300, 100);
    scrollIntoViewWithin(card);
    expect(aside.scrollTop).toBe(0);
    expect(document.documentElement.scrollTop).toBe(0);
    expect(windowScrolls).not.toHaveBeenCalled();
  });
});
