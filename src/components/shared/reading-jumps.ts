/**
 * Jumps inside a paper (citation → reference, backlink → citation, contents → heading): the target
 * is brought into view, focused and flashed, and the jump becomes a browser-history entry, so Back
 * returns the reader to where they were. Which paper is open is passed in by the caller; this
 * module reads no store.
 */
import { onReadingPositionRestored, recordJump } from '../../io/reading-history';
import { focusAndFlash } from './focus-flash';
import { findRendered } from './render-reach';

/**
 * Brings the element with this id into view (rendering the paper up to it first), moves focus to it (so keyboard users continue from
 * there) and flashes it briefly (see `focusAndFlash`). The jump is a history entry of `paperId`:
 * Back returns to `from` (the link the reader followed) or to where they were scrolled. Returns
 * false when there is no such element.
 */
export function focusElementById(
  id: string,
  paperId: string | null,
  from: HTMLElement | null = null,
): boolean {
  // A target the reading view has not rendered yet is rendered first.
  const target = findRendered(() => document.getElementById(id));
  if (!target) return false;
  if (paperId) recordJump(paperId, from?.id || null, id);
  focusAndFlash(target);
  return true;
}

/**
 * Makes Back and Forward return the reader to the places they jumped between, in the paper that
 * `currentPaperId` says is open. Returns the function that stops it.
 */
export function restoreReadingPositions(currentPaperId: () => string | null): () => void {
  return onReadingPositionRestored(({ paperId, focusId, scrollY }) => {
    // An entry left by another paper has no place in this one.
    if (paperId !== currentPaperId()) return;
    const target = focusId ? findRendered(() => document.getElementById(focusId)) : null;
    if (target) focusAndFlash(target);
    else window.scrollTo({ top: scrollY });
  });
}
