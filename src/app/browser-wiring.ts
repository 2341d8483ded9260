/**
 * Wiring the app to the browser: other tabs' writes (`storage` events) merged into the store,
 * pending writes flushed before the page goes away, a leave-page warning while some of the
 * reader's work could not be saved, annotation JSON pasted on the page and share links in the URL
 * read into the import preview. Every listener is added with the caller's AbortSignal, so aborting
 * it removes them all (as pdf.js's text layer does).
 */
import type { OpeningMarks } from '../io/opening-mark';
import type { ShareController } from '../components/Share/share-actions';
import type { AnnotationStorage } from '../io/annotation-storage';
import { watchShareLinks } from '../io/share-link';
import type { StorageLike } from '../io/storage-like';
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

/** Events by which the reader acts on the page (capture: before any of the page's handlers). */
const FIRST_INPUT_EVENTS = ['pointerdown', 'mousedown', 'keydown', 'paste', 'drop', 'touchstart'];

/**
 * While a reload has read only its first screen's stored annotations (the rest follow its paint,
 * io/annotation-storage.ts), the reader's first input reads the rest at once, before the page
 * handles it: whatever the reader does then (delete a layer, export, search) sees every
 * annotation.
 */
export function completeLoadOnFirstInput(
  storage: AnnotationStorage,
  target: EventTarget,
  signal: AbortSignal,
): void {
  if (!storage.restPending()) return;
  const stop = () => {
    for (const type of FIRST_INPUT_EVENTS) target.removeEventListener(type, complete, true);
    stopRest();
  };
  const complete = () => {
    stop();
    storage.completeLoad();
  };
  // Passive: the event itself is left alone (and a touch never waits for this listener).
  for (const type of FIRST_INPUT_EVENTS)
    target.addEventListener(type, complete, { capture: true, passive: true });
  const stopRest = storage.onRestLoaded(stop);
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

/** Whether pasted text looks like a JSON document (an object or an array). */
export const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

/**
 * Ctrl/Cmd+V of annotation JSON anywhere on the page (not in a text field) opens the import
 * preview, as if the file had been picked, while a paper is open. Other pastes are left alone.
 */
export function importPastedAnnotations(store: AppStore, doc: EventTarget, signal: AbortSignal) {
  const paste = (event: Event) => {
    const e = event as ClipboardEvent;
    const target = e.target as Element | null;
    if (target?.closest?.('input, textarea, [contenteditable="true"]')) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!looksLikeJson(text) || !store.getState().paper) return;
    e.preventDefault();
    void store.getState().importRequested(text, 'paste');
  };
  doc.addEventListener('paste', paste, { signal });
}

/**
 * Reads share links (`#share=…`) into the import preview: the one in the URL now and each the
 * fragment changes to, once `ready` has settled (the paper they are previewed against is open),
 * until `signal` aborts.
 */
export function importShareLinks(
  ready: Promise<unknown>,
  share: Pick<ShareController, 'importShareCode'>,
  signal: AbortSignal,
): void {
  const start = () => {
    if (signal.aborted) return;
    const stop = watchShareLinks((code) => void share.importShareCode(code));
    signal.addEventListener('abort', stop, { once: true });
  };
  void ready.then(start, start);
}

/**
 * Keeps the import waiting for its paper (a share link made on another paper) in `area`, this
 * tab's sessionStorage (`area` in tests), and restores it at start unless another is waiting
 * already: opening that paper after a reload still offers it (papers-slice `paperOpened`). Loaded
 * beside the first screen (waiting-import-wiring.ts, io/waiting-import.ts), off the first load.
 */
export const keepWaitingImportAcrossReload = (
  store: AppStore,
  signal: AbortSignal,
  area?: StorageLike,
): Promise<void> =>
  import('./waiting-import-wiring').then((m) =>
    m.keepWaitingImportAcrossReload(store, signal, area),
  );
