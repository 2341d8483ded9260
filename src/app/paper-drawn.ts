/**
 * Waiting for the reading view to have drawn a paper: its article (marked with the paper's id,
 * PaperView.tsx) holds a block, and the frame that shows it is painted. The anchor controller
 * anchors the first screen's highlights alone and waits for this before the rest, so a reload with
 * thousands of highlights does not spend its first screen's time anchoring and listing the ones
 * off screen while the paper is still being rendered (issue 9). A frame that came before the paper
 * was drawn is not enough: React draws a new paper in a transition, a few frames later. Nor is the
 * first task after that frame: what the page queued while the frame was drawn (input, a message)
 * goes before the rest of the highlights, which are anchored in a task queued after those.
 */

import type { AppStore } from '../store/app-store';
import { valuesOf } from '../annotations/shared-record';

/** Longest wait for the paper to be drawn (a reading view that failed draws nothing). */
export const PAPER_DRAWN_WAIT_MS = 2000;

/** Whether `paperId`'s article has a block in the page. */
export function isPaperDrawn(root: ParentNode, paperId: string): boolean {
  return (
    root.querySelector(`article[data-paper-id="${CSS.escape(paperId)}"] [data-block-start]`) !==
    null
  );
}

/**
 * Resolves once paper `paperId` is drawn, that frame painted and what was queued during it run; at
 * once in a hidden tab (which paints nothing), and after `maxWaitMs` at the latest.
 */
export function afterPaperDrawn(
  paperId: string,
  doc: Document = document,
  maxWaitMs = PAPER_DRAWN_WAIT_MS,
): Promise<void> {
  return afterDrawn(() => isPaperDrawn(doc, paperId), doc, maxWaitMs);
}

/** Resolves once `drawn()` holds in a frame, that frame painted and what was queued during it run. */
function afterDrawn(
  drawn: () => boolean,
  doc: Document,
  maxWaitMs = PAPER_DRAWN_WAIT_MS,
): Promise<void> {
  return new Promise((resolve) => {
    const latest = setTimeout(resolve, maxWaitMs);
    // Checked in each frame's callbacks: the frame in which it is found is painted right after
    // them, and a timeout set there runs once it is. A message posted from that timeout runs
    // after the tasks queued while the frame was drawn (which may precede the timeout itself).
    const check = () => {
      if (doc.visibilityState === 'hidden') resolve();
      else if (!drawn()) requestAnimationFrame(check);
      else
        setTimeout(() => {
          clearTimeout(latest);
          inNextTask(resolve);
        });
    };
    check();
  });
}

/**
 * Settles once the first paper `store` shows is drawn and painted (as `afterPaperDrawn`); never, if
 * none is shown before `signal` aborts. The storage's bookkeeping of what a reload read waits for
 * it (start-app.ts), so that it does not take the main thread before the first screen.
 */
export async function afterFirstPaperDrawn(
  store: Pick<AppStore, 'getState' | 'subscribe'>,
  doc: Document,
  signal: AbortSignal,
): Promise<void> {
  const paperId = await new Promise<string>((found) => {
    const check = () => {
      const { paper } = store.getState();
      if (paper) found(paper.id);
      if (paper || signal.aborted) stop();
    };
    const stop = store.subscribe(check);
    signal.addEventListener('abort', check);
    check();
  });
  await afterPaperDrawn(paperId, doc);
}

/**
 * Settles once the first paper `store` shows is drawn and painted with the highlights its first
 * screen holds: as `afterFirstPaperDrawn`, and then, if some of the paper's annotations are
 * anchored by then (the first screen's are anchored before the rest), once a highlight is drawn in
 * the article and that frame painted (the highlights may come a render after the text). The
 * stored annotations off a reload's first screen are read after this (io/annotation-storage.ts):
 * not while that screen is still being drawn. After `PAPER_DRAWN_WAIT_MS` at the latest.
 */
export async function afterFirstScreenDrawn(
  store: Pick<AppStore, 'getState' | 'subscribe'>,
  doc: Document,
  signal: AbortSignal,
): Promise<void> {
  await afterFirstPaperDrawn(store, doc, signal);
  const { anchors, anchorsPaperId, paper } = store.getState();
  if (!paper || anchorsPaperId !== paper.id) return;
  if (!valuesOf(anchors).some((a) => a.status !== 'orphan')) return;
  const article = `article[data-paper-id="${CSS.escape(paper.id)}"]`;
  await afterDrawn(() => doc.querySelector(`${article} mark[data-annotation-id]`) !== null, doc);
}

/**
 * Runs `fn` in a task posted now, after the tasks already queued. Kept here, not imported from the
 * reading view's scheduling: sharing that module with this lazily loaded one grew the first load.
 */
function inNextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
