/**
 * Intents slice: one action per thing the reader does that touches several parts of the state
 * (highlight a selection, cancel a new highlight's note). The decisions are pure functions beside
 * the model (annotations/highlight.ts); these actions apply them, so a view calls one action and
 * renders.
 */
import type { StateCreator } from 'zustand/vanilla';
import {
  DRAFT_DISCARDED,
  highlightAnnouncement,
  planHighlight,
  type HighlightRequest,
} from '../../annotations/highlight';
import type { AnnotationId } from '../../annotations/types';
import type { AppMutators, AppState } from '../app-store';
import { batchUpdates } from '../batch';
import { selectIdsStartingAt } from '../paper-annotation-selectors';

export interface IntentsSlice {
  /**
   * Highlights a passage of the open paper (or recolours the highlight already there), makes it
   * the open annotation, sends the sidebar to its note, tags or links when asked, and says so.
   * A new highlight opened for a note or a link is a draft. Returns the annotation's id.
   */
  highlightSelection: (request: HighlightRequest) => AnnotationId;
  /**
   * The reader closed a new highlight's note or link picker: a draft that got nothing is taken
   * back (no undo step) and the reader told. True if it was taken back.
   */
  draftCancelled: (id: AnnotationId) => boolean;
  /** The reader deleted a highlight: it goes (undoable), its card closes, and the reader is told. */
  highlightDeleteRequested: (id: AnnotationId) => void;
}

/** What the reader hears when a highlight is deleted. */
export const HIGHLIGHT_DELETED = 'Highlight deleted. Press Ctrl+Z to undo.';

export const createIntentsSlice: StateCreator<AppState, AppMutators, [], IntentsSlice> = (
  _set,
  get,
  api,
) => ({
  // Each intent's changes reach the views as one (store/batch.ts).
  highlightSelection: (request) =>
    batchUpdates(api, () => {
      const s = get();
      // The highlight already on the passage is looked for among those starting there.
      const starting = selectIdsStartingAt(s, request.start);
      const plan = planHighlight(
        request,
        s.annotations,
        s.anchors,
        starting ? () => starting : undefined,
      );
      let id: AnnotationId;
      if (plan.kind === 'existing') {
        id = plan.id;
        if (plan.recolour) s.annotationEdited(id, { colour: plan.recolour });
      } else {
        // New highlights go to the set the reader chose in Layers ("My annotations" by default).
        const input = { ...plan.input, setId: s.activeSetId };
        id = plan.draft ? s.draftCreated(input) : s.annotationCreated(input);
      }
      get().annotationActivated(id);
      if (request.intent) get().cardIntentSet({ annotationId: id, focus: request.intent });
      get().announced(highlightAnnouncement(get().colourLabels[request.colour], request.intent));
      return id;
    }),
  draftCancelled: (id) =>
    batchUpdates(api, () => {
      if (!get().draftDiscarded(id)) return false;
      if (get().activeAnnotationId === id) get().annotationActivated(null);
      get().announced(DRAFT_DISCARDED);
      return true;
    }),
  highlightDeleteRequested: (id) =>
    batchUpdates(api, () => {
      get().annotationDeleted(id);
      if (get().activeAnnotationId === id) get().annotationActivated(null);
      get().announced(HIGHLIGHT_DELETED);
    }),
});
