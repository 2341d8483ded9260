/**
 * Progressive rendering of a long paper (issue 9): the reading view renders the blocks that start
 * before a limit (a canonical offset), which starts at a few screens' worth of text and grows by a
 * slice at a time until the whole paper is rendered. Each slice is a React transition, started in
 * a task of its own once the last one is on screen: React renders it in pieces of a few
 * milliseconds, yielding to the page between them (the elements are made then, off the page), and
 * only puts the finished slice into the page in one short step. So no task of the fill is long,
 * however loaded the machine, and input or a jump is handled between pieces. A 1.6 MB paper thus
 * shows its first paragraphs at once; the browser's find (Ctrl+F) reaches every block once the
 * slices are done (a few seconds), and jumps to a block not rendered yet render up to it first
 * (`shared/render-reach.ts`). Off-screen blocks cost no layout (`content-visibility: auto` in
 * app/styles.css).
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Paper } from '../../paper/types';
import { announceRendered, provideRenderMore } from '../shared/render-reach';

/** Characters rendered at once when a long paper opens: a few screens, even on a tall display. */
export const FIRST_SCREEN_CHARS = 8_000;
/**
 * A paper up to this long (most papers: the sample is 20,000) is rendered whole at once, which
 * takes a few milliseconds; only longer ones are rendered progressively.
 */
export const WHOLE_PAPER_CHARS = 30_000;
/**
 * Characters added by one background slice (about twenty paragraphs). Its render is split by
 * React; what is left in one task is putting the slice into the page, a few milliseconds.
 */
export const SLICE_CHARS = 12_000;
/** Characters added per synchronous step when a jump looks for a block further on. */
const JUMP_STEP_CHARS = 100_000;

/** Runs `fn` in a task of its own, after what is queued now; returns a way to cancel it. */
function inNextTask(fn: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const timer = setTimeout(fn);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}

/** The canonical offset before which blocks are rendered; `Infinity` once all of them are. */
export function useProgressiveLimit(paper: Paper): number {
  const total = paper.text.length;
  const start = total <= WHOLE_PAPER_CHARS ? Infinity : FIRST_SCREEN_CHARS;
  const [state, setState] = useState({ paper, limit: start });
  // A new paper starts again from its first screen.
  const limit = state.paper === paper ? state.limit : start;
  const current = useRef(limit);
  const done = limit >= total;
  useLayoutEffect(() => {
    current.current = limit;
  }, [limit]);

  useEffect(() => {
    announceRendered();
    if (done) return;
    // In a task of its own: the transition is not rendered as part of what scheduled it. From
    // the state it applies to, so a jump rendered meanwhile is not undone.
    const grow = (s: { paper: Paper; limit: number }) => ({
      paper,
      limit: (s.paper === paper ? s.limit : start) + SLICE_CHARS,
    });
    return inNextTask(() => startTransition(() => setState(grow)));
  }, [paper, limit, done, start]);

  useEffect(
    () =>
      provideRenderMore(() => {
        if (current.current >= total) return false;
        const next = current.current + JUMP_STEP_CHARS;
        current.current = next;
        flushSync(() => setState({ paper, limit: next }));
        announceRendered();
        return true;
      }),
    [paper, total],
  );

  return done ? Infinity : limit;
}
