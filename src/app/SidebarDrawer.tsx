/**
 * Holds the annotations sidebar. On wide screens it is a column beside the paper; below 860 px
 * it becomes a drawer over the paper's right edge, opened by the "Annotations" button in the header
 * and by itself whenever a highlight is opened, so a card never lands below a long paper.
 */
import { useId, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../store';
import { selectPaperAnnotations } from '../store/selectors';

export function SidebarDrawer({ children, toggleHost }: { children: ReactNode; toggleHost: HTMLElement | null }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const active = useAppStore((s) => s.activeAnnotationId);
  const count = useAppStore((s) => selectPaperAnnotations(s).length);
  // Opening a highlight opens the drawer (state adjusted during render, not in an effect).
  const [shownActive, setShownActive] = useState(active);
  if (active !== shownActive) {
    setShownActive(active);
    if (active) setOpen(true);
  }

  return (
    <>
      {toggleHost
        ? createPortal(
            <button
              type="button"
              className="button button--quiet app__sidebar-toggle"
              aria-expanded={open}
              aria-controls={id}
              onClick={() => setOpen((o) => !o)}
            >
              Annotations ({count})
            </button>,
            toggleHost,
          )
        : null}
      <div
        id={id}
        className="app__sidebar"
        data-open={open}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open && !e.defaultPrevented) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
