/**
 * Merging another tab's writes into ours (merge.ts, with its field-by-field and word-by-word note
 * merges) is needed only once another tab writes, so it is not part of the first load: it loads
 * in a chunk of its own as the app starts (`loadMerge`), and the word merge's library after it.
 * A change that arrives before it has loaded waits for it; changes are merged in the order they
 * came. Until then the other tab's versions stay in storage, where nothing of ours overwrites
 * them (the storage writes only over versions it has read).
 */
import type * as Merge from './merge';

let loaded: typeof Merge | null = null;
let loading: Promise<typeof Merge> | null = null;

/** The merge once loaded, else `null` (`loadMerge` loads it). */
export const loadedMerge = (): typeof Merge | null => loaded;

/**
 * Loads the merge (once; again after a failed load, e.g. offline before the app's files were
 * cached) and starts loading the word merge of notes, which the merge works without meanwhile.
 */
export function loadMerge(): Promise<typeof Merge> {
  loading ??= import('./merge').then(
    (merge) => {
      loaded = merge;
      void merge.loadNoteMerge().catch(() => undefined);
      return merge;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
