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
import { anchorAtPosition, locateByQuote, type AnchorOptions, type AnchorResult } from './anchor';
import { createHintEstimator, type Landmark } from './calibrate-hints';
import type { RangeSelectors } from './selectors';
import { indexTextInSteps, rememberTextIndex } from './text-index';

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
  signal?.throwIfAborted();
  const job: Job = { results: {}, fresh: {}, done: 0, total: targets.length };
  const steps = anchorSteps(text, targets, options, job);
  const report = () => {
    const { done, total, results, fresh } = job;
    job.fresh = {};
    onProgress?.({ done, total, results, fresh });
  };
  let sliceStart = now();
  for (let step = steps.next(); !step.done; step = steps.next()) {
    if (now() - sliceStart < sliceMs) continue;
    report();
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = now();
  }
  report();
  return job.results;
}

/** `anchorAll` in one synchronous run, for tests and benchmarks. */
export function anchorAllSync(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorOptions & { priorityIds?: readonly string[] } = {},
): Record<string, AnchorResult> {
  const job: Job = { results: {}, fresh: {}, done: 0, total: targets.length };
  const steps = anchorSteps(text, targets, options, job);
  while (!steps.next().done);
  return job.results;
}

interface Job {
  results: Record<string, AnchorResult>;
  /** Results since the last progress report. */
  fresh: Record<string, AnchorResult>;
  done: number;
  total: number;
}

/**
 * The work of a batch, one small step per `yield`: the position fast path for every target; then,
 * if any is left, the text index (itself in steps) and the quote search; then, for a passage that
 * recurs verbatim and was told apart only by its old offset (or was not, being too far from it), a
 * second look with a hint corrected by how far its anchored neighbours drifted, and a tolerance as
 * tight as they allow (`calibrate-hints.ts`): a copy outside it makes the passage an orphan.
 */
function* anchorSteps(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorOptions & { priorityIds?: readonly string[] },
  job: Job,
): Generator<void, void, void> {
  const ordered = inPriorityOrder(targets, options.priorityIds ?? []);
  const pending: AnchorTarget[] = [];
  for (const target of ordered) {
    const result = anchorAtPosition(text, target.selectors);
    if (result) {
      job.results[target.id] = job.fresh[target.id] = result;
      job.done += 1;
    } else {
      pending.push(target);
    }
    yield;
  }
  if (pending.length === 0) return;

  let index = options.index;
  if (!index) {
    index = yield* indexTextInSteps(text);
    rememberTextIndex(index);
  }
  const ambiguous: AnchorTarget[] = [];
  for (const target of pending) {
    const located = locateByQuote(index, target.selectors, options);
    job.results[target.id] = job.fresh[target.id] = located.result;
    if (located.ambiguous && target.selectors.position) ambiguous.push(target);
    else job.done += 1;
    yield;
  }
  if (ambiguous.length === 0) return;

  const unsure = new Set(ambiguous);
  const landmarks: Landmark[] = [];
  for (const target of ordered) {
    const result = job.results[target.id];
    const old = target.selectors.position?.start;
    if (old !== undefined && result && result.status !== 'orphan' && !unsure.has(target)) {
      landmarks.push({ old, now: result.start });
    }
  }
  const expectedAt = createHintEstimator(landmarks);
  for (const target of ambiguous) {
    const expected = expectedAt(target.selectors.position?.start ?? 0);
    if (expected !== undefined) {
      job.results[target.id] = job.fresh[target.id] = locateByQuote(index, target.selectors, {
        ...options,
        hint: expected.at,
        hintTolerance: expected.tolerance,
      }).result;
    }
    job.done += 1;
    yield;
  }
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
