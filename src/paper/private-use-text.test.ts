import { mapPrivateUse } from './private-use-text';

describe('mapPrivateUse', () => {
  it.each([
    ['leaves a text with no private-use character as it is', 'ν = 1 and × 2', 'ν = 1 and × 2'],
    [
      'reads Word’s Symbol codes in Adobe’s Symbol encoding',
      'filling factor \uf06e\uf03d1',
      'filling factor ν=1',
    ],
    [
      'reads a shifted Δ, ×, and an equation number',
      'shift \uf044F = 6.5 MHz\nZt 1\n\uf0b4 e > 0 \uf028\uf031\uf029',
      'shift ΔF = 6.5 MHz\nZt 1\n× e > 0 (1)',
    ],
    [
      'reads a bullet Word set at a line’s start in Wingdings as a bullet',
      '\uf0a7 first item\n  \uf0d8 second item',
      '• first item\n  • second item',
    ],
    ['reads the same code inside a line in the Symbol encoding', 'a \uf0a7 b', 'a ♣ b'],
    ['still maps Symbol’s bracket pieces and its space', '\uf8eb x \uf8f6\uf020', '⎛ x ⎞ '],
    [
      'shows any other private-use character as the replacement character',
      'Ombudsman ....... \ue04d',
      'Ombudsman ....... \ufffd',
    ],
  ])('%s', (_case, text, expected) => {
    expect(mapPrivateUse(text)).toBe(expected);
  });
});
