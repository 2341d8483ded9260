/**
 * The paper with its annotation layer: a selection in it (by mouse, or by keyboard with the
 * arrow keys) brings up the annotation toolbar; clicking a highlight (or Enter with the caret in
 * it) opens its card.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { asAnnotationId } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStoreApi } from '../store-context';
import { PaperView } from '../PaperView/PaperView';
import { KeyboardCaret } from './KeyboardCaret';
import { handleSelectionKey } from './keyboard-selection';
import { RegionBoundary } from '../shared/RegionBoundary';
import { lazyPart } from '../shared/lazy-part';
import { usePaperSelection } from './use-paper-selection';

/**
 * The toolbar shows only once text is selected: it loads beside the first screen (the effect
 * below), so the first selection draws it at once. Keeps the first load in its budget.
 */
const SelectionToolbar = lazyPart(() => import('./SelectionToolbar'), 'SelectionToolbar', {
  what: 'The annotation toolbar',
  floating: true,
});

/** Loads the annotation toolbar (the paper's first render does it). */
export const preloadSelectionToolbar = SelectionToolbar.preload;

export function AnnotatablePaper({ paper }: { paper: Paper }) {
  const store = useAppStoreApi();
  const root = useRef<HTMLElement>(null);
  const { selection, forget, settle } = usePaperSelection(root, paper.text);
  useEffect(() => void preloadSelectionToolbar(), []);
  /** Toolbar actions so far: each draws the caret afresh (see `onDone`). */
  const [acted, setActed] = useState(0);
  // After a plain highlight, keyboard readers continue from the paper; a note, tags or the link
  // picker take focus themselves in the sidebar. The toolbar cleared the selection: it goes now,
  // with the new highlight, and so does the caret at its end (a new caret has none), not after
  // the browser's `selectionchange` in another render and another frame (issue 9).
  const onDone = useCallback(
    (intent: string | null) => {
      forget();
      setActed((n) => n + 1);
      if (intent === null && root.current?.contains(document.activeElement) === false)
        root.current.focus();
    },
    [forget],
  );

  // The article's props stay the same object while the selection comes and goes, so the paper
  // (PaperView is memoised) is not rendered again when the toolbar shows or goes (issue 9: the
  // click that highlights re-rendered the paper's sections).
  const articleProps = useMemo(() => {
    const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
      // Keys on links inside the paper keep their meaning; a focused heading moves like the text.
      if ((e.target as Element).closest('a, button, input, textarea')) return;
      // Enter straight after Shift+arrows comes before the selection has settled (the toolbar
      // waits for a drag to end): take it now, so the toolbar is drawn and the key not lost.
      if (e.key === 'Enter') flushSync(settle.current);
      // The toolbar is there while there is a selection.
      const toolbar =
        e.key === 'Enter' && document.querySelector<HTMLElement>('.selection-toolbar button');
      if (toolbar) {
        e.preventDefault();
        toolbar.focus();
      } else if (e.key === 'Enter' && open(document.getSelection()?.focusNode?.parentElement)) {
        // The caret in a highlight: Enter opens its card, as a click does, and goes to it.
        e.preventDefault();
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>('.card--active .card__toggle')?.focus(),
        );
      } else if (e.key === 'Escape' && isSelectionIn(root.current!)) {
        // A mouse selection leaves focus here, not in the toolbar: Escape dismisses it from here
        // too, the caret kept at the selection's end; taken, so the drawer (phone) stays open.
        e.preventDefault();
        document.getSelection()!.collapseToEnd();
      } else if (handleSelectionKey(e, root.current!)) {
        e.preventDefault();
      }
    };
    /** Opens the card of the highlight `at` is in (none when there is a selection); whether it did. */
    const open = (at: Element | null | undefined) => {
      const mark = at?.closest?.('mark[data-annotation-ids]');
      if (!mark || at!.closest('a') || !document.getSelection()?.isCollapsed) return false;
      const ids = mark.getAttribute('data-annotation-ids')!.split(' ').map(asAnnotationId);
      const { activeAnnotationId, annotationActivated } = store.getState();
      const was = activeAnnotationId ? ids.indexOf(activeAnnotationId) : -1;
      // First click: the innermost highlight; clicking again steps out to the ones under it.
      annotationActivated(ids[(was + 1) % ids.length]!);
      return true;
    };
    const onClick = (e: MouseEvent<HTMLElement>) => void open(e.target as Element);
    return {
      ref: root,
      tabIndex: 0,
      'aria-describedby': 'paper-keyboard-help',
      onKeyDown,
      onClick,
    };
  }, [store, settle]);

  return (
    <>
      <PaperView paper={paper} articleProps={articleProps} />
      <p id="paper-keyboard-help" className="visually-hidden">
        To annotate with the keyboard: use the arrow keys to move through the text, hold Shift to
        select, then press Enter for the annotation toolbar. Enter in a highlight opens its card.
      </p>
      <KeyboardCaret key={acted} root={root} />
      {selection ? (
        <RegionBoundary what="the annotation toolbar">
          <SelectionToolbar paper={paper} selection={selection} onDone={onDone} />
        </RegionBoundary>
      ) : null}
    </>
  );
}

/** Whether there is a selection (not a caret) that starts in `root`. */
function isSelectionIn(root: HTMLElement) {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && root.contains(selection.anchorNode);
}
