/**
 * After a load: the records read are noted in the mirror, and the stored index chunks compared
 * with them (the records are the truth), so the first write knows what storage holds.
 */
import type { AnnotationId } from '../annotations/types';
import type { PaperId } from '../paper/types';
import { chunkOf, type StorageKeys } from './storage-keys';
import type { StorageMirror } from './storage-mirror';

/** Whether a stored index chunk lists exactly `expected`, each once, in any order. */
const listsExactly = (stored: readonly string[] | undefined, expected: readonly string[] = []) => {
  if (!stored || stored.length !== expected.length) return false;
  const listed = new Set(stored);
  return listed.size === stored.length && expected.every((id) => listed.has(id));
};

/**
 * Notes the annotation keys read at load in the mirror, lists each paper's annotations in the
 * index chunks they belong to (`mirror.listed`) and marks the chunks whose stored list disagrees
 * with the records (a write cut short) for rewriting: the records are the truth. Done once after loading, before the first write or read of another
 * tab's change (or sooner, when the page is idle), so that a reload does not wait for it.
 */
export function reconcileIndexes(keys: StorageKeys, mirror: StorageMirror): void {
  noteLoadedRecords(mirror);
  const stored = mirror.unreconciledIndexes;
  if (!stored) return;
  mirror.unreconciledIndexes = null;
  // Grouped by paper, then by chunk (one character): no chunk key is built per annotation.
  const byPaper = new Map<PaperId, Map<string, AnnotationId[]>>();
  for (const [id, paperId] of mirror.paperOf) {
    let chunks = byPaper.get(paperId);
    if (!chunks) byPaper.set(paperId, (chunks = new Map()));
    const chunk = chunkOf(id);
    const ids = chunks.get(chunk);
    if (ids) ids.push(id);
    else chunks.set(chunk, [id]);
  }
  const expected = new Set<string>();
  for (const [paperId, chunks] of byPaper)
    for (const ids of chunks.values()) {
      const key = keys.index(paperId, ids[0]!);
      expected.add(key);
      mirror.listed.set(key, new Set(ids));
      if (!listsExactly(stored.get(key), ids)) mirror.dirtyIndexes.add(key);
    }
  for (const key of stored.keys()) if (!expected.has(key)) mirror.dirtyIndexes.add(key);
}

/** Notes the annotation keys read at load in the mirror's maps (see `unreconciledRecords`). */
function noteLoadedRecords(mirror: StorageMirror): void {
  const loaded = mirror.unreconciledRecords;
  if (!loaded) return;
  mirror.unreconciledRecords = null;
  for (let i = 0; i < loaded.length; i += 3) {
    mirror.raw.set(loaded[i] as string, loaded[i + 1] as string);
    const record = loaded[i + 2]!;
    if (typeof record === 'string') mirror.tombstoneIds.add(record as AnnotationId);
    else {
      mirror.encodedFrom.set(record.id, record);
      mirror.paperOf.set(record.id, record.paperId);
    }
  }
}
