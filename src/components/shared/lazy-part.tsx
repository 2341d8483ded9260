/**
 * A part of the page loaded the first time it is shown (a menu's panel, a dialog) whose loading
 * may fail: the reader went offline after the page loaded, or a new version of the app replaced
 * the file the page asks for. React's `lazy` then throws to the nearest error boundary, which for
 * the header's menus is the whole header. Here the failure stays in the part: one sentence and
 * "Try again", which loads it afresh (a rejected `lazy` never loads again, so a new one is made,
 * and the file is fetched again even where the browser keeps the failed fetch: import-afresh.ts).
 * When trying again fails too, "Reload" offers the page anew (the app may have been updated).
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { importAfresh } from './import-afresh';
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
  /** Shown while the part loads, in place of the `fallback` every instance shares. */
  loading?: ReactNode;
}

/** The props of a module's component export. */
type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

/** A lazy part, and how to load it before it is first shown. */
export type LazyPart<P> = ComponentType<P & DismissProps> & {
  /**
   * Loads the part now; settles once it has loaded, or failed (a failure is left for its first
   * showing to report). A part loaded before it is shown is drawn at once, with no fallback.
   */
  preload: () => Promise<void>;
};

/**
 * Makes a component that loads module `load()` when first rendered and shows its export `name`,
 * shows `fallback` while it loads, and on failure says so in place with "Try again" (and "Close"
 * when `onDismiss` is given) instead of throwing to the region around it.
 */
export function lazyPart<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  { what, fallback = null, floating = false }: LazyPartOptions,
): LazyPart<PropsOf<M[K]>> {
  type P = PropsOf<M[K]>;
  /** The part's component once loaded: an instance shown after that draws it with no suspense. */
  let loaded: ComponentType<P> | null = null;
  const take = (m: M) => (loaded = m[name] as ComponentType<P>);
  const make = (again: boolean) =>
    lazy(() => (again ? importAfresh(load) : load()).then((m) => ({ default: take(m) })));
  // Shared by every instance until a load fails: the part loads once for the whole page.
  let shared = make(false);
  function LazyPart({ loading, ...props }: P & DismissProps) {
    const [Loaded, setLoaded] = useState<ComponentType<P>>(() => loaded ?? shared);
    const [tries, setTries] = useState(0);
    const retry = () => {
      shared = make(true);
      setLoaded(() => shared);
      setTries((n) => n + 1);
    };
    return (
      <LoadBoundary
        what={what}
        floating={floating}
        onRetry={retry}
        retried={tries > 0}
        onDismiss={props.onDismiss}
      >
        <Suspense fallback={loading ?? fallback}>
          <Loaded {...(props as P & DismissProps)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  LazyPart.preload = () =>
    load().then(
      (m) => void take(m),
      () => undefined,
    );
  return LazyPart;
}

interface BoundaryProps extends DismissProps {
  what: string;
  floating: boolean;
  onRetry: () => void;
  /** Trying again failed before: the page itself may be out of date, so Reload is offered. */
  retried: boolean;
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
    const { what, floating, onRetry, retried, onDismiss, children } = this.props;
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
          {retried ? (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => window.location.reload()}
            >
              Reload
            </button>
          ) : null}
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
