/**
 * Re-anchoring all of a paper's annotations without freezing the page.
 *
 * When a paper's text changes (a newer parser re-extracts it), every annotation is anchored again.
 * `anchorAll` does that in slices of a few milliseconds and yields to the event loop between them,
 * so scrolling and typing stay responsive (a task over 50 ms is a "long task"); it anchors the
 * annotations on screen first and reports progress so highlights can appear as they are found.
 * Unchanged annotations take the position fast path without ever building the text index; the
 * index itself is built in slices too. The quote search (quote-steps.ts) is loaded only when some
 * position fails, so opening a paper whose annotations all hold does not load it.
 * `anchorAllSync` (quote-steps.ts) does the same work in one go (tests, bench).
 */
import type { AnchorOptions } from './anchor';
import type { AnchorResult } from './anchor-position';
import { inPriorityOrder, newJob, positionSteps, type AnchorTarget } from './anchor-steps';

export type { AnchorTarget } from './anchor-steps';

/** How far `anchorAll` has got; `results` is live (copy it if you keep it). */
export interface AnchorProgress {
  done: number;
  total: number;
  results: Readonly<Record<string, AnchorResult>>;
  /**
   * The results found (or revised) since the previous report, so a caller can patch what it
   * holds instead of copying every result after every slice.
   */
  fresh: Readonly<Record<string, AnchorResult>>;
}

/** Options of `anchorAll`. */
export interface AnchorAllOptions extends AnchorOptions {
  /** Ids to anchor first, in this order (the annotations on screen, top to bottom). */
  priorityIds?: readonly string[];
  /** Longest stretch of work between yields, in ms. */
  sliceMs?: number;
  /** Aborting rejects the promise with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every slice. */
  onProgress?: (progress: AnchorProgress) => void;
  /**
   * How to give the page back between slices; `scheduler.yield()` by default, whose continuation
   * runs before other waiting tasks. Work that may wait (highlights off screen) passes a plain
   * next task, so what is already queued (a paint's follow-up, a render slice) goes first.
   */
  pause?: () => Promise<void>;
}

/**
 * Work between yields. 8 ms leaves room in a 16 ms frame for the browser's own work, and is far
 * below the 50 ms after which a task counts as long.
 */
export const DEFAULT_SLICE_MS = 8;

/**
 * Anchors every target against `text` in slices, priority ids first. Resolves to a result per id;
 * an annotation that cannot be found is `{ status: 'orphan' }`, never an error.
 */
export async function anchorAll(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorAllOptions = {},
): Promise<Record<string, AnchorResult>> {
  const { signal, onProgress, pause = yieldToEventLoop } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  signal?.throwIfAborted();
  const job = newJob(targets.length);
  const report = () => {
    const { done, total, results, fresh } = job;
    job.fresh = {};
    onProgress?.({ done, total, results, fresh });
  };
  let sliceStart = now();
  const run = async (steps: Iterator<void>) => {
    for (let step = steps.next(); !step.done; step = steps.next()) {
      if (now() - sliceStart < sliceMs) continue;
      report();
      await pause();
      signal?.throwIfAborted();
      sliceStart = now();
    }
  };
  const ordered = inPriorityOrder(targets, options.priorityIds ?? []);
  const pending: AnchorTarget[] = [];
  await run(positionSteps(text, ordered, job, pending));
  if (pending.length > 0) {
    const { quoteSteps } = await import('./quote-steps');
    signal?.throwIfAborted();
    await run(quoteSteps(text, ordered, pending, options, job));
  }
  report();
  return job.results;
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** `scheduler.yield()` where the browser has it (no 4 ms timer clamping), else a 0 ms timeout. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
