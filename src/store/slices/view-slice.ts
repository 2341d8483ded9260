/**
 * View slice: what the reading view shows about annotations right now, none of it persisted.
 *
 * `anchors` holds where each annotation of the current paper anchored in its text. It is derived
 * data, but expensive and computed asynchronously in slices (app/anchor-controller.ts), so it is
 * cached here for every view to read rather than recomputed per component.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AnchorResult } from '../../anchoring/anchor';
import {
  emptyRecord,
  recordOf,
  putEntries,
  type SharedRecord,
} from '../../annotations/shared-record';
import type { AnnotationId } from '../../annotations/types';
import type { PaperId } from '../../paper/types';
import type { AppMutators, AppState } from '../app-store';

export interface Announcement {
  /** Increases with every message, so the same sentence twice is announced twice. */
  id: number;
  text: string;
}

/**
 * A request to open an annotation's card at a particular control: the selection toolbar's "Note",
 * "Tags" and "Link to source" buttons highlight and then ask the sidebar to go straight there.
 */
export interface CardIntent {
  annotationId: AnnotationId;
  focus: 'note' | 'tags' | 'link';
}

/** Anchoring results by annotation id, in a record that shares structure (shared-record.ts). */
export type Anchors = SharedRecord<AnnotationId, AnchorResult>;

export interface ViewSlice {
  /** Anchoring results for the annotations of `anchorsPaperId`. */
  anchors: Anchors;
  anchorsPaperId: PaperId | null;
  /** The annotation whose card is open in the sidebar (and whose highlight is emphasised). */
  activeAnnotationId: AnnotationId | null;
  /** The last message for screen readers (rendered in a polite live region). */
  announcement: Announcement | null;
  /** A pending request for the sidebar (see `CardIntent`); the sidebar clears it once acted on. */
  cardIntent: CardIntent | null;
  /**
   * A paper just opened with annotations and its first screen is being drawn: views that go over
   * all of them (the sidebar's list, counts and orphans) wait until it is painted and the rest are
   * anchored, so a reload with thousands of highlights paints as soon as one with none.
   */
  listsDeferred: boolean;
  /** Anchoring results arrived; `replace` starts over for a newly opened paper. */
  anchorsResolved: (
    paperId: PaperId,
    results: Record<AnnotationId, AnchorResult>,
    replace?: boolean,
  ) => void;
  annotationActivated: (id: AnnotationId | null) => void;
  announced: (text: string) => void;
  /** Asks the sidebar to open a card at its note, tags or link picker (also activates it); null clears. */
  cardIntentSet: (intent: CardIntent | null) => void;
  /** Lists over all annotations wait (true) or may be drawn (false); see `listsDeferred`. */
  listsDeferredSet: (deferred: boolean) => void;
}

export const createViewSlice: StateCreator<AppState, AppMutators, [], ViewSlice> = (set, get) => ({
  anchors: emptyRecord(),
  anchorsPaperId: null,
  activeAnnotationId: null,
  announcement: null,
  cardIntent: null,
  listsDeferred: false,
  anchorsResolved: (paperId, results, replace = false) =>
    set((s) => {
      if (replace || s.anchorsPaperId !== paperId)
        return { anchors: recordOf(results), anchorsPaperId: paperId };
      return { anchors: putEntries(s.anchors, results) };
    }),
  annotationActivated: (id) => {
    // Moving on from a draft keeps it: only cancelling its note or link takes it back.
    const left = get().activeAnnotationId;
    if (left !== null && left !== id) get().draftConfirmed(left);
    set({ activeAnnotationId: id });
  },
  announced: (text) => set((s) => ({ announcement: { id: (s.announcement?.id ?? 0) + 1, text } })),
  cardIntentSet: (intent) =>
    set(
      intent
        ? { cardIntent: intent, activeAnnotationId: intent.annotationId }
        : { cardIntent: null },
    ),
  listsDeferredSet: (deferred) => {
    if (get().listsDeferred !== deferred) set({ listsDeferred: deferred });
  },
});
