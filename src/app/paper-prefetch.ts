/**
 * Asking for the stored model of the paper a reload will reopen before the store is built, so the
 * database's work overlaps the reading of the stored annotations and the first screen.
 */
import type { StoredPaper } from '../io/paper-library';
import { loadPaperModelOffThread } from '../io/paper-model-client';
import type { PaperId } from '../paper/types';

/** A stored paper model already asked for (`loadPaperModelOffThread`). */
export interface PrefetchedModel {
  id: PaperId;
  model: Promise<StoredPaper | null>;
}

/**
 * Asks for paper `id`'s stored model now (read and checked in a worker). At a reload this starts while the stored
 * annotations are still being read and the first screen rendered, so their work overlaps the
 * database's: with thousands of highlights, the first screen comes nearly as soon as with none.
 */
export function prefetchPaperModel(id: PaperId): PrefetchedModel {
  const model = loadPaperModelOffThread(id);
  // Awaited by `openRecent` if the reload opens this paper; a failure is its to report.
  model.catch(() => undefined);
  return { id, model };
}
