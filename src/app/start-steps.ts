/**
 * Named steps of starting the app with its stored annotations, marked on the page's performance
 * timeline (`performance.mark('start:<step>')`), so a benchmark or a trace shows where the time to
 * the first screen goes on a reload (issue 9): storage opened, read and the store built, browser
 * events wired, the first screen's highlights anchored, the rest anchored after the paint. Marks cost nothing a reader notices.
 */

/** The steps of starting, in order. */
export type StartStep =
  | 'begin'
  | 'storage-opened'
  | 'rehydrated'
  | 'wired'
  | 'first-anchored'
  | 'painted'
  | 'all-anchored';

/** Marks `step` of the start on the performance timeline, where there is one. */
export function markStartStep(step: StartStep): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`start:${step}`);
}
