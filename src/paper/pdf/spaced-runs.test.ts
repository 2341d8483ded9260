import { describe, expect, it } from 'vitest';
import { joinLineItems } from './line-text';
import { closeSpacedRun } from './spaced-runs';
import type { TextItem } from './text-item';

describe('closeSpacedRun', () => {
  it.each([
    ['R E F E R E N C E S', 'REFERENCES'],
    ['E D I T O R I A L', 'EDITORIAL'],
    [' N A T U R E', ' NATURE'],
    ['a r t i c l e', 'article'],
  ])('closes up %j', (str, expected) => {
    expect(closeSpacedRun(str)).toBe(expected);
  });

  it.each([
    ['M O D E L 1'],
    ['1 2 3 4 5'],
    [' 2 0 1 3'],
    ['a b c'],
    ['I am a cat'],
    ['x = a b c d'],
    ['R  E S U L T S'],
    ['A B CD E'],
  ])('leaves %j', (str) => {
    expect(closeSpacedRun(str)).toBe(str);
  });

  it('closes up a heading run in a line (Wiley 2022: `R E F E R E N C E S`)', () => {
    const run: TextItem = { str: 'R E F E R E N C E S', x: 306.9, y: 100, width: 77.2, height: 9 };
    expect(joinLineItems([run], 9, 100)).toBe('REFERENCES');
  });
});
