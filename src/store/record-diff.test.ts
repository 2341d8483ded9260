import { describe, expect, it } from 'vitest';
import { changedKeys, noteChangedKeys } from './record-diff';

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

describe('changedKeys from noted changes', () => {
  it('answers from the notes that lead from one record to the other, over several steps', () => {
    const r0: Record<string, object> = { x: a, y: b };
    const r1 = { ...r0, y: c };
    const r2 = { ...r1, z: a };
    noteChangedKeys<string, object>(r0, r1, ['y']);
    noteChangedKeys<string, object>(r1, r2, ['z']);
    expect(changedKeys<string, object>(r0, r2).sort()).toEqual(['y', 'z']);
    expect(changedKeys<string, object>(r1, r2)).toEqual(['z']);
  });

  it('compares every key when the notes do not lead back to the earlier record', () => {
    const r0: Record<string, object> = { x: a };
    const other: Record<string, object> = { x: b };
    const r1 = { ...other, y: c };
    noteChangedKeys<string, object>(other, r1, ['y']);
    expect(changedKeys<string, object>(r0, r1).sort()).toEqual(['x', 'y']);
  });

  it('compares every key for a change nobody noted', () => {
    const r0: Record<string, object> = { x: a, y: b };
    const r1: Record<string, object> = { x: a, y: c };
    const r2 = { ...r1, z: a };
    noteChangedKeys<string, object>(r1, r2, ['z']);
    expect(changedKeys<string, object>(r0, r2).sort()).toEqual(['y', 'z']);
  });
});
