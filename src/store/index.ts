/**
 * The app's single store instance and the bounded hook that components read it through.
 */
import { useStore } from 'zustand';
import { createAppStore, type AppState } from './app-store';

export const appStore = createAppStore();

/** Reads a slice of the app store; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
