import { createMemoryStorage, isQuotaExceeded, listKeys, quotaExceededError } from './storage-like';

describe('listKeys', () => {
  it.each([
    ['the browser storage', () => window.localStorage],
    ['an in-memory storage', () => createMemoryStorage()],
  ])('lists every key of %s, including ones named like its methods', (_, open) => {
    const area = open();
    area.setItem('marginalia:v2:a:1', 'x');
    area.setItem('key', 'y');
    area.setItem('length', 'z');
    area.removeItem('marginalia:v2:a:1');
    area.setItem('marginalia:v2:a:2', 'w');
    expect(listKeys(area).sort()).toEqual(['key', 'length', 'marginalia:v2:a:2']);
    area.removeItem('key');
    area.removeItem('length');
    area.removeItem('marginalia:v2:a:2');
  });
});

describe('createMemoryStorage', () => {
  it('behaves like localStorage for reads, writes, removals and key listing', () => {
    const area = createMemoryStorage();
    area.setItem('a', '1');
    area.setItem('b', '2');
    area.setItem('a', '3');
    area.removeItem('b');
    expect(area.getItem('a')).toBe('3');
    expect(area.getItem('b')).toBeNull();
    expect(area.length).toBe(1);
    expect(area.key(0)).toBe('a');
    expect(area.key(1)).toBeNull();
    expect(area.usedChars()).toBe(2);
  });

  it('throws QuotaExceededError, as browsers do, when a write would pass the quota', () => {
    const area = createMemoryStorage({ quotaChars: 10 });
    area.setItem('k', '12345678');
    expect(() => area.setItem('k2', '1')).toThrow(
      expect.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(area.getItem('k2')).toBeNull();
    area.setItem('k', '1'); // replacing a value frees its room
    area.setItem('k2', '1');
    expect(area.usedChars()).toBe(5);
  });
});

describe('isQuotaExceeded', () => {
  it.each([
    [quotaExceededError(), true],
    [new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'), true],
    [{ name: 'Error', code: 22 }, true],
    [new Error('other'), false],
    [null, false],
  ])('tells %s -> %s', (error, expected) => {
    expect(isQuotaExceeded(error)).toBe(expected);
  });
});
