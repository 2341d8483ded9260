import { describe, expect, it } from 'vitest';
import { storedOpenPaperId } from './annotation-storage';
import { storageKeys } from './storage-keys';
import { createMemoryStorage } from './storage-like';

const NAME = 'marginalia';
const keys = storageKeys(NAME);

/** A storage as the app leaves it with a paper open (its recent-list entry as given; null: none). */
function storedWith(currentPaperId: unknown, entry: unknown = { bundled: false }) {
  const area = createMemoryStorage();
  area.setItem(keys.meta, JSON.stringify({ state: { currentPaperId }, version: 3 }));
  if (typeof currentPaperId === 'string' && entry !== null)
    area.setItem(keys.metaEntry('papers', currentPaperId), JSON.stringify(entry));
  return area;
}

describe('storedOpenPaperId', () => {
  it('names the paper open at the last write, from the meta key and its recent-list entry', () => {
    expect(storedOpenPaperId(storedWith('paper-1', { fileName: 'p.txt' }), NAME)).toBe('paper-1');
  });

  it.each([
    ['the bundled sample', storedWith('sample', { bundled: true })],
    ['no paper open', storedWith(null)],
    ['a paper missing from the recent list', storedWith('paper-1', null)],
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
