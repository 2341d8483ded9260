/**
 * Publishes the sticky header's height as the CSS variable `--header-height` on the page root,
 * so what is fixed under the header (the annotations drawer on a phone, where the header's
 * buttons wrap into rows) starts where the header ends rather than at a guessed height.
 */
import { useEffect, type RefObject } from 'react';

/** Keeps `--header-height` equal to the element's height while it is mounted. */
export function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = header.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--header-height', `${el.offsetHeight}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    publish();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
