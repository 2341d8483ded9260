/**
 * A dismissible banner for messages about the reader's files and data. Errors are announced
 * assertively (`role="alert"`), information politely (`role="status"`).
 */
import type { ReactNode } from 'react';

interface Props {
  kind: 'error' | 'info' | 'warning';
  children: ReactNode;
  onDismiss?: () => void;
}

export function Notice({ kind, children, onDismiss }: Props) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'info' ? 'status' : 'alert'}>
      <div className="notice__body">{children}</div>
      {onDismiss ? (
        <button
          type="button"
          className="notice__dismiss"
          aria-label="Dismiss"
          onClick={() => {
            // The × goes with the notice: reading goes on in the paper, not at the page's start.
            document.querySelector<HTMLElement>('article.paper')?.focus({ preventScroll: true });
            onDismiss();
          }}
        >
          ×
        </button>
      ) : null}
    </div>
  );
}
