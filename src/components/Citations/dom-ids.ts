/**
 * DOM ids shared by citation markers, reference entries, section headings and backlinks, so a
 * link and its target agree (the jump between them is in `shared/reading-jumps.ts`).
 */

export const referenceDomId = (refId: string): string => refId;
export const citationDomId = (citationId: string): string => `cite-${citationId}`;
/** The DOM id of a section's heading, used by the table of contents and backlinks. */
export const headingDomId = (headingBlockId: string): string => `sec-${headingBlockId}`;
