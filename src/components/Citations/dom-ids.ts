/**
 * DOM ids shared by citation markers, reference entries and backlinks, and the jump between them.
 */
import { focusAndFlash } from '../shared/focus-flash';

export const referenceDomId = (refId: string): string => refId;
export const citationDomId = (citationId: string): string => `cite-${citationId}`;

/**
 * Brings the element with this id into view, moves focus to it (so keyboard users continue from
 * there) and flashes it briefly (see `focusAndFlash`). Returns false when there is no such element.
 */
export function focusElementById(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  focusAndFlash(target);
  return true;
}
