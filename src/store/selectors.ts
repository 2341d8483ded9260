/**
 * Derived data about annotations, computed from the store and never stored: the current paper's
 * annotations in reading order, counts per colour, tag and reference, unlinked claims, orphans,
 * and the filtered list. Selectors that build a new array or object remember their last result by
 * the identity of their inputs, so `useAppStore(selectX)` returns the same value until the inputs
 * change (React's useSyncExternalStore requires it).
 */
import { COLOUR_IDS, type ColourId } from '../annotations/colours';
import { isUnlinkedClaim } from '../annotations/claims';
import { hiddenSetIds } from '../annotations/sets';
import {
  changedKeysOf,
  emptyRecord,
  entryOf,
  forEachEntry,
  keysOf,
  valuesOf,
} from '../annotations/shared-record';
import type { Annotation, AnnotationId } from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { AppState } from './app-store';
import type { Anchors } from './slices/view-slice';

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

export interface AnnotationCounts {
  total: number;
  byColour: Record<ColourId, number>;
  /** Keyed by tag as first spelled. */
  byTag: Record<string, number>;
  byReference: Record<string, number>;
}

/** Remembers the last result by the identity of the arguments. */
function memoLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last!: R;
  return (...args: A) => {
    if (lastArgs && args.every((arg, i) => Object.is(arg, lastArgs?.[i]))) return last;
    lastArgs = args;
    return (last = compute(...args));
  };
}

/** Where an annotation starts: where it anchored if known, else its stored position. */
const startOf = (a: Annotation, anchors?: Anchors): number => {
  const anchored = anchors && entryOf(anchors, a.id);
  if (anchored && anchored.status !== 'orphan') return anchored.start;
  return a.target.position?.start ?? Number.POSITIVE_INFINITY;
};

/**
 * Sorts in reading order: by start, then end, then creation (orphans without a position last).
 * Each annotation's start is looked up once, not at every comparison.
 */
export function sortInReadingOrder(list: readonly Annotation[], anchors?: Anchors): Annotation[] {
  const keyed = list.map((a) => ({
    a,
    start: startOf(a, anchors),
    end: a.target.position?.end ?? 0,
  }));
  keyed.sort(
    (x, y) =>
      x.start - y.start ||
      x.end - y.end ||
      x.a.created - y.a.created ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );
  return keyed.map((k) => k.a);
}

const NO_ANCHORS: Anchors = emptyRecord();

/** Anchoring results for the current paper; empty while the ones held are another paper's. */
export const selectCurrentAnchors = (s: AppState): Anchors =>
  s.anchorsPaperId !== null && s.anchorsPaperId === s.currentPaperId ? s.anchors : NO_ANCHORS;

/**
 * The current paper's annotations in reading order: where they anchored when that is known, else
 * where they were stored (so orphans keep their stored order). This is the one sort; the lists in
 * and out of the text below only filter it, so a keystroke in a note sorts once, not twice. After
 * the first sort the order is patched: the few annotations whose record or anchor changed are
 * taken out and put back in place by binary search (`patchReadingOrder`), so a keystroke or a new
 * highlight costs the same with 50 or 5,000 annotations.
 */
export const selectPaperAnnotations: (s: AppState) => Annotation[] = (() => {
  let last: {
    annotations: AppState['annotations'];
    paperId: PaperId | null;
    anchors: Anchors;
    sets: AppState['annotationSets'];
    list: Annotation[];
  } | null = null;
  return (s: AppState) => {
    const annotations = s.annotations;
    const paperId = s.currentPaperId;
    const anchors = selectCurrentAnchors(s);
    const sets = s.annotationSets;
    if (
      last &&
      last.annotations === annotations &&
      last.paperId === paperId &&
      last.anchors === anchors &&
      last.sets === sets
    )
      return last.list;
    const hidden = hiddenSetIds(sets);
    const belongs = (a: Annotation | undefined): a is Annotation =>
      a !== undefined && a.paperId === paperId && !hidden.has(a.setId);
    let list: Annotation[] | null = null;
    if (last && paperId !== null && last.paperId === paperId && last.sets === sets) {
      const changed = new Set(changedKeysOf(last.annotations, annotations));
      for (const id of changedKeysOf(last.anchors, anchors)) changed.add(id);
      if (changed.size <= PATCH_LIMIT) {
        const moved = [...changed].map((id) => entryOf(annotations, id)).filter(belongs);
        const was = [...changed].map((id) => entryOf(last!.annotations, id)).filter(belongs);
        list = patchReadingOrder(last.list, changed, moved, anchors, {
          records: was,
          anchors: last.anchors,
        });
      }
    }
    list ??=
      paperId === null ? [] : sortInReadingOrder(valuesOf(annotations).filter(belongs), anchors);
    last = { annotations, paperId, anchors, sets, list };
    return list;
  };
})();

/**
 * Ids of the current paper's listed annotations that start at `start`, found by binary search in
 * the reading order: where highlighting looks for the highlight already on a passage, rather than
 * walking every anchor. Null when the list cannot tell: it waits (`listsDeferred`, or the stored
 * annotations off the first screen, `storedRestPending`), the anchors
 * held are another paper's, or a hidden layer's annotations are left out of it.
 */
export function selectIdsStartingAt(s: AppState, start: number): AnnotationId[] | null {
  const anchors = s.anchors;
  if (
    s.listsDeferred ||
    s.storedRestPending ||
    selectCurrentAnchors(s) !== anchors ||
    hiddenSetIds(s.annotationSets).size
  )
    return null;
  const list = selectPaperAnnotations(s);
  const ids: AnnotationId[] = [];
  const at = (i: number) => i < list.length && startOf(list[i]!, anchors) === start;
  for (let i = firstStartingAt(list, start, anchors); at(i); i++) ids.push(list[i]!.id);
  return ids;
}

/**
 * The index of the first annotation of `list` (in reading order) that starts at or after `start`,
 * by binary search; `list.length` when none does.
 */
function firstStartingAt(list: readonly Annotation[], start: number, anchors: Anchors): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid]!, anchors) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many annotations the current paper's list holds, without sorting them: what the sidebar's
 * toggle says while the list itself waits for the first screen (`listsDeferred`).
 */
export const selectPaperAnnotationCount: (s: AppState) => number = (() => {
  const count = memoLast(
    (
      annotations: AppState['annotations'],
      paperId: PaperId | null,
      sets: AppState['annotationSets'],
    ) => {
      if (paperId === null) return 0;
      const hidden = hiddenSetIds(sets);
      let n = 0;
      forEachEntry(annotations, (_id, a) => {
        if (a.paperId === paperId && !hidden.has(a.setId)) n++;
      });
      return n;
    },
  );
  return (s: AppState) =>
    s.listsDeferred
      ? count(s.annotations, s.currentPaperId, s.annotationSets)
      : selectPaperAnnotations(s).length;
})();

/**
 * Changes patched into the reading order one by one; more (an import, a paper's anchoring
 * finishing a slice) and one sort is quicker.
 */
const PATCH_LIMIT = 64;

/** Reading order: by start, then end, then creation, then id (a total order). */
function compareInReadingOrder(x: Annotation, y: Annotation, anchors: Anchors): number {
  return (
    startOf(x, anchors) - startOf(y, anchors) ||
    (x.target.position?.end ?? 0) - (y.target.position?.end ?? 0) ||
    x.created - y.created ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

/** Where `a` is, or would go, in `list` (in reading order by `anchors`): by binary search. */
function placeOf(list: readonly Annotation[], a: Annotation, anchors: Anchors): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareInReadingOrder(list[mid]!, a, anchors) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `list` without `records`, each found by binary search where `anchors` (those the list was
 * ordered by) placed it, rather than by a walk of the whole list; null if one is not there.
 */
function withoutInPlace(
  list: readonly Annotation[],
  records: readonly Annotation[],
  anchors: Anchors,
): Annotation[] | null {
  const out = list.slice();
  for (const a of records) {
    const at = placeOf(out, a, anchors);
    if (out[at] !== a) return null;
    out.splice(at, 1);
  }
  return out;
}

/**
 * `list` (in reading order) without the annotations of `changed`, and with `moved` (their current
 * records) put in place by binary search: the same as sorting everything again. `previous`, when
 * known: the records of `changed` that `list` holds and the anchors it was ordered by, so they are
 * taken out by binary search too (else the list is walked).
 */
export function patchReadingOrder(
  list: readonly Annotation[],
  changed: ReadonlySet<string>,
  moved: readonly Annotation[],
  anchors: Anchors,
  previous?: {
    records: readonly Annotation[];
    anchors: Anchors;
  },
): Annotation[] {
  const out =
    (previous && withoutInPlace(list, previous.records, previous.anchors)) ??
    list.filter((a) => !changed.has(a.id));
  for (const a of moved) out.splice(placeOf(out, a, anchors), 0, a);
  return out;
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

/** A highlight of any colour with no linked reference (annotations/claims.ts). */
export { isUnlinkedClaim };

/** True when the anchoring result says the annotation could not be found in the text. */
export const isOrphan = (a: Annotation, anchors: Anchors): boolean =>
  entryOf(anchors, a.id)?.status === 'orphan';

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

// ---- The sidebar's lists: where annotations anchored, not only where they were stored ----

/**
 * The current paper's annotations that are in the text (anchored, or not anchored yet), in
 * reading order by where they anchored. Orphans are listed apart (`selectPaperOrphans`).
 */
export const selectAnchoredAnnotations: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], anchors: Anchors) =>
    hasOrphans(anchors) ? list.filter((a) => !isOrphan(a, anchors)) : list,
  );
  return (s: AppState) => compute(selectPaperAnnotations(s), selectCurrentAnchors(s));
})();

const NO_ORPHANS: Annotation[] = [];

/** The current paper's orphans, in the order of their stored positions. */
export const selectPaperOrphans: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], anchors: Anchors) =>
    hasOrphans(anchors) ? list.filter((a) => isOrphan(a, anchors)) : NO_ORPHANS,
  );
  return (s: AppState) => compute(selectPaperAnnotations(s), selectCurrentAnchors(s));
})();

/**
 * Whether any anchoring result is an orphan. Usually none is, and then the lists in and out of
 * the text are the paper's list and an empty one, with no walk over thousands of annotations per
 * change. Told from the changed results alone when the last record asked about had none.
 */
const hasOrphans: (anchors: Anchors) => boolean = (() => {
  let last: { anchors: Anchors; has: boolean } | null = null;
  return (anchors) => {
    if (last?.anchors === anchors) return last.has;
    const keys: Iterable<AnnotationId> =
      last && !last.has ? changedKeysOf(last.anchors, anchors) : keysOf(anchors);
    let has = false;
    for (const id of keys)
      if (entryOf(anchors, id)?.status === 'orphan') {
        has = true;
        break;
      }
    last = { anchors, has };
    return has;
  };
})();

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
      const ids = new Set(changedKeysOf(before.annotations, s.annotations));
      for (const id of changedKeysOf(before.anchors, anchors)) ids.add(id);
      if (ids.size <= PATCH_LIMIT) {
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
        result =
          gone.length === 0 && come.length === 0
            ? before.result
            : adjust(before.result, gone, come);
      }
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

/**
 * The annotations in the text that pass the filter, in reading order: the sidebar's list. With
 * no filter it is the anchored list itself (no copy, and the same identity).
 */
export const selectVisibleAnnotations: (s: AppState) => Annotation[] = (() => {
  const compute = memoLast((list: Annotation[], filter: AnnotationFilter) =>
    isFilterActive(filter) ? filterAnnotations(list, filter) : list,
  );
  return (s: AppState) => compute(selectAnchoredAnnotations(s), s.annotationFilter);
})();

/**
 * Where annotation `id` is in the sidebar's list (`selectVisibleAnnotations`), or -1: found by
 * binary search on where it starts, since the list is in reading order, rather than by walking the
 * list (the open card's place is asked on every render of the list: with 5,000 highlights and the
 * card 80% down, that walk was thousands of reads per click, issue 9). Walks the list only when
 * the search does not find it there (it is not listed, or the list is not in order yet).
 */
export function selectVisibleIndex(s: AppState, id: AnnotationId | null): number {
  if (id === null) return -1;
  const list = selectVisibleAnnotations(s);
  const a = entryOf(s.annotations, id);
  if (a !== undefined) {
    const anchors = selectCurrentAnchors(s);
    const start = startOf(a, anchors);
    const at = (i: number) => i < list.length && startOf(list[i]!, anchors) === start;
    for (let i = firstStartingAt(list, start, anchors); at(i); i++)
      if (list[i]!.id === id) return i;
  }
  return list.findIndex((b) => b.id === id);
}

/**
 * Every tag used on any annotation (any paper), once ignoring case, sorted: tag suggestions.
 * Gathered again only when some annotation's tags changed (an edited note keeps its tags array),
 * so typing a note does not walk every tag of every annotation.
 */
export const selectTagSuggestions: (s: AppState) => string[] = (() => {
  const NONE: readonly string[] = [];
  const tagsOf = (a: Annotation | undefined) => (a && a.tags.length > 0 ? a.tags : NONE);
  let seen: AppState['annotations'] | null = null;
  let last: string[] = [];
  return (s: AppState) => {
    const previous = seen;
    const annotations = (seen = s.annotations);
    if (
      previous &&
      changedKeysOf(previous, annotations).every(
        (id) => tagsOf(entryOf(previous, id)) === tagsOf(entryOf(annotations, id)),
      )
    )
      return last;
    // A tag is spelled as on the earliest annotation that has it.
    const byKey = new Map<string, { tag: string; created: number }>();
    forEachEntry(annotations, (_id, a) => {
      for (const tag of a.tags) {
        const had = byKey.get(tag.toLowerCase());
        if (!had || a.created < had.created)
          byKey.set(tag.toLowerCase(), { tag, created: a.created });
      }
    });
    return (last = [...byKey.values()].map((t) => t.tag).sort((x, y) => x.localeCompare(y)));
  };
})();
