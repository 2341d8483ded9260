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
import { KeyedFeed, type FeedStore } from './keyed-feed';
import { selectClaimsOfReference } from './reference-selectors';
import { selectPaperAnnotations } from './paper-annotation-selectors';

/** One entry's claims; the same object while they are unchanged. */
export interface ReferenceClaims {
  claims: readonly Annotation[];
  labels: ColourLabels;
}

/** Per-entry subscriptions (by the reference's label) over one store subscription. */
export class ReferenceClaimsFeed extends KeyedFeed<ReferenceClaims> {
  /** The paper's annotation list and the labels as last checked. */
  private seen: { list: Annotation[] | null; labels: ColourLabels | null } = {
    list: null,
    labels: null,
  };

  /** The claims of the entry labelled `label` now. */
  get(label: string): ReferenceClaims {
    const state = this.store.getState();
    const claims = selectClaimsOfReference(state, label);
    const labels = state.colourLabels;
    const last = this.last.get(label);
    // Labels only matter to an entry that has claims to describe.
    if (last && last.claims === claims && (last.labels === labels || claims.length === 0))
      return last;
    const next = { claims, labels };
    this.last.set(label, next);
    return next;
  }

  protected start(state: AppState) {
    this.seen = { list: selectPaperAnnotations(state), labels: state.colourLabels };
  }

  /** No entry when the list and the labels are the ones last checked; otherwise every entry. */
  protected changedKeys(state: AppState) {
    const list = selectPaperAnnotations(state);
    if (list === this.seen.list && state.colourLabels === this.seen.labels) return [];
    this.seen = { list, labels: state.colourLabels };
    return null;
  }
}

const feeds = new WeakMap<FeedStore, ReferenceClaimsFeed>();

/** The feed of a store (one per store). */
export function referenceClaimsFeed(store: FeedStore): ReferenceClaimsFeed {
  let feed = feeds.get(store);
  if (!feed) feeds.set(store, (feed = new ReferenceClaimsFeed(store)));
  return feed;
}
