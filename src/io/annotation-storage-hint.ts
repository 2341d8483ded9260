/**
 * The first screen's hint: which annotations a reload shows before anything else (issue 9). A
 * reload opens the paper that was open at its start, so the hint lists the ids of that paper's
 * annotations stored in its opening (`HINT_CHARS`), by position, and the keys of the record
 * entries (papers, sets, colour labels: a few). The store is hydrated from those keys alone,
 * without listing the thousands of others; every other key is read after the first screen is
 * painted (annotation-storage.ts).
 *
 * Only a hint, never the truth: the records are. The hint is written after the records (a tab
 * killed between the two leaves an older hint), and a key it lists that is gone is skipped, while
 * a key it does not list is read with the rest, a moment later. A hint that is
 * missing, unreadable or about another paper is ignored (everything is read at once).
 */
import { isRecord, isStringList } from '../annotations/json-guards';
import type { AnnotationId } from '../annotations/types';
import type { FirstKeys } from './annotation-storage-load';
import type { StorageKeys } from './storage-keys';

/**
 * The keys to read first, from the stored hint `raw`: null when there is none, it cannot be read,
 * or it is about another paper than `paperId` (the one that opens).
 */
export function firstKeysOf(
  raw: string | null,
  paperId: string | null,
  keys: StorageKeys,
): FirstKeys | null {
  if (raw === null || paperId === null) return null;
  let hint: unknown;
  try {
    hint = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    !isRecord(hint) ||
    hint.paper !== paperId ||
    !isStringList(hint.ids) ||
    !isStringList(hint.entries) ||
    !hint.entries.every((key) => keys.metaEntryOf(key))
  )
    return null;
  const records = hint.ids.map((id) => keys.annotation(id as AnnotationId));
  return { records, entries: hint.entries };
}
