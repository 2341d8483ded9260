/**
 * Entry point: starts the app (storage, store, browser wiring; see start-app.ts) and mounts it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StoreProvider } from '../components/store-context';
import { App } from './App';
import { startApp } from './start-app';
import './styles.css';

const app = startApp();
if (import.meta.hot) import.meta.hot.dispose(() => app.dispose());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={app.store}>
      <App papers={app.papers} share={app.share} />
    </StoreProvider>
  </StrictMode>,
);
