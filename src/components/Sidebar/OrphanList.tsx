/**
 * The "Orphans" tab: highlights whose passage could not be found in the text. They are kept and
 * listed here, never deleted automatically, until the reader re-attaches (or deletes) them.
 */
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStore } from '../store-context';
import { selectPaperOrphans } from '../../store/selectors';
import { lazyPart } from '../shared/lazy-part';
import { LinkedReferences } from './LinkedReferences';

/**
 * An orphan's card: shown only on this tab, when some highlight is orphaned. It loads after this
 * list, beside the first screen (Sidebar.tsx preloads both), and is drawn at once when the tab is
 * opened. Its linked
 * sources are drawn here and handed in: with the card's chunk importing LinkedReferences, Rolldown
 * (1.2) split the whole first load into 14 files, 2.4 kB heavier gzipped.
 */
export const OrphanCard = lazyPart(() => import('./OrphanCard'), 'OrphanCard', {
  what: 'The orphaned highlight',
});

interface Props {
  paper: Paper;
  onDeleted: (annotation: Annotation) => void;
  onReattached: () => void;
}

export function OrphanList({ paper, onDeleted, onReattached }: Props) {
  const orphans = useAppStore(selectPaperOrphans);
  if (orphans.length === 0) {
    return (
      <p className="sidebar__empty">
        No orphans. When the text changes so much that a highlight’s passage cannot be found, the
        highlight is kept here with its note until you re-attach it.
      </p>
    );
  }
  return (
    <>
      <p className="sidebar__intro">
        These highlights’ passages could not be found in the text. They are kept with their notes;
        re-attach each by selecting its passage again.
      </p>
      <ol className="card-list" aria-label="Orphaned highlights">
        {orphans.map((a) => (
          <li key={a.id}>
            <OrphanCard
              paper={paper}
              annotation={a}
              onDeleted={onDeleted}
              onReattached={onReattached}
              linked={
                <LinkedReferences
                  paper={paper}
                  annotationId={a.id}
                  refLabels={a.refLabels}
                  editable={false}
                />
              }
            />
          </li>
        ))}
      </ol>
    </>
  );
}
