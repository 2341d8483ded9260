/**
 * Counts over the annotations in the text: per colour, tag and linked reference (the legend and
 * the filters), and the unlinked claims. Computed again only when a change could alter them, and
 * adjusted rather than recounted when a few highlights come and go.
 */
import { isUnlinkedClaim } from '../annotations/claims';
import { COLOUR_IDS, type ColourId } from '../annotations/colours';
import { hiddenSetIds } from '../annotations/sets';
import { changedKeysOf, entryOf } from '../annotations/shared-record';
import type { Annotation } from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { AppState } from './app-store';
import { selectCurrentAnchors } from './paper-annotation-selectors';
import { PATCH_LIMIT } from './reading-order';
import { selectAnchoredAnnotations } from './sidebar-selectors';
import type { Anchors } from './slices/view-slice';

export interface AnnotationCounts {
  total: number;
  byColour: Record<ColourId, number>;
  /** Keyed by tag as first spelled. */
  byTag: Record<string, number>;
  byReference: Record<string, number>;
}

/** Counts per colour, tag (ignoring case) and linked reference label. */
export function countAnnotations(list: readonly Annotation[]): AnnotationCounts {
  const byColour = Object.fromEntries(COLOUR_IDS.map((c) => [c, 0])) as Record<ColourId, number>;
  // Keys are the reader's words: records without a prototype, so `constructor` or `__proto__`
  // is a tag like any other (with `{}`, `byTag.constructor` is Object's constructor).
  const byTag: Record<string, number> = Object.create(null) as Record<string, number>;
  const tagSpelling = new Map<string, string>();
  const byReference: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const a of list) {
    byColour[a.colour]++;
    for (const tag of a.tags) {
      const spelled = tagSpelling.get(tag.toLowerCase()) ?? tag;
      tagSpelling.set(tag.toLowerCase(), spelled);
      byTag[spelled] = (byTag[spelled] ?? 0) + 1;
    }
    for (const label of a.refLabels) byReference[label] = (byReference[label] ?? 0) + 1;
  }
  return { total: list.length, byColour, byTag, byReference };
}

/**
 * Whether a change from `before` to `after` leaves the counts as they were: the same record, or
 * one with the same colour, tags, links, paper and layer (a note typed, a highlight reopened).
 */
const keepsCounts = (before: Annotation | undefined, after: Annotation | undefined): boolean =>
  before === after ||
  (before !== undefined &&
    after !== undefined &&
    before.colour === after.colour &&
    before.tags === after.tags &&
    before.refLabels === after.refLabels &&
    before.paperId === after.paperId &&
    before.setId === after.setId);

/** The records and anchors a count was last computed over. */
interface CountedOver {
  annotations: AppState['annotations'];
  anchors: Anchors;
}

/**
 * The listed annotations a change from `before` to `s` took out of the counts (`gone`) and put in
 * (`come`); a record that stays listed and keeps what is counted is in neither. Null when more
 * changed than is worth adjusting for (`PATCH_LIMIT`): then everything is counted again. The sets
 * and the paper are the same in both (the caller checks).
 */
function countedChanges(
  before: CountedOver,
  s: AppState,
  anchors: Anchors,
): { gone: Annotation[]; come: Annotation[] } | null {
  const ids = new Set(changedKeysOf(before.annotations, s.annotations));
  for (const id of changedKeysOf(before.anchors, anchors)) ids.add(id);
  if (ids.size > PATCH_LIMIT) return null;
  const hidden = hiddenSetIds(s.annotationSets);
  const listed = (a: Annotation | undefined, at: Anchors): a is Annotation =>
    a !== undefined &&
    a.paperId === s.currentPaperId &&
    !hidden.has(a.setId) &&
    entryOf(at, a.id)?.status !== 'orphan';
  const gone: Annotation[] = [];
  const come: Annotation[] = [];
  for (const id of ids) {
    const was = entryOf(before.annotations, id);
    const is = entryOf(s.annotations, id);
    const wasListed = listed(was, before.anchors);
    const isListed = listed(is, anchors);
    if (wasListed && isListed && keepsCounts(was, is)) continue;
    if (wasListed) gone.push(was);
    if (isListed) come.push(is);
  }
  return { gone, come };
}

/**
 * A count over the anchored list, computed again only when a change could alter it: not for a
 * keystroke in a note, which replaces one record but none of what is counted. A highlight added,
 * recoloured or deleted is taken out of the last result and put back (`adjust`) rather than
 * counting thousands again; `adjust` returns null when it cannot (then everything is counted).
 */
function countedOverAnchored<R>(
  count: (list: readonly Annotation[]) => R,
  adjust: (result: R, gone: readonly Annotation[], come: readonly Annotation[]) => R | null,
): (s: AppState) => R {
  let last: {
    list: Annotation[];
    annotations: AppState['annotations'];
    anchors: Anchors;
    sets: AppState['annotationSets'];
    paperId: PaperId | null;
    result: R;
  } | null = null;
  return (s: AppState) => {
    const list = selectAnchoredAnnotations(s);
    if (last?.list === list) return last.result;
    const anchors = selectCurrentAnchors(s);
    const before = last;
    let result: R | null = null;
    if (
      before !== null &&
      before.sets === s.annotationSets &&
      before.paperId === s.currentPaperId
    ) {
      const changes = countedChanges(before, s, anchors);
      if (changes)
        result =
          changes.gone.length === 0 && changes.come.length === 0
            ? before.result
            : adjust(before.result, changes.gone, changes.come);
    }
    result ??= count(list);
    last = {
      list,
      annotations: s.annotations,
      anchors,
      sets: s.annotationSets,
      paperId: s.currentPaperId,
      result,
    };
    return result;
  };
}

/**
 * `counts` without `gone` and with `come`, when none of them has tags (a tag's spelling is the
 * first met in reading order, which only a recount tells); else null.
 */
export function adjustCounts(
  counts: AnnotationCounts,
  gone: readonly Annotation[],
  come: readonly Annotation[],
): AnnotationCounts | null {
  if (gone.some((a) => a.tags.length > 0) || come.some((a) => a.tags.length > 0)) return null;
  const byColour = { ...counts.byColour };
  const byReference: Record<string, number> = Object.assign(
    Object.create(null) as Record<string, number>,
    counts.byReference,
  );
  for (const a of gone) {
    byColour[a.colour]--;
    for (const label of a.refLabels) if (--byReference[label]! === 0) delete byReference[label];
  }
  for (const a of come) {
    byColour[a.colour]++;
    for (const label of a.refLabels) byReference[label] = (byReference[label] ?? 0) + 1;
  }
  const total = counts.total - gone.length + come.length;
  return { total, byColour, byTag: counts.byTag, byReference };
}

/** Counts per colour, tag and reference over the annotations in the text (orphans apart). */
export const selectAnchoredCounts: (s: AppState) => AnnotationCounts = countedOverAnchored(
  countAnnotations,
  adjustCounts,
);

/** How many annotations in the text are unlinked claims (counted once per change, not per read). */
export const selectUnlinkedClaimCount: (s: AppState) => number = countedOverAnchored(
  (list) => {
    let n = 0;
    for (const a of list) if (isUnlinkedClaim(a)) n++;
    return n;
  },
  (n, gone, come) => n - gone.filter(isUnlinkedClaim).length + come.filter(isUnlinkedClaim).length,
);
