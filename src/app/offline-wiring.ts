/**
 * Keeps the app working offline: once the page has loaded (the first screen never waits for it,
 * nor loads this module), the offline worker is registered (`io/offline-worker.ts`) and a new version it
 * finds is put to the reader (`appUpdate` in the store); when they ask for it, the page reloads on
 * it. Only in a built app: the dev server's files change under it.
 */
import { registerOfflineWorker } from '../io/offline-worker';
import type { AppStore } from '../store/app-store';

export interface OfflineWiringOptions {
  /** The window: its `load` event, `navigator.serviceWorker` and `location`. */
  win: Window;
  /** The worker's script, resolved against the page. */
  url: string;
}

/** Registers the offline worker after `load` and wires its updates to the store, until `signal`. */
export function keepAppOffline(
  store: AppStore,
  options: OfflineWiringOptions,
  signal: AbortSignal,
) {
  const { win } = options;
  if (!('serviceWorker' in win.navigator)) return;
  const start = async () => {
    if (signal.aborted) return;
    const worker = await registerOfflineWorker({
      container: win.navigator.serviceWorker,
      url: options.url,
      onUpdateReady: () => store.getState().appUpdateReady(),
      reload: () => win.location.reload(),
    });
    if (!worker || signal.aborted) return;
    const stop = store.subscribe((s, before) => {
      if (s.appUpdate === 'requested' && before.appUpdate !== 'requested') worker.applyUpdate();
    });
    signal.addEventListener('abort', stop, { once: true });
  };
  const later = () => win.setTimeout(() => void start().catch(() => undefined), 0);
  if (win.document.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true, signal });
}
