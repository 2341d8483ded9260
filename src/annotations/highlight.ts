/**
 * The decisions behind highlighting a selection, kept out of the views: whether the passage is
 * already highlighted (then it is edited, not duplicated), the annotation a new one starts as,
 * whether it is a draft, and what the reader is told.
 */
import type { AnchorResult } from '../anchoring/anchor';
import { describeRange } from '../anchoring/selectors';
import type { DocOffset } from '../paper/types';
import type { ColourId } from './colours';
import type { NewAnnotation } from './operations';
import type { Annotation, AnnotationId, Annotations } from './types';
import { entryOf, findKey, hasEntry, type SharedRecord } from './shared-record';

/** What the reader asked the selection toolbar for beyond a highlight. */
export type HighlightIntent = 'note' | 'tags' | 'link';

/** A passage of the open paper to highlight in `colour`, then maybe go to a note, tags or links. */
export interface HighlightRequest {
  paperId: Annotation['paperId'];
  /** The paper's canonical text, which the offsets index. */
  text: string;
  start: DocOffset;
  end: DocOffset;
  colour: ColourId;
  intent: HighlightIntent | null;
}

/** What highlighting the request does. */
export type HighlightPlan =
  | { kind: 'existing'; id: AnnotationId; recolour: ColourId | null }
  | { kind: 'new'; input: NewAnnotation; draft: boolean };

/**
 * Intents that open the new highlight for content it may never get: until it gets some (or the
 * reader moves on), it is a draft, and cancelling takes it back without an undo step.
 */
const DRAFT_INTENTS: ReadonlySet<HighlightIntent | null> = new Set(['note', 'link']);

/**
 * Ids that may be anchored exactly on `[start, end)`, from an index of `anchors` (the store's
 * reading order), naming every id that is: the only ones `findSameRange` then looks at.
 */
export type AnchoredOn = (start: number, end: number) => readonly AnnotationId[];

/**
 * An annotation anchored exactly on `[start, end)`, to edit rather than duplicate; else null.
 * With `anchoredOn`, only its ids are looked at (not all 5,000 anchors); when more than one of
 * them is such an annotation, all are walked, so the answer is the same as without it (the first
 * in `anchors`).
 */
export function findSameRange(
  annotations: Annotations,
  anchors: SharedRecord<AnnotationId, AnchorResult>,
  start: number,
  end: number,
  anchoredOn?: AnchoredOn,
): AnnotationId | null {
  // Anchors of deleted annotations linger until the next paper opens: skipped.
  const isOn = (id: AnnotationId) => {
    const at = entryOf(anchors, id);
    return (
      !!at &&
      at.status !== 'orphan' &&
      at.start === start &&
      at.end === end &&
      hasEntry(annotations, id)
    );
  };
  if (anchoredOn) {
    let found: AnnotationId | null = null;
    let count = 0;
    for (const id of anchoredOn(start, end))
      if (isOn(id)) {
        found = id;
        count++;
      }
    if (count <= 1) return found;
  }
  return findKey(anchors, isOn) ?? null;
}

/**
 * Decides what highlighting `request` does, given the annotations and where they anchored
 * (`anchoredOn`: an index of those anchors by range, see `findSameRange`).
 */
export function planHighlight(
  request: HighlightRequest,
  annotations: Annotations,
  anchors: SharedRecord<AnnotationId, AnchorResult>,
  anchoredOn?: AnchoredOn,
): HighlightPlan {
  const existing = findSameRange(annotations, anchors, request.start, request.end, anchoredOn);
  if (existing)
    return { kind: 'existing', id: existing, recolour: request.intent ? null : request.colour };
  const target = describeRange(request.text, request.start, request.end);
  return {
    kind: 'new',
    input: { paperId: request.paperId, target, colour: request.colour },
    draft: DRAFT_INTENTS.has(request.intent),
  };
}

/** What the reader is told after highlighting in the colour labelled `label`. */
export function highlightAnnouncement(label: string, intent: HighlightIntent | null): string {
  if (intent === 'link') return `Highlighted as ${label}. Choose the sources it cites.`;
  if (intent) return `Highlighted as ${label}. Write your ${intent === 'note' ? 'note' : 'tags'}.`;
  return `Highlighted as ${label}. Press Ctrl+Z to undo.`;
}

/** What the reader is told when a draft was cancelled with nothing added. */
export const DRAFT_DISCARDED = 'Nothing was added, so the highlight was removed.';

/** Whether an annotation holds nothing but its highlight (no note, tags or links). */
export const isEmptyAnnotation = (a: Annotation): boolean =>
  !a.note.trim() && a.tags.length === 0 && a.refLabels.length === 0;
