/**
 * Holds the annotations sidebar. On wide screens it is a column beside the paper; below 860 px
 * it becomes a drawer over the paper's right edge, opened by the "Annotations" button in the header
 * and by itself whenever a highlight is opened, so a card never lands below a long paper. The
 * drawer closes with its × button, with Escape, or with a click on the paper beside it. While a
 * paper's first screen is drawn (`listsDeferred`), the sidebar says it is loading instead; while
 * a reload has read only the first screen's stored annotations (`storedRestPending`), it gives no
 * count, which would be short.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../components/store-context';
import { plural } from '../paper/plural';
import { selectPaperAnnotationCount } from '../store/selectors';

/** Below this width the sidebar is a drawer (the same breakpoint as in styles.css). */
const DRAWER_QUERY = '(max-width: 860px)';

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

  useEffect(() => {
    if (!open) return;
    const isDrawer = () => window.matchMedia?.(DRAWER_QUERY).matches ?? false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && isDrawer()) {
        setOpen(false);
        if (drawer.current?.contains(document.activeElement)) toggle.current?.focus();
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
  }, [open]);

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
      <div ref={drawer} id={id} className="app__sidebar" data-open={open}>
        <button
          type="button"
          className="app__sidebar-close"
          aria-label="Close annotations"
          onClick={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
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
