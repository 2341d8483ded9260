/**
 * The annotation model: what a reader made of a passage of a paper.
 *
 * An annotation targets a range of the paper's canonical text (`Paper.text`) through two W3C
 * selectors (https://www.w3.org/TR/annotation-model/#selectors): a TextPositionSelector for speed
 * and a TextQuoteSelector (exact text with 32 characters of context) to re-anchor after the text
 * shifts. Everything here is plain JSON, so it can live in the store and be structured-cloned.
 */
import type { RangeSelectors } from '../anchoring/selectors';
import type { PaperId } from '../paper/types';
import type { ColourId } from './colours';
import type { SharedRecord } from './shared-record';

/** A random UUID (`crypto.randomUUID()`), branded so it cannot be passed as another kind of id. */
export type AnnotationId = string & { readonly __brand: 'AnnotationId' };

/**
 * Brands a string as an annotation id. Call it only at the boundaries: a new random id, or an id
 * read from stored or imported data after it has been validated.
 */
export const asAnnotationId = (s: string): AnnotationId => s as AnnotationId;

/** The keys of an id-keyed record with their id type (`Object.keys` widens them to `string`). */
export const idsOf = <R extends object>(record: R): Extract<keyof R, string>[] =>
  Object.keys(record) as Extract<keyof R, string>[];

/** The entries of an id-keyed record with their id type (`Object.entries` widens the keys). */
export const entriesOf = <R extends object>(
  record: R,
): [Extract<keyof R, string>, R[Extract<keyof R, string>]][] =>
  Object.entries(record) as [Extract<keyof R, string>, R[Extract<keyof R, string>]][];

/** The id of an annotation set; `DEFAULT_SET_ID` until sharing introduces others. */
export type SetId = string & { readonly __brand: 'SetId' };

/** Brands a string as a set id: for a new set's id, or one read from validated stored data. */
export const asSetId = (s: string): SetId => s as SetId;

/**
 * Where an annotation sits in its paper's canonical text: always a quote, usually a position (an
 * imported annotation may come without one). `describeRange` from anchoring/ returns one.
 */
export type AnnotationTarget = RangeSelectors;

export interface Annotation {
  id: AnnotationId;
  paperId: PaperId;
  setId: SetId;
  colour: ColourId;
  /** Free text; may be empty. */
  note: string;
  /** Trimmed, non-empty, unique ignoring case, in the order added. */
  tags: string[];
  /**
   * Linked entries of the paper's reference list, by label as a reader cites them (`8`,
   * `Zhang 2013`), not by `Reference.id`: ids are derived by the parser (`ref-<n>` by position for
   * author-year lists) and may change between parser versions, labels are what the paper prints.
   */
  refLabels: string[];
  /** Epoch milliseconds. */
  created: number;
  /** Epoch milliseconds of the last change; concurrent copies resolve to the newer one. */
  modified: number;
  target: AnnotationTarget;
}

/** A named collection of annotations, shown as one layer ("My annotations", an imported set). */
export interface AnnotationSet {
  id: SetId;
  name: string;
  created: number;
  /** Who made the set (an instructor, a reviewer); exported as each annotation's `creator`. */
  author?: string;
  /** A colour cue that tells this layer apart from the others in the margin. */
  colour?: ColourId;
  /** `own` (absent means own) sets are the reader's; `imported` ones are read-only layers. */
  origin?: 'own' | 'imported';
  /** The paper the set was made for, when it was made for one (an imported set always is). */
  paperId?: PaperId;
  /** True while the reader has hidden this layer (its highlights and cards are not shown). */
  hidden?: boolean;
}

export const DEFAULT_SET_ID: SetId = asSetId('default');

export const DEFAULT_SET: AnnotationSet = {
  id: DEFAULT_SET_ID,
  name: 'My annotations',
  created: 0,
};

/**
 * Epoch milliseconds at which each deleted annotation was deleted. Kept so that a copy of the
 * annotation held by another tab (older than the deletion) is not brought back by a merge.
 */
export type Tombstones = Record<AnnotationId, number>;

/** Annotations by id (shared-record.ts: a change shares all but a few nodes with the last). */
export type Annotations = SharedRecord<AnnotationId, Annotation>;

/** The annotations part of the state that operations take and return. */
export interface AnnotationsState {
  /** All annotations by id, in a record that shares structure with the states before it. */
  annotations: Annotations;
  tombstones: Tombstones;
}

/** Sources of ids and time, injected so operations stay pure and tests deterministic. */
export interface Env {
  newId: () => AnnotationId;
  now: () => number;
}
