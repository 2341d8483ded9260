/**
 * Fills the origin's localStorage to the brim, as years of other data would: big pieces first,
 * then ever smaller ones until not even one more character fits.
 */
import type { Page } from 'playwright-core';

export function fillLocalStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        for (let size = 128 * 1024; size >= 1; size >>= 1) {
          try {
            localStorage.setItem(`filler-tail-${size}`, 'x'.repeat(size));
          } catch {
            /* try a smaller piece */
          }
        }
        return;
      }
    }
  });
}
