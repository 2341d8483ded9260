/**
 * The recent-papers list: every paper opened in this browser, newest first, to switch back to or
 * forget; a paper whose text is no longer stored is marked. It is a disclosure in the header, usable by keyboard (Escape closes it).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PaperId } from '../../paper/types';
import type { PaperMeta } from '../../store/slices/papers-slice';
import { quoted } from '../../paper/isolate';

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
        <div id={panelId} className="recent__panel">
          {papers.length === 0 ? (
            <p className="recent__empty">No papers yet.</p>
          ) : (
            <ul className="recent__list" aria-label="Recent papers">
              {papers.map((p) => (
                <li key={p.id} className="recent__item">
                  <button
                    type="button"
                    className="recent__open"
                    aria-current={p.id === currentId ? 'true' : undefined}
                    onClick={() => {
                      setOpen(false);
                      onOpen(p.id);
                    }}
                  >
                    <span className="recent__title">{p.title}</span>
                    <span className="recent__file">
                      <bdi>{p.bundled ? 'Sample paper' : p.fileName}</bdi> ·{' '}
                      {formatWhen(p.openedAt)}
                    </span>
                    {missing[p.id] ? (
                      <span className="recent__missing">Text missing: open its file again</span>
                    ) : null}
                  </button>
                  {p.bundled ? null : (
                    <button
                      type="button"
                      className="recent__forget"
                      aria-label={`Remove ${quoted(p.title)} from recent papers`}
                      onClick={() => onForget(p.id)}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}

const formatWhen = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
