/**
 * Wiring the persistence to the browser: other tabs' writes (`storage` events) merged into the
 * store, and pending writes flushed before the page goes away. Every listener is added with the
 * caller's AbortSignal, so aborting it removes them all (as pdf.js's text layer does).
 */
import type { AnnotationStorage } from '../io/annotation-storage';
import type { AppStore } from '../store/app-store';

/**
 * Merges into `store` what another tab wrote, for each `storage` event on `target` (the window).
 * Events for other storage areas (sessionStorage) are ignored.
 */
export function mergeOtherTabsWrites(
  storage: AnnotationStorage,
  store: AppStore,
  target: EventTarget,
  signal: AbortSignal,
): void {
  const listener = (event: Event) => {
    const { key, storageArea } = event as StorageEvent;
    if (storageArea && (storageArea as unknown) !== storage.area) return;
    const change = storage.readRemoteChange(key);
    if (change) store.getState().remoteAnnotationsMerged(change);
  };
  target.addEventListener('storage', listener, { signal });
  // Changes the storage finds while writing, before their event arrives, are merged the same way.
  const stop = storage.onRemoteChange((change) => store.getState().remoteAnnotationsMerged(change));
  signal.addEventListener('abort', stop, { once: true });
}

/**
 * Writes pending changes when the page is hidden or unloaded (the last moment a write is sure to
 * happen, `pagehide` and `visibilitychange` being the events browsers reliably fire).
 */
export function flushOnPageHide(
  storage: AnnotationStorage,
  win: EventTarget,
  doc: Document,
  signal: AbortSignal,
): void {
  win.addEventListener('pagehide', () => storage.flush(), { signal });
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') storage.flush();
    },
    { signal },
  );
}
