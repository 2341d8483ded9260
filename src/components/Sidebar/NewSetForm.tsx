/**
 * The "New set…" form of the Layers section: the set's title, the reader's name the first time,
 * and the layer colour (the small mark beside the set's name, not a highlight colour). Loaded
 * when the reader first asks for it, not with the first screen.
 */
import { useId } from 'react';
import { COLOUR_IDS, type ColourId } from '../../annotations/colours';
import { selectAuthorName } from '../../store/slices/sets-slice';
import { useAppStore } from '../store-context';

/** The form; `onDone` closes it, after Create or Cancel. */
export function NewSetForm({ onDone }: { onDone: () => void }) {
  const create = useAppStore((s) => s.setCreated);
  const author = useAppStore(selectAuthorName);
  const hint = useId();
  return (
    <form
      className="layers__new"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const colour = String(data.get('colour') ?? '');
        create({
          name: String(data.get('name') ?? ''),
          author: String(data.get('author') ?? author),
          ...(colour ? { colour: colour as ColourId } : {}),
        });
        onDone();
      }}
    >
      <input
        name="name"
        className="text-input"
        aria-label="Set title"
        placeholder="Set title"
        required
        autoFocus
      />
      {author ? null : (
        <input
          name="author"
          className="text-input"
          aria-label="Your name (asked once)"
          placeholder="Your name"
        />
      )}
      {/* Not a highlight colour: the small square beside the set's name, here and on its cards. */}
      <label className="layers__colour">
        <span>Layer colour</span>
        <select name="colour" className="text-input" defaultValue="blue" aria-describedby={hint}>
          {COLOUR_IDS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <p id={hint} className="layers__hint">
        Marks the set beside its name and on its cards; highlights keep their own colours.
      </p>
      <button type="submit" className="button button--small">
        Create
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => onDone()}>
        Cancel
      </button>
    </form>
  );
}
