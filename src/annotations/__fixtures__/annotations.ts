/**
 * Builders for tests: a deterministic id/clock environment and annotations over made-up text.
 */
import type {
  Annotation,
  AnnotationId,
  AnnotationsState,
  AnnotationTarget,
  Env,
  SetId,
} from '../types';
import { emptyRecord, recordOf, type SharedRecord } from '../shared-record';
import { DEFAULT_SET_ID, asAnnotationId, asSetId } from '../types';
import { fakePaperId } from '../../paper/__fixtures__/paper-ids';

/** A literal annotation id for a test (`aid('a')`). */
export const aid = (s: string): AnnotationId => asAnnotationId(s);

/** A literal set id for a test (`sid('shared-1')`). */
export const sid = (s: string): SetId => asSetId(s);

/** A record keyed by literal annotation ids, for tests (`byId({ a1, a2 })`). */
export const byId = <V>(record: Record<string, V>): Record<AnnotationId, V> =>
  record as Record<AnnotationId, V>;

export const PAPER_A = fakePaperId('a');
export const PAPER_B = fakePaperId('b');

/**
 * Ids `<prefix>-1`, `<prefix>-2`, ... and a clock that starts at `start` and ticks 1000 ms per
 * call (set `clock.t` to jump).
 */
export function testEnv(start = 1_700_000_000_000, prefix = 'id'): Env & { clock: { t: number } } {
  let n = 0;
  const clock = { t: start };
  return {
    clock,
    newId: () => asAnnotationId(`${prefix}-${++n}`),
    now: () => (clock.t += 1000),
  };
}

/** A target at `[start, start + exact.length)` with placeholder context. */
export function makeTarget(start: number, exact = 'a claim worth checking'): AnnotationTarget {
  return {
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: 'before '.repeat(4),
      suffix: ' after'.repeat(5),
    },
  };
}

/** A complete annotation with sensible defaults. */
export function makeAnnotation(
  fields: Omit<Partial<Annotation>, 'id'> & { id: string },
): Annotation {
  return {
    paperId: PAPER_A,
    setId: DEFAULT_SET_ID,
    colour: 'yellow',
    note: '',
    tags: [],
    refLabels: [],
    created: 1_700_000_000_000,
    modified: 1_700_000_000_000,
    target: makeTarget(100),
    ...fields,
    id: asAnnotationId(fields.id),
  };
}

/** Annotations (or anchors) by literal id, as the state holds them (`sharedById({ a1, a2 })`). */
export const sharedById = <V>(record: Record<string, V>): SharedRecord<AnnotationId, V> =>
  recordOf<AnnotationId, V>(byId(record));

/** No annotations and no tombstones. */
export const EMPTY_ANNOTATIONS_STATE: AnnotationsState = {
  annotations: emptyRecord(),
  tombstones: {},
};
