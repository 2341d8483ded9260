/**
 * The numbered migrations of the persisted shape (./persisted.ts), checked when the app starts and
 * run with a result rather than a cast: `ok` with the state in the current shape, `too-new` when a
 * newer version of the app wrote it (nothing may be overwritten), or `failed` (the caller keeps
 * the stored data in a backup and tells the reader). tldraw's packages/store/src/lib/migrate.ts
 * (`validateMigrations`) is the model: each step named, numbered and tested on its own.
 *
 * How to add a migration: append a step { version: n, name, up } to MIGRATIONS, keep a stored
 * fixture of version n - 1 in __fixtures__/, and test the step on it and through a real storage.
 */
import { isRecord } from './json-guards';
import { migrateAnnotationV1ToV2 } from './migrations';
import { PERSISTED_DEFAULTS, type PersistedState } from './persisted';
import { validatePersistedState, type DroppedValue } from './persisted-schema';
import type { Annotation, AnnotationId } from './types';
import { recordOf } from './shared-record';

/** One migration step: from `version - 1` to `version`. */
export interface MigrationStep {
  version: number;
  name: string;
  up: (state: Record<string, unknown>) => Record<string, unknown>;
}

/** The version of the first stored shape (one localStorage key, v1 annotations). */
export const FIRST_VERSION = 1;

/**
 * v1 → v2. v1 kept everything in one localStorage key (zustand's default JSON): the papers index,
 * the current paper and, in its annotation-era builds, `annotations` keyed by id in the v1 shape
 * (see ./migrations.ts). v2 adds annotation sets, editable colour labels and tombstones, and
 * brings each annotation to the v2 shape. Annotations too damaged to migrate are left out of the
 * state; the storage keeps the v1 value under a backup key and tells the reader.
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
    const annotation = migrateAnnotationV1ToV2(raw) ?? (isV2Shaped(raw) ? raw : null);
    if (annotation) annotations[annotation.id] = annotation;
  }
  return {
    papers: isRecord(state.papers) ? state.papers : {},
    currentPaperId: typeof state.currentPaperId === 'string' ? state.currentPaperId : null,
    annotations,
    annotationTombstones: isRecord(state.annotationTombstones) ? state.annotationTombstones : {},
    annotationSets: {
      ...PERSISTED_DEFAULTS.annotationSets,
      ...recordOrNothing(state.annotationSets),
    },
    colourLabels: { ...PERSISTED_DEFAULTS.colourLabels, ...recordOrNothing(state.colourLabels) },
  };
}

/**
 * A record already in the v2 shape (a quote target, an id and a set), as a hand edit or a tool
 * leaves under a `version: 1` meta: kept for the record-by-record validation after the steps, which
 * loads it or backs it up, instead of being dropped without a word. Sets and colour labels already
 * there are kept the same way.
 */
function isV2Shaped(raw: unknown): raw is Annotation {
  return (
    isRecord(raw) &&
    typeof raw.id === 'string' &&
    typeof raw.setId === 'string' &&
    isRecord(raw.target) &&
    isRecord(raw.target.quote)
  );
}

const recordOrNothing = (value: unknown) => (isRecord(value) ? value : {});

/** Steps in order; the stored version is the last step's. */
export const MIGRATIONS: readonly MigrationStep[] = [
  { version: 2, name: 'annotation sets, colour labels, v2 annotations', up: migrateV1ToV2 },
];

/**
 * Throws if the steps are not numbered `FIRST_VERSION + 1`, `+ 2`, ... in order, or one has no
 * name: a gap or a repeat would skip or run a step twice on someone's data.
 */
export function validateMigrations(steps: readonly MigrationStep[]): void {
  steps.forEach((step, i) => {
    const expected = FIRST_VERSION + 1 + i;
    if (step.version !== expected)
      throw new Error(`Migration "${step.name}" is numbered ${step.version}, expected ${expected}`);
    if (!step.name.trim()) throw new Error(`Migration ${step.version} has no name`);
  });
}

validateMigrations(MIGRATIONS);

export const PERSIST_VERSION = MIGRATIONS.at(-1)?.version ?? FIRST_VERSION;

/** What migrating stored data gave. */
export type MigrationResult =
  /** `dropped`: stored records that were not valid and are left out (the caller backs them up). */
  | { type: 'ok'; state: PersistedState; dropped: DroppedValue[] }
  | { type: 'too-new'; version: number }
  | { type: 'failed'; reason: string };

const RECORD_FIELDS = ['papers', 'annotations', 'annotationTombstones', 'annotationSets'] as const;

/** The state in the current shape, missing fields at their defaults; a reason when it is not. */
function checkShape(state: Record<string, unknown>): PersistedState | string {
  const out: Record<string, unknown> = { ...PERSISTED_DEFAULTS, ...state };
  for (const field of RECORD_FIELDS)
    if (!isRecord(out[field])) return `stored ${field} is not a record`;
  if (!isRecord(out.colourLabels)) return 'stored colourLabels is not a record';
  if (out.currentPaperId !== null && typeof out.currentPaperId !== 'string')
    return 'stored currentPaperId is not a paper id';
  // Stored as one key per annotation, held as a record that shares structure (shared-record.ts).
  if (out.annotations !== PERSISTED_DEFAULTS.annotations)
    out.annotations = recordOf(out.annotations as Record<AnnotationId, Annotation>);
  return out as unknown as PersistedState;
}

/** Options of {@link migratePersistedState}. */
export interface MigrateOptions {
  /**
   * The caller checked every record already (the loader of the split layout checks each stored
   * entry as it reads it): the records are validated again only if a migration step ran, so a
   * reload with thousands of annotations checks each of them once.
   */
  validated?: boolean;
}

/**
 * Runs every step after `fromVersion`, in order (steps in the argument are for tests), validates
 * the result record by record (persisted-schema.ts) and checks its shape. Never throws.
 */
export function migratePersistedState(
  persisted: unknown,
  fromVersion: unknown,
  steps: readonly MigrationStep[] = MIGRATIONS,
  options: MigrateOptions = {},
): MigrationResult {
  const latest = steps.at(-1)?.version ?? FIRST_VERSION;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1)
    return { type: 'failed', reason: `unknown stored version ${String(fromVersion)}` };
  if (fromVersion > latest) return { type: 'too-new', version: fromVersion };
  if (!isRecord(persisted)) return { type: 'failed', reason: 'stored state is not a record' };
  let state = persisted;
  let migrated = false;
  for (const step of steps) {
    if (step.version <= fromVersion) continue;
    migrated = true;
    try {
      state = step.up(state);
    } catch (error) {
      return { type: 'failed', reason: `migration ${step.version} failed: ${String(error)}` };
    }
  }
  const valid =
    options.validated && !migrated ? { state, dropped: [] } : validatePersistedState(state);
  const checked = checkShape(valid.state);
  return typeof checked === 'string'
    ? { type: 'failed', reason: checked }
    : { type: 'ok', state: checked, dropped: valid.dropped };
}
