/**
 * How components reach the store: app/ builds it and hands it down with `<StoreProvider>`;
 * components read it with the bounded `useAppStore(selector)` hook, and handlers act through
 * `useAppStoreApi().getState()`. Nothing imports a store instance (the Hypothesis client injects
 * its store the same way), so each test renders with a fresh one.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store/app-store';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` the store of every component below. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for reading and acting in event handlers and effects. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider> above the component');
  return store;
}

/** Reads a slice of the app store; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
