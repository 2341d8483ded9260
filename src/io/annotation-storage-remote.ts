/**
 * The other tabs' half of the annotation storage: turning a `storage` event into changes to merge
 * into the store. The value is read from storage itself (the event may describe an older write),
 * and the mirror notes it so the next flush neither rewrites what the other tab wrote nor forgets
 * to write ours back when ours wins the merge. For an annotation, the value the mirror held
 * before (what this tab last wrote or read there) goes with the change as the merge's base.
 */
import { checkEntry } from '../annotations/persisted-schema';
import { decodeStoredRecord } from '../annotations/compact';
import type { RemoteChange } from '../annotations/persisted';
import type { StorageKeys } from './storage-keys';
import type { StorageLike } from './storage-like';
import { isSplitField, type StorageMirror } from './storage-mirror';

/**
 * Reads what another tab wrote under `key` (a `storage` event's key) and notes it in the mirror.
 * Returns the change to merge, and whether our next flush should compare that key again (to
 * write ours back if the merge keeps ours).
 */
export function readRemoteKey(
  area: StorageLike,
  keys: StorageKeys,
  mirror: StorageMirror,
  key: string | null,
): { change: RemoteChange | null; recheck: boolean } {
  const none = { change: null, recheck: false };
  if (key === null || !key.startsWith(keys.root)) return none;
  let raw: string | null;
  try {
    raw = area.getItem(key); // what storage holds now, which may be newer than the event says
  } catch {
    return none;
  }
  const previous = mirror.raw.get(key) ?? null;
  if (raw === previous) return none;
  if (raw === null) mirror.raw.delete(key);
  else mirror.raw.set(key, raw);

  const id = keys.annotationIdOf(key);
  if (id !== null) {
    mirror.recheck.add(id); // if ours wins the merge, it is written back
    const record = raw === null ? null : decodeStoredRecord(id, raw);
    if (!record) return { change: null, recheck: true };
    // What this tab last had under this key is the base of a field-by-field merge; if that was
    // its own write, the values before it go too, in case the other tab never saw them all.
    const chain = mirror.ownWrites.get(key);
    mirror.ownWrites.delete(key);
    if (record.kind === 'tombstone')
      return { change: { tombstones: { [id]: record.deletedAt } }, recheck: true };
    const change: RemoteChange = { annotations: { [id]: record.annotation } };
    const decoded = (v: string | null | undefined) => {
      const r = v == null ? null : decodeStoredRecord(id, v);
      return r?.kind === 'annotation' ? r.annotation : null;
    };
    const base = decoded(previous);
    if (base) change.bases = { [id]: base };
    const history = (chain ?? []).map(decoded).filter((a) => a !== null);
    if (base && history.length > 1) change.baseHistories = { [id]: history };
    return { change, recheck: true };
  }
  if (keys.isIndex(key)) {
    mirror.dirtyIndexes.add(key); // rewritten if our annotations say otherwise
    return { change: null, recheck: true };
  }
  const entry = keys.metaEntryOf(key);
  if (entry && isSplitField(entry.field)) {
    const stored = mirror.entryKeys.get(entry.field);
    if (raw === null) stored?.delete(entry.key);
    else stored?.add(entry.key);
    mirror.flushed.records.delete(entry.field); // if ours differs and stays, it is written back
    let value: unknown;
    try {
      value = raw === null ? null : JSON.parse(raw);
    } catch {
      return { change: null, recheck: true };
    }
    // Another tab's value is checked like our own stored data; an invalid one is not taken in.
    if (value !== null && checkEntry(entry.field, entry.key, value) !== null)
      return { change: null, recheck: true };
    return { change: { entries: [{ field: entry.field, key: entry.key, value }] }, recheck: true };
  }
  // The meta key holds per-tab fields (the current paper): noted, never merged or fought over.
  return none;
}
