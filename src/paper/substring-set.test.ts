import { describe, expect, it } from 'vitest';
import { hashOf, SubstringSet } from './substring-set';

/** Adds each `[start, end)` of `text` in turn; what `add` answered for each. */
function addAll(text: string, ranges: Array<[number, number]>): boolean[] {
  const set = new SubstringSet(text);
  return ranges.map(([start, end]) => set.add(start, end));
}

describe('SubstringSet', () => {
  it.each([
    ['a new substring is added', 'one', [[0, 3]], [true]],
    [
      'the same text at another place is already in',
      'one one',
      [
        [0, 3],
        [4, 7],
      ],
      [true, false],
    ],
    [
      'the same range twice is already in',
      'one',
      [
        [0, 3],
        [0, 3],
      ],
      [true, false],
    ],
    [
      'a prefix is a substring of its own',
      'onerous one',
      [
        [0, 7],
        [0, 3],
        [8, 11],
      ],
      [true, true, false],
    ],
    [
      'the empty substring is one substring',
      'ab',
      [
        [0, 0],
        [1, 1],
      ],
      [true, false],
    ],
    [
      'case counts',
      'One one',
      [
        [0, 3],
        [4, 7],
      ],
      [true, true],
    ],
    [
      'substrings of the same hash stay apart (Aa and BB)',
      'Aa BB Aa',
      [
        [0, 2],
        [3, 5],
        [6, 8],
      ],
      [true, true, false],
    ],
    [
      'letters outside the Basic Multilingual Plane are compared whole',
      '𝑥 𝑦 𝑥',
      [
        [0, 2],
        [3, 5],
        [6, 8],
      ],
      [true, true, false],
    ],
  ] as const)('%s', (_name, text, ranges, expected) => {
    expect(
      addAll(
        text,
        ranges.map(([s, e]) => [s, e]),
      ),
    ).toEqual(expected);
  });

  it('keeps every substring when it grows far past its first size', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const text = `${words.join(' ')} ${words.join(' ')}`;
    const set = new SubstringSet(text);
    const answers: boolean[] = [];
    let at = 0;
    for (const word of [...words, ...words]) {
      answers.push(set.add(at, at + word.length));
      at += word.length + 1;
    }
    expect(answers.slice(0, 5000).every((a) => a)).toBe(true);
    expect(answers.slice(5000).some((a) => a)).toBe(false);
  });

  it('numbers substrings in the order first added (a new one as its complement) and gives each back', () => {
    const text = 'one two one three';
    const set = new SubstringSet(text);
    const entries = [
      [0, 3],
      [4, 7],
      [8, 11],
      [12, 17],
    ].map(([s, e]) => set.entry(s ?? 0, e ?? 0));
    expect(entries).toEqual([~0, ~1, 0, ~2]);
    expect([0, 1, 2].map((i) => set.item(i))).toEqual(['one', 'two', 'three']);
  });

  it('takes a hash computed while reading as the one it would compute itself', () => {
    const text = 'hash me';
    const set = new SubstringSet(text);
    expect(set.add(0, 4, hashOf(text, 0, 4))).toBe(true);
    expect(set.add(0, 4)).toBe(false);
  });
});
