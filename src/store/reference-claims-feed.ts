/**
 * The claims linked to each entry of the reference list (and the colour labels they are described
 * with), handed to the entries through one store subscription rather than one per entry. A paper's
 * reference list has hundreds of entries; with a subscription each, every change to the store (a
 * new highlight, a note keystroke, an announcement) ran hundreds of selectors (issue 9). The feed
 * listens once, looks at the entries again only when the paper's annotations or the colour labels
 * changed, and tells those whose claims changed (their lists keep their identity otherwise,
 * reference-selectors.ts).
 */
import type { ColourLabels } from '../annotations/colours';
import type { Annotation } from '../annotations/types';
import type { AppState } from './app-store';
import { selectClaimsOfReference } from './reference-selectors';
import { selectPaperAnnotations } from './selectors';

/** One entry's claims; the same object while they are unchanged. */
export interface ReferenceClaims {
  claims: readonly Annotation[];
  labels: ColourLabels;
}

/** The part of the store the feed needs. */
interface Store {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** Per-entry subscriptions (by the reference's label) over one store subscription. */
export class ReferenceClaimsFeed {
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly claims = new Map<string, ReferenceClaims>();
  private unsubscribe: (() => void) | null = null;
  /** The paper's annotation list and the labels as last checked. */
  private seen: { list: Annotation[] | null; labels: ColourLabels | null } = {
    list: null,
    labels: null,
  };

  constructor(private readonly store: Store) {}

  /** Calls `listener` when the claims of the entry labelled `label` change; returns an unsubscribe. */
  subscribe(label: string, listener: () => void): () => void {
    let forLabel = this.listeners.get(label);
    if (!forLabel) this.listeners.set(label, (forLabel = new Set()));
    forLabel.add(listener);
    if (!this.unsubscribe) {
      const state = this.store.getState();
      this.seen = { list: selectPaperAnnotations(state), labels: state.colourLabels };
      this.unsubscribe = this.store.subscribe(() => this.changed());
    }
    return () => {
      forLabel.delete(listener);
      if (forLabel.size > 0) return;
      this.listeners.delete(label);
      this.claims.delete(label);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    };
  }

  /** The claims of the entry labelled `label` now. */
  get(label: string): ReferenceClaims {
    const state = this.store.getState();
    const claims = selectClaimsOfReference(state, label);
    const labels = state.colourLabels;
    const last = this.claims.get(label);
    // Labels only matter to an entry that has claims to describe.
    if (last && last.claims === claims && (last.labels === labels || claims.length === 0))
      return last;
    const next = { claims, labels };
    this.claims.set(label, next);
    return next;
  }

  /** Tells the entries whose claims changed; nothing is looked at when the list did not change. */
  private changed() {
    const state = this.store.getState();
    const list = selectPaperAnnotations(state);
    if (list === this.seen.list && state.colourLabels === this.seen.labels) return;
    this.seen = { list, labels: state.colourLabels };
    for (const [label, forLabel] of [...this.listeners]) {
      const last = this.claims.get(label);
      if (last && this.get(label) === last) continue;
      for (const listener of [...forLabel]) listener();
    }
  }
}

const feeds = new WeakMap<Store, ReferenceClaimsFeed>();

/** The feed of a store (one per store). */
export function referenceClaimsFeed(store: Store): ReferenceClaimsFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new ReferenceClaimsFeed(store)));
  return feed;
}
