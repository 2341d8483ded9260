/**
 * Renaming a set in the Layers section: its name in a text box, Save, and Cancel or Escape to
 * leave it as it was. Loaded when the reader first renames a set, not with the first screen.
 */
import type { AnnotationSet } from '../../annotations/types';
import { isolate } from '../../paper/isolate';
import { useAppStore } from '../store-context';

/** The rename form of `set`'s row; `onDone` closes it, after Save or Cancel. */
export function RenameSetForm({ set, onDone }: { set: AnnotationSet; onDone: () => void }) {
  const rename = useAppStore((s) => s.setRenamed);
  return (
    <form
      className="layers__rename"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        rename(set.id, String(new FormData(e.currentTarget).get('name') ?? ''));
        onDone();
      }}
    >
      <input
        name="name"
        className="text-input"
        defaultValue={set.name}
        aria-label={`New name for ${isolate(set.name)}`}
        autoFocus
      />
      <button type="submit" className="button button--small">
        Save
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => onDone()}>
        Cancel
      </button>
    </form>
  );
}
