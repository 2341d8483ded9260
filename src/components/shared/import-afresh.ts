/**
 * Loading a part again after its first load failed (offline, or the app was updated under the
 * page). Chromium keeps a failed module fetch for the page's life: importing the same file again
 * fails at once without asking the network, so "Try again" could never work. The browser's error
 * names the file; asked again, it is fetched under a new address (the same file of this origin,
 * a query added), which is a fetch of its own.
 */

/**
 * The file a failed dynamic import names, with a query that makes it a new fetch; null when the
 * error names none (Safari's says only that it failed) or names a file of another origin.
 */
export function freshModuleUrl(error: unknown, base: string, stamp: number): string | null {
  const message = error instanceof Error ? error.message : '';
  const named = /https?:\/\/\S+?\.m?js\b/.exec(message);
  if (!named) return null;
  let url: URL;
  try {
    url = new URL(named[0]);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin) return null;
  url.searchParams.set('retry', String(stamp));
  return url.href;
}

/**
 * `load()` again; if it fails naming the file it could not fetch, that file under a new address.
 * `importer` is the browser's own `import` (tests give their own).
 */
export function importAfresh<M>(
  load: () => Promise<M>,
  importer: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): Promise<M> {
  return load().catch((error: unknown) => {
    const url = freshModuleUrl(error, location.href, Date.now());
    if (!url) throw error;
    return importer(url) as Promise<M>;
  });
}
