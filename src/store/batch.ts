/**
 * One notification for one user intent. An intent such as "highlight this" makes several changes
 * (create, open its card, announce it); each `set` would otherwise wake every subscriber (every
 * block of the reading view, every sidebar selector) once per change. Inside
 * {@link batchUpdates} the changes are applied at once as usual, and subscribers hear of them
 * once, at the end, with the state from before the first. Zustand middleware in the shape of its
 * docs (docs/guides/typescript.md, "middleware that doesn't change the store type").
 */
import type { StateCreator, StoreApi, StoreMutatorIdentifier } from 'zustand/vanilla';

type Listener<T> = (state: T, previous: T) => void;
type Batch = <R>(run: () => R) => R;

const batches = new WeakMap<object, Batch>();
const reactorSets = new WeakMap<object, Set<Listener<never>>>();

/**
 * Runs `run` (which may make several changes to the store `api`) and tells the store's
 * subscribers once, after it. Nested batches are part of the outer one. A store made without
 * {@link batching} tells them at each change, as usual.
 */
export function batchUpdates<R>(api: object, run: () => R): R {
  const batch = batches.get(api);
  return batch ? batch(run) : run();
}

/**
 * Listens to the store's changes from inside them: `listener` hears each change (a batch, or a
 * lone `set`) before the store's subscribers do, and what it changes in response joins that
 * change, so subscribers (every block, every sidebar selector) hear of both once. For a reaction
 * that belongs to the change itself, such as anchoring a new highlight: with an ordinary
 * subscription, its change would wake every subscriber a second time. On a store made without
 * {@link batching} it is an ordinary subscription. Returns an unsubscribe.
 */
export function subscribeWithin<T>(
  api: { subscribe: (listener: Listener<T>) => () => void },
  listener: Listener<T>,
): () => void {
  const reactors = reactorSets.get(api) as Set<Listener<T>> | undefined;
  if (!reactors) return api.subscribe(listener);
  reactors.add(listener);
  return () => reactors.delete(listener);
}

type Batching = <
  T,
  Mps extends [StoreMutatorIdentifier, unknown][] = [],
  Mcs extends [StoreMutatorIdentifier, unknown][] = [],
>(
  initializer: StateCreator<T, Mps, Mcs>,
) => StateCreator<T, Mps, Mcs>;

const batchingImpl =
  <T>(initializer: StateCreator<T, [], []>): StateCreator<T, [], []> =>
  (set, get, api: StoreApi<T>) => {
    const listeners = new Set<Listener<T>>();
    const reactors = new Set<Listener<T>>();
    const notify = (state: T, previous: T) => {
      for (const listener of listeners) listener(state, previous);
    };
    let depth = 0;
    /** The state before the batch's first change, while a batch is running. */
    let before: { state: T } | null = null;
    const run = <R>(work: () => R): R => {
      depth++;
      try {
        return work();
      } finally {
        try {
          // Reactors hear of the change while it is still open; their own changes join it.
          if (depth === 1 && before && reactors.size > 0) {
            const state = api.getState();
            for (const reactor of reactors) reactor(state, before.state);
          }
        } finally {
          depth--;
          if (depth === 0 && before) {
            const previous = before.state;
            before = null;
            const state = api.getState();
            if (!Object.is(state, previous)) notify(state, previous);
          }
        }
      }
    };
    api.subscribe((state, previous) => {
      if (depth > 0) before ??= { state: previous };
      else if (reactors.size === 0) notify(state, previous);
      else {
        // A lone change outside a batch: made into one, so that reactors' changes join it.
        before = { state: previous };
        run(() => undefined);
      }
    });
    api.subscribe = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    batches.set(api, run);
    reactorSets.set(api, reactors as Set<Listener<never>>);
    return initializer(set, get, api);
  };

/** Middleware: lets the store's actions group their changes with {@link batchUpdates}. */
export const batching = batchingImpl as unknown as Batching;
