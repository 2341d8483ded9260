/**
 * Remembering a selector's last result, so `useAppStore(selectX)` returns the same value until its
 * inputs change (React's useSyncExternalStore requires it).
 */

/** Remembers the last result by the identity of the arguments. */
export function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last!: R;
  return (...args: A) => {
    if (lastArgs && args.every((arg, i) => Object.is(arg, lastArgs?.[i]))) return last;
    lastArgs = args;
    return (last = compute(...args));
  };
}
