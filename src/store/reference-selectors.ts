/**
 * Source → claims: for each entry of the reference list, the current paper's annotations linked
 * to it, in reading order. Memoised on the annotation list so each entry's subscription is stable.
 */
import type { Annotation } from '../annotations/types';
import type { AppState } from './app-store';
import { selectPaperAnnotations } from './selectors';

const EMPTY: Annotation[] = [];

let lastList: Annotation[] | null = null;
let lastByLabel = new Map<string, Annotation[]>();

/** The annotations linked to the reference with this label (`8`, `Zhang 2013`). */
export function selectClaimsOfReference(s: AppState, label: string): Annotation[] {
  const list = selectPaperAnnotations(s);
  if (list !== lastList) {
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
    lastList = list;
    lastByLabel = byLabel;
  }
  return lastByLabel.get(label) ?? EMPTY;
}
