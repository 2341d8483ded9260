/**
 * Progressive rendering of a long paper (issue 9): the reading view renders the blocks that start
 * before a limit (a canonical offset), which starts at a few screens' worth of text and grows in
 * short background slices until the whole paper is rendered. A 1.6 MB paper thus shows its first
 * paragraphs at once and never blocks the page for long; the browser's find (Ctrl+F) reaches every
 * block once the slices are done (a second or two), and jumps to a block not rendered yet render
 * up to it first (`shared/render-reach.ts`). Off-screen blocks cost no layout
 * (`content-visibility: auto` in app/styles.css).
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
 * Characters added per background slice. About 25 paragraphs: one slice's render and commit stay
 * well under the 50 ms of a long task on a slow machine.
 */
export const SLICE_CHARS = 12_000;
/** Characters added per synchronous step when a jump looks for a block further on. */
const JUMP_STEP_CHARS = 100_000;

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
    const timer = setTimeout(() =>
      startTransition(() => setState({ paper, limit: current.current + SLICE_CHARS })),
    );
    return () => clearTimeout(timer);
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
