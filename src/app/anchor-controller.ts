/**
 * Keeps the store's `anchors` in step with the current paper and its annotations.
 *
 * A newly opened paper anchors all its annotations with `anchorAll` (in slices, so the page never
 * blocks; a new paper aborts the run for the old one); each slice hands the store only the results
 * it found, so thousands of highlights are not copied again after every slice. Those on the first
 * screen are anchored first and alone; the rest wait until that screen is painted with the paper
 * on it (not merely the next frame: the paper is drawn a few frames later), so a reload with
 * thousands of highlights shows its first screen about as soon as one with none; the sidebar's
 * lists over all of them wait (`listsDeferred`) until all are anchored. After that, only
 * annotations whose record changed (compared by identity with the previous state), or that are new
 * (created here or merged from another tab), are anchored again, one by one, which is cheap; a note
 * keystroke re-anchors nothing, since the target stays the same object. One whose stored position
 * still holds (a new highlight always) is anchored at once; one that needs the quote search (a
 * record merged from another tab, made on other text) a moment later, once the search is loaded.
 * The stored annotations a reload reads after its first screen (`storedRestLoaded`) are anchored
 * like the off-screen rest of a paper: in slices, the lists waiting until they are done.
 * Anchoring is pure (anchoring/); this module only schedules it.
 */
import { anchorAll, type AnchorTarget } from '../anchoring/anchor-all';
import { anchorAtPosition, type AnchorResult } from '../anchoring/anchor-position';
import type { Annotation, AnnotationId, AnnotationTarget } from '../annotations/types';
import type { Paper } from '../paper/types';
import type { AppState, AppStore } from '../store/app-store';
import { subscribeWithin } from '../store/batch';
import { changedKeysOf, entryOf, valuesOf } from '../annotations/shared-record';
import { inNextTask } from '../components/PaperView/use-progressive-limit';
import { markStartStep } from './start-steps';

/** Canonical offsets on screen; before the paper is drawn, its opening is what will show first. */
export type VisibleRange = () => { start: number; end: number };

/** Characters assumed on the first screen when nothing is drawn yet. */
const FIRST_SCREEN_CHARS = 6000;

const atTheTop: VisibleRange = () => ({ start: 0, end: FIRST_SCREEN_CHARS });

/**
 * The paper's annotations, and among them those whose stored position is on screen (top to
 * bottom: they anchor first), each one's target noted in `targets`, in one pass over the record:
 * a reload walks thousands before its first screen, so it does not walk them three times (issue
 * 9). The range on screen is asked for only when the paper has annotations (it reads the layout).
 */
function paperAnnotations(
  s: AppState,
  paper: Paper,
  visibleRange: VisibleRange,
  targets: Map<AnnotationId, AnnotationTarget>,
) {
  const annotations: Annotation[] = [];
  const first: Annotation[] = [];
  let visible: { start: number; end: number } | null = null;
  for (const a of valuesOf(s.annotations)) {
    if (a.paperId !== paper.id) continue;
    annotations.push(a);
    targets.set(a.id, a.target);
    visible ??= visibleRange();
    const at = a.target.position;
    if (at && at.end > visible.start && at.start < visible.end) first.push(a);
  }
  first.sort((a, b) => a.target.position!.start - b.target.position!.start);
  return { annotations, first };
}

const targetOf = (a: Annotation): AnchorTarget => ({ id: a.id, selectors: a.target });

/** Resolves in a task of its own, queued after those waiting now (no timer clamping). */
const nextTask = () => new Promise<void>((resolve) => void inNextTask(resolve));

/**
 * Anchors the current paper's annotations as it opens and as they change. `visibleRange` says what
 * is on screen (anchored first); `firstScreenPainted` when the rest may follow: in the app, once
 * the paper is drawn and painted (paper-drawn.ts); by default (tests) in the next task.
 */
export function startAnchoring(
  store: AppStore,
  visibleRange: VisibleRange = atTheTop,
  firstScreenPainted: (paper: Paper) => Promise<void> = nextTask,
): () => void {
  let paper: Paper | null = null;
  let run: AbortController | null = null;
  /** The target each annotation was last anchored with, to spot the ones that changed. */
  let anchoredTargets = new Map<AnnotationId, AnnotationTarget>();
  /** Runs of the current paper still anchoring: its lists wait until none is left. */
  let running = 0;

  /**
   * Anchors a newly opened paper's annotations: the first screen's alone, then (once that screen
   * is painted) the rest. `deferLists` when the paper arrived while the app runs (not already on
   * screen when anchoring started): the lists over all its annotations wait until everything is
   * anchored, so the sidebar makes one pass over them, after the first paint.
   */
  const anchorPaper = (next: Paper, state: AppState, deferLists: boolean) => {
    run?.abort();
    const samePaper = paper?.id === next.id;
    paper = next;
    // Filled in a loop: no pair array per annotation for the collector before the first screen.
    anchoredTargets = new Map();
    const { annotations, first } = paperAnnotations(state, next, visibleRange, anchoredTargets);
    const actions = store.getState();
    // The first screen's highlights whose stored position still holds reach the views with the
    // paper itself (this runs within its change): its first frame shows them. The others (and a
    // quote to search) are anchored below, a moment later.
    const atPosition: Record<AnnotationId, AnchorResult> = {};
    const searched: Annotation[] = [];
    for (const a of first) {
      const found = anchorAtPosition(next.text, a.target);
      if (found) atPosition[a.id] = found;
      else searched.push(a);
    }
    actions.anchorsResolved(next.id, atPosition, true);
    const controller = (run = new AbortController());
    running = 0;
    if (annotations.length === 0) {
      actions.listsDeferredSet(false);
      return;
    }
    if (deferLists && !samePaper) actions.listsDeferredSet(true);
    const { signal } = controller;
    const options = anchorOptions(next, signal);
    const listsMayShow = runStarted(signal);
    void anchorAll(next.text, searched.map(targetOf), options)
      .then(async () => {
        markStartStep('first-anchored');
        if (first.length < annotations.length) {
          await firstScreenPainted(next);
          signal.throwIfAborted();
          markStartStep('painted');
          // The rest's targets are gathered after the paint too.
          const firstIds = new Set(first.map((a) => a.id));
          const rest = annotations.filter((a) => !firstIds.has(a.id)).map(targetOf);
          // Off screen, so it waits its turn between slices (the page's queued tasks go first).
          await anchorAll(next.text, rest, { ...options, pause: nextTask });
        }
        signal.throwIfAborted();
        markStartStep('all-anchored');
        listsMayShow();
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        console.error('Anchoring failed', error);
        listsMayShow();
      });
  };

  /** Progress of a run over `current`'s annotations, handed to the store slice by slice. */
  const anchorOptions = (current: Paper, signal: AbortSignal) => ({
    signal,
    onProgress: ({ fresh }: { fresh: Readonly<Record<string, AnchorResult>> }) => {
      if (!signal.aborted && Object.keys(fresh).length > 0)
        store.getState().anchorsResolved(current.id, fresh);
    },
  });

  /** Counts a run in; the function returned counts it out, and the last one lets lists show. */
  const runStarted = (signal: AbortSignal) => {
    running++;
    return () => {
      if (signal.aborted) return;
      running = Math.max(0, running - 1);
      if (running === 0) store.getState().listsDeferredSet(false);
    };
  };

  /**
   * Anchors the current paper's annotations among those read after the first screen, in slices
   * (off screen), the lists waiting meanwhile.
   */
  const anchorStoredRest = (current: Paper, state: AppState, previous: AppState) => {
    const targets: AnchorTarget[] = [];
    for (const id of changedKeysOf(previous.annotations, state.annotations)) {
      const a = entryOf(state.annotations, id);
      if (!a || a.paperId !== current.id || anchoredTargets.get(a.id) === a.target) continue;
      anchoredTargets.set(a.id, a.target);
      targets.push(targetOf(a));
    }
    if (targets.length === 0) return;
    const signal = (run ??= new AbortController()).signal;
    store.getState().listsDeferredSet(true);
    const listsMayShow = runStarted(signal);
    void anchorAll(current.text, targets, { ...anchorOptions(current, signal), pause: nextTask })
      .catch((error: unknown) => {
        if (!signal.aborted) console.error('Anchoring failed', error);
      })
      .finally(listsMayShow);
  };

  const anchorChanged = (current: Paper, state: AppState, previous: AppState) => {
    const updates: Record<AnnotationId, AnchorResult> = {};
    const searched: AnchorTarget[] = [];
    let any = false;
    const now = state.annotations;
    const before = previous.annotations;
    // Only records that are not the very object they were: an edit makes a new one (found from
    // the records' shared structure, not by walking every annotation: shared-record.ts).
    for (const id of changedKeysOf(before, now)) {
      const a = entryOf(now, id);
      if (!a) {
        anchoredTargets.delete(id);
        continue;
      }
      if (a.paperId !== current.id) continue;
      if (anchoredTargets.get(a.id) === a.target) continue;
      anchoredTargets.set(a.id, a.target);
      const atPosition = anchorAtPosition(current.text, a.target);
      if (atPosition) {
        updates[a.id] = atPosition;
        any = true;
      } else searched.push({ id: a.id, selectors: a.target });
    }
    if (any) store.getState().anchorsResolved(current.id, updates);
    if (searched.length > 0) searchQuotes(current, searched);
  };

  /** Anchors by quote; a result is kept only if the paper and the target are still the same. */
  const searchQuotes = (current: Paper, targets: AnchorTarget[]) =>
    void anchorAll(current.text, targets)
      .then((results) => {
        if (paper !== current) return;
        const kept: Record<AnnotationId, AnchorResult> = {};
        for (const t of targets)
          if (anchoredTargets.get(t.id as AnnotationId) === t.selectors)
            kept[t.id as AnnotationId] = results[t.id]!;
        if (Object.keys(kept).length > 0) store.getState().anchorsResolved(current.id, kept);
      })
      .catch((error: unknown) => console.error('Anchoring failed', error));

  const onChange = (state: AppState, previous: AppState) => {
    if (state.paper && state.paper !== paper) anchorPaper(state.paper, state, true);
    else if (paper && previous.storedRestPending && !state.storedRestPending)
      anchorStoredRest(paper, state, previous);
    else if (paper && state.annotations !== previous.annotations)
      anchorChanged(paper, state, previous);
  };
  // Heard within each change, so a new highlight's anchor reaches the views with it, in one
  // notification (a second one would run every block's and every list's selector again).
  const unsubscribe = subscribeWithin<AppState>(store, onChange);
  if (store.getState().paper) anchorPaper(store.getState().paper!, store.getState(), false);
  return () => {
    unsubscribe();
    run?.abort();
    store.getState().listsDeferredSet(false);
  };
}
