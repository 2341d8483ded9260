import { describe, expect, it } from 'vitest';
import { isolate, needsIsolation, quoted, withoutIsolates } from './isolate';

describe('isolate', () => {
  it('wraps a right-to-left name in a first-strong isolate and its closing pop', () => {
    expect(isolate('ملف.pdf')).toBe('\u2068ملف.pdf\u2069');
  });

  it('leaves a name that cannot reorder the sentence as it is', () => {
    expect(isolate('paper (draft) 2.pdf')).toBe('paper (draft) 2.pdf');
  });

  it('keeps an override inside the isolate, whose closing pop ends it', () => {
    expect(isolate('evil\u202Efdp.txt')).toBe('\u2068evil\u202Efdp.txt\u2069');
  });

  it('closes isolates the name leaves open before closing its own', () => {
    expect(isolate('a\u2067b')).toBe('\u2068a\u2067b\u2069\u2069');
  });

  it('drops a stray pop in the name that would end the isolate early', () => {
    expect(isolate('a\u2069\u202Eb')).toBe('\u2068a\u202Eb\u2069');
  });

  it('quotes a name outside its isolate', () => {
    expect(quoted('a\u202Eb')).toBe('“\u2068a\u202Eb\u2069”');
  });

  it('gives back the text without the isolates it added', () => {
    expect(withoutIsolates(`Opened ${isolate('ملف.txt')}.`)).toBe('Opened ملف.txt.');
  });
});

describe('needsIsolation', () => {
  it.each([
    ['Latin letters, digits and punctuation', 'Smith et al. (2020), p. 3', false],
    ['accented Latin and CJK', 'Zoë 論文', false],
    ['a right-to-left override', 'evil\u202Efdp.txt', true],
    ['a left-to-right override', '\u202Dx', true],
    ['a right-to-left mark', 'x\u200F', true],
    ['an Arabic letter mark', 'x\u061C', true],
    ['an isolate of its own', '\u2067x\u2069', true],
    ['Hebrew', 'שלום', true],
    ['Arabic', 'ملف', true],
    ['Arabic presentation forms', '\uFEFB', true],
    ['a supplementary-plane right-to-left script', '\u{10900}', true],
  ])('answers for %s', (_what, text, expected) => {
    expect(needsIsolation(text)).toBe(expected);
  });
});
