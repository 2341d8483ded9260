/**
 * Loads the sharing formats (sharing.ts) once, on first use; every caller shares the one load,
 * and a load that failed (offline before the app was kept) is tried afresh by the next caller.
 */
export type SharingFormats = typeof import('./sharing');

/** `load` run once and shared by every caller; after a failure, the next call loads afresh. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/** The sharing formats, loaded the first time they are asked for. */
export const loadSharingFormats: () => Promise<SharingFormats> = loadOnce(
  () => import('./sharing'),
);
