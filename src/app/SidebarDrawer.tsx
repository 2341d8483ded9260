/**
 * Holds the annotations sidebar. On wide screens it is a column beside the paper; below 860 px
 * it becomes a drawer over the paper's right edge, opened by the "Annotations" button in the header
 * and by itself whenever a highlight is opened, so a card never lands below a long paper. The
 * drawer closes with its × button, with Escape, or with a click on the paper beside it. Until the
 * paper has an annotation, a line above it says how to make one (the drawer's own first words). A card
 * opened from the paper takes focus into the drawer (to the card), and closing the drawer with ×
 * or Escape gives focus back where it was. While a
 * paper's first screen is drawn (`listsDeferred`), the sidebar says it is loading instead; while
 * a reload has read only the first screen's stored annotations (`storedRestPending`), it gives no
 * count, which would be short.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../components/store-context';
import { plural } from '../paper/plural';
import { selectPaperAnnotationCount } from '../store/selectors';

/** Below this width the sidebar is a drawer (the same breakpoint as in styles.css). */
const DRAWER_QUERY = '(max-width: 860px)';
const isDrawer = () => window.matchMedia?.(DRAWER_QUERY).matches ?? false;
/** Frames to wait for the drawer to become visible (its slide-in) before focus can enter it. */
const FOCUS_FRAMES = 20;

export function SidebarDrawer({
  children,
  toggleHost,
}: {
  children: ReactNode;
  toggleHost: HTMLElement | null;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const drawer = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Where focus was before an opened card took it into the drawer, to go back to on closing.
  const returnTo = useRef<HTMLElement | null>(null);
  const active = useAppStore((s) => s.activeAnnotationId);
  const count = useAppStore(selectPaperAnnotationCount);
  // With thousands of annotations the sidebar's first pass over them waits for the paper's
  // first screen to be painted (store/slices/view-slice.ts `listsDeferred`).
  const restPending = useAppStore((s) => s.storedRestPending);
  const deferred = useAppStore((s) => s.listsDeferred) || restPending;
  // Opening a highlight opens the drawer (state adjusted during render, not in an effect).
  const [shownActive, setShownActive] = useState(active);
  if (active !== shownActive) {
    setShownActive(active);
    if (active) setOpen(true);
  }

  // An import done opens the drawer (on a phone, only the header's count said what arrived). Told
  // by the import itself: the annotations also change under a preview (another tab's edit, the
  // rest of the stored ones loading), and Cancel must leave the drawer as it was.
  const importsDone = useAppStore((s) => s.importsDone);
  const [shownImports, setShownImports] = useState(importsDone);
  const [arrivals, setArrivals] = useState(0);
  if (importsDone !== shownImports) {
    setShownImports(importsDone);
    setOpen(true);
    setArrivals((n) => n + 1);
  }

  // Focus follows what arrived, into the drawer, to its Annotations tab (selected) once the
  // drawer has slid in, unless the reader moved it meanwhile.
  useEffect(() => {
    const box = drawer.current;
    if (!arrivals || !box || !isDrawer()) return;
    const was = document.activeElement;
    let frames = FOCUS_FRAMES;
    let frame = 0;
    const enter = () => {
      if (document.activeElement !== was) return;
      const tab = box.querySelector<HTMLElement>('[role="tab"]');
      if (tab?.checkVisibility?.({ visibilityProperty: true }) ?? true) {
        if (tab?.getAttribute('aria-selected') === 'false') tab.click();
        tab?.focus({ preventScroll: true });
      }
      if (document.activeElement === was && frames-- > 0) frame = requestAnimationFrame(enter);
    };
    enter();
    return () => cancelAnimationFrame(frame);
  }, [arrivals]);

  // A card opened from the paper (a highlight clicked or tapped, a new highlight) takes focus
  // into the drawer, to its "Close" button, unless focus is there already (its note editor) or
  // in a pop-up that belongs to the card (the link picker). The drawer slides in hidden, so focus
  // is tried again on the next frames until it takes, unless the reader moved it meanwhile.
  useEffect(() => {
    const box = drawer.current;
    if (!open || !active || !box || !isDrawer()) return;
    const before = document.activeElement;
    if (box.contains(before) || before?.closest('[role="dialog"]')) return;
    returnTo.current = before instanceof HTMLElement && before !== document.body ? before : null;
    let frames = FOCUS_FRAMES;
    let frame = 0;
    const enter = () => {
      if (document.activeElement !== before) return;
      const target =
        box.querySelector<HTMLElement>('.card--active .card__toggle') ??
        box.querySelector<HTMLElement>('.app__sidebar-close');
      target?.focus({ preventScroll: true });
      if (document.activeElement !== target && frames-- > 0) frame = requestAnimationFrame(enter);
    };
    enter();
    return () => cancelAnimationFrame(frame);
  }, [open, active]);
  useEffect(() => {
    if (!open) returnTo.current = null;
  }, [open]);

  /** Closes the drawer with focus on where it was before a card took it, else on the toggle. */
  const closeWithFocus = useCallback(() => {
    const back = returnTo.current?.isConnected ? returnTo.current : toggle.current;
    setOpen(false);
    back?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && isDrawer()) {
        if (drawer.current?.contains(document.activeElement)) closeWithFocus();
        else setOpen(false);
      }
    };
    const onPointer = (e: MouseEvent) => {
      const target = e.target as Element;
      // Pop-ups opened from the drawer or the paper (the link picker, the selection toolbar, a
      // citation card) sit elsewhere in the page but belong to the work at hand, and a click on a
      // highlight is about to open its card in the drawer anyway.
      const ownedElsewhere = target.closest?.(
        '[role="dialog"], [role="toolbar"], [role="tooltip"], mark[data-annotation-ids]',
      );
      const outside = !drawer.current?.contains(target) && !toggle.current?.contains(target);
      if (isDrawer() && outside && !ownedElsewhere) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open, closeWithFocus]);

  return (
    <>
      {toggleHost
        ? createPortal(
            <button
              ref={toggle}
              type="button"
              className="button button--quiet app__sidebar-toggle"
              aria-expanded={open}
              aria-controls={id}
              onClick={() => setOpen((o) => !o)}
            >
              {restPending ? 'Annotations' : `Annotations (${count})`}
            </button>,
            toggleHost,
          )
        : null}
      {/* Where the sidebar is a drawer, how to start is said on the reading view too (styles.css). */}
      {count || restPending ? null : <p className="app__hint">Select text to highlight it.</p>}
      <div ref={drawer} id={id} className="app__sidebar" data-open={open}>
        <button
          type="button"
          className="app__sidebar-close"
          aria-label="Close annotations"
          onClick={closeWithFocus}
        >
          ×
        </button>
        {deferred ? (
          <p className="app__sidebar-pending" role="status">
            {restPending ? 'Loading annotations…' : `Loading ${plural(count, 'annotation')}…`}
          </p>
        ) : (
          children
        )}
      </div>
    </>
  );
}
