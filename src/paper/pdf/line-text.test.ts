import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../spaces';
import { composeAccents, placeOverlays, tidyLineText } from './line-text';

/** tidyLineText as it was written first: each rewrite gated by its own regex. */
function tidyByRegexes(text: string): string {
  const spelt = /[\uFB00-\uFB06]/.test(text)
    ? text.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'))
    : text;
  const composed = /[´`¨ˆ˜ˇ˘˙˚¯˝¸˛]/.test(spelt) ? composeAccents(spelt) : spelt;
  const placed = /[\u0335\u0338]/.test(composed) ? placeOverlays(composed) : composed;
  return collapseSpaces(placed).trim();
}

describe('tidyLineText', () => {
  it.each([
    ['  plain text  ', 'plain text'],
    ['de\uFB01ne the \uFB02ow', 'define the flow'],
    ['F´ısica and Ure˜na', 'Física and Ureña'],
    ['Moli`ere', 'Molière'],
    ['a \u0338= b', 'a ≠ b'],
    ['two  spaces\tand\u00A0odd ones', 'two spaces and odd ones'],
  ])('tidies %j to %j', (text, tidy) => {
    expect(tidyLineText(text)).toBe(tidy);
  });

  it('gives what each rewrite gated by its own regex gives, on any mix of their characters', () => {
    const alphabet = [
      'a',
      'e',
      'ı',
      'c',
      'L',
      ' ',
      '  ',
      '\t',
      '\u00A0',
      '\u2009',
      '`',
      '´',
      '¨',
      '˜',
    ];
    alphabet.push('¸', '˛', '¯', 'ˆ', 'ˇ', '\uFB01', '\uFB03', '\u0335', '\u0338', '=', '1', '’');
    // A fixed pseudo-random sequence: the same strings every run.
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 3000; t++) {
      const length = 1 + Math.floor(next() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]);
      expect(tidyLineText(text.join(''))).toBe(tidyByRegexes(text.join('')));
    }
  });
});
