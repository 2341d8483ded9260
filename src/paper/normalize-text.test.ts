import { describe, expect, it } from 'vitest';
import { normalizeSource } from './normalize-text';

describe('normalizeSource', () => {
  it.each([
    ['a byte-order mark is dropped', '\uFEFFTitle', 'Title'],
    ['CRLF and CR line endings become newlines', 'a\r\nb\rc', 'a\nb\nc'],
    ['no-break and thin spaces read as spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['zero-width characters vanish', 'para\u200Bgraph', 'paragraph'],
    ['Kangxi radicals read as the ideographs they stand for', '⼀⽅⾯', '一方面'],
    ['a CJK radical supplement with a mapping reads as its ideograph', '\u2EF3', '龟'],
    ['a radical supplement without a mapping stays as it is', '\u2E80', '\u2E80'],
    ['ordinary ideographs are untouched', '研究方法', '研究方法'],
  ])('%s', (_, source, expected) => {
    expect(normalizeSource(source)).toBe(expected);
  });

  it('keeps the length of a text whose radicals were mapped (offsets do not move)', () => {
    const source = '本文⼀⽅⾯研究';
    expect(normalizeSource(source)).toHaveLength(source.length);
  });
});
