/**
 * Named steps of starting the app with its stored annotations, marked on the page's performance
 * timeline (`performance.mark('start:<step>')`), so a benchmark or a trace shows where the time to
 * the first screen goes on a reload (issue 9): storage read, store built, the first screen's
 * highlights anchored, the rest anchored after the paint. Marks cost nothing a reader notices.
 */

/** The steps of starting, in order. */
export type StartStep = 'begin' | 'rehydrated' | 'first-anchored' | 'painted' | 'all-anchored';

/** Marks `step` of the start on the performance timeline, where there is one. */
export function markStartStep(step: StartStep): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`start:${step}`);
}
