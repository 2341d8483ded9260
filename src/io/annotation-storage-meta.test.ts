import { describe, expect, it } from 'vitest';
import { storedOpenPaperId } from './annotation-storage-meta';
import { storageKeys } from './storage-keys';
import { createMemoryStorage } from './storage-like';

const NAME = 'marginalia';
const keys = storageKeys(NAME);

/** A storage as the app leaves it with `currentPaperId` open. */
function storedWith(currentPaperId: unknown) {
  const area = createMemoryStorage();
  area.setItem(keys.meta, JSON.stringify({ state: { currentPaperId }, version: 3 }));
  return area;
}

describe('storedOpenPaperId', () => {
  it('names the paper open at the last write, from the meta key', () => {
    expect(storedOpenPaperId(storedWith('paper-1'), NAME)).toBe('paper-1');
  });

  it.each([
    ['no paper open', storedWith(null)],
    ['an empty id', storedWith('')],
    [
      'a meta key without a state',
      (() => {
        const area = createMemoryStorage();
        area.setItem(keys.meta, '"just a string"');
        return area;
      })(),
    ],
    ['an id that is not a string', storedWith(7)],
    ['an empty storage', createMemoryStorage()],
  ])('names none for %s', (_, area) => {
    expect(storedOpenPaperId(area, NAME)).toBeNull();
  });

  it('names none when the meta key is not JSON', () => {
    const area = createMemoryStorage();
    area.setItem(keys.meta, '{not json');
    expect(storedOpenPaperId(area, NAME)).toBeNull();
  });
});
