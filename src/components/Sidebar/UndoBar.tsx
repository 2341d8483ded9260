/**
 * After a delete: "Highlight deleted" with an Undo button, which takes focus so the keyboard
 * path to undo is one key press. Undo uses the store's history when the delete is still the last
 * step, and otherwise restores the saved copy; the card comes back open, with focus.
 */
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../annotations/types';
import type { AppStore } from '../../store/app-store';
import { useAppStoreApi } from '../store-context';
import { hasEntry } from '../../annotations/shared-record';

interface Props {
  deleted: Annotation;
  onDismiss: () => void;
}

export function undoDelete(store: AppStore, deleted: Annotation): void {
  const s = store.getState();
  if (hasEntry(s.annotations, deleted.id)) return;
  const last = s.annotationHistory.past.at(-1);
  if (last?.action === 'delete' && last.id === deleted.id) s.undo();
  else s.annotationRestored(deleted);
  // Back as it was when deleted (only an open card has Delete): open, and with focus, since the
  // Undo bar that had it goes.
  s.annotationActivated(deleted.id);
  s.announced('Highlight restored.');
  // An orphan's card has no Open/Close: focus goes to its tab then.
  requestAnimationFrame(() =>
    (
      document.querySelector<HTMLElement>('.card--active .card__toggle') ??
      document.querySelector<HTMLElement>('.sidebar [role="tab"][aria-selected="true"]')
    )?.focus({ preventScroll: true }),
  );
}

export function UndoBar({ deleted, onDismiss }: Props) {
  const store = useAppStoreApi();
  const undo = useRef<HTMLButtonElement>(null);
  // Focused once the delete is drawn, without scrolling (the bar sticks to the sidebar's foot):
  // `autoFocus` focused it in the middle of the commit, making the browser lay out the page there
  // and again for the frame (issue 9).
  useEffect(() => undo.current?.focus({ preventScroll: true }), []);
  return (
    <div className="undo-bar">
      <span className="undo-bar__text">Highlight deleted.</span>
      <button
        type="button"
        className="button button--small"
        ref={undo}
        onClick={() => {
          undoDelete(store, deleted);
          onDismiss();
        }}
      >
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
