/**
 * "Layers": the sets with annotations on this paper (and the reader's own), each with its colour
 * cue, how many annotations it has here, a show/hide toggle and a small menu (rename, delete after
 * asking, with undo); "New set" makes one, asking the reader's name the first time. Imported layers are
 * read-only: they can be hidden or deleted, not renamed.
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { COLOUR_IDS, type ColourId } from '../../annotations/colours';
import { isOwnSet } from '../../annotations/sets';
import { asSetId, DEFAULT_SET_ID, type AnnotationSet } from '../../annotations/types';
import { selectAuthorName } from '../../store/slices/sets-slice';
import { useAppStore } from '../store-context';
import { selectLayerCounts } from '../../store/layer-selectors';
import { layerCueClass } from './layer-cue';

// Asked only before a delete: loaded then, not with the first screen.
const DeleteSetDialog = lazy(() =>
  import('./DeleteSetDialog').then((m) => ({ default: m.DeleteSetDialog })),
);
import { isolate } from '../../paper/isolate';

export function LayersSection({ paperId }: { paperId: string }) {
  const sets = useAppStore((s) => s.annotationSets);
  // Counted once and patched after each change (store/layer-selectors.ts): typing a note
  // neither walks every annotation nor re-renders the section.
  const counts = useAppStore((s) => selectLayerCounts(s, paperId));
  const deleted = useAppStore((s) => s.deletedSet);
  const undo = useAppStore((s) => s.setDeleteUndone);
  const dismiss = useAppStore((s) => s.deletedSetDismissed);
  const headingId = useId();
  const shown = Object.values(sets).filter(
    (s) => isOwnSet(s) || counts.has(s.id) || s.paperId === paperId,
  );
  return (
    <section className="layers" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar__heading">
        Layers
      </h2>
      <ul className="layers__list">
        {shown.map((set) => (
          <LayerRow key={set.id} set={set} count={counts.get(set.id) ?? 0} />
        ))}
      </ul>
      <ActiveSetPicker />
      <NewSetForm />
      {deleted ? (
        <div className="undo-bar">
          <span className="undo-bar__text">
            Deleted “<bdi>{deleted.set.name}</bdi>”.
          </span>
          {/* Focus lands here after a delete: the row and its menu are gone. */}
          <button type="button" className="button button--small" onClick={undo} autoFocus>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </section>
  );
}

function LayerRow({ set, count }: { set: AnnotationSet; count: number }) {
  const toggle = useAppStore((s) => s.setVisibilityToggled);
  const rename = useAppStore((s) => s.setRenamed);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const menuButton = useRef<HTMLElement>(null);
  const own = isOwnSet(set);
  /** Runs a menu item and closes the menu. */
  const pick = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  return (
    <li className="layers__row">
      <span className={layerCueClass(set)} aria-hidden="true" />
      {renaming ? (
        <form
          className="layers__rename"
          onSubmit={(e) => {
            e.preventDefault();
            rename(set.id, String(new FormData(e.currentTarget).get('name') ?? ''));
            setRenaming(false);
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
        </form>
      ) : (
        <span className="layers__name">
          <bdi>{set.name}</bdi>
          {own ? '' : ' (read-only)'}
          <span className="layers__count"> · {count}</span>
        </span>
      )}
      <label className="layers__toggle">
        <input type="checkbox" checked={!set.hidden} onChange={() => toggle(set.id)} />
        <span className="visually-hidden">Show {set.name}</span>
      </label>
      <details className="layers__menu" ref={menu}>
        <summary ref={menuButton} aria-label={`More for ${isolate(set.name)}`}>
          ⋯
        </summary>
        <div className="layers__menu-panel">
          {own ? (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={pick(() => setRenaming(true))}
            >
              Rename
            </button>
          ) : null}
          {set.id === DEFAULT_SET_ID ? null : (
            <button
              type="button"
              className="button button--danger button--small"
              onClick={pick(() => setDeleting(true))}
            >
              Delete set…
            </button>
          )}
        </div>
      </details>
      {deleting ? (
        <Suspense fallback={null}>
          <DeleteSetDialog
            set={set}
            onClose={() => setDeleting(false)}
            returnFocusTo={menuButton}
          />
        </Suspense>
      ) : null}
    </li>
  );
}

function NewSetForm() {
  const create = useAppStore((s) => s.setCreated);
  const author = useAppStore(selectAuthorName);
  const [open, setOpen] = useState(false);
  const hint = useId();
  if (!open)
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setOpen(true)}
      >
        New set…
      </button>
    );
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
        setOpen(false);
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
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setOpen(false)}
      >
        Cancel
      </button>
    </form>
  );
}

/** "New highlights go to": shown once the reader has more than one own set. */
function ActiveSetPicker() {
  const sets = useAppStore((s) => s.annotationSets);
  const active = useAppStore((s) => s.activeSetId);
  const choose = useAppStore((s) => s.activeSetChosen);
  const own = Object.values(sets).filter(isOwnSet);
  if (own.length < 2) return null;
  return (
    <label className="layers__active">
      <span>New highlights go to</span>
      <select
        className="text-input"
        value={active}
        onChange={(e) => choose(asSetId(e.target.value))}
      >
        {own.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
