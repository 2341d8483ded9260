/**
 * Wiring the persistence to the browser: other tabs' writes (`storage` events) merged into the
 * store, pending writes flushed before the page goes away, and a leave-page warning while some of
 * the reader's work could not be saved. Every listener is added with the caller's AbortSignal, so
 * aborting it removes them all (as pdf.js's text layer does).
 */
import type { OpeningMarks } from '../io/opening-mark';
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

/**
 * Asks before the page unloads (reload, close, navigate away) while changes are not saved: pending
 * writes are tried first, and only what still cannot be written (storage full, or failing) makes
 * the browser ask. When everything is saved, nothing is asked. Browsers show their own wording,
 * and only after the reader has interacted with the page.
 */
export function warnBeforeUnload(
  storage: AnnotationStorage,
  win: EventTarget,
  signal: AbortSignal,
): void {
  win.addEventListener(
    'beforeunload',
    (event) => {
      storage.flush();
      if (!storage.hasPendingWrites()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      (event as BeforeUnloadEvent).returnValue = true;
    },
    { signal },
  );
}

/**
 * An open cut short by a reload or by leaving the page is not a crash: the page got to say goodbye
 * (`pagehide`), so its opening mark goes and the next start opens the paper without asking. A tab
 * that crashed or hung never fires `pagehide`, and its mark stays (`io/opening-mark.ts`).
 */
export function clearOpeningMarkOnPageHide(
  marks: OpeningMarks,
  win: EventTarget,
  signal: AbortSignal,
): void {
  win.addEventListener('pagehide', () => marks.clear(), { signal });
}
