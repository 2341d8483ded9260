/**
 * Keeps keyboard focus inside a modal dialog while it is open: focus moves to `initial` on open,
 * Tab and Shift+Tab cycle within the dialog, and on close focus goes back to where it was (or to
 * `fallback` when that element has gone, as when the dialog was opened from a toolbar that closed).
 */
import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
  fallback?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = container.current;
    const fallbackElement = fallback?.current ?? null;
    (initial.current ?? root)?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || !root) return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return e.preventDefault();
      const at = document.activeElement;
      if (e.shiftKey && (at === first || !root.contains(at))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (at === last || !root.contains(at))) {
        e.preventDefault();
        first.focus();
      }
    };
    root?.addEventListener('keydown', onKeyDown);
    return () => {
      root?.removeEventListener('keydown', onKeyDown);
      const back = previous?.isConnected && previous !== document.body ? previous : fallbackElement;
      back?.focus();
    };
  }, [container, initial, fallback]);
}
