/**
 * The "Annotations" tab's list: the highlights that pass the filter, in reading order (where they
 * anchored in the text), each as a card; or a word on how to start when there are none.
 *
 * With thousands of highlights the list is rendered a page at a time ("Show more"), so a keystroke
 * in a note re-renders a page of cards, not all of them. The open card is always rendered in its
 * place: the window grows to reach it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import {
  selectAnchoredAnnotations,
  selectVisibleAnnotations,
  type AnnotationFilter,
} from '../../store/selectors';
import { AnnotationCard } from './AnnotationCard';

/**
 * Cards rendered at first and added by each "Show more": several screens of the sidebar, yet few
 * enough that typing in a note stays fast with 10,000 highlights (every card rendered cost tens
 * of milliseconds per keystroke at 4,000).
 */
export const CARDS_PER_PAGE = 60;

interface Props {
  paper: Paper;
  onDeleted: (annotation: Annotation) => void;
}

export function AnnotationList({ paper, onDeleted }: Props) {
  const store = useAppStoreApi();
  const visible = useAppStore(selectVisibleAnnotations);
  const total = useAppStore((s) => selectAnchoredAnnotations(s).length);
  const activeId = useAppStore((s) => s.activeAnnotationId);
  const filter = useAppStore((s) => s.annotationFilter);
  const shown = useShownCount(visible, activeId, filter);
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);

  // After "Show more", focus moves to the first card added, and after "Clear filters" (which
  // goes away) to the first card, so keyboard users read on from there.
  useEffect(() => {
    if (focusAt.current === null || !list.current) return;
    list.current.children[focusAt.current]?.querySelector<HTMLElement>('button')?.focus();
    focusAt.current = null;
  });

  if (total === 0) return <EmptyState />;
  if (visible.length === 0) {
    return (
      <p className="sidebar__empty">
        No annotations match these filters.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            focusAt.current = 0;
            store.getState().annotationFilterCleared();
          }}
        >
          Clear filters
        </button>
      </p>
    );
  }
  const left = visible.length - shown.count;
  return (
    <>
      <ol ref={list} className="card-list" aria-label="Annotations in reading order">
        {visible.slice(0, shown.count).map((a) => (
          <li key={a.id} aria-current={a.id === activeId ? 'true' : undefined}>
            <AnnotationCard
              paper={paper}
              annotation={a}
              active={a.id === activeId}
              onDeleted={onDeleted}
            />
          </li>
        ))}
      </ol>
      {left > 0 ? (
        <button
          type="button"
          className="button button--quiet card-list__more"
          onClick={() => {
            focusAt.current = shown.count;
            shown.showMore();
          }}
        >
          Show more ({left} left)
        </button>
      ) : null}
    </>
  );
}

/**
 * How many of the visible cards to render: a page, more after each "Show more", back to a page
 * when the filter changes, and always far enough to include the active card.
 */
function useShownCount(
  visible: readonly Annotation[],
  activeId: string | null,
  filter: AnnotationFilter,
) {
  const [state, setState] = useState({ filter, count: CARDS_PER_PAGE });
  let count = state.filter === filter ? state.count : CARDS_PER_PAGE;
  const activeIndex = activeId === null ? -1 : visible.findIndex((a) => a.id === activeId);
  if (activeIndex >= count) count = activeIndex + 1;
  // Adjusted while rendering (React's "adjust state on a change" pattern), so no frame shows the
  // old window; the window stays extended when the card closes, so focus is not lost with it.
  if (state.filter !== filter || state.count !== count) setState({ filter, count });
  return {
    count,
    showMore: () => setState({ filter, count: count + CARDS_PER_PAGE }),
  };
}

function EmptyState() {
  return (
    <div className="sidebar__empty">
      <p>
        <strong>Select text in the paper to highlight it.</strong>
      </p>
      <p>
        Pick a colour for what the passage is (a claim, evidence, a question…), add a note or tags,
        and link claims to the sources they cite with “Link to source”. Your highlights appear here
        in reading order.
      </p>
    </div>
  );
}
