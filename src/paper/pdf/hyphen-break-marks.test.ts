import { describe, expect, it } from 'vitest';
import { joinLineItems } from './line-text';
import type { TextItem } from './text-item';

/**
 * A run on a line set in 10 pt at baseline 100, as the app's items give Wiley's 2022 body text:
 * the break mark's blank run is the next run's leading space, at that run's own x.
 */
const run = (str: string, x: number, width: number): TextItem => ({
  str,
  x,
  y: 100,
  width,
  height: 10,
});

describe('the break mark after a hard hyphen', () => {
  it.each([
    [
      'between a compound’s parts (`SARS-`, mark, `CoV-`)',
      [run('after', 10, 19.4), run(' SARS-', 33, 27), run(' CoV-', 60.3, 21.2), run('2', 81.5, 5)],
      'after SARS-CoV-2',
    ],
    [
      'before a lower-case part (`system-`, mark, `intrinsic`)',
      [run('immune', 10, 36), run(' system-', 47.9, 32.1), run(' intrinsic', 80, 35.4)],
      'immune system-intrinsic',
    ],
  ])('is no space %s', (_, items, expected) => {
    expect(joinLineItems(items, 10, 100)).toBe(expected);
  });

  it.each([
    [
      'a word space after a hyphen (`pre- and post-`)',
      [run('pre-', 10, 16), run(' and', 28.5, 15)],
      'pre- and',
    ],
    [
      'a space after a hyphen before a dash (`pre- –`)',
      [run('pre-', 10, 16), run(' –', 26.2, 5)],
      'pre- –',
    ],
    [
      'a leading space after a word touching it, with no hyphen',
      [run('dark', 10, 20), run(' matter', 30.2, 30)],
      'dark matter',
    ],
  ])('keeps %s', (_, items, expected) => {
    expect(joinLineItems(items, 10, 100)).toBe(expected);
  });
});
