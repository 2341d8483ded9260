/**
 * The recent-papers list: every paper opened in this browser, newest first, to switch back to or
 * forget; a paper whose text is no longer stored is marked. It is a disclosure in the header,
 * usable by keyboard (Escape closes it); its panel is `RecentPapersPanel`, loaded on first open.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PaperId } from '../../paper/types';
import type { PaperMeta } from '../../store/slices/papers-slice';
import { lazyPart } from '../shared/lazy-part';

/** The list loads the first time it is opened: the first screen shows only the button. */
const RecentPapersPanel = lazyPart(() => import('./RecentPapersPanel'), 'RecentPapersPanel', {
  what: 'The list of recent papers',
});

interface Props {
  papers: PaperMeta[];
  currentId: PaperId | null;
  /** Papers whose text this browser no longer holds: opening one asks for its file. */
  missing?: Record<PaperId, true>;
  onOpen: (id: PaperId) => void;
  onForget: (id: PaperId) => void;
}

export function RecentPapers({ papers, currentId, missing = {}, onOpen, onForget }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div
      className="recent"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="app__wide-only">Recent papers</span>
        <span className="app__narrow-only" aria-hidden="true">
          Recent
        </span>{' '}
        ({papers.length})
      </button>
      {open ? (
        <RecentPapersPanel
          id={panelId}
          papers={papers}
          currentId={currentId}
          missing={missing}
          onOpen={(id) => {
            setOpen(false);
            onOpen(id);
          }}
          onForget={onForget}
          onDismiss={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
