import { describe, expect, it } from 'vitest';
import { isolate, withoutIsolates } from './isolate';

describe('isolate', () => {
  it('wraps a name in a first-strong isolate and its closing pop', () => {
    expect(isolate('paper.pdf')).toBe('\u2068paper.pdf\u2069');
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

  it('gives back the text without the isolates it added', () => {
    expect(withoutIsolates(`Opened ${isolate('ملف.txt')}.`)).toBe('Opened ملف.txt.');
  });
});
