/**
 * The persisted view of the store's state: the persisted fields (annotations/persisted.ts) with
 * drafts left out, since a draft is kept only once it gets content or is confirmed. Keeps the
 * annotations record's identity while there is no draft, so the storage skips unchanged state.
 */
import { pickPersisted, type PersistedState } from '../annotations/persisted';
import { changedKeysOf, emptyRecord, entryOf, removeEntry } from '../annotations/shared-record';
import { idsOf, type Annotation, type AnnotationId } from '../annotations/types';

/** The part of the state this needs: persisted fields and the ids of drafts. */
type WithDrafts = PersistedState & { drafts: Readonly<Record<AnnotationId, true>> };
/** What is remembered of the last state seen. */
type Input = Pick<WithDrafts, 'annotations' | 'drafts'>;

/** The settled annotation of `id` in `s`: none while it is a draft. */
const settledOf = (s: Input, id: AnnotationId): Annotation | undefined =>
  Object.hasOwn(s.drafts, id) ? undefined : entryOf(s.annotations, id);

/**
 * Whether `previous` and `next` hold the same settled annotations, told from the entries that
 * changed (the records share all they did not change, so adding a draft among thousands looks at
 * one) and the drafts that came or went.
 */
function sameSettled(previous: Input, next: Input): boolean {
  const ids = new Set(changedKeysOf(previous.annotations, next.annotations));
  for (const id of idsOf(previous.drafts)) if (!Object.hasOwn(next.drafts, id)) ids.add(id);
  for (const id of idsOf(next.drafts)) if (!Object.hasOwn(previous.drafts, id)) ids.add(id);
  for (const id of ids) if (settledOf(previous, id) !== settledOf(next, id)) return false;
  return true;
}

/**
 * What one store persists (its `partialize`): the persisted fields, drafts left out. Each store
 * makes its own, since it remembers the last annotations it gave: the same object for the same
 * inputs, and the last one given while the settled annotations are unchanged (so adding a draft
 * offers no write). Whether they changed is told from the changed entries, not by walking and
 * comparing every annotation: with thousands, that walk (twice per change while a draft was open)
 * was most of the cost of highlighting for a note (issue 9).
 */
export function createWithoutDrafts(): (s: WithDrafts) => PersistedState {
  let lastInput: Input | null = null;
  let lastOutput: PersistedState['annotations'] = emptyRecord();
  const settledAnnotations = (s: WithDrafts): PersistedState['annotations'] => {
    if (lastInput && lastInput.annotations === s.annotations && lastInput.drafts === s.drafts)
      return lastOutput;
    let out = s.annotations;
    if (Object.keys(s.drafts).length > 0) {
      if (lastInput && sameSettled(lastInput, s)) out = lastOutput;
      else for (const id of idsOf(s.drafts)) out = removeEntry(out, id);
    }
    lastInput = { annotations: s.annotations, drafts: s.drafts };
    lastOutput = out;
    return out;
  };
  return (s) => pickPersisted({ ...s, annotations: settledAnnotations(s) });
}
