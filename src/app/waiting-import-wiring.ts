/**
 * The waiting import's wiring (browser-wiring.ts `keepWaitingImportAcrossReload` loads it beside
 * the first screen): what the store holds is kept in this tab's sessionStorage and restored at
 * start.
 */
import type { StorageLike } from '../io/storage-like';
import * as io from '../io/waiting-import';
import type { AppStore } from '../store/app-store';

/** See browser-wiring.ts `keepWaitingImportAcrossReload`. */
export function keepWaitingImportAcrossReload(
  store: AppStore,
  signal: AbortSignal,
  area?: StorageLike,
): void {
  const session = area ?? io.openSessionStorage();
  if (signal.aborted || !session) return;
  // One that came before this module (a link read as the page opened) is newer than the kept one.
  const now = store.getState().importWaiting;
  const kept = io.readWaitingImport(session);
  if (now) io.keepWaitingImport(session, now);
  else if (kept) store.getState().importWaitingRestored(kept);
  const stop = store.subscribe((s, before) => {
    if (s.importWaiting !== before.importWaiting) io.keepWaitingImport(session, s.importWaiting);
  });
  signal.addEventListener('abort', stop, { once: true });
}
