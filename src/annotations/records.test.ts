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

describe('copies made from copies', () => {
  it('keeps each copy to its own keys when two are made from the same record', () => {
    const record = base();
    const first = withEntry(record, 'd', 4);
    const second = withEntry(record, 'e', 5);
    const third = withEntry(first, 'f', 6);
    expect(Object.keys(second)).toEqual(['b', 'a', 'c', 'e']);
    expect(second).toEqual({ b: 1, a: 2, c: 3, e: 5 });
    expect(third).toEqual({ b: 1, a: 2, c: 3, d: 4, f: 6 });
    expect(Object.keys(withEntry(second, 'g', 7))).toEqual(['b', 'a', 'c', 'e', 'g']);
    expect(Object.keys(withEntry(first, 'a', 0))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('gives the same records as spread along a chain of adds, edits and deletes', () => {
    let ours: Record<string, number> = base();
    let spread: Record<string, number> = base();
    const steps: [string, number | null][] = [
      ['d', 4],
      ['a', 5],
      ['b', null],
      ['e', 6],
      ['d', null],
      ['b', 7],
      ['c', 8],
    ];
    for (const [key, value] of steps) {
      if (value === null) {
        ours = withoutEntry(ours, key);
        const { [key]: _gone, ...rest } = spread;
        spread = rest;
      } else {
        ours = withEntries(withEntry(ours, key, value), { [key]: value });
        spread = { ...spread, [key]: value };
      }
      expect(ours).toEqual(spread);
      expect(Object.keys(ours)).toEqual(Object.keys(spread));
    }
  });
});
