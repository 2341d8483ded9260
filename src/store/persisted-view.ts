/**
 * The persisted view of the store's state: the persisted fields (annotations/persisted.ts) with
 * drafts left out, since a draft is kept only once it gets content or is confirmed. Keeps the
 * annotations record's identity while there is no draft, so the storage skips unchanged state.
 */
import { pickPersisted, type PersistedState } from '../annotations/persisted';
import { entriesOf, type Annotation, type AnnotationId } from '../annotations/types';

/** The part of the state this needs: persisted fields and the ids of drafts. */
type WithDrafts = PersistedState & { drafts: Readonly<Record<AnnotationId, true>> };

const sameEntries = (a: object, b: object) => {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

/**
 * What one store persists (its `partialize`): the persisted fields, drafts left out. Each store
 * makes its own, since it remembers the last annotations it gave: the same object for the same
 * inputs, and the last one given while the settled annotations are unchanged (so adding a draft
 * offers no write).
 */
export function createWithoutDrafts(): (s: WithDrafts) => PersistedState {
  let lastInput: [PersistedState['annotations'], WithDrafts['drafts']] | null = null;
  let lastOutput: PersistedState['annotations'] = {};
  const settledAnnotations = (s: WithDrafts): PersistedState['annotations'] => {
    if (lastInput && lastInput[0] === s.annotations && lastInput[1] === s.drafts) return lastOutput;
    let out: Record<AnnotationId, Annotation> = s.annotations;
    if (Object.keys(s.drafts).length > 0) {
      out = {};
      for (const [id, a] of entriesOf(s.annotations)) if (!s.drafts[id]) out[id] = a;
      if (sameEntries(out, lastOutput)) out = lastOutput;
    }
    lastInput = [s.annotations, s.drafts];
    lastOutput = out;
    return out;
  };
  return (s) => pickPersisted({ ...s, annotations: settledAnnotations(s) });
}
