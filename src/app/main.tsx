/**
 * Entry point: starts the app (storage, store, browser wiring; see start-app.ts) and mounts it,
 * with a plain fallback if either fails (mount-app.tsx).
 */
import { mountApp } from './mount-app';
import './styles.css';

const app = mountApp(document.getElementById('root')!);
if (import.meta.hot) import.meta.hot.dispose(() => app?.dispose());
