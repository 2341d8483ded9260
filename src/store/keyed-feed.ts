/**
 * Per-key subscriptions over one store subscription: for views with thousands of instances (the
 * reading view's blocks, the reference list's entries), where a store subscription each would run
 * thousands of selectors on every change to the store (a note keystroke, a new highlight). A feed
 * listens once, asks its subclass which keys may have changed, and tells the listeners of those
 * whose value (`get`, the same object while unchanged) is new.
 */
import type { AppState } from './app-store';

/** The part of the store a feed needs. */
export interface FeedStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export abstract class KeyedFeed<T> {
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Each subscribed key's value as last read by `get`. */
  protected readonly last = new Map<string, T>();
  private unsubscribe: (() => void) | null = null;

  constructor(protected readonly store: FeedStore) {}

  /** The value of `key` now: the same object as last time while it is unchanged. */
  abstract get(key: string): T;

  /** Notes the state when the first listener comes (what later changes are measured from). */
  protected abstract start(state: AppState): void;

  /** The keys whose value may have changed since the last call (or `start`); null: any key. */
  protected abstract changedKeys(state: AppState): Iterable<string> | null;

  /** Calls `listener` when the value of `key` changes; returns an unsubscribe. */
  subscribe(key: string, listener: () => void): () => void {
    let forKey = this.listeners.get(key);
    if (!forKey) this.listeners.set(key, (forKey = new Set()));
    forKey.add(listener);
    if (!this.unsubscribe) {
      this.start(this.store.getState());
      this.unsubscribe = this.store.subscribe(() => this.changed());
    }
    return () => {
      forKey.delete(listener);
      if (forKey.size > 0) return;
      this.listeners.delete(key);
      this.last.delete(key);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = null;
      }
    };
  }

  private changed() {
    const keys = this.changedKeys(this.store.getState()) ?? this.listeners.keys();
    for (const key of [...keys]) {
      const forKey = this.listeners.get(key);
      if (!forKey) continue;
      const last = this.last.get(key);
      if (last !== undefined && this.get(key) === last) continue;
      for (const listener of [...forKey]) listener();
    }
  }
}
