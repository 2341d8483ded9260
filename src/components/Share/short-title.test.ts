import { describe, expect, it } from 'vitest';
import { shortTitle } from './short-title';

describe('shortTitle', () => {
  it('keeps a title of up to 60 characters whole', () => {
    expect(shortTitle('Precise poverty alleviation and party image')).toBe(
      'Precise poverty alleviation and party image',
    );
    expect(shortTitle('x'.repeat(60))).toBe('x'.repeat(60));
  });

  it('cuts a longer title at the last word boundary before 60 characters, with an ellipsis', () => {
    const title =
      'Attention is not all you need: pure attention loses rank doubly exponentially with depth';
    expect(shortTitle(title)).toBe('Attention is not all you need: pure attention loses rank…');
    expect(shortTitle(title).length).toBeLessThanOrEqual(61);
  });

  it('leaves no stray punctuation before the ellipsis', () => {
    expect(shortTitle(`${'word '.repeat(10)}tailing, then some more words after it`)).toBe(
      `${'word '.repeat(10)}tailing…`,
    );
  });

  it('cuts inside a word far longer than half the label', () => {
    expect(shortTitle(`A ${'b'.repeat(100)}`)).toBe(`A ${'b'.repeat(58)}…`);
  });
});
