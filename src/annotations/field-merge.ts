/**
 * Merging two versions of one annotation edited in two tabs at once, field by field, against the
 * version both started from (the common base): a field only one tab changed takes that tab's
 * value, so a colour picked in one tab and a note typed in the other both survive. Where both
 * changed the same field:
 * - the note is merged as text (note-merge.ts): both tabs' words are kept;
 * - tags and linked references are merged as sets: what either tab added is added, what either
 *   removed is removed;
 * - anything else (colour, set, target) goes to the newer change, ties to the greater value, so
 *   both tabs settle on the same result.
 */
import { mergeNoteText } from './note-merge';
import type { Annotation } from './types';

/** What merging two versions of an annotation gave. */
export interface FieldMergeResult {
  annotation: Annotation;
  /** True when both tabs rewrote the same words of the note (both rewrites are kept). */
  noteConflict: boolean;
}

/** The fields taken whole from one side when both changed them. */
const WHOLE_FIELDS = ['paperId', 'setId', 'colour', 'target', 'created'] as const;
const LIST_FIELDS = ['tags', 'refLabels'] as const;

const same = (x: unknown, y: unknown): boolean =>
  x === y || JSON.stringify(x) === JSON.stringify(y);

/** Tags are unique ignoring case; reference labels are compared as they are. */
const keyOf = (field: (typeof LIST_FIELDS)[number]) =>
  field === 'tags' ? (s: string) => s.toLocaleLowerCase() : (s: string) => s;

/**
 * Three-way merge of a list used as a set: local's order, without what the other side removed,
 * then what the other side added.
 */
export function mergeSetList(
  base: readonly string[],
  local: readonly string[],
  remote: readonly string[],
  key: (s: string) => string = (s) => s,
): string[] {
  const inBase = new Set(base.map(key));
  const inRemote = new Set(remote.map(key));
  const kept = local.filter((item) => !inBase.has(key(item)) || inRemote.has(key(item)));
  const seen = new Set(kept.map(key));
  for (const item of remote) {
    const k = key(item);
    if (!inBase.has(k) && !seen.has(k)) {
      kept.push(item);
      seen.add(k);
    }
  }
  return kept;
}

/**
 * Merges `local` and `remote`, two versions of one annotation both made from `base`. Returns
 * `local` or `remote` itself when the merge equals it (so nothing needs writing back).
 */
export function mergeAnnotationFields(
  base: Annotation,
  local: Annotation,
  remote: Annotation,
): FieldMergeResult {
  const merged = { ...local } as Record<keyof Annotation, unknown>;
  const remoteNewer =
    remote.modified > local.modified ||
    (remote.modified === local.modified && JSON.stringify(remote) > JSON.stringify(local));
  for (const field of WHOLE_FIELDS) {
    const [b, l, r] = [base[field], local[field], remote[field]];
    if (same(l, b) || (!same(r, b) && remoteNewer)) merged[field] = r;
  }
  for (const field of LIST_FIELDS) {
    merged[field] = mergeSetList(base[field], local[field], remote[field], keyOf(field));
  }
  const note = mergeNoteText(base.note, local.note, remote.note);
  merged.note = note.text;
  merged.modified = Math.max(local.modified, remote.modified);

  const annotation = merged as unknown as Annotation;
  const identical = (other: Annotation) =>
    (Object.keys(merged) as (keyof Annotation)[]).every((f) => same(merged[f], other[f]));
  return {
    annotation: identical(remote) ? remote : identical(local) ? local : annotation,
    noteConflict: note.conflict,
  };
}

/**
 * Whether `later` holds the words `edited` added to `base`'s note, each as often: if so, `later`
 * was made from `edited` (or from a merge of it); if not, it was made without seeing it.
 */
export function holdsChanges(base: Annotation, edited: Annotation, later: Annotation): boolean {
  const count = (text: string, sign: number, into: Map<string, number>) => {
    for (const word of text.split(/\s+/)) if (word) into.set(word, (into.get(word) ?? 0) + sign);
    return into;
  };
  const added = count(base.note, -1, count(edited.note, 1, new Map()));
  const held = count(later.note, 1, new Map());
  return [...added].every(([word, n]) => n <= 0 || (held.get(word) ?? 0) >= n);
}
