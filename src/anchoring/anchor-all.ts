/**
 * Re-anchoring all of a paper's annotations without freezing the page.
 *
 * When a paper's text changes (a newer parser re-extracts it), every annotation is anchored again.
 * `anchorAll` does that in slices of a few milliseconds and yields to the event loop between them,
 * so scrolling and typing stay responsive (a task over 50 ms is a "long task"); it anchors the
 * annotations on screen first and reports progress so highlights can appear as they are found.
 * Unchanged annotations take the position fast path without ever building the text index; the
 * index itself is built in slices too. `anchorAllSync` does the same work in one go (tests, bench).
 */
import { anchorAtPosition, anchorByQuote, type AnchorOptions, type AnchorResult } from './anchor';
import type { RangeSelectors } from './selectors';
import { getTextIndex, indexTextInSteps, rememberTextIndex, type TextIndex } from './text-index';

/** One annotation to anchor. */
export interface AnchorTarget {
  id: string;
  selectors: RangeSelectors;
}

/** How far `anchorAll` has got; `results` is live (copy it if you keep it). */
export interface AnchorProgress {
  done: number;
  total: number;
  results: Readonly<Record<string, AnchorResult>>;
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
  const { signal, onProgress } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const ordered = inPriorityOrder(targets, options.priorityIds ?? []);
  const results: Record<string, AnchorResult> = {};
  let done = 0;
  let sliceStart = now();
  // Ends the slice if it has run long enough: reports progress and yields to the event loop.
  const pause = async (): Promise<void> => {
    if (now() - sliceStart < sliceMs) return;
    onProgress?.({ done, total: ordered.length, results });
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = now();
  };
  signal?.throwIfAborted();

  const pending: AnchorTarget[] = [];
  for (const target of ordered) {
    const result = anchorAtPosition(text, target.selectors);
    if (result) {
      results[target.id] = result;
      done += 1;
    } else {
      pending.push(target);
    }
    await pause();
  }

  if (pending.length > 0) {
    let index = options.index;
    if (!index) {
      const steps = indexTextInSteps(text);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          index = step.value;
          break;
        }
        await pause();
      }
      rememberTextIndex(index);
    }
    for (const target of pending) {
      results[target.id] = anchorByQuote(index, target.selectors, options);
      done += 1;
      await pause();
    }
  }
  onProgress?.({ done, total: ordered.length, results });
  return results;
}

/** `anchorAll` in one synchronous run, for tests and benchmarks. */
export function anchorAllSync(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorOptions & { priorityIds?: readonly string[] } = {},
): Record<string, AnchorResult> {
  const results: Record<string, AnchorResult> = {};
  let index: TextIndex | undefined = options.index;
  for (const target of inPriorityOrder(targets, options.priorityIds ?? [])) {
    const atPosition = anchorAtPosition(text, target.selectors);
    if (atPosition) {
      results[target.id] = atPosition;
      continue;
    }
    index ??= getTextIndex(text);
    results[target.id] = anchorByQuote(index, target.selectors, options);
  }
  return results;
}

/** The targets named in `priorityIds`, in that order, then all the others in their own order. */
function inPriorityOrder(
  targets: readonly AnchorTarget[],
  priorityIds: readonly string[],
): AnchorTarget[] {
  if (priorityIds.length === 0) return [...targets];
  const byId = new Map<string, AnchorTarget[]>();
  for (const t of targets) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
  const first: AnchorTarget[] = [];
  for (const id of new Set(priorityIds)) first.push(...(byId.get(id) ?? []));
  const priority = new Set(priorityIds);
  return [...first, ...targets.filter((t) => !priority.has(t.id))];
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
