/**
 * "Layers": the sets with annotations on this paper (and the reader's own), each with its colour
 * cue, how many annotations it has here, a show/hide toggle and a small menu (rename, delete after
 * asking, with undo); "New set" makes one, asking the reader's name the first time. Imported layers are
 * read-only: they can be hidden or deleted, not renamed.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { isOwnSet } from '../../annotations/sets';
import { asSetId, DEFAULT_SET_ID, type AnnotationSet } from '../../annotations/types';
import { useAppStore } from '../store-context';
import { selectLayerCounts } from '../../store/layer-selectors';
import { layerCueClass } from './layer-cue';

import { isolate } from '../../paper/isolate';
import { lazyPart } from '../shared/lazy-part';
import { useMenuDismiss } from '../shared/use-menu-dismiss';

// The rename form, loaded when the reader first renames a set.
const RenameSetForm = lazyPart(() => import('./RenameSetForm'), 'RenameSetForm', {
  what: 'The rename form',
});

// The new-set form, loaded when the reader first asks for it.
const NewSetForm = lazyPart(() => import('./NewSetForm'), 'NewSetForm', {
  what: 'The new set form',
});

// Asked only before a delete: loaded then, not with the first screen.
const DeleteSetDialog = lazyPart(() => import('./DeleteSetDialog'), 'DeleteSetDialog', {
  what: 'The question before deleting',
  floating: true,
});

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
      {shown.some((s) => s.origin === 'imported' && !s.hidden) ? <HighlightKey /> : null}
      <ActiveSetPicker />
      <NewSet />
      {deleted ? (
        <div className="undo-bar">
          <span className="undo-bar__text">
            Deleted “<bdi>{deleted.set.name}</bdi>”.
          </span>
          {/* Focus lands here after a delete: the row and its menu are gone. */}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              const id = deleted.set.id;
              undo();
              // The bar goes with the Undo that had focus: it moves to the layer brought back.
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLElement>(`[data-set-id="${CSS.escape(id)}"] summary`)
                  ?.focus(),
              );
            }}
            autoFocus
          >
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

/** How the reader's own highlights and an imported layer's are drawn in the text (styles.css). */
const HighlightKey = () => (
  <p className="layers__key" role="note" aria-label="How highlights are drawn">
    In the text: <span className="hl layers__sample">your own</span> ·{' '}
    <span className="hl layers__sample hl--imported">imported (read-only)</span>
  </p>
);

function LayerRow({ set, count }: { set: AnnotationSet; count: number }) {
  const toggle = useAppStore((s) => s.setVisibilityToggled);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const menuButton = useRef<HTMLElement>(null);
  // The form's box and buttons go when it closes: focus goes back to the menu it came from.
  useRefocusWhenClosed(renaming, menuButton);
  const menu = useRef<HTMLDetailsElement>(null);
  const dismissable = useMenuDismiss(menu);
  const own = isOwnSet(set);
  /** Runs a menu item and closes the menu. */
  const pick = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  return (
    <li
      className={set.hidden ? 'layers__row layers__row--hidden' : 'layers__row'}
      data-set-id={set.id}
    >
      <span className={layerCueClass(set)} aria-hidden="true" />
      {renaming ? (
        <RenameSetForm set={set} onDone={() => setRenaming(false)} />
      ) : (
        <span className="layers__name">
          <bdi>{set.name}</bdi>
          {own ? '' : ' (read-only)'}
          <span className="layers__count">
            {' · '}
            {count}
            {set.hidden ? ' · hidden' : ''}
          </span>
        </span>
      )}
      {/* "Show" in view beside the box; its name says which layer ("Show Week 3"). */}
      <label className="layers__toggle" title="Show on the paper">
        <input
          type="checkbox"
          aria-label={`Show ${set.name}`}
          checked={!set.hidden}
          onChange={() => toggle(set.id)}
        />
        Show
      </label>
      <details className="layers__menu" ref={menu} {...dismissable}>
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
        <DeleteSetDialog
          set={set}
          onClose={() => setDeleting(false)}
          onDismiss={() => setDeleting(false)}
          returnFocusTo={menuButton}
        />
      ) : null}
    </li>
  );
}

/** "New set…": the button, then the form (loaded when first asked for). */
function NewSet() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useRefocusWhenClosed(open, button);
  if (!open)
    return (
      <button
        ref={button}
        type="button"
        className="button button--quiet button--small"
        onClick={() => setOpen(true)}
      >
        New set…
      </button>
    );
  return (
    // Escape leaves it as Cancel does, as in the rename form.
    <div
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setOpen(false);
      }}
    >
      <NewSetForm onDone={() => setOpen(false)} onDismiss={() => setOpen(false)} />
    </div>
  );
}

/**
 * Moves focus to `target` when an inline form closes (`open` goes from true to false): its box
 * and buttons, which had focus, are gone, and focus would fall to the page's start.
 */
function useRefocusWhenClosed(open: boolean, target: RefObject<HTMLElement | null>) {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open, target]);
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
