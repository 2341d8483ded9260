/**
 * `list.flatMap(pick)` as a plain loop: the layout flattens pages of lines and lines of items many
 * times over, and the engine's `flatMap` is several times slower than pushing. Pure.
 */

/** The arrays `pick` gives for each element of `list`, one after the other in one array. */
export function flatten<T, U>(list: readonly T[], pick: (element: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const element of list) {
    const part = pick(element);
    for (let i = 0; i < part.length; i++) out.push(part[i] as U);
  }
  return out;
}
