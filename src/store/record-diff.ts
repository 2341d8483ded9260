/**
 * Which entries of a record changed between two states, by identity. State is immutable: an
 * edited annotation is a new object and an untouched one is the very same object, so comparing
 * references finds the few that changed among thousands. Derived data (highlights per block, the
 * reading order) is then patched for those alone.
 *
 * Comparing still walks every key (a few milliseconds for 5,000, each time a selector asks). So
 * the store's actions that change one entry say which ({@link noteChangedKeys}), and
 * {@link changedKeys} answers from those notes when they lead from the one state to the other,
 * however many selectors ask; it walks the keys only for changes nobody noted (an import, a merge
 * from another tab, undo).
 */

/** A noted change: the record it was made from and the keys it touched. */
interface Step {
  previous: object;
  keys: readonly string[];
}

const steps = new WeakMap<object, Step>();

/**
 * Noted changes followed back from a record before walking its keys: enough for the few changes
 * of one intent made between two reads, few enough that a long chain is not followed for nothing.
 */
const MAX_STEPS = 16;

/** Notes that `next` was made from `previous` by changing (adding, replacing, removing) `keys`. */
export function noteChangedKeys<K extends string, V>(
  previous: Readonly<Record<K, V>>,
  next: Readonly<Record<K, V>>,
  keys: readonly K[],
): void {
  if (previous !== next) steps.set(next, { previous, keys });
}

/**
 * Keys whose value is not the same object in `next` as in `previous` (added, changed, removed).
 * From noted changes it may also name a key whose value changed and came back to the same object:
 * callers look at each named key again, which costs nothing then.
 */
export function changedKeys<K extends string, V>(
  previous: Readonly<Record<K, V>>,
  next: Readonly<Record<K, V>>,
): K[] {
  if (previous === next) return [];
  return fromNotes(previous, next) ?? compareAll(previous, next);
}

function fromNotes<K extends string>(previous: object, next: object): K[] | null {
  const keys = new Set<K>();
  let at: object = next;
  for (let i = 0; i < MAX_STEPS; i++) {
    const step = steps.get(at);
    if (!step) return null;
    for (const key of step.keys) keys.add(key as K);
    if (step.previous === previous) return [...keys];
    at = step.previous;
  }
  return null;
}

function compareAll<K extends string, V>(
  previous: Readonly<Record<K, V>>,
  next: Readonly<Record<K, V>>,
): K[] {
  const changed: K[] = [];
  let kept = 0;
  for (const key in next) {
    if (!Object.prototype.hasOwnProperty.call(previous, key)) changed.push(key);
    else {
      kept++;
      if (previous[key] !== next[key]) changed.push(key);
    }
  }
  // Keys of `previous` missing from `next`: only looked for when some are missing.
  if (kept < Object.keys(previous).length)
    for (const key in previous)
      if (!Object.prototype.hasOwnProperty.call(next, key)) changed.push(key);
  return changed;
}
