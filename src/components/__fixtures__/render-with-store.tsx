/**
 * Renders a component under `<StoreProvider>` with a fresh test store (or the one given), so a
 * component test needs one line and never shares state with another.
 */
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createTestStore } from '../../store/__fixtures__/test-store';
import type { AppStore } from '../../store/app-store';
import { StoreProvider } from '../store-context';

const wrapperFor = (store: AppStore) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return <StoreProvider store={store}>{children}</StoreProvider>;
  };

/** `render` with the store provided; returns the store along with the usual queries. */
export function renderWithStore(
  ui: ReactElement,
  store: AppStore = createTestStore(),
  options: Omit<RenderOptions, 'wrapper'> = {},
) {
  return { store, ...render(ui, { ...options, wrapper: wrapperFor(store) }) };
}

/** `renderHook` with the store provided. */
export function renderHookWithStore<T>(hook: () => T, store: AppStore = createTestStore()) {
  return { store, ...renderHook(hook, { wrapper: wrapperFor(store) }) };
}
