import {
  MAX_SLICE_CHARS,
  MIN_SLICE_CHARS,
  nextSliceChars,
  SLICE_TARGET_MS,
} from './use-progressive-limit';

describe('nextSliceChars', () => {
  it.each([
    ['keeps a slice that took the target time', 8_000, SLICE_TARGET_MS, 8_000],
    ['halves a slice that took twice the target', 16_000, 2 * SLICE_TARGET_MS, 8_000],
    ['cuts a slice that took five times the target to a fifth', 20_000, 5 * SLICE_TARGET_MS, 4_000],
    ['at most doubles a slice that was quick', 8_000, 1, 16_000],
    ['doubles a slice that took no measurable time', 8_000, 0, 16_000],
    ['never goes under the smallest slice', 8_000, 100 * SLICE_TARGET_MS, MIN_SLICE_CHARS],
    ['never goes over the largest slice', MAX_SLICE_CHARS, 0, MAX_SLICE_CHARS],
  ])('%s', (_, chars, tookMs, expected) => {
    expect(nextSliceChars(chars, tookMs)).toBe(expected);
  });
});
