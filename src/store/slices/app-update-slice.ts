/**
 * App update slice: a new version of the app is installed and waits for the reader to reload
 * (`io/offline-worker.ts`). The reader is told once and chooses when: reloading mid-note is theirs
 * to decide.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppMutators, AppState } from '../app-store';

export interface AppUpdateSlice {
  /**
   * `none`: nothing waits; `ready`: a new version waits (a notice says so); `requested`: the reader
   * asked for it (the page reloads on it); `dismissed`: it waits until the app is next opened.
   */
  appUpdate: 'none' | 'ready' | 'requested' | 'dismissed';
  /** A new version is installed and waits. */
  appUpdateReady: () => void;
  /** The reader asked to reload on the new version. */
  appUpdateRequested: () => void;
  /** The reader put the notice away: the new version comes with the next opening. */
  appUpdateDismissed: () => void;
}

export const createAppUpdateSlice: StateCreator<AppState, AppMutators, [], AppUpdateSlice> = (
  set,
  get,
) => ({
  appUpdate: 'none',
  appUpdateReady: () => {
    if (get().appUpdate === 'none') set({ appUpdate: 'ready' });
  },
  appUpdateRequested: () => set({ appUpdate: 'requested' }),
  appUpdateDismissed: () => set({ appUpdate: 'dismissed' }),
});
