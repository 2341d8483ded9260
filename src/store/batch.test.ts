import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { batching, batchUpdates, subscribeWithin } from './batch';

interface Counter {
  n: number;
  label: string;
  bump: () => void;
}

const makeStore = () =>
  createStore<Counter>()(
    batching((set) => ({ n: 0, label: '', bump: () => set((s) => ({ n: s.n + 1 })) })),
  );

describe('batchUpdates', () => {
  it('tells subscribers once, after the batch, with the state from before its first change', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    batchUpdates(store, () => {
      store.getState().bump();
      store.setState({ label: 'two' });
      store.getState().bump();
    });
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0]!;
    expect(state).toMatchObject({ n: 2, label: 'two' });
    expect(previous).toMatchObject({ n: 0, label: '' });
  });

  it('applies each change at once inside the batch, and returns what the batch returns', () => {
    const store = makeStore();
    const seen = batchUpdates(store, () => {
      store.getState().bump();
      return store.getState().n;
    });
    expect(seen).toBe(1);
  });

  it('makes a nested batch part of the outer one', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    batchUpdates(store, () => {
      store.getState().bump();
      batchUpdates(store, () => store.getState().bump());
      expect(listener).not.toHaveBeenCalled();
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells nobody when the batch changed nothing', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    batchUpdates(store, () => undefined);
    expect(listener).not.toHaveBeenCalled();
  });

  it('still tells subscribers after a batch that threw', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() =>
      batchUpdates(store, () => {
        store.getState().bump();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers at every change outside a batch, and stops when they unsubscribe', () => {
    const store = makeStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getState().bump();
    store.getState().bump();
    unsubscribe();
    store.getState().bump();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('subscribeWithin', () => {
  it('lets a reactor change the store within a change, and subscribers hear of both once', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    subscribeWithin<Counter>(store, (state, previous) => {
      if (state.n !== previous.n) store.setState({ label: `n is ${state.n}` });
    });
    store.getState().bump();
    expect(listener).toHaveBeenCalledTimes(1);
    const [state, previous] = listener.mock.calls[0]!;
    expect(state).toMatchObject({ n: 1, label: 'n is 1' });
    expect(previous).toMatchObject({ n: 0, label: '' });
  });

  it('tells a reactor of a whole batch once, with the state from before it', () => {
    const store = makeStore();
    const reactor = vi.fn();
    subscribeWithin<Counter>(store, reactor);
    batchUpdates(store, () => {
      store.getState().bump();
      store.getState().bump();
    });
    expect(reactor).toHaveBeenCalledTimes(1);
    expect(reactor.mock.calls[0]![0]).toMatchObject({ n: 2 });
    expect(reactor.mock.calls[0]![1]).toMatchObject({ n: 0 });
  });

  it('still tells subscribers when a reactor throws, and goes on working after it', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const stop = subscribeWithin<Counter>(store, () => {
      throw new Error('boom');
    });
    expect(() => store.getState().bump()).toThrow('boom');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.getState().bump();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('is an ordinary subscription on a store without batching', () => {
    const store = createStore<{ n: number }>()(() => ({ n: 0 }));
    const reactor = vi.fn();
    subscribeWithin(store, reactor);
    store.setState({ n: 1 });
    expect(reactor).toHaveBeenCalledTimes(1);
  });
});
