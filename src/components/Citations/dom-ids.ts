/**
 * DOM ids shared by citation markers, reference entries, section headings and backlinks, and the
 * jump between them.
 */
import { onReadingPositionRestored, recordJump } from '../../io/reading-history';
import { appStore } from '../../store';
import { focusAndFlash } from '../shared/focus-flash';

export const referenceDomId = (refId: string): string => refId;
export const citationDomId = (citationId: string): string => `cite-${citationId}`;
/** The DOM id of a section's heading, used by the table of contents and backlinks. */
export const headingDomId = (headingBlockId: string): string => `sec-${headingBlockId}`;

/**
 * Brings the element with this id into view, moves focus to it (so keyboard users continue from
 * there) and flashes it briefly (see `focusAndFlash`). The jump is a history entry: Back returns
 * to `from` (the link the reader followed) or to where they were scrolled. Returns false when
 * there is no such element.
 */
export function focusElementById(id: string, from: HTMLElement | null = null): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const paperId = appStore.getState().currentPaperId;
  if (paperId) recordJump(paperId, from?.id || null, id);
  focusAndFlash(target);
  return true;
}

/** Makes Back and Forward return the reader to the places they jumped between. */
export function restoreReadingPositions(): () => void {
  return onReadingPositionRestored(({ paperId, focusId, scrollY }) => {
    // An entry left by another paper has no place in this one.
    if (paperId !== appStore.getState().currentPaperId) return;
    const target = focusId ? document.getElementById(focusId) : null;
    if (target) focusAndFlash(target);
    else window.scrollTo({ top: scrollY });
  });
}
