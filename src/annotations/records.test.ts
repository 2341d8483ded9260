import { describe, expect, it } from 'vitest';
import { withEntries, withEntry, withoutEntry } from './records';

const base = (): Record<string, number> => ({ b: 1, a: 2, c: 3 });

describe('withEntry', () => {
  it.each([
    ['replaces an entry in its place', 'a', 9, { b: 1, a: 9, c: 3 }, ['b', 'a', 'c']],
    ['adds a new entry at the end', 'd', 4, { b: 1, a: 2, c: 3, d: 4 }, ['b', 'a', 'c', 'd']],
  ])('%s, as spread would', (_name, key, value, expected, order) => {
    const record = base();
    const next = withEntry(record, key, value);
    expect(next).toEqual(expected);
    expect(Object.keys(next)).toEqual(order);
    expect(Object.keys(next)).toEqual(Object.keys({ ...record, [key]: value }));
    expect(record).toEqual(base());
  });

  it('keeps __proto__ as an entry like any other, never as the prototype', () => {
    const record = JSON.parse('{"__proto__": 1, "x": 2}') as Record<string, number>;
    const next = withEntry(record, '__proto__', 5);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.keys(next)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(next, '__proto__')?.value).toBe(5);
  });
});

describe('withEntries', () => {
  it('replaces and adds several entries at once', () => {
    const next = withEntries(base(), { c: 7, e: 5 });
    expect(next).toEqual({ b: 1, a: 2, c: 7, e: 5 });
    expect(Object.keys(next)).toEqual(['b', 'a', 'c', 'e']);
  });
});

describe('withoutEntry', () => {
  it('leaves the entry out and keeps the order of the rest', () => {
    const record = base();
    const next = withoutEntry(record, 'a');
    expect(next).toEqual({ b: 1, c: 3 });
    expect(Object.keys(next)).toEqual(['b', 'c']);
    expect(record).toEqual(base());
  });

  it('copies the record whole when the key is not in it', () => {
    const record = base();
    const next = withoutEntry(record, 'z');
    expect(next).toEqual(record);
    expect(next).not.toBe(record);
  });
});
