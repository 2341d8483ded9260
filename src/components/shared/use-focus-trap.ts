/**
 * Keeps keyboard focus inside a modal dialog while it is open: focus moves to `initial` on open,
 * Tab and Shift+Tab cycle within the dialog, and on close focus goes back to where it was (or to
 * `fallback` when that element has gone or cannot take focus, as when the dialog was opened from a
 * toolbar or menu that closed). A dialog nothing opened (a share link, a dropped file) gives a
 * function instead, asked on close, since where focus goes then depends on how it closed. The
 * container itself counts as outside for Tab, so Shift+Tab from it (after a click on the dialog's
 * text) does not leave the dialog.
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where focus goes if it cannot go back: an element, or a function asked when the dialog closes. */
export type FocusFallback = RefObject<HTMLElement | null> | (() => HTMLElement | null);

/** Traps focus in `container` while the calling component is mounted. */
/** An element inside one of these is not shown, so it cannot take focus back. */
const UNSHOWN = '[hidden], details:not([open]) > :not(summary)';

export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
  fallback?: FocusFallback,
): void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = container.current;
    const fallbackElement = typeof fallback === 'function' ? null : (fallback?.current ?? null);
    (initial.current ?? root)?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || !root) return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return e.preventDefault();
      const at = document.activeElement;
      const outside = at === root || !root.contains(at);
      if (e.shiftKey && (at === first || outside)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (at === last || outside)) {
        e.preventDefault();
        first.focus();
      }
    };
    root?.addEventListener('keydown', onKeyDown);
    return () => {
      root?.removeEventListener('keydown', onKeyDown);
      const back =
        previous?.isConnected && previous !== document.body && !previous.closest(UNSHOWN)
          ? previous
          : null;
      back?.focus();
      if (back && document.activeElement === back) return;
      (typeof fallback === 'function' ? fallback() : fallbackElement)?.focus();
    };
  }, [container, initial, fallback]);
}
