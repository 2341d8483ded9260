/**
 * "Delete set" asks first: a modal dialog naming the set and how many annotations it holds on how
 * many papers (deleting a set deletes them on every paper, not only the open one), with Cancel
 * focused. Confirmed, the set goes (and the Layers section offers Undo).
 */
import { useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationSet } from '../../annotations/types';
import { plural } from '../../paper/plural';
import { selectSetReach } from '../../store/set-selectors';
import { ModalDialog } from '../shared/ModalDialog';
import { useAppStore } from '../store-context';

interface Props {
  set: AnnotationSet;
  onClose: () => void;
  /** Where focus goes on Cancel (the set's menu button: the menu item that opened it is gone). */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** The question before a set and its annotations are deleted. */
export function DeleteSetDialog({ set, onClose, returnFocusTo }: Props) {
  const annotations = useAppStore((s) => s.annotations);
  const remove = useAppStore((s) => s.setDeleted);
  const cancel = useRef<HTMLButtonElement>(null);
  const reach = selectSetReach(annotations, set.id);
  const what =
    reach.annotations === 0
      ? 'It has no annotations.'
      : `Its ${plural(reach.annotations, 'annotation')} on ${plural(reach.papers, 'paper')} ` +
        `will be deleted with it${reach.papers > 1 ? ', not only those on this paper' : ''}.`;
  return createPortal(
    <ModalDialog
      title={
        <>
          Delete “<bdi>{set.name}</bdi>”?
        </>
      }
      onClose={onClose}
      initialFocus={cancel}
      returnFocusTo={returnFocusTo}
    >
      <p>{what}</p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            onClose();
            remove(set.id);
          }}
        >
          Delete set
        </button>
        <button type="button" className="button" ref={cancel} onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>,
    document.body,
  );
}
