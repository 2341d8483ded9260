import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLASH_MS, focusAndFlash } from './focus-flash';

function place(html: string): HTMLElement {
  document.body.innerHTML = html;
  const target = document.body.firstElementChild as HTMLElement;
  target.scrollIntoView = vi.fn();
  return target;
}

function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('focusAndFlash', () => {
  it('scrolls the element to the middle, focuses it and flashes it for FLASH_MS', () => {
    preferReducedMotion(false);
    const mark = place('<mark>Reading is social</mark>');
    focusAndFlash(mark);
    expect(mark.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(mark).toHaveFocus();
    expect(mark).toHaveAttribute('tabindex', '-1');
    expect(mark).toHaveClass('flash');
    vi.advanceTimersByTime(FLASH_MS);
    expect(mark).not.toHaveClass('flash');
  });

  it('jumps without animation when the reader prefers reduced motion', () => {
    preferReducedMotion(true);
    const heading = place('<h2>Method</h2>');
    focusAndFlash(heading);
    expect(heading.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
  });

  it('leaves a link, or an element with its own tabindex, in the tab order as it was', () => {
    const link = place('<a href="#ref-1">[1]</a>');
    focusAndFlash(link);
    expect(link).toHaveFocus();
    expect(link).not.toHaveAttribute('tabindex');
    const entry = place('<li tabindex="0">Adler</li>');
    focusAndFlash(entry);
    expect(entry).toHaveAttribute('tabindex', '0');
  });
});
