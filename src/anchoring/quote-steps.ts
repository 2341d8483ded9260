/**
 * The quote search of a batch (anchor-all.ts), for the targets whose stored position no longer
 * holds, one small step per `yield`: the text index (itself in steps) and the quote search; then,
 * for a passage that recurs verbatim and was told apart only by its old offset (or was not, being
 * too far from it), a second look with a hint corrected by how far its anchored neighbours
 * drifted, and a tolerance as tight as they allow (`calibrate-hints.ts`): a copy outside it makes
 * the passage an orphan. Loaded only when some position fails, so the first screen does not pay
 * for the search. `anchorAllSync` runs a whole batch in one go (tests, benchmarks).
 */
import { locateByQuote, type AnchorOptions, type AnchorResult } from './anchor';
import {
  inPriorityOrder,
  newJob,
  positionSteps,
  type AnchorTarget,
  type Job,
} from './anchor-steps';
import { createHintEstimator, type Landmark } from './calibrate-hints';
import { indexTextInSteps, rememberTextIndex } from './text-index';

/** `anchorAll` in one synchronous run, for tests and benchmarks. */
export function anchorAllSync(
  text: string,
  targets: readonly AnchorTarget[],
  options: AnchorOptions & { priorityIds?: readonly string[] } = {},
): Record<string, AnchorResult> {
  const job = newJob(targets.length);
  const ordered = inPriorityOrder(targets, options.priorityIds ?? []);
  const pending: AnchorTarget[] = [];
  const positions = positionSteps(text, ordered, job, pending);
  while (!positions.next().done);
  const quotes = quoteSteps(text, ordered, pending, options, job);
  while (!quotes.next().done);
  return job.results;
}

/** Anchors the `pending` targets (of `ordered`, the whole batch) by their quotes. */
export function* quoteSteps(
  text: string,
  ordered: readonly AnchorTarget[],
  pending: readonly AnchorTarget[],
  options: AnchorOptions,
  job: Job,
): Generator<void, void, void> {
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
