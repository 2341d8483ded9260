/**
 * Progressive rendering of a long paper (issue 9): the reading view renders the blocks that start
 * before a limit (a canonical offset), which starts at a few screens' worth of text and grows in
 * short background slices until the whole paper is rendered. Each slice is sized by time: it
 * renders about `SLICE_TARGET_MS` of work, measured with `performance.now()` around the slice's
 * render and commit, and the next slice's size follows from it (`nextSliceChars`; a reference
 * entry's back-links count too, `slice-end.ts`); slices run in
 * separate tasks (a `MessageChannel`), so the page stays responsive and no task of the fill is
 * long. A 1.6 MB paper thus shows its first paragraphs at once; the browser's find (Ctrl+F)
 * reaches every block once the slices are done (a second or two), and jumps to a block not
 * rendered yet render up to it first (`shared/render-reach.ts`). Off-screen blocks cost no layout
 * (`content-visibility: auto` in app/styles.css).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Paper } from '../../paper/types';
import { announceRendered, provideRenderMore } from '../shared/render-reach';
import { buildReferenceIndex, referenceCitations } from './paper-index';
import { sliceEnd } from './slice-end';

/** Characters rendered at once when a long paper opens: a few screens, even on a tall display. */
export const FIRST_SCREEN_CHARS = 8_000;
/**
 * A paper up to this long (most papers: the sample is 20,000) is rendered whole at once, which
 * takes a few milliseconds; only longer ones are rendered progressively.
 */
export const WHOLE_PAPER_CHARS = 30_000;
/** Work per background slice: well under the 50 ms of a long task, with room for layout. */
export const SLICE_TARGET_MS = 8;
/** Characters of the first background slice (about twenty paragraphs); later ones follow the time. */
export const FIRST_SLICE_CHARS = 8_000;
/** Bounds on a slice: never so small the fill crawls, never so big one misjudged slice is long. */
export const MIN_SLICE_CHARS = 4_000;
export const MAX_SLICE_CHARS = 24_000;
/** Characters added per synchronous step when a jump looks for a block further on. */
const JUMP_STEP_CHARS = 100_000;

/**
 * The size of the next slice, from the last one's size and how long it took: scaled towards
 * `SLICE_TARGET_MS`, at most doubled at a time (a slice that added no block takes no time), and
 * within `MIN_SLICE_CHARS`..`MAX_SLICE_CHARS`.
 */
export function nextSliceChars(chars: number, tookMs: number): number {
  const scaled = tookMs > 0 ? (chars * SLICE_TARGET_MS) / tookMs : Infinity;
  const next = Math.min(scaled, chars * 2, MAX_SLICE_CHARS);
  return Math.max(MIN_SLICE_CHARS, Math.round(next));
}

/** Runs `fn` in a task of its own, after what is queued now; returns a way to cancel it. */
export function inNextTask(fn: () => void): () => void {
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
  const sliceChars = useRef(FIRST_SLICE_CHARS);
  const done = limit >= total;
  useLayoutEffect(() => {
    current.current = limit;
  }, [limit]);

  useEffect(() => {
    announceRendered();
    if (done) return;
    const slice = () => {
      // Where each reference is cited is looked up once for the whole paper: in a task of its own.
      if (paper.references.length > 0 && buildReferenceIndex(paper)) {
        cancel = inNextTask(slice);
        return;
      }
      const began = performance.now();
      const next = sliceEnd(
        paper,
        current.current,
        sliceChars.current,
        (refId) => referenceCitations(paper, refId).length,
      );
      flushSync(() => setState({ paper, limit: next }));
      sliceChars.current = nextSliceChars(sliceChars.current, performance.now() - began);
    };
    let cancel = inNextTask(slice);
    return () => cancel();
  }, [paper, limit, done]);

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
