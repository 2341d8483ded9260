/**
 * Editing a note in place: every keystroke is saved (the store coalesces the undo steps of one
 * burst of typing, and the storage coalesces writes). Escape, Ctrl/Cmd+Enter or "Done" close it.
 *
 * Another tab may type in the same note: its text is merged into the store's note (both tabs'
 * words kept), the caret stays beside the reader's own text, and the editor says so.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { StorageProblem } from '../../annotations/persisted';
import type { AnnotationId } from '../../annotations/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { keepCaret } from './keep-caret';
import { preloadNoteRenderer } from './NoteView';

interface Props {
  annotationId: AnnotationId;
  note: string;
  onClose: () => void;
}

const REMOTE_EDIT = {
  merged: "Also edited in another tab: both tabs' text is kept.",
  conflict:
    'Edited in another tab at the same words: both versions are kept, side by side. Check the note.',
};

export function NoteEditor({ annotationId, note, onClose }: Props) {
  const store = useAppStoreApi();
  const hintId = useId();
  const remoteEdit = useAppStore((s) => s.remoteNoteEdits[annotationId]);
  const field = useRef<HTMLTextAreaElement>(null);
  /** The text as this editor last saw it, and the caret in it. */
  const shown = useRef({ text: note, start: note.length, end: note.length });

  // The note is shown rendered when the editor closes: its renderer loads while the reader types.
  useEffect(() => void preloadNoteRenderer(), []);

  // Opened on a note, the caret goes after it (a focused text box puts it before the first
  // character), so what the reader types adds to the note rather than going in front of it.
  useLayoutEffect(() => {
    const el = field.current;
    el?.setSelectionRange(el.value.length, el.value.length);
  }, []);

  useLayoutEffect(() => {
    const el = field.current;
    const last = shown.current;
    if (!el || last.text === note) return;
    // The note changed from elsewhere: keep the caret beside the same text of ours.
    const start = keepCaret(last.text, note, last.start);
    const end = keepCaret(last.text, note, last.end);
    if (document.activeElement === el) el.setSelectionRange(start, end);
    shown.current = { text: note, start, end };
  }, [note]);

  const remember = (el: HTMLTextAreaElement) => {
    shown.current = { text: el.value, start: el.selectionStart, end: el.selectionEnd };
  };
  const close = () => {
    store.getState().remoteNoteEditSeen(annotationId);
    store.getState().announced(closedNoteMessage(store.getState().storageProblem));
    onClose();
  };
  return (
    <div className="note-editor">
      <label className="note-editor__label">
        Note
        <textarea
          ref={field}
          className="text-input note-editor__text"
          value={note}
          rows={4}
          autoFocus
          aria-describedby={hintId}
          onSelect={(e) => remember(e.currentTarget)}
          onChange={(e) => {
            remember(e.currentTarget);
            store.getState().annotationEdited(annotationId, { note: e.target.value });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        />
      </label>
      <p role="status" className="note-editor__remote">
        {remoteEdit ? REMOTE_EDIT[remoteEdit] : null}
      </p>
      <p id={hintId} className="note-editor__hint">
        Saved as you type. Markdown: **bold**, *italic*, [link](https://…). Ctrl+Enter or Escape to
        finish.
      </p>
      <button type="button" className="button button--small" onClick={close}>
        Done
      </button>
    </div>
  );
}

/**
 * What closing the editor says: "Note saved." only when the browser's storage takes writes; with
 * the storage banner up it said "saved" under a banner saying the latest changes are not.
 */
function closedNoteMessage(problem: StorageProblem | null): string {
  if (!problem || problem.kind === 'corrupt' || problem.kind === 'recovered') return 'Note saved.';
  return problem.kind === 'quota'
    ? 'Note kept while this tab stays open, not saved: browser storage is full.'
    : 'Note kept while this tab stays open, not saved: see the storage message at the top.';
}
