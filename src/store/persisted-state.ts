/**
 * The persisted shape of the store, its version, and the numbered migration steps that bring an
 * older stored shape up to date (tldraw's packages/store/src/lib/migrate.ts is the model: each
 * step named, numbered and tested on its own).
 *
 * How the state is laid out in storage (one key per annotation, see io/annotation-storage.ts) is
 * the storage's business; this file is about what the state contains.
 */
import { DEFAULT_COLOUR_LABELS, isColourId, type ColourLabels } from '../annotations/colours';
import { migrateAnnotationV1ToV2 } from '../annotations/migrations';
import {
  DEFAULT_SET,
  type Annotation,
  type AnnotationId,
  type AnnotationSet,
  type SetId,
  type Tombstones,
} from '../annotations/types';
import type { PaperId } from '../paper/types';
import type { PaperMeta } from './slices/papers-slice';
import { isRecord } from '../annotations/json-guards';

export interface PersistedState {
  papers: Record<PaperId, PaperMeta>;
  currentPaperId: PaperId | null;
  annotations: Record<AnnotationId, Annotation>;
  annotationTombstones: Tombstones;
  annotationSets: Record<SetId, AnnotationSet>;
  colourLabels: ColourLabels;
}

/** One migration step: from `version - 1` to `version`. */
export interface MigrationStep {
  version: number;
  name: string;
  up: (state: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * v1 → v2. v1 kept everything in one localStorage key (zustand's default JSON): the papers index,
 * the current paper and, in its annotation-era builds, `annotations` keyed by id in the v1 shape
 * (see annotations/migrations.ts). v2 adds annotation sets, editable colour labels and tombstones,
 * and brings each annotation to the v2 shape. Annotations too damaged to migrate are left out of
 * the state; the storage keeps the v1 value under a backup key and tells the reader.
 */
export function migrateV1ToV2(state: Record<string, unknown>): Record<string, unknown> {
  const stored = state.annotations;
  const list: unknown[] = Array.isArray(stored)
    ? stored
    : isRecord(stored)
      ? Object.values(stored)
      : [];
  const annotations: Record<AnnotationId, Annotation> = {};
  for (const raw of list) {
    const annotation = migrateAnnotationV1ToV2(raw);
    if (annotation) annotations[annotation.id] = annotation;
  }
  return {
    papers: isRecord(state.papers) ? state.papers : {},
    currentPaperId: typeof state.currentPaperId === 'string' ? state.currentPaperId : null,
    annotations,
    annotationTombstones: {},
    annotationSets: { [DEFAULT_SET.id]: DEFAULT_SET },
    colourLabels: { ...DEFAULT_COLOUR_LABELS },
  };
}

/** Steps in order; the store's version is the last step's. */
export const MIGRATIONS: MigrationStep[] = [
  { version: 2, name: 'annotation sets, colour labels, v2 annotations', up: migrateV1ToV2 },
];

export const PERSIST_VERSION = MIGRATIONS.at(-1)?.version ?? 1;

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

/** Runs every step after `fromVersion`, in order. Unknown future versions are kept as they are. */
export function migratePersistedState(persisted: unknown, fromVersion: number): PersistedState {
  let state = (persisted ?? {}) as Record<string, unknown>;
  for (const step of MIGRATIONS) if (step.version > fromVersion) state = step.up(state);
  return state as unknown as PersistedState;
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
    if (!(key in record)) return record;
    const { [key]: _removed, ...rest } = record;
    return rest;
  }
  if (!valid(value) || JSON.stringify(record[key]) === JSON.stringify(value)) return record;
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
