/**
 * The sidebar's filter: what it narrows the annotation list to (colours, tags, references, text,
 * unlinked claims), whether it narrows anything, and the narrowing itself.
 */
import { isUnlinkedClaim } from '../annotations/claims';
import type { ColourId } from '../annotations/colours';
import type { Annotation } from '../annotations/types';

/** What the sidebar's filter narrows the list to; empty lists and text mean "any". */
export interface AnnotationFilter {
  colours: ColourId[];
  tags: string[];
  refLabels: string[];
  /** Matched, ignoring case, against the quote, the note and the tags. */
  text: string;
  /** Only highlights of any colour with no linked reference ("Not linked to a source"). */
  unlinkedClaimsOnly: boolean;
}

export const EMPTY_FILTER: AnnotationFilter = {
  colours: [],
  tags: [],
  refLabels: [],
  text: '',
  unlinkedClaimsOnly: false,
};

export const isFilterActive = (f: AnnotationFilter): boolean =>
  f.colours.length > 0 ||
  f.tags.length > 0 ||
  f.refLabels.length > 0 ||
  f.text.trim() !== '' ||
  f.unlinkedClaimsOnly;

/**
 * Keeps the annotations that match every part of the filter; within a part any value matches
 * (colour is yellow or green, AND has tag "method"). Text finds a tag as the chips show it too
 * ("#method").
 */
export function filterAnnotations(list: readonly Annotation[], f: AnnotationFilter): Annotation[] {
  if (!isFilterActive(f)) return [...list];
  const tags = new Set(f.tags.map((t) => t.toLowerCase()));
  const text = f.text.trim().toLowerCase();
  return list.filter(
    (a) =>
      (f.colours.length === 0 || f.colours.includes(a.colour)) &&
      (tags.size === 0 || a.tags.some((t) => tags.has(t.toLowerCase()))) &&
      (f.refLabels.length === 0 || a.refLabels.some((l) => f.refLabels.includes(l))) &&
      (!f.unlinkedClaimsOnly || isUnlinkedClaim(a)) &&
      (!text ||
        a.target.quote.exact.toLowerCase().includes(text) ||
        a.note.toLowerCase().includes(text) ||
        a.tags.some((t) => `#${t}`.toLowerCase().includes(text))),
  );
}
