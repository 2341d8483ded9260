import { describe, expect, it } from 'vitest';
import {
  changedKeysOf,
  emptyRecord,
  entryOf,
  findKey,
  hasEntry,
  keysOf,
  plainOf,
  putEntries,
  putEntry,
  recordOf,
  removeEntry,
  valuesOf,
  type SharedRecord,
} from './shared-record';
import { copiedBy } from './__fixtures__/shared-record-copies';

/** A record of `n` entries `k0`… → 0…. */
const sized = (n: number): SharedRecord<string, number> => {
  const plain: Record<string, number> = {};
  for (let i = 0; i < n; i++) plain[`k${i}`] = i;
  return recordOf(plain);
};

describe('a shared record', () => {
  it('holds, replaces and removes entries, leaving the record it came from as it was', () => {
    const before = recordOf<string, number>({ a: 1, b: 2 });
    const after = removeEntry(putEntry(putEntry(before, 'a', 9), 'c', 3), 'b');
    expect(plainOf(after)).toEqual({ a: 9, c: 3 });
    expect(after.size).toBe(2);
    expect(plainOf(before)).toEqual({ a: 1, b: 2 });
    expect(entryOf(after, 'b')).toBeUndefined();
    expect(hasEntry(after, 'c')).toBe(true);
  });

  it('is the very same record after a change that changes nothing', () => {
    const record = recordOf<string, number>({ a: 1 });
    expect(putEntry(record, 'a', 1)).toBe(record);
    expect(removeEntry(record, 'zz')).toBe(record);
    expect(putEntries(record, {})).toBe(record);
  });

  it('keeps __proto__ and constructor as keys like any other', () => {
    const record = recordOf<string, number>(JSON.parse('{"__proto__": 1, "constructor": 2}'));
    expect(entryOf(record, '__proto__')).toBe(1);
    expect(entryOf(record, 'constructor')).toBe(2);
    expect(entryOf(record, 'toString')).toBeUndefined();
    expect(Object.keys(plainOf(record)).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('holds thousands of entries, each found again', () => {
    const record = sized(5000);
    expect(record.size).toBe(5000);
    expect(keysOf(record)).toHaveLength(5000);
    expect(valuesOf(record).reduce((a, b) => a + b, 0)).toBe((4999 * 5000) / 2);
    for (let i = 0; i < 5000; i += 7) expect(entryOf(record, `k${i}`)).toBe(i);
  });

  it('finds the first key that passes a test, as a list of its keys would, and looks no further', () => {
    const record = sized(5000);
    const wanted = (value: number) => value % 1000 === 999;
    const seen: number[] = [];
    const found = findKey(record, (_key, value) => {
      seen.push(value);
      return wanted(value);
    });
    expect(found).toBe(keysOf(record).find((key) => wanted(entryOf(record, key)!)));
    expect(seen.filter(wanted)).toHaveLength(1);
    expect(seen.length).toBeLessThan(5000);
    expect(findKey(record, () => false)).toBeUndefined();
  });

  it('names exactly the keys two records differ in, as a walk over both would', () => {
    let record = sized(600);
    const start = record;
    const expected = new Set<string>();
    for (let i = 0; i < 600; i += 37) {
      record = i % 2 ? removeEntry(record, `k${i}`) : putEntry(record, `k${i}`, -i - 1);
      expected.add(`k${i}`);
    }
    record = putEntry(record, 'new', 1);
    expected.add('new');
    expect(new Set(changedKeysOf(start, record))).toEqual(expected);
    expect(new Set(changedKeysOf(record, start))).toEqual(expected);
    expect(changedKeysOf(record, record)).toEqual([]);
    expect(new Set(changedKeysOf(emptyRecord(), sized(40)))).toEqual(new Set(keysOf(sized(40))));
  });

  // Issue 9: an add copied the whole record (5,000 keys for each of the annotations and the
  // anchors). Counted, not timed: what one change copies among 50 and among 5,000 entries.
  it('copies a few nodes for one change, as many among 5,000 entries as among 50', () => {
    const copied = (n: number) => {
      const record = sized(n);
      return {
        add: copiedBy(record, putEntry(record, 'added', -1)),
        replace: copiedBy(record, putEntry(record, 'k7', -1)),
        remove: copiedBy(record, removeEntry(record, 'k7')),
      };
    };
    const small = copied(50);
    const large = copied(5000);
    for (const change of ['add', 'replace', 'remove'] as const) {
      // A copy of the whole record would be 5,000 (100 times 50); the path to one leaf is a few
      // branches of 32 slots and a leaf of at most 8 entries.
      expect(large[change]).toBeLessThan(3 * 32 + 9);
      expect(large[change]).toBeLessThan(small[change] * 4 + 40);
    }
  });
});
