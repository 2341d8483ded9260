/**
 * What counts as a claim: a highlight in the claim colour (yellow, "claim" in the colour legend).
 * The colour id decides, not its label, so a reader who renames "claim" keeps their claims; an
 * evidence or question highlight is never a claim. The sidebar's "Unlinked claims" and the
 * report's "Claims with no source" both ask `isUnlinkedClaim`, so they always agree.
 */
import type { ColourId } from './colours';
import type { Annotation } from './types';

/** The colour that marks a claim (its default label in the legend is "claim"). */
export const CLAIM_COLOUR: ColourId = 'yellow';

/** A claim: a highlight in the claim colour. */
export const isClaim = (a: Annotation): boolean => a.colour === CLAIM_COLOUR;

/** A claim not tied to any reference yet: what a reviewer checks for a missing source. */
export const isUnlinkedClaim = (a: Annotation): boolean => isClaim(a) && a.refLabels.length === 0;
