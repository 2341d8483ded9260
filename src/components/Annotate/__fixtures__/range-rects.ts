/**
 * Runs `test` with fake timers and every Range given a layout (jsdom lays nothing out): by default
 * no rectangles (the toolbar is placed at an empty one), or the one `rect` given (a caret's line).
 * Both are undone after, whether the test passes or throws.
 */
import { vi } from 'vitest';

export function withRangeRects(test: () => void, rect?: DOMRect): void {
  vi.useFakeTimers();
  const rects = {
    getClientRects: () => (rect ? [rect] : []),
    getBoundingClientRect: () => rect ?? new DOMRect(),
  };
  Object.assign(Range.prototype, rects);
  try {
    test();
  } finally {
    vi.useRealTimers();
    for (const name of Object.keys(rects)) delete (Range.prototype as never)[name];
  }
}
