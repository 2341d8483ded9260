/**
 * The composition root: builds the storage, the store, the paper and share controllers and the
 * browser wiring (other tabs' writes, flush on page hide, the leave-page warning, annotation JSON
 * pasted on the page), and hands them to the views. `dispose()` undoes all of it (listeners
 * removed, pending writes flushed), so tests and hot reloads can start the app as often as they
 * like.
 */
import { forgetTextIndex } from '../anchoring/text-index-cache';
import { loadMerge } from '../annotations/load-merge';
import type { AnnotationId } from '../annotations/types';
import {
  createAnnotationStorage,
  type AnnotationStorage,
  type AnnotationStorageOptions,
} from '../io/annotation-storage';
import { storedOpenPaperId } from '../io/annotation-storage-meta';
import type { StorageLike } from '../io/storage-like';
import { openLocalStorage } from '../io/local-storage';
import { createOpeningMarks, type OpeningMarks } from '../io/opening-mark';
import { createAppStore, PERSIST_NAME, type AppStore } from '../store/app-store';
import type { ShareController } from '../components/Share/share-actions';
import { createShareController } from './share-controller';
import {
  clearOpeningMarkOnPageHide,
  completeLoadOnFirstInput,
  flushOnPageHide,
  importPastedAnnotations,
  keepWaitingImportAcrossReload,
  mergeOtherTabsWrites,
  warnBeforeUnload,
} from './browser-wiring';
import { createPaperController, type PaperController } from './paper-controller';
import { prefetchPaperModel, type PrefetchedModel } from './paper-prefetch';
import { markStartStep } from './start-steps';

export interface StartOptions {
  /** The storage area; the browser's localStorage (probed) when omitted. */
  area?: StorageLike;
  /** Where other tabs' `storage` events and `pagehide` arrive; the window in the browser. */
  window?: EventTarget | null;
  /** Whose `visibilitychange` flushes pending writes; the document in the browser. */
  document?: Document | null;
  clock?: () => number;
  ids?: () => AnnotationId;
  /** This tab's session storage; the browser's sessionStorage when omitted (and it opens). */
  session?: StorageLike | null;
  /** Delays of the storage (tests tune them). */
  storage?: Omit<AnnotationStorageOptions, 'now'>;
}

export interface StartedApp {
  store: AppStore;
  storage: AnnotationStorage;
  papers: PaperController;
  share: ShareController;
  /** Removes every listener added and flushes pending writes. */
  dispose(): void;
}

const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

/** Builds the app's storage, store and wiring. */
export function startApp(options: StartOptions = {}): StartedApp {
  markStartStep('begin');
  // The merge of other tabs' changes (and its word merge of notes) loads beside the first screen.
  void loadMerge().catch(() => undefined);
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const probed = options.area ? null : openLocalStorage();
  const area = options.area ?? probed!.area;
  markStartStep('storage-opened');
  const marks = createOpeningMarks(area);
  // Only the browser's own storage (tests hand in theirs, and have no paper library).
  const prefetched = probed ? prefetchLastPaper(area, marks) : null;
  const win = options.window === undefined ? (inBrowser ? window : null) : options.window;
  const doc = options.document === undefined ? (inBrowser ? document : null) : options.document;
  const storage = createAnnotationStorage(area, {
    ...options.storage,
    ...(options.clock && { now: options.clock }),
    // Settled once the first paper shown is painted with its first screen's highlights (or
    // paper-drawn.ts cannot load: offline after an update). The store is made below, and
    // is there by the time the module has loaded.
    afterFirstScreen: doc
      ? () =>
          import('./paper-drawn').then(({ afterFirstScreenDrawn }) =>
            afterFirstScreenDrawn(store, doc, signal),
          )
      : options.storage?.afterFirstScreen,
  });
  const store = createAppStore({ storage, clock: options.clock, ids: options.ids });
  markStartStep('rehydrated');
  if (probed?.problem) store.getState().storageProblemReported(probed.problem);
  if (win) mergeOtherTabsWrites(storage, store, win, signal);
  if (win) completeLoadOnFirstInput(storage, win, signal);
  if (win && doc) flushOnPageHide(storage, win, doc, signal);
  if (win) warnBeforeUnload(storage, win, signal);
  if (win) clearOpeningMarkOnPageHide(marks, win, signal);
  if (doc) importPastedAnnotations(store, doc, signal);
  if (options.session || (options.session === undefined && inBrowser && win === window))
    void keepWaitingImportAcrossReload(store, signal, options.session ?? undefined);
  // The built app keeps itself for offline use (the dev server's files change under it).
  if (inBrowser && win === window && import.meta.env.PROD)
    void import('./offline-wiring').then(({ keepAppOffline }) =>
      keepAppOffline(store, { win: window, url: new URL('sw.js', document.baseURI).href }, signal),
    );
  markStartStep('wired');
  // The last paper's text index (some 15 bytes a character) goes when the paper does.
  const stopWatching = store.subscribe((s, before) => {
    if (before.paper && s.paper?.text !== before.paper.text) forgetTextIndex();
  });
  signal.addEventListener('abort', () => {
    stopWatching();
    forgetTextIndex();
    store.dispose();
    storage.dispose();
  });
  return {
    store,
    storage,
    papers: createPaperController(store, { marks, prefetched }),
    share: createShareController(store, options.clock),
    dispose: () => lifetime.abort(),
  };
}

/**
 * At a reload, the stored model of the paper that was open is asked for first, before the stored
 * annotations are read: the database works while they are decoded. Not when the last open never
 * finished (the reader is asked first).
 */
function prefetchLastPaper(area: StorageLike, marks: OpeningMarks): PrefetchedModel | null {
  if (marks.read()) return null;
  const id = storedOpenPaperId(area, PERSIST_NAME);
  return id ? prefetchPaperModel(id) : null;
}
