/**
 * The browser boundary for stored papers: each opened paper's source (what any parser version can
 * parse again) and its parsed model (what reopens it with no parse while the parser is current)
 * are kept in IndexedDB, so the recent-papers list reopens them after a reload. Failures (private
 * mode, quota, a blocked database, a broken record) are caught here, logged with context and
 * reported as `false`/`null`: the paper on screen is never lost because it could not be saved,
 * and a model that cannot be read is parsed again (docs/adr/0006-stored-paper-model.md).
 */
import { createStore, del, get, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { LineBox } from '../paper/pdf/line-boxes';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import { PARSER_VERSION } from '../paper/parser-version';
import { asPaperId, type Paper, type PaperFormat, type PaperId } from '../paper/types';
import { MODEL_SCHEMA } from './paper-model-version';

/** What is stored for one paper: enough to parse it again with any parser version. */
export interface StoredPaperSource {
  id: PaperId;
  fileName: string;
  format: PaperFormat;
  source: string;
  /** For a PDF: where each line of `source` was printed, so a re-parse still places its blocks. */
  lines?: LineBox[];
  /**
   * For a PDF: the pages that could not be read and why, so that every open of the paper (not only
   * the first) tells the reader what is missing. Absent in sources kept before it was stored.
   */
  unreadablePages?: UnreadablePage[];
}

/** A kept parsed paper, and what the reader is told each time it opens. */
export interface StoredPaper {
  paper: Paper;
  /** A PDF's pages that could not be read (empty for every other paper, and for older records). */
  unreadablePages: UnreadablePage[];
}

let db: UseStore | null = null;
const papersDb = (): UseStore => (db ??= createStore('marginalia', 'paper-sources'));
// A database of its own: idb-keyval creates one object store per database.
let modelDb: UseStore | null = null;
const modelsDb = (): UseStore => (modelDb ??= createStore('marginalia-models', 'paper-models'));

/**
 * `set`, with the commit asked for as soon as the record is put. Left to itself, IndexedDB commits
 * a transaction only once the put's success event has run in this thread: the paper worker puts a
 * PDF's source and then parses it in one long task, so the commit (and the parsed paper's answer,
 * which waits for it) began only after the parse. Measured in the app (small shared PDFs, 8 opens
 * each, load 10): the answer's wait after the parse went from a median of 2.0–3.4 ms to 0.4–1.7.
 */
const putNow = (key: PaperId, value: StoredPaperSource, store: UseStore) =>
  store('readwrite', (objects) => {
    objects.put(value, key);
    objects.transaction.commit();
    return promisifyRequest(objects.transaction);
  });

/** Saves a paper's source text. Resolves to false (and logs) when the browser refuses. */
export async function savePaperSource(record: StoredPaperSource): Promise<boolean> {
  try {
    await putNow(record.id, record, papersDb());
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

/** Removes a paper's source text and its model; a failure is logged and otherwise ignored. */
export async function deletePaperSource(id: PaperId): Promise<void> {
  try {
    await Promise.all([del(id, papersDb()), del(id, modelsDb())]);
  } catch (error) {
    console.warn(`Could not remove the stored paper ${id}`, error);
  }
}

/**
 * Keeps a parsed paper (one record per paper, replaced when it is parsed again). Resolves to
 * false (and logs) when the browser refuses: the paper is then parsed again when reopened.
 */
export async function savePaperModel(
  paper: Paper,
  unreadablePages: readonly UnreadablePage[] = [],
): Promise<boolean> {
  const record = unreadablePages.length > 0 ? { unreadablePages } : {};
  try {
    await set(paper.id, { schema: MODEL_SCHEMA, paper, ...record }, modelsDb());
    return true;
  } catch (error) {
    console.warn(
      `Could not keep the parsed “${paper.fileName}”; it will be parsed when reopened`,
      error,
    );
    return false;
  }
}

/**
 * The stored model of a paper (with its unreadable pages) when it was made by the current parser
 * and reads back whole; null when there is none, it is older (or newer) than the parser, or it is
 * broken (logged, and removed: the source parses it again). A record of the schema before
 * (`MODEL_SCHEMA` 1, no unreadable pages kept) still opens.
 */
export async function loadPaperModel(id: PaperId): Promise<StoredPaper | null> {
  let record: unknown;
  try {
    record = await get(id, modelsDb());
  } catch (error) {
    console.warn(`Could not read the parsed paper ${id}; parsing it again`, error);
    return null;
  }
  if (record === undefined) return null;
  // Stored in another shape (an older or newer app): parsed again, as after a parser change.
  if (
    typeof record === 'object' &&
    record !== null &&
    'schema' in record &&
    record.schema !== MODEL_SCHEMA &&
    record.schema !== 1
  )
    return null;
  // The schema is loaded only now: most opens read no stored model.
  const { readStoredModel } = await import('./paper-model-schema');
  const read = readStoredModel(record);
  if (read.ok && read.paper.id === id)
    return read.paper.parserVersion === PARSER_VERSION
      ? { paper: read.paper, unreadablePages: read.unreadablePages }
      : null;
  const reason = read.ok ? 'it is another paper' : read.reason;
  console.warn(`The stored parsed paper ${id} is broken (${reason}); parsing it again`);
  await del(id, modelsDb()).catch(() => undefined);
  return null;
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
