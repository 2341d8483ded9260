/**
 * The references a highlight is linked to, as chips (`[8] Zhang Shanshan`); in an open card each
 * chip has a button to unlink it, and "Link to source" opens the picker.
 */
import type { Ref } from 'react';
import type { AnnotationId } from '../../annotations/types';
import type { Paper } from '../../paper/types';
import { useAppStoreApi } from '../store-context';
import { referenceByLabel, referenceChipName } from '../../paper/reference-names';
import { isolate } from '../../paper/isolate';

interface Props {
  paper: Paper;
  annotationId: AnnotationId;
  refLabels: readonly string[];
  editable: boolean;
  onLinkSource?: () => void;
  linkButtonRef?: Ref<HTMLButtonElement>;
}

export function LinkedReferences({
  paper,
  annotationId,
  refLabels,
  editable,
  onLinkSource,
  linkButtonRef,
}: Props) {
  const store = useAppStoreApi();
  if (refLabels.length === 0 && !editable) return null;
  const unlink = (label: string) => {
    const s = store.getState();
    s.referenceUnlinked(annotationId, label);
    s.announced(`Unlinked ${isolate(referenceChipName(paper, label))}. Press Ctrl+Z to undo.`);
  };
  return (
    <div className="linked-refs">
      {refLabels.length > 0 ? (
        <ul className="chip-row" aria-label="Linked sources">
          {refLabels.map((label) => (
            <li
              key={label}
              className="chip chip--ref"
              title={
                referenceByLabel(paper, label) ? undefined : 'Not in this paper’s reference list'
              }
            >
              <bdi>{referenceChipName(paper, label)}</bdi>
              {editable ? (
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={`Unlink ${isolate(referenceChipName(paper, label))}`}
                  onClick={(e) => {
                    // The chip goes with its ×: focus stays in the card, on "Link to source".
                    const links = e.currentTarget.closest('.linked-refs');
                    unlink(label);
                    links?.querySelector<HTMLElement>(':scope > button')?.focus();
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="linked-refs__none">No linked source.</p>
      )}
      {editable ? (
        <button
          ref={linkButtonRef}
          type="button"
          className="button button--quiet button--small"
          onClick={onLinkSource}
        >
          Link to source
        </button>
      ) : null}
    </div>
  );
}
