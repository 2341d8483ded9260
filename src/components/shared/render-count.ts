/**
 * Counts renders of the reading view's blocks and the sidebar's cards, for the highlights
 * benchmark (bench/highlights.bench.ts: "only the blocks and cards that changed re-render", issue
 * 9). Inert in the app: it counts only when the page has defined `__marginaliaRenders`, which the
 * benchmark does around one interaction; the cost otherwise is one property read per render.
 */

/** What is counted. */
export type CountedRender = 'block' | 'card';

interface CountingWindow {
  __marginaliaRenders?: Partial<Record<CountedRender, number>>;
}

/** Records one render of a `kind` component, when the page is counting. */
export function countRender(kind: CountedRender): void {
  const counts = (globalThis as CountingWindow).__marginaliaRenders;
  if (counts) counts[kind] = (counts[kind] ?? 0) + 1;
}
