import { describe, expect, it } from 'vitest';
import { collapseSpaces, isSpaceCode } from './spaces';

describe('collapseSpaces', () => {
  it.each([
    ['', ''],
    ['one two three', 'one two three'],
    [' leading and trailing ', ' leading and trailing '],
    ['two  spaces', 'two spaces'],
    ['tab\there', 'tab here'],
    ['line\nbreak', 'line break'],
    ['no-break\u00A0space', 'no-break space'],
    ['thin\u2009space and  more\u3000', 'thin space and more '],
    ['mixed \u00A0 \n run', 'mixed run'],
    ['byte order\uFEFFmark', 'byte order mark'],
    ['zero\u200Bwidth is no space', 'zero\u200Bwidth is no space'],
  ])('collapses %j as the \\s+ regex does', (text, expected) => {
    expect(collapseSpaces(text)).toBe(expected);
    expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('agrees with the \\s regex on every code unit', () => {
    const disagreeing: string[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code)))
        disagreeing.push(code.toString(16));
    expect(disagreeing).toEqual([]);
  });
});
