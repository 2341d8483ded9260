/**
 * A newly opened paper starts at its top: the window keeps its scroll position when the reading
 * view's content changes, so without this a paper opened from the middle of another one would
 * open in its own middle. Only a change from one paper to another scrolls; reopening the same
 * paper keeps the place, and the first paper of a page load is left to the browser. (No reading
 * position is kept per paper; Back within a paper is `io/reading-history.ts`.)
 */
import type { AppStore } from '../store/app-store';

/** Calls `toTop` each time the open paper changes to another one; returns the unsubscribe. */
export function startNewPapersAtTop(store: AppStore, toTop: () => void): () => void {
  return store.subscribe((state, before) => {
    if (before.currentPaperId && state.currentPaperId !== before.currentPaperId) toTop();
  });
}
