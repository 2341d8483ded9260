/**
 * The "Annotations" tab's list: the highlights that pass the filter, in reading order (where they
 * anchored in the text), each as a card; or a word on how to start when there are none.
 */
import type { Annotation } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { appStore, useAppStore } from '../../store';
import { selectAnchoredAnnotations, selectVisibleAnnotations } from '../../store/selectors';
import { AnnotationCard } from './AnnotationCard';

interface Props {
  paper: Paper;
  onDeleted: (annotation: Annotation) => void;
}

export function AnnotationList({ paper, onDeleted }: Props) {
  const visible = useAppStore(selectVisibleAnnotations);
  const total = useAppStore((s) => selectAnchoredAnnotations(s).length);
  const activeId = useAppStore((s) => s.activeAnnotationId);
  if (total === 0) return <EmptyState />;
  if (visible.length === 0) {
    return (
      <p className="sidebar__empty">
        No annotations match these filters.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => appStore.getState().annotationFilterCleared()}
        >
          Clear filters
        </button>
      </p>
    );
  }
  return (
    <ol className="card-list" aria-label="Annotations in reading order">
      {visible.map((a) => (
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
  );
}

function EmptyState() {
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
