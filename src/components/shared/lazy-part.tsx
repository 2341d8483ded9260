/**
 * A part of the page loaded the first time it is shown (a menu's panel, a dialog) whose loading
 * may fail: the reader went offline after the page loaded, or a new version of the app replaced
 * the file the page asks for. React's `lazy` then throws to the nearest error boundary, which for
 * the header's menus is the whole header. Here the failure stays in the part: one sentence and
 * "Try again", which loads it afresh (a rejected `lazy` never loads again, so a new one is made).
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import './lazy-part.css';

interface LazyPartOptions {
  /** What the part is, starting the sentence: "The Share & export menu". */
  what: string;
  /** Shown while the part loads. */
  fallback?: ReactNode;
  /** A part that floats over the page (a dialog): its failure floats too, in view. */
  floating?: boolean;
}

/** Extra props of every lazy part: a way to give up (the failure offers it beside "Try again"). */
interface DismissProps {
  /** When given, the failure also offers "Close", which calls it. */
  onDismiss?: () => void;
}

/**
 * Makes a component that loads `load()`'s component when first rendered, shows `fallback` while
 * it loads, and on failure says so in place with "Try again" (and "Close" when `onDismiss` is
 * given) instead of throwing to the region around it.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { what, fallback = null, floating = false }: LazyPartOptions,
): ComponentType<P & DismissProps> {
  const make = () => lazy(() => load().then((c) => ({ default: c })));
  // Shared by every instance until a load fails: the part loads once for the whole page.
  let shared = make();
  return function LazyPart(props: P & DismissProps) {
    const [Loaded, setLoaded] = useState(() => shared);
    const retry = () => {
      shared = make();
      setLoaded(() => shared);
    };
    return (
      <LoadBoundary what={what} floating={floating} onRetry={retry} onDismiss={props.onDismiss}>
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </LoadBoundary>
    );
  };
}

interface BoundaryProps extends DismissProps {
  what: string;
  floating: boolean;
  onRetry: () => void;
  children: ReactNode;
}

/** Catches the part's failure to load (or render) and offers to load it again. */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(`${this.props.what} could not be loaded`, error);
  }

  override render() {
    const { what, floating, onRetry, onDismiss, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div
        className={floating ? 'lazy-failure lazy-failure--floating' : 'lazy-failure'}
        role="alert"
      >
        <p>
          {what} could not be loaded (offline, or the app was updated). Your annotations are safe.
        </p>
        <p className="lazy-failure__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              this.setState({ failed: false });
              onRetry();
            }}
          >
            Try again
          </button>
          {onDismiss ? (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={onDismiss}
            >
              Close
            </button>
          ) : null}
        </p>
      </div>
    );
  }
}
