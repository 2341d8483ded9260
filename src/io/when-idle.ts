/**
 * Work put off until the page is idle: the browser's `requestIdleCallback` where there is one (a
 * time limit makes sure it runs), else a timer. Used for what the first screen does not need.
 */

/**
 * Runs `fn` when the page is idle after `after` settles, or within `wait` ms of it at the latest;
 * returns a function that cancels it.
 */
export function whenIdle(
  fn: () => void,
  after: Promise<unknown> = Promise.resolve(),
  wait = 2000,
): () => void {
  let cancel: (() => void) | null = null;
  const start = () => {
    if (cancel) return; // cancelled before `after` settled
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(fn, { timeout: wait });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(fn, 0);
      cancel = () => clearTimeout(handle);
    }
  };
  void after.then(start, start);
  return () => {
    cancel?.();
    cancel ??= () => {};
  };
}
