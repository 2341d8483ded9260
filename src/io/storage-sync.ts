/**
 * Wiring the persistence to the browser: the localStorage area (or an in-memory stand-in when the
 * browser refuses it), other tabs' writes (`storage` events), and flushing pending writes before
 * the page goes away.
 */
import type { AnnotationStorage, RemoteChange, StorageProblem } from './annotation-storage';
import { createMemoryStorage, isQuotaExceeded, type StorageLike } from './storage-like';

/**
 * Calls `onRemoteChange` with what another tab wrote, for each `storage` event on `target`
 * (the window). Events for other storage areas (sessionStorage) are ignored. Returns an unsubscribe.
 */
export function subscribeToStorageChanges(
  storage: AnnotationStorage,
  target: EventTarget,
  onRemoteChange: (change: RemoteChange) => void,
): () => void {
  const listener = (event: Event) => {
    const { key, storageArea } = event as StorageEvent;
    if (storageArea && (storageArea as unknown) !== storage.area) return;
    const change = storage.readRemoteChange(key);
    if (change) onRemoteChange(change);
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}

/**
 * Writes pending changes when the page is hidden or unloaded (the last moment a write is sure to
 * happen, `pagehide` and `visibilitychange` being the events browsers reliably fire).
 */
export function flushOnPageHide(
  storage: AnnotationStorage,
  win: Window,
  doc: Document,
): () => void {
  const onPageHide = () => storage.flush();
  const onVisibilityChange = () => {
    if (doc.visibilityState === 'hidden') storage.flush();
  };
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    doc.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

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
