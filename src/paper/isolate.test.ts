import { describe, expect, it } from 'vitest';
import { isolate, withoutIsolates } from './isolate';

describe('isolate', () => {
  it('wraps a name in a first-strong isolate and its closing pop', () => {
    expect(isolate('paper.pdf')).toBe('\u2068paper.pdf\u2069');
  });

  it('closes an override left open inside the name so it cannot reverse the rest of the sentence', () => {
    const name = 'evil\u202Efdp.txt';
    const wrapped = isolate(name);
    expect(wrapped.startsWith('\u2068')).toBe(true);
    expect(wrapped.endsWith('\u2069\u2069')).toBe(true);
  });

  it('adds no extra pops when the name closes what it opens', () => {
    expect(isolate('a\u202Eb\u202Cc')).toBe('\u2068a\u202Eb\u202Cc\u2069');
  });

  it('gives back the text without the isolates it added', () => {
    expect(withoutIsolates(`Opened ${isolate('ملف.txt')}.`)).toBe('Opened ملف.txt.');
  });
});
