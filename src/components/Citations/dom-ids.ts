/**
 * DOM ids shared by citation markers, reference entries and backlinks, and the jump between them.
 */
import { onReadingPositionRestored, recordJump } from '../../io/reading-history';
import type { PaperId } from '../../paper/types';
import { focusAndFlash } from '../shared/focus-flash';

export const referenceDomId = (refId: string): string => refId;
export const citationDomId = (citationId: string): string => `cite-${citationId}`;

/**
 * Brings the element with this id into view, moves focus to it (so keyboard users continue from
 * there) and flashes it briefly (see `focusAndFlash`). The jump is a history entry: Back returns
 * to `from` (the link the reader followed) or to where they were scrolled. Returns false when
 * there is no such element. `paperId` is the paper on screen, whose history the jump joins.
 */
export function focusElementById(
  id: string,
  from: HTMLElement | null,
  paperId: PaperId | null,
): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (paperId) recordJump(paperId, from?.id || null, id);
  focusAndFlash(target);
  return true;
}

/**
 * Makes Back and Forward return the reader to the places they jumped between, in the paper that
 * `currentPaperId` says is on screen.
 */
export function restoreReadingPositions(currentPaperId: () => PaperId | null): () => void {
  return onReadingPositionRestored(({ paperId, focusId, scrollY }) => {
    // An entry left by another paper has no place in this one.
    if (paperId !== currentPaperId()) return;
    const target = focusId ? document.getElementById(focusId) : null;
    if (target) focusAndFlash(target);
    else window.scrollTo({ top: scrollY });
  });
}
