/**
 * What is persisted: the one list of persisted fields, their initial values (the store starts from
 * them and the storage leaves entries at them unwritten), and how stored records are merged back.
 * The numbered migrations of this shape are in persisted-migrations.ts.
 *
 * How the state is laid out in storage (one key per annotation, see io/annotation-storage.ts) is
 * the storage's business; this file is about what the state contains.
 */
import { DEFAULT_COLOUR_LABELS, isColourId, type ColourLabels } from './colours';
import { isRecord } from './json-guards';
import { emptyRecord } from './shared-record';
import type { AnnotationChanges } from './merge';
import {
  DEFAULT_SET,
  type Annotation,
  type AnnotationId,
  type Annotations,
  type AnnotationSet,
  type SetId,
  type Tombstones,
} from './types';
import type { PaperFormat, PaperId } from '../paper/types';

/** What the recent-papers list needs to show and reopen a paper. */
export interface PaperMeta {
  id: PaperId;
  title: string;
  fileName: string;
  format: PaperFormat;
  /** Epoch milliseconds of the last time it was opened: the list is sorted by it. */
  openedAt: number;
  /** True for the paper bundled with the app (always reopenable, never forgotten). */
  bundled?: boolean;
}

/** The persisted part of the app state. */
export interface PersistedState {
  papers: Record<PaperId, PaperMeta>;
  currentPaperId: PaperId | null;
  annotations: Annotations;
  annotationTombstones: Tombstones;
  annotationSets: Record<SetId, AnnotationSet>;
  colourLabels: ColourLabels;
}

/** The persisted fields, written once: the store persists exactly these. */
export const PERSISTED_FIELDS = [
  'papers',
  'currentPaperId',
  'annotations',
  'annotationTombstones',
  'annotationSets',
  'colourLabels',
] as const satisfies readonly (keyof PersistedState)[];

/** The initial persisted state: what the store starts from and what a missing entry stands for. */
export const PERSISTED_DEFAULTS: Readonly<PersistedState> = {
  papers: {},
  currentPaperId: null,
  annotations: emptyRecord(),
  annotationTombstones: {},
  annotationSets: { [DEFAULT_SET.id]: DEFAULT_SET },
  colourLabels: DEFAULT_COLOUR_LABELS,
};

/** Picks the persisted fields out of a larger state (the store's `partialize`). */
export function pickPersisted(state: PersistedState): PersistedState {
  const out = {} as Record<keyof PersistedState, unknown>;
  for (const field of PERSISTED_FIELDS) out[field] = state[field];
  return out as PersistedState;
}

/** Whether two persisted states hold the very same field values (by identity). */
export const samePersisted = (a: PersistedState, b: PersistedState): boolean =>
  PERSISTED_FIELDS.every((field) => Object.is(a[field], b[field]));

/** Something the reader should be told about their stored data. */
export type StorageProblem =
  | { kind: 'quota'; message: string }
  | { kind: 'write'; message: string }
  | { kind: 'corrupt'; message: string; backupKeys: string[] }
  | {
      kind: 'unavailable';
      message: string;
      /** What the banner's Reload button reads again: the annotations off the first screen. */
      retry?: 'rest';
    }
  | { kind: 'too-new'; message: string }
  /** A problem put right (the unread rest read on a retry): said once, then all is well. */
  | { kind: 'recovered'; message: string };

/** Another tab's changes: annotations and tombstones to merge, and record entries it set or removed. */
export interface RemoteChange extends AnnotationChanges {
  /** Entries of the split records (papers, sets, colour labels); `value` null when removed. */
  entries?: Array<{ field: string; key: string; value: unknown }>;
}

/**
 * Stored annotations and tombstones read after a reload's first screen (io/annotation-storage.ts
 * reads the first screen's alone first): records the state has not held yet, added under it.
 */
export interface StoredRest {
  annotations: Record<AnnotationId, Annotation>;
  tombstones: Tombstones;
  /** Record entries stored since the hint was written (taken in as another tab's would be). */
  entries: Array<{ field: string; key: string; value: unknown }>;
}

/**
 * Combines the stored state with the store's initial one (zustand's `merge`): field by field, and
 * entry by entry for the records, so an entry missing from storage (a colour label never renamed,
 * the default set) keeps its initial value.
 */
export function mergeStoredState<S extends object>(persisted: unknown, current: S): S {
  if (!isRecord(persisted)) return current;
  const merged: Record<string, unknown> = { ...current, ...persisted };
  for (const field of ['papers', 'annotationSets', 'colourLabels'] as const) {
    const initial = (current as Record<string, unknown>)[field];
    if (isRecord(initial) && isRecord(persisted[field]))
      merged[field] = { ...initial, ...persisted[field] };
  }
  return merged as S;
}

/**
 * Sets (or, for a null value, removes) one entry of a record if the value is valid and new;
 * returns the record itself when nothing changes.
 */
function withEntry<T>(
  record: Record<string, T>,
  key: string,
  value: unknown,
  valid: (v: unknown) => v is T,
) {
  if (value === null) {
    if (!Object.hasOwn(record, key)) return record;
    const { [key]: _removed, ...rest } = record;
    return rest;
  }
  const same = Object.hasOwn(record, key) && JSON.stringify(record[key]) === JSON.stringify(value);
  if (!valid(value) || same) return record;
  return { ...record, [key]: value };
}

const isPaperMeta = (v: unknown): v is PaperMeta =>
  isRecord(v) && typeof v.id === 'string' && typeof v.openedAt === 'number';
const isSet = (v: unknown): v is AnnotationSet =>
  isRecord(v) && typeof v.id === 'string' && typeof v.name === 'string';
const isLabel = (v: unknown): v is string => typeof v === 'string';

type EntryFields = Pick<PersistedState, 'papers' | 'annotationSets' | 'colourLabels'>;

/**
 * Applies entries another tab set or removed (recent papers, annotation sets, colour labels) to
 * ours, checking each value's shape. Returns only the fields that changed.
 */
export function mergeRemoteEntries(
  current: EntryFields,
  entries: ReadonlyArray<{ field: string; key: string; value: unknown }>,
): Partial<EntryFields> {
  let { papers, annotationSets, colourLabels } = current;
  for (const { field, key, value } of entries) {
    if (field === 'papers') papers = withEntry(papers, key, value, isPaperMeta);
    else if (field === 'annotationSets')
      annotationSets = withEntry(annotationSets, key, value, isSet);
    else if (field === 'colourLabels' && isColourId(key) && value !== null) {
      colourLabels = withEntry(colourLabels, key, value, isLabel) as ColourLabels;
    }
  }
  const patch: Partial<EntryFields> = {};
  if (papers !== current.papers) patch.papers = papers;
  if (annotationSets !== current.annotationSets) patch.annotationSets = annotationSets;
  if (colourLabels !== current.colourLabels) patch.colourLabels = colourLabels;
  return patch;
}
