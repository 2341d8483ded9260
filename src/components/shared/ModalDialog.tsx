/**
 * The shell of a modal dialog (the import preview, the paste box, a question before deleting):
 * a backdrop, a `role="dialog"` labelled by its heading, focus kept inside while it is open
 * (`use-focus-trap.ts`) and given back to the element that opened it, Escape to close. A click on
 * the backdrop never takes focus out of it, and closes it only where the caller asks
 * (`closeOnBackdrop`: the link picker, where nothing typed is lost; an import preview is not
 * lost by a stray click).
 */
import { useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useFocusTrap, type FocusFallback } from './use-focus-trap';
import './modal-dialog.css';

interface Props {
  /** The dialog's heading, which also names it. */
  title: ReactNode;
  /** Escape, and whatever the content's own Cancel or Close does. */
  onClose: () => void;
  /** What has focus when the dialog opens (the dialog itself when not given). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close if the element that had it when the dialog opened is gone. */
  returnFocusTo?: FocusFallback;
  /** A mouse press on the backdrop closes the dialog (by default it does nothing). */
  closeOnBackdrop?: boolean;
  /** A class for the dialog's panel, for a dialog with a layout of its own. */
  className?: string;
  /**
   * The id of what describes the dialog, read out with its name when it opens (the reason a
   * dialog whose focus starts on a button asks for that step).
   */
  describedBy?: string;
  /** Keys other than Escape, for a dialog with a keyboard of its own (arrows in a list). */
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}

/** A modal dialog: the caller gives its title, content and buttons. */
export function ModalDialog({
  title,
  onClose,
  initialFocus,
  returnFocusTo,
  closeOnBackdrop = false,
  className,
  describedBy,
  onKeyDown,
  children,
}: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, initialFocus ?? dialog, returnFocusTo);
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        if (closeOnBackdrop) onClose();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={className ? `dialog ${className}` : 'dialog'}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return onKeyDown?.(e);
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
