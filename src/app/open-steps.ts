/**
 * Named steps of opening a paper, marked on the page's performance timeline
 * (`performance.mark('open:<step>')`), so a benchmark or a trace shows where the time to the first
 * paragraph goes (issue 9: read, hashed, kept, parsed, shown). Marks cost nothing a reader notices.
 */

/** The steps of opening a paper, in order. */
export type OpenStep =
  'read' | 'checked' | 'hashed' | 'kept' | 'first-blocks' | 'parsed' | 'stored';

/** Marks `step` of the current open on the performance timeline, where there is one. */
export function markOpenStep(step: OpenStep): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`open:${step}`);
}
