/**
 * The browser boundary for paper sources: each opened paper's text is kept in IndexedDB so the
 * recent-papers list can reopen it after a reload. Failures (private mode, quota, a blocked
 * database) are caught here, logged with context and reported as `false`/`null`: the paper on
 * screen is never lost because it could not be saved.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { LineBox } from '../paper/pdf/line-boxes';
import { asPaperId, type PaperFormat, type PaperId } from '../paper/types';

/** What is stored for one paper: enough to parse it again with any parser version. */
export interface StoredPaperSource {
  id: PaperId;
  fileName: string;
  format: PaperFormat;
  source: string;
  /** For a PDF: where each line of `source` was printed, so a re-parse still places its blocks. */
  lines?: LineBox[];
}

let db: UseStore | null = null;
const papersDb = (): UseStore => (db ??= createStore('marginalia', 'paper-sources'));

/** Saves a paper's source text. Resolves to false (and logs) when the browser refuses. */
export async function savePaperSource(record: StoredPaperSource): Promise<boolean> {
  try {
    await set(record.id, record, papersDb());
    return true;
  } catch (error) {
    console.warn(`Could not keep “${record.fileName}” for the recent-papers list`, error);
    return false;
  }
}

/** Loads a paper's source text, or null when it is not stored or cannot be read. */
export async function loadPaperSource(id: PaperId): Promise<StoredPaperSource | null> {
  try {
    const record = await get<StoredPaperSource>(id, papersDb());
    return record && typeof record.source === 'string' ? record : null;
  } catch (error) {
    console.warn(`Could not read the stored paper ${id}`, error);
    return null;
  }
}

/** Removes a paper's source text; a failure is logged and otherwise ignored. */
export async function deletePaperSource(id: PaperId): Promise<void> {
  try {
    await del(id, papersDb());
  } catch (error) {
    console.warn(`Could not remove the stored paper ${id}`, error);
  }
}

/**
 * The ids of every paper whose source is stored, or null when the database cannot be read (then
 * nothing is known to be missing: a paper is only called missing when its absence is certain).
 */
export async function listStoredPaperIds(): Promise<PaperId[] | null> {
  try {
    return (await keys(papersDb())).filter((k) => typeof k === 'string').map(asPaperId);
  } catch (error) {
    console.warn('Could not list the stored papers', error);
    return null;
  }
}
