/**
 * Carries out an import plan on the annotations state, purely: new annotations join the file's
 * sets as read-only imported layers (orphans included, never dropped), duplicates are skipped,
 * conflicts are resolved as the reader chose. A file's set never merges into one of the reader's
 * own sets, even when the ids match (two readers' "default" sets are different layers), and a new
 * layer never takes a name the reader already has (layer-name.ts).
 */
import {
  asSetId,
  type Annotation,
  type AnnotationId,
  type AnnotationSet,
  type AnnotationsState,
  type Env,
  type SetId,
} from '../types';
import type { ImportPlan } from './import-plan';
import { entryOf, hasEntry, putEntries } from '../shared-record';
import { importedLayerName, shortDate } from './layer-name';
import { cuesInUse, importedLayerColour } from './layer-colour';

/** The state an import changes: annotations (with tombstones) and the sets they belong to. */
export interface ImportState extends AnnotationsState {
  sets: Readonly<Record<SetId, AnnotationSet>>;
}

export interface ImportOptions {
  /** `newer-wins`: keep whichever copy was modified last; `keep-both`: add the file's copy anew. */
  conflicts: 'newer-wins' | 'keep-both';
  env: Env;
  /**
   * Where the file came from, naming a new layer whose sender gave no name ("Shared set" gives
   * "Shared set, 5 Dec"); "Shared set" when not given.
   */
  origin?: string;
}

export interface ImportOutcome {
  state: ImportState;
  added: number;
  replaced: number;
  skipped: number;
}

/** The new state; the input is not changed. A refused plan changes nothing. */
export function applyImport(
  state: ImportState,
  plan: ImportPlan,
  options: ImportOptions,
): ImportOutcome {
  if (plan.refusal) return { state, added: 0, replaced: 0, skipped: plan.items.length };
  const layerOf = layerIds(plan.sets, state.sets);
  // Added and replaced annotations, put into the reader's at the end (ids are validated keys).
  const changes = Object.create(null) as Record<AnnotationId, Annotation>;
  const tombstones = { ...state.tombstones };
  const used = new Set<SetId>();
  let added = 0;
  let replaced = 0;
  const add = (a: Annotation) => {
    const setId = layerOf.get(a.setId) ?? a.setId;
    changes[a.id] = { ...a, setId };
    delete tombstones[a.id];
    used.add(setId);
    added += 1;
  };
  for (const { annotation: a, result } of plan.items) {
    if (!a || result.type === 'error' || result.type === 'duplicate') continue;
    if (result.type === 'new') add(a);
    else if (options.conflicts === 'keep-both') add({ ...a, id: options.env.newId() });
    else if (result.newer === 'imported') {
      // The reader's copy stays in its own layer; only its content is brought up to date. If it
      // was deleted since the preview (here or in another tab), the imported one comes in as new.
      const mine = entryOf(state.annotations, a.id);
      if (!mine) add(a);
      else {
        changes[a.id] = { ...a, setId: mine.setId };
        replaced += 1;
      }
    }
  }
  const sets = { ...state.sets };
  const names = layerNames(state.sets, plan.sets, layerOf, (id) => used.has(id), options);
  const cues = cuesInUse(state.sets, plan.paperId);
  for (const set of plan.sets) {
    const id = layerOf.get(set.id)!;
    const name = names.get(id);
    if (name === undefined) continue;
    const here = Object.hasOwn(state.sets, id) ? state.sets[id] : undefined;
    const { colour: _sent, ...rest } = set;
    const colour = importedLayerColour(set, here, cues);
    sets[id] = {
      ...rest,
      id,
      name,
      origin: 'imported',
      paperId: plan.paperId,
      ...(colour ? { colour } : {}),
    };
  }
  const skipped = plan.items.length - added - replaced;
  const annotations = putEntries(state.annotations, changes);
  return { state: { annotations, tombstones, sets }, added, replaced, skipped };
}

/** A layer an import would fill, as the preview tells it before anything changes. */
export interface PlannedLayer {
  /** The layer's name once imported (a layer already here keeps its name). */
  name: string;
  /** The set's name in the file, as its sender called it. */
  fileName: string;
  author?: string;
  /** How many annotations it would receive. */
  added: number;
  /** Whether the layer is new (else an imported layer already here is brought up to date). */
  isNew: boolean;
}

/**
 * The layers `applyImport` with the same state and options would fill, with the names it would
 * give them (the same code names both) and how many annotations each receives.
 */
export function plannedLayers(
  state: Pick<ImportState, 'sets' | 'annotations'>,
  plan: ImportPlan,
  options: Pick<ImportOptions, 'conflicts' | 'origin'> & { now: number },
): PlannedLayer[] {
  if (plan.refusal) return [];
  const layerOf = layerIds(plan.sets, state.sets);
  const added = new Map<SetId, number>();
  for (const { annotation: a, result } of plan.items) {
    if (!a || result.type === 'error' || result.type === 'duplicate') continue;
    const into =
      result.type === 'new' ||
      options.conflicts === 'keep-both' ||
      (result.newer === 'imported' && !hasEntry(state.annotations, a.id));
    if (!into) continue;
    const id = layerOf.get(a.setId) ?? a.setId;
    added.set(id, (added.get(id) ?? 0) + 1);
  }
  const names = layerNames(state.sets, plan.sets, layerOf, (id) => added.has(id), {
    ...options,
    env: { now: () => options.now },
  });
  return plan.sets.flatMap((set) => {
    const id = layerOf.get(set.id)!;
    const name = names.get(id);
    const n = added.get(id) ?? 0;
    if (name === undefined || n === 0) return [];
    const author = set.author?.trim();
    return [
      {
        name,
        fileName: set.name,
        ...(author ? { author } : {}),
        added: n,
        isNew: !Object.hasOwn(state.sets, id),
      },
    ];
  });
}

/**
 * The name of each layer the import writes (those that receive annotations, and imported layers
 * already here): a layer already here keeps the name it has (the reader may have renamed it); a
 * new one is named from the file's set (layer-name.ts), never as another layer is.
 */
function layerNames(
  local: ImportState['sets'],
  fileSets: readonly AnnotationSet[],
  layerOf: Map<SetId, SetId>,
  receives: (id: SetId) => boolean,
  options: Pick<ImportOptions, 'origin'> & { env: Pick<Env, 'now'> },
): Map<SetId, string> {
  const origin = `${options.origin ?? 'Shared set'}, ${shortDate(options.env.now())}`;
  const taken = Object.values(local).map((s) => s.name);
  const names = new Map<SetId, string>();
  for (const set of fileSets) {
    const id = layerOf.get(set.id)!;
    if (Object.hasOwn(local, id)) names.set(id, local[id]!.name);
    else if (receives(id) && !names.has(id)) {
      const name = importedLayerName(set, taken, origin);
      names.set(id, name);
      taken.push(name);
    }
  }
  return names;
}

/**
 * Where each of the file's sets goes: the same id when that is free or already an imported layer
 * (importing an updated version of a set updates its layer); `imported:<id>` when the reader has
 * an own set of that id.
 */
function layerIds(
  fileSets: readonly AnnotationSet[],
  local: ImportState['sets'],
): Map<SetId, SetId> {
  const map = new Map<SetId, SetId>();
  for (const { id } of fileSets) {
    const taken = Object.hasOwn(local, id) && local[id]!.origin !== 'imported';
    map.set(id, taken ? asSetId(`imported:${id}`) : id);
  }
  return map;
}
