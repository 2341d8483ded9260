/**
 * Opening the browser's localStorage: probed once at start-up, with an in-memory stand-in (and a
 * problem for the reader) when the browser refuses it. Listening to it is app/browser-wiring.ts.
 */
import type { StorageProblem } from '../annotations/persisted';
import { createMemoryStorage, isQuotaExceeded, type StorageLike } from './storage-like';

/**
 * The browser's localStorage, or an in-memory storage (with the problem to tell the reader) when
 * it is unavailable: disabled, blocked by privacy settings, or absent outside a browser.
 */
export function openLocalStorage(): { area: StorageLike; problem: StorageProblem | null } {
  let area: StorageLike | undefined;
  try {
    area = window.localStorage;
    const probe = 'marginalia:probe';
    area.setItem(probe, '1');
    area.removeItem(probe);
    return { area, problem: null };
  } catch (error) {
    // Full is not unavailable: the writes will report it, and the stored data is still readable.
    if (area && isQuotaExceeded(error)) return { area, problem: null };
    console.warn(
      'localStorage is unavailable; annotations will last only while this tab is open',
      error,
    );
    return {
      area: createMemoryStorage(),
      problem: {
        kind: 'unavailable',
        message:
          'This browser does not let Marginalia store data, so annotations last only while this tab is ' +
          'open. Export them to keep a copy.',
      },
    };
  }
}
