/**
 * The main-thread side of the stored-model reader (`paper-model.worker.ts`): a paper's kept model
 * is read from IndexedDB and checked in a worker made for the read (and ended after it), and comes
 * back in parts the page puts together (`joinPaper`). Where no worker can run (no `Worker`,
 * construction throws, the worker fails to load or fails), the page reads it itself
 * (`loadPaperModel`), as before: a model is never shown unchecked, and one that cannot be read is
 * parsed again.
 */
import type { PaperId } from '../paper/types';
import { loadPaperModel, type StoredPaper } from './paper-library';
import type { ModelMessage, ModelRequest } from './paper-model.worker';
import { joinPaper, type PaperPart } from './paper-work';

/**
 * The stored model of paper `id` (and its unreadable pages) when the current parser made it and
 * it reads back whole, else null (as `loadPaperModel`, whose work this moves off the main thread).
 */
export function loadPaperModelOffThread(id: PaperId): Promise<StoredPaper | null> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return loadPaperModel(id);
    worker = new Worker(new URL('./paper-model.worker.ts', import.meta.url), {
      type: 'module',
      name: 'marginalia-model',
    });
  } catch (error) {
    console.warn('The stored-model reader is unavailable; reading the model on the page', error);
    return loadPaperModel(id);
  }
  return new Promise<StoredPaper | null>((resolve) => {
    const parts: PaperPart[] = [];
    let settled = false;
    const finish = (model: StoredPaper | null | Promise<StoredPaper | null>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(model);
    };
    const onThePage = (reason: unknown) => {
      console.warn('The stored-model reader failed; reading the model on the page', reason);
      finish(loadPaperModel(id));
    };
    worker.onmessage = ({ data }: MessageEvent<ModelMessage>) => {
      if (data.kind === 'part') parts.push(data);
      else if (data.kind === 'model')
        finish(
          data.rest && {
            paper: joinPaper(data.rest, parts),
            unreadablePages: data.unreadablePages ?? [],
          },
        );
      else onThePage(data.error);
    };
    // A worker that cannot load (blocked, offline, no module workers) says so here.
    worker.onerror = (event) => {
      event.preventDefault();
      onThePage(event.message || 'worker error');
    };
    worker.onmessageerror = onThePage;
    const request: ModelRequest = { paperId: id };
    worker.postMessage(request);
  });
}
