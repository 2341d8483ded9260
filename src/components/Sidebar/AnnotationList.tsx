/**
 * The "Annotations" tab's list: the highlights that pass the filter, in reading order (where they
 * anchored in the text), each as a card; or a word on how to start when there are none.
 *
 * With thousands of highlights only a window of the list is rendered (card-window.ts): a page at
 * first, more with "Show more" and "Show earlier", never more than a few pages, so a keystroke in
 * a note or a new highlight renders the same few cards however many there are. The open card is
 * always rendered in its place: the window moves to it (that card alone when it is far).
 */
import { useEffect, useRef, useState } from 'react';
import type { Annotation, SetId } from '../../annotations/types';
import { plural } from '../../paper/plural';
import { selectLayerCounts } from '../../store/layer-selectors';
import type { Paper } from '../../paper/types';
import { useAppStore } from '../store-context';
import {
  selectAnchoredAnnotations,
  selectVisibleAnnotations,
  selectVisibleIndex,
  type AnnotationFilter,
} from '../../store/selectors';
import { AnnotationCard } from './AnnotationCard';
import {
  firstPage,
  followEdit,
  showEarlier,
  showMore,
  windowAround,
  type CardWindow,
} from './card-window';

export { CARDS_PER_PAGE, JUMP_CARDS, MAX_WINDOW_CARDS } from './card-window';

interface Props {
  paper: Paper;
  onDeleted: (annotation: Annotation) => void;
}

export function AnnotationList({ paper, onDeleted }: Props) {
  const visible = useAppStore(selectVisibleAnnotations);
  const total = useAppStore((s) => selectAnchoredAnnotations(s).length);
  const activeId = useAppStore((s) => s.activeAnnotationId);
  const activeIndex = useAppStore((s) => selectVisibleIndex(s, s.activeAnnotationId));
  const filter = useAppStore((s) => s.annotationFilter);
  const shown = useCardWindow(visible, activeIndex, filter);
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);

  // After "Show more" or "Show earlier", focus moves to the first card added, so keyboard users
  // read on from there.
  useEffect(() => {
    if (focusAt.current === null || !list.current) return;
    list.current.children[focusAt.current]?.querySelector<HTMLElement>('button')?.focus();
    focusAt.current = null;
  });

  if (total === 0) return <EmptyState paperId={paper.id} />;
  // The filters' own "Clear filters" (by the count, above) is the one way back: one button, where
  // it always is, not a second one here.
  if (visible.length === 0) {
    return <p className="sidebar__empty">No annotations match these filters.</p>;
  }
  const { start, end } = shown.window;
  const left = visible.length - end;
  return (
    <>
      {start > 0 ? (
        <button
          type="button"
          className="button button--quiet card-list__more"
          onClick={() => {
            focusAt.current = 0;
            shown.change(showEarlier(shown.window));
          }}
        >
          Show earlier ({start} before)
        </button>
      ) : null}
      <ol
        ref={list}
        className="card-list"
        aria-label="Annotations in reading order"
        start={start + 1}
      >
        {visible.slice(start, end).map((a) => (
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
            const next = showMore(shown.window, visible.length);
            focusAt.current = end - next.start;
            shown.change(next);
          }}
        >
          Show more ({left} left)
        </button>
      ) : null}
    </>
  );
}

/**
 * Which cards to render: the first page, then as "Show more" and "Show earlier" move it, back to
 * the first page when the filter changes, kept on the same cards when one is added or removed
 * (`followEdit`), and always moved to include the open card.
 */
function useCardWindow(
  visible: readonly Annotation[],
  activeIndex: number,
  filter: AnnotationFilter,
) {
  const count = visible.length;
  const [state, setState] = useState(() => ({ filter, window: firstPage(count), list: visible }));
  const from =
    state.filter === filter ? followEdit(state.window, state.list, visible) : firstPage(count);
  const window = windowAround(from, count, activeIndex);
  // Adjusted while rendering (React's "adjust state on a change" pattern), so no frame shows the
  // old window; the window stays where it is when the card closes, so focus is not lost with it.
  // The list is kept from the last card added or removed, to tell where the next one is.
  if (
    state.filter !== filter ||
    state.window.start !== window.start ||
    state.window.end !== window.end ||
    state.window.short !== window.short ||
    state.list.length !== count
  )
    setState({ filter, window, list: visible });
  return {
    window,
    change: (next: CardWindow) => setState({ filter, window: next, list: visible }),
  };
}

/** How many of the paper's annotations are in hidden layers (none shown, so the list is empty). */
function useHiddenCount(paperId: string): number {
  const counts = useAppStore((s) => selectLayerCounts(s, paperId));
  const sets = useAppStore((s) => s.annotationSets);
  let n = 0;
  for (const [setId, count] of counts) if (sets[setId as SetId]?.hidden) n += count;
  return n;
}

/** How to start; or, when every annotation is in a hidden layer, that they are there. */
function EmptyState({ paperId }: { paperId: string }) {
  const hidden = useHiddenCount(paperId);
  if (hidden > 0)
    return (
      <p className="sidebar__empty">
        {plural(hidden, 'annotation')} on this paper {hidden === 1 ? 'is' : 'are'} in hidden layers:
        tick a layer under Layers to show it.
      </p>
    );
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
