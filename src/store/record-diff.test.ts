import { describe, expect, it } from 'vitest';
import { changedKeys } from './record-diff';

const a = { n: 1 };
const b = { n: 2 };
const c = { n: 3 };

describe('changedKeys', () => {
  it.each([
    ['nothing for the same record', { x: a }, 'same', []],
    ['nothing when every value is the same object', { x: a, y: b }, { x: a, y: b }, []],
    ['a value replaced by another object', { x: a, y: b }, { x: a, y: { n: 2 } }, ['y']],
    ['an added key', { x: a }, { x: a, z: c }, ['z']],
    ['a removed key', { x: a, y: b }, { x: a }, ['y']],
    ['added, changed and removed at once', { x: a, y: b }, { x: c, z: a }, ['x', 'z', 'y']],
  ])('finds %s', (_name, previous, next, expected) => {
    const after = next === 'same' ? previous : (next as Record<string, object>);
    expect(changedKeys<string, object>(previous, after)).toEqual(expected);
  });
});
