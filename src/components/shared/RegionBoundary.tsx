/**
 * Error boundaries per region (header, paper, sidebar, dialogs): a region that throws while
 * rendering is replaced by one sentence saying what failed, with "Export all annotations" and
 * "Reload", so the rest of the page and the reader's way out stay on screen. The start-up failure
 * screen (app/mount-app.tsx) uses the same fallback.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { exportAllAnnotations } from './export-all';
import { useAppStoreApi } from '../store-context';

/** Reloads the page (the default of the fallback's "Reload"). */
const reloadPage = () => window.location.reload();

/** The short reason an error gives, for the fallback's sentence. */
const reasonOf = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 160 ? `${oneLine.slice(0, 159)}…` : oneLine || 'unknown error';
};

export interface FailureProps {
  /** What failed, as the reader knows it: "the sidebar", "Marginalia". */
  what: string;
  error: unknown;
  onExport: () => void;
  onReload?: () => void;
}

/** The plain fallback: one sentence, "Export all annotations" and "Reload". */
export function RegionFailure({ what, error, onExport, onReload = reloadPage }: FailureProps) {
  return (
    <section className="region-failure" role="alert" aria-label={`${what} failed`}>
      <p>
        <bdi>{what.charAt(0).toUpperCase() + what.slice(1)}</bdi> could not be shown because of an
        error (<bdi>{reasonOf(error)}</bdi>); your annotations are still saved.
      </p>
      <p className="region-failure__actions">
        <button type="button" className="button" onClick={onExport}>
          Export all annotations
        </button>{' '}
        <button type="button" className="button" onClick={onReload}>
          Reload
        </button>
      </p>
    </section>
  );
}

interface BoundaryProps {
  what: string;
  onExport: () => void;
  onReload?: () => void;
  children: ReactNode;
}

/** Catches what its children throw while rendering and shows `RegionFailure` instead. */
export class ErrorBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render() {
    const { what, onExport, onReload, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <RegionFailure what={what} error={this.state.error} onExport={onExport} onReload={onReload} />
    );
  }
}

/** An `ErrorBoundary` whose export is the store's full export (as the storage banner's). */
export function RegionBoundary({
  what,
  onReload,
  children,
}: {
  what: string;
  onReload?: () => void;
  children: ReactNode;
}) {
  const store = useAppStoreApi();
  return (
    <ErrorBoundary
      what={what}
      onExport={() => void exportAllAnnotations(store)}
      onReload={onReload}
    >
      {children}
    </ErrorBoundary>
  );
}
