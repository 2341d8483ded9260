/**
 * One annotation in the sidebar. Closed, it shows the colour (swatch, glyph and label), the quote,
 * the note rendered from Markdown, tags and linked sources. Open (the active annotation: clicked
 * in the paper, just created, or opened here) it also edits them: note, tags, links, colour, and
 * deletes (undoable).
 */
import {
  lazy,
  memo,
  Suspense,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import { isOwnSet } from '../../annotations/sets';
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { selectCurrentAnchors } from '../../store/selectors';
import { RegionBoundary } from '../shared/RegionBoundary';
import { scrollIntoViewWithin } from '../shared/scroll-within';
import { CardQuote } from './CardQuote';
import { ColourBadge } from './ColourBadge';
import { LayerLine } from './LayerLine';
import { LinkedReferences } from './LinkedReferences';
import { NoteView } from './NoteView';
import { TagChips } from './TagChips';
import { countRender } from '../shared/render-count';

/**
 * The reference picker is loaded on first use (it is not on the first screen): it keeps the first
 * load under the bundle budget (scripts/check-bundle.mjs).
 */
const LinkPicker = lazy(() =>
  import('../LinkPicker/LinkPicker').then((m) => ({ default: m.LinkPicker })),
);
import { useCardIntent } from './use-card-intent';
import { lazyPart } from '../shared/lazy-part';
import { entryOf } from '../../annotations/shared-record';

// What only an opened card shows, for editing: each loads beside the first screen (Sidebar.tsx
// preloads them) and is drawn at once when a card opens. Keeps the first load in its budget.
const NoteEditor = lazyPart(() => import('./NoteEditor'), 'NoteEditor', {
  what: 'The note editor',
});
const TagEditor = lazyPart(() => import('./TagEditor'), 'TagEditor', {
  what: 'The tags',
});
const ColourPicker = lazyPart(() => import('./ColourPicker'), 'ColourPicker', {
  what: 'The colour picker',
});

/** Loads what an opened card shows (the sidebar does it beside the first screen). */
export const preloadCardParts = () =>
  Promise.all([NoteEditor, TagEditor, ColourPicker].map((part) => part.preload()));

interface Props {
  paper: Paper;
  annotation: Annotation;
  active: boolean;
  /** Called after the annotation was deleted, with its last state (for the Undo bar). */
  onDeleted: (annotation: Annotation) => void;
}

export const AnnotationCard = memo(function AnnotationCard({
  paper,
  annotation,
  active,
  onDeleted,
}: Props) {
  countRender('card');
  const store = useAppStoreApi();
  const { id } = annotation;
  const label = useAppStore((s) => s.colourLabels[annotation.colour]);
  const layer = useAppStore((s) => s.annotationSets[annotation.setId]);
  // An imported layer is read-only: its cards open and show, and copy into the reader's own set.
  const readOnly = !isOwnSet(layer);
  const editing = active && !readOnly;
  const anchor = useAppStore((s) => entryOf(selectCurrentAnchors(s), id));
  const quoteId = useId();
  const detailsId = useId();
  const root = useRef<HTMLElement>(null);
  const linkButton = useRef<HTMLButtonElement>(null);
  const [editingNote, setEditingNote] = useState(false);
  const [picking, setPicking] = useState(false);
  const [tagFocusKey, setTagFocusKey] = useState(0);
  const noteButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useCardIntent(id, {
    editNote: () => setEditingNote(true),
    focusTags: () => setTagFocusKey((k) => k + 1),
    pickLink: () => setPicking(true),
  });
  // A highlight made for a note or a link is a draft until it gets one; cancelling takes it
  // back (as if the toolbar was never used) and the reader continues in the paper.
  const cancelDraft = () => {
    if (store.getState().draftCancelled(id))
      document.querySelector<HTMLElement>('article.paper')?.focus({ preventScroll: true });
  };
  if (!active && editingNote) setEditingNote(false);
  // The toolbar's "Tags" opens the tag box once; the card opened again later shows its button.
  if (!active && tagFocusKey > 0) setTagFocusKey(0);

  // An opened card keeps itself in view in the sidebar, before the next frame is drawn. Only the
  // sidebar scrolls: the page stays where the reader clicked a highlight, or keeps heading for
  // the highlight a card's quote asked for (see reveal-highlight.ts). Measured in that frame's
  // animation callback, not during the commit: reading the layout mid-commit forced the browser
  // to restyle and lay out the page once for the read and again for the frame (issue 9).
  useLayoutEffect(() => {
    const card = root.current;
    if (!active || !card) return;
    const frame = requestAnimationFrame(() => scrollIntoViewWithin(card));
    return () => cancelAnimationFrame(frame);
  }, [active]);
  // When the note editor closes while the card stays open, focus returns to its button.
  useEffect(() => {
    if (wasEditing.current && !editingNote && active) noteButton.current?.focus();
    wasEditing.current = editingNote;
  }, [editingNote, active]);

  const toggle = () => store.getState().annotationActivated(active ? null : id);
  const remove = (e: MouseEvent<HTMLButtonElement>) => {
    // Focus leaves the Delete button before its card goes (the Undo bar takes it next): removing
    // the focused button made the browser bring style up to date in the middle of the commit, a
    // pass of its own before the frame's (issue 9). Here nothing is changed yet, so it costs little.
    e.currentTarget.blur();
    store.getState().highlightDeleteRequested(id);
    onDeleted(annotation);
  };

  return (
    <article
      ref={root}
      className={`card card--${annotation.colour}${active ? ' card--active' : ''}`}
      aria-labelledby={quoteId}
    >
      <div className="card__header">
        <ColourBadge colour={annotation.colour} label={label} />
        <button
          type="button"
          className="icon-button card__toggle"
          aria-expanded={active}
          aria-controls={detailsId}
          aria-describedby={quoteId}
          onClick={toggle}
        >
          {active ? 'Close' : 'Open'}
        </button>
      </div>
      {readOnly && layer ? <LayerLine annotationId={id} layer={layer} /> : null}
      <CardQuote annotation={annotation} anchor={anchor} id={quoteId} />
      <div id={detailsId} className="card__details">
        {active && editingNote ? (
          <NoteEditor
            annotationId={id}
            note={annotation.note}
            onClose={() => {
              setEditingNote(false);
              cancelDraft();
            }}
          />
        ) : (
          <>
            <NoteView note={annotation.note} />
            {editing ? (
              <button
                type="button"
                className="button button--quiet button--small"
                ref={noteButton}
                onClick={() => setEditingNote(true)}
              >
                {annotation.note ? 'Edit note' : 'Add note'}
              </button>
            ) : null}
          </>
        )}
        {editing ? (
          <TagEditor annotationId={id} tags={annotation.tags} focusKey={tagFocusKey} />
        ) : (
          <TagChips tags={annotation.tags} />
        )}
        <LinkedReferences
          paper={paper}
          annotationId={id}
          refLabels={annotation.refLabels}
          editable={editing}
          onLinkSource={() => setPicking(true)}
          linkButtonRef={linkButton}
        />
        {editing ? (
          <>
            <ColourPicker annotationId={id} colour={annotation.colour} />
            <button type="button" className="button button--danger button--small" onClick={remove}>
              Delete highlight
            </button>
          </>
        ) : null}
      </div>
      {picking ? (
        <RegionBoundary what="the reference picker">
          <Suspense fallback={null}>
            <LinkPicker
              paper={paper}
              annotationId={id}
              onClose={() => {
                setPicking(false);
                cancelDraft();
              }}
              returnFocusTo={linkButton}
            />
          </Suspense>
        </RegionBoundary>
      ) : null}
    </article>
  );
});
