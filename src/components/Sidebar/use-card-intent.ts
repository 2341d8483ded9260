/**
 * Acts on a pending card intent (the selection toolbar's "Note", "Tags" or "Link to source") for
 * one card: opens the note editor, focuses the tag box or opens the link picker, then clears it.
 */
import { useEffect, useState } from 'react';
import type { AnnotationId } from '../../annotations/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import type { CardIntent } from '../../store/slices/view-slice';

interface Handlers {
  editNote: () => void;
  focusTags: () => void;
  pickLink: () => void;
}

export function useCardIntent(annotationId: AnnotationId, handlers: Handlers): void {
  const store = useAppStoreApi();
  const intent = useAppStore((s) =>
    s.cardIntent?.annotationId === annotationId ? s.cardIntent : null,
  );
  // Adjusting state while rendering (not in an effect) so the editor opens in the same render.
  const [handled, setHandled] = useState<CardIntent | null>(null);
  if (intent && intent !== handled) {
    setHandled(intent);
    if (intent.focus === 'note') handlers.editNote();
    else if (intent.focus === 'tags') handlers.focusTags();
    else handlers.pickLink();
  }
  useEffect(() => {
    if (intent) store.getState().cardIntentSet(null);
  }, [intent, store]);
}
