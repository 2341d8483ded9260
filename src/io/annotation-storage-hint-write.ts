/**
 * Keeping the first screen's hint (annotation-storage-hint.ts) up to date: loaded once the first
 * screen is shown (nothing before it needs it), written once then and again as the page is hidden
 * (not after each write: that walk cost every edit part of its frame).
 */
import type { PersistedState } from '../annotations/persisted';
import type { AnnotationId } from '../annotations/types';
import type { StorageKeys } from './storage-keys';
import type { StorageLike } from './storage-like';
import type { StorageMirror } from './storage-mirror';
import { forEachEntry } from '../annotations/shared-record';

/**
 * Characters of a paper's opening whose annotations are read first: four of the anchor
 * controller's assumed first screen (6,000 characters), so that a tall or wide window's first
 * screen is covered too.
 */
export const HINT_CHARS = 24_000;
/** At most this many ids (a hint stays small to write and read, however dense the highlights). */
export const HINT_MAX_IDS = 1_000;

/**
 * The hint for `state` and the stored record `entries` (their keys): its raw value, or null when
 * no paper is open.
 */
export function hintOf(state: PersistedState, entries: readonly string[]): string | null {
  const paperId = state.currentPaperId;
  if (paperId === null) return null;
  const found: { start: number; id: AnnotationId }[] = [];
  forEachEntry(state.annotations, (_id, a) => {
    const start = a.target.position?.start;
    if (a.paperId === paperId && start !== undefined && start < HINT_CHARS)
      found.push({ start, id: a.id });
  });
  found.sort((x, y) => x.start - y.start);
  const ids = found.slice(0, HINT_MAX_IDS).map((f) => f.id);
  return JSON.stringify({ paper: paperId, ids, entries });
}

/**
 * Returns the function that writes the hint for a state, if it changed (the annotations or the
 * open paper, by identity, or the record entries stored); the record entries are those the mirror knows are stored. A hint
 * that cannot be written is only logged: an old one costs the next reload some speed, never an
 * annotation.
 */
export function keepHint(area: StorageLike, keys: StorageKeys, mirror: StorageMirror) {
  let from: [object, unknown, string] | null = null;
  return (state: PersistedState) => {
    // The record entries (a new layer, a renamed colour label) count too, not only annotations.
    const entries: string[] = [];
    for (const [field, stored] of mirror.entryKeys)
      for (const key of stored) entries.push(keys.metaEntry(field, key));
    const listed = entries.join('\n');
    if (
      from &&
      from[0] === state.annotations &&
      from[1] === state.currentPaperId &&
      from[2] === listed
    )
      return;
    from = [state.annotations, state.currentPaperId, listed];
    const raw = hintOf(state, entries);
    try {
      if (raw === null) area.removeItem(keys.hint);
      else if (area.getItem(keys.hint) !== raw) area.setItem(keys.hint, raw);
    } catch (error) {
      console.warn('Could not keep the first screen hint', error);
    }
  };
}
