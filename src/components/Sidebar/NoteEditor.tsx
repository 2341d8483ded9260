/**
 * Editing a note in place: every keystroke is saved (the store coalesces the undo steps of one
 * burst of typing, and the storage coalesces writes). Escape, Ctrl/Cmd+Enter or "Done" close it.
 */
import { useId } from 'react';
import type { AnnotationId } from '../../annotations/types';
import { useAppStoreApi } from '../store-context';

interface Props {
  annotationId: AnnotationId;
  note: string;
  onClose: () => void;
}

export function NoteEditor({ annotationId, note, onClose }: Props) {
  const store = useAppStoreApi();
  const hintId = useId();
  const close = () => {
    store.getState().announced('Note saved.');
    onClose();
  };
  return (
    <div className="note-editor">
      <label className="note-editor__label">
        Note
        <textarea
          className="text-input note-editor__text"
          value={note}
          rows={4}
          autoFocus
          aria-describedby={hintId}
          onChange={(e) =>
            store.getState().annotationEdited(annotationId, { note: e.target.value })
          }
          onKeyDown={(e) => {
            if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        />
      </label>
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
