/**
 * Loads the sharing formats (sharing.ts) once, on first use; every caller shares the one load.
 */
export type SharingFormats = typeof import('./sharing');

let loading: Promise<SharingFormats> | null = null;

/** The sharing formats, loaded the first time they are asked for. */
export function loadSharingFormats(): Promise<SharingFormats> {
  loading ??= import('./sharing');
  return loading;
}
