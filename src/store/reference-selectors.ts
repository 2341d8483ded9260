/**
 * Source → claims: for each entry of the reference list, the current paper's annotations linked
 * to it, in reading order. Memoised on the annotation list so each entry's subscription is stable;
 * a change to highlights linked to no source (most of them: a new highlight, a recolour, a note)
 * keeps every entry's claims without a pass over the list.
 */
import { changedKeysOf, entryOf } from '../annotations/shared-record';
import type { Annotation } from '../annotations/types';
import type { AppState } from './app-store';
import { selectCurrentAnchors, selectPaperAnnotations } from './paper-annotation-selectors';
import type { Anchors } from './slices/view-slice';

const EMPTY: Annotation[] = [];

/** Changes looked through one by one; more (an import, a paper anchored) and the list is read. */
const CHANGES_LOOKED_THROUGH = 64;

let lastList: Annotation[] | null = null;
let lastByLabel = new Map<string, Annotation[]>();
let lastInputs: {
  annotations: AppState['annotations'];
  anchors: Anchors;
  paperId: AppState['currentPaperId'];
  sets: AppState['annotationSets'];
} | null = null;

const linked = (a: Annotation | undefined) => a !== undefined && a.refLabels.length > 0;

/** Whether the change from the last inputs to `s` touched only annotations linked to nothing. */
function onlyUnlinkedChanged(s: AppState, anchors: Anchors) {
  const before = lastInputs;
  if (!before || before.paperId !== s.currentPaperId || before.sets !== s.annotationSets)
    return false;
  const ids = new Set(changedKeysOf(before.annotations, s.annotations));
  for (const id of changedKeysOf(before.anchors, anchors)) ids.add(id);
  if (ids.size > CHANGES_LOOKED_THROUGH) return false;
  for (const id of ids)
    if (linked(entryOf(before.annotations, id)) || linked(entryOf(s.annotations, id))) return false;
  return true;
}

function claimsByLabel(list: readonly Annotation[]): Map<string, Annotation[]> {
  const byLabel = new Map<string, Annotation[]>();
  for (const a of list) {
    for (const l of a.refLabels) {
      const claims = byLabel.get(l);
      if (claims) claims.push(a);
      else byLabel.set(l, [a]);
    }
  }
  // Keep the previous array for entries whose claims did not change (fewer re-renders).
  for (const [l, claims] of byLabel) {
    const before = lastByLabel.get(l);
    if (before && before.length === claims.length && before.every((a, i) => a === claims[i]))
      byLabel.set(l, before);
  }
  return byLabel;
}

/** The annotations linked to the reference with this label (`8`, `Zhang 2013`). */
export function selectClaimsOfReference(s: AppState, label: string): Annotation[] {
  const list = selectPaperAnnotations(s);
  if (list !== lastList) {
    const anchors = selectCurrentAnchors(s);
    if (!onlyUnlinkedChanged(s, anchors)) lastByLabel = claimsByLabel(list);
    lastList = list;
    lastInputs = {
      annotations: s.annotations,
      anchors,
      paperId: s.currentPaperId,
      sets: s.annotationSets,
    };
  }
  return lastByLabel.get(label) ?? EMPTY;
}
