/**
 * Mounts the app into the page, so that nothing ends in a blank page: if building the store
 * throws, or the first render does, a plain fallback says so and offers to export everything
 * stored (exactly as stored) and to reload.
 */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary, RegionFailure } from '../components/shared/RegionBoundary';
import { exportAllAnnotations } from '../components/shared/export-all';
import type { ShareController } from '../components/Share/share-actions';
import { StoreProvider } from '../components/store-context';
import { downloadStoredData } from '../io/stored-data-export';
import { PERSIST_NAME } from '../store/app-store';
import { App } from './App';
import type { PaperController } from './paper-controller';
import { startApp, type StartedApp } from './start-app';

export interface MountOptions {
  start?: () => StartedApp;
  /** The root view (tests give one that throws). */
  Root?: ComponentType<{ papers: PaperController; share: ShareController }>;
  onReload?: () => void;
}

/** Starts and renders the app in `container`; returns the started app, or null if it failed. */
export function mountApp(container: Element, options: MountOptions = {}): StartedApp | null {
  const { start = startApp, Root = App, onReload } = options;
  const root = createRoot(container);
  let app: StartedApp;
  try {
    app = start();
  } catch (error) {
    console.error('Marginalia could not start', error);
    root.render(
      <RegionFailure
        what="Marginalia"
        error={error}
        onExport={() => downloadStoredData(PERSIST_NAME)}
        onReload={onReload}
      />,
    );
    return null;
  }
  root.render(
    <StrictMode>
      <StoreProvider store={app.store}>
        <ErrorBoundary
          what="Marginalia"
          onExport={() => void exportAllAnnotations(app.store)}
          onReload={onReload}
        >
          <Root papers={app.papers} share={app.share} />
        </ErrorBoundary>
      </StoreProvider>
    </StrictMode>,
  );
  return app;
}
