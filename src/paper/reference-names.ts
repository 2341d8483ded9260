/**
 * How a linked reference is named on a chip: its label as the paper cites it and a short
 * author-or-title (`[8] Zhang Shanshan`), read from the parsed reference fields.
 */
import type { Paper, Reference } from './types';

/** Longest author/title shown on a chip before it is cut with an ellipsis. */
const SHORT_NAME_CHARS = 28;

const shorten = (s: string) =>
  s.length > SHORT_NAME_CHARS ? `${s.slice(0, SHORT_NAME_CHARS - 1).trimEnd()}…` : s;

/** The paper's reference with this label, if it has one. */
export const referenceByLabel = (paper: Paper, label: string): Reference | undefined =>
  paper.references.find((r) => r.label === label);

/** `[8]` for numeric labels, the label itself for author-year ones (`Zhang 2013`). */
export const citedLabel = (label: string): string => (/^\d+$/.test(label) ? `[${label}]` : label);

/** `[8] Zhang Shanshan`: the label, then the first author (or the title) shortened. */
export function referenceChipName(paper: Paper, label: string): string {
  const ref = referenceByLabel(paper, label);
  const who = ref?.fields.authors[0] ?? ref?.fields.title;
  return who && /^\d+$/.test(label) ? `${citedLabel(label)} ${shorten(who)}` : citedLabel(label);
}

/** An entry's own label where it starts (`[8] `, `8. `, `8) `); chips and cards show it apart. */
const LEADING_LABEL = /^(?:\[[^\]]+\]|\d+[.)])\s*/;

/** An entry's text without its leading label (`[8] Zhang…` → `Zhang…`). */
const withoutLeadingLabel = (entry: string): string => entry.replace(LEADING_LABEL, '');

/**
 * The entry's full text as printed in the reference list, without its leading label, on one line:
 * what the link picker and the citation card show.
 */
export function referenceEntryText(paper: Paper, ref: Reference): string {
  return withoutLeadingLabel(paper.text.slice(ref.start, ref.end)).replace(/\s+/g, ' ');
}
