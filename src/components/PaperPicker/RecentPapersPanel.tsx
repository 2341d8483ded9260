/**
 * The panel of the recent-papers disclosure (`RecentPapers`): each paper to open again or forget,
 * newest first, with its file name and when it was opened; a paper whose text this browser no
 * longer holds is marked. Loaded the first time the list is opened. Removing a paper puts focus
 * on the paper now in its place (or the one before it), not on the page: a keyboard user stays in
 * the list.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { PaperId } from '../../paper/types';
import type { PaperMeta } from '../../store/slices/papers-slice';
import { quoted } from '../../paper/isolate';

interface Props {
  id: string;
  papers: PaperMeta[];
  currentId: PaperId | null;
  missing: Record<PaperId, true>;
  onOpen: (id: PaperId) => void;
  onForget: (id: PaperId) => void;
}

/**
 * After a paper is removed (the list shrinks, at once or when the store has it), focuses the
 * paper now at its place, or the last one; returns the function that notes where it was.
 */
function useFocusAfterRemoval(list: RefObject<HTMLUListElement | null>, count: number) {
  const removal = useRef<{ at: number; from: number } | null>(null);
  useEffect(() => {
    const removed = removal.current;
    if (!removed || count >= removed.from) return;
    removal.current = null;
    const rows = list.current?.querySelectorAll<HTMLButtonElement>('.recent__open') ?? [];
    rows[Math.min(removed.at, rows.length - 1)]?.focus();
  }, [list, count]);
  return (at: number) => {
    removal.current = { at, from: count };
  };
}

export function RecentPapersPanel({ id, papers, currentId, missing, onOpen, onForget }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const removedAt = useFocusAfterRemoval(list, papers.length);
  return (
    <div id={id} className="recent__panel">
      {papers.length === 0 ? (
        <p className="recent__empty">No papers yet.</p>
      ) : (
        <ul className="recent__list" aria-label="Recent papers" ref={list}>
          {papers.map((p, at) => (
            <li key={p.id} className="recent__item">
              <button
                type="button"
                className="recent__open"
                aria-current={p.id === currentId ? 'true' : undefined}
                onClick={() => onOpen(p.id)}
              >
                <span className="recent__title">{p.title}</span>
                <span className="recent__file">
                  <bdi>{p.bundled ? 'Sample paper' : p.fileName}</bdi> · {formatWhen(p.openedAt)}
                </span>
                {missing[p.id] ? (
                  <span className="recent__missing">Text missing: open its file again</span>
                ) : null}
              </button>
              {/* The sample, and the paper on screen (it would stay shown but unlisted), stay. */}
              {p.bundled || p.id === currentId ? null : (
                <button
                  type="button"
                  className="recent__forget"
                  aria-label={`Remove ${quoted(p.title)} from recent papers`}
                  onClick={() => {
                    removedAt(at);
                    onForget(p.id);
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const formatWhen = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
