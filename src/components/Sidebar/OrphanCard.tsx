/**
 * An orphan: a highlight whose passage can no longer be found in the text. It is kept with its
 * note, tags and links, and can be re-attached: the reader selects the passage again in the paper
 * and presses "Attach to selection".
 */
import { useRef, useState, type ReactNode } from 'react';
import { describeRange } from '../../anchoring/selectors';
import type { Annotation } from '../../annotations/types';
import { docOffset, type Paper } from '../../paper/types';
import { useAppStore, useAppStoreApi } from '../store-context';
import { useLastPaperSelection } from './attach-selection';
import { ColourBadge } from './ColourBadge';
import { NoteView } from './NoteView';
import { TagChips } from './TagChips';
import { isolate } from '../../paper/isolate';

interface Props {
  paper: Paper;
  annotation: Annotation;
  onDeleted: (annotation: Annotation) => void;
  onReattached: () => void;
  /** Its linked sources (LinkedReferences), drawn by the list. */
  linked: ReactNode;
}

export function OrphanCard({ paper, annotation, onDeleted, onReattached, linked }: Props) {
  const store = useAppStoreApi();
  const label = useAppStore((s) => s.colourLabels[annotation.colour]);
  const [attaching, setAttaching] = useState(false);
  // Cancel goes with the re-attach group: focus goes back to the button that opened it.
  const refocus = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const readSelection = useLastPaperSelection(attaching, paper.text);

  const attach = () => {
    const range = readSelection();
    if (!range) {
      setProblem('First select the passage in the paper, then press “Attach to selection”.');
      store.getState().announced('Nothing is selected in the paper.');
      return;
    }
    const start = docOffset(range.start);
    const end = docOffset(range.end);
    const s = store.getState();
    s.annotationReattached(annotation.id, describeRange(paper.text, start, end));
    // Shown at once; the anchoring controller re-anchors the changed target to the same place.
    if (s.anchorsPaperId === paper.id)
      s.anchorsResolved(paper.id, { [annotation.id]: { status: 'exact', start, end } });
    document.getSelection()?.removeAllRanges();
    s.annotationActivated(annotation.id);
    s.announced('Highlight re-attached. It is back in the Annotations list. Press Ctrl+Z to undo.');
    onReattached();
  };
  const remove = () => {
    const s = store.getState();
    s.annotationDeleted(annotation.id);
    s.announced('Orphaned highlight deleted. Press Ctrl+Z to undo.');
    onDeleted(annotation);
  };

  return (
    <article
      className={`card card--${annotation.colour} card--orphan`}
      aria-label={`Orphan: ${isolate(annotation.target.quote.exact)}`}
    >
      <div className="card__header">
        <ColourBadge colour={annotation.colour} label={label} />
      </div>
      <blockquote className="card__quote card__quote--static">
        {annotation.target.quote.exact}
      </blockquote>
      <p className="card__status card__status--orphan">
        <span aria-hidden="true">⚠ </span>Not found in the text.
      </p>
      <NoteView note={annotation.note} />
      <TagChips tags={annotation.tags} />
      {linked}
      {attaching ? (
        <div className="reattach" role="group" aria-label="Re-attach">
          <p className="reattach__hint">
            Select the passage in the paper, then press “Attach to selection”.
          </p>
          {problem ? <p className="reattach__problem">{problem}</p> : null}
          <button
            type="button"
            className="button button--small"
            autoFocus
            onMouseDown={(e) => e.preventDefault() /* keep the selection in the paper */}
            onClick={attach}
          >
            Attach to selection
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              refocus.current = true;
              setAttaching(false);
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="card__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            ref={(el) => {
              if (el && refocus.current) el.focus();
              refocus.current = false;
            }}
            onClick={() => setAttaching(true)}
          >
            Re-attach
          </button>
          <button type="button" className="button button--danger button--small" onClick={remove}>
            Delete
          </button>
        </div>
      )}
    </article>
  );
}
