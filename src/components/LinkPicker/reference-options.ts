/**
 * The picker's list: the paper's references with the ones cited in the highlight's sentence(s)
 * first (in the order cited), then the rest in reference-list order, and the filter over them.
 */
import type { Paper, Reference, ReferenceId } from '../../paper/types';
import { referenceEntryText } from '../../paper/reference-names';

export interface ReferenceOption {
  ref: Reference;
  /** Cited in the sentence(s) around the highlight. */
  suggested: boolean;
  /** The entry as printed, without its label. */
  text: string;
}

/** Suggested references first (in `suggestedIds` order), then every other one in list order. */
export function orderReferenceOptions(
  paper: Paper,
  suggestedIds: readonly ReferenceId[],
): ReferenceOption[] {
  const byId = new Map(paper.references.map((r) => [r.id, r]));
  const suggested = suggestedIds.flatMap((id) => byId.get(id) ?? []);
  const rest = paper.references.filter((r) => !suggestedIds.includes(r.id));
  const option = (ref: Reference, isSuggested: boolean): ReferenceOption => ({
    ref,
    suggested: isSuggested,
    text: referenceEntryText(paper, ref),
  });
  return [...suggested.map((r) => option(r, true)), ...rest.map((r) => option(r, false))];
}

/**
 * True when every word of `query` appears (ignoring case) in the option's label, authors, title
 * or printed entry; an empty query matches all.
 */
export function matchesQuery(option: ReferenceOption, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const { label, fields } = option.ref;
  const haystack = [label, `[${label}]`, ...fields.authors, fields.title ?? '', option.text]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}
