/**
 * Offline: registers the service worker the build emits (`sw.js`: Workbox through vite-plugin-pwa,
 * see vite.config.ts), which keeps every file of the app so that it opens and works with no
 * network once it has loaded. A new version of the app installs beside the running one and waits
 * (a page never runs old code against new files): `onUpdateReady` says so, and `applyUpdate()` lets
 * it take over, then reloads the page.
 */

/** The running app's hold on its service worker. */
export interface OfflineWorker {
  /** The waiting version takes over and the page reloads on it (reloads at once if none waits). */
  applyUpdate(): void;
}

export interface OfflineWorkerOptions {
  /** Where the worker is registered: `navigator.serviceWorker` in the browser. */
  container: ServiceWorkerContainer;
  /** The worker's script, resolved against the page (its folder is the worker's scope). */
  url: string;
  /** A new version is installed and waits for a reload. */
  onUpdateReady(): void;
  /** Reloads the page (`location.reload` in the browser). */
  reload(): void;
}

/** The message Workbox's generated worker takes as "stop waiting" (its `skipWaiting`). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Registers the offline worker. Null when the browser refuses it (a private window, storage
 * switched off): the app then works online as before, and nothing is said.
 */
export async function registerOfflineWorker(
  options: OfflineWorkerOptions,
): Promise<OfflineWorker | null> {
  const { container } = options;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(options.url);
  } catch {
    return null;
  }
  // The first install is no update: only a worker arriving beside one in control is.
  const reportIfWaiting = () => {
    if (registration.waiting && container.controller) options.onUpdateReady();
  };
  reportIfWaiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') reportIfWaiting();
    });
  });
  return {
    applyUpdate() {
      const waiting = registration.waiting;
      if (!waiting) {
        options.reload();
        return;
      }
      container.addEventListener('controllerchange', () => options.reload(), { once: true });
      waiting.postMessage(SKIP_WAITING);
    },
  };
}
