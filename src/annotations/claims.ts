/**
 * What counts as an unlinked claim, as the sidebar's filter was specified (issue 3: "unlinked
 * claims", highlights with no source): any highlight not tied to a reference yet, whatever its
 * colour, since a passage worth marking that cites nothing is what a reviewer checks. Because it
 * is not only the "claim" colour, the sidebar's filter and the report's section are both labelled
 * "Not linked to a source"; both ask `isUnlinkedClaim`, so they always agree.
 */
import type { Annotation } from './types';

/** A highlight not tied to any reference yet: what a reviewer checks for a missing source. */
export const isUnlinkedClaim = (a: Annotation): boolean => a.refLabels.length === 0;
