/**
 * The panel of the recent-papers disclosure (`RecentPapers`): each paper to open again or forget,
 * newest first, with its file name and when it was opened; a paper whose text this browser no
 * longer holds is marked. Loaded the first time the list is opened.
 */
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

export function RecentPapersPanel({ id, papers, currentId, missing, onOpen, onForget }: Props) {
  return (
    <div id={id} className="recent__panel">
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
  );
}

const formatWhen = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
