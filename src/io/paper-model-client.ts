/**
 * The main-thread side of the stored-model reader (`paper-model.worker.ts`): a paper's kept model
 * is read from IndexedDB and checked in a worker made for the read (and ended after it), and comes
 * back in parts the page puts together (`joinPaper`); a long one's opening first, when asked, and
 * the rest once the page calls `goOn`. Where no worker can run (no `Worker`, construction throws,
 * the worker fails to load or fails), the page reads it itself (`loadPaperModel`), as before, with
 * no opening: a model is never shown unchecked, and one that cannot be read is parsed again.
 */
import type { Paper, PaperId } from '../paper/types';
import { loadPaperModel } from './paper-library';
import type { ModelGoOn, ModelMessage, ModelRequest } from './paper-model.worker';
import { joinPaper, type PaperPart } from './paper-work';

/** A stored model being read. */
export interface ModelRead {
  /**
   * A long model's first screens, checked with the whole model (null: none, the model is short,
   * missing or read on the page). Asked for with `opening`; the rest waits for `goOn`.
   */
  opening: Promise<Paper | null>;
  /**
   * The whole model when the current parser made it and it reads back whole, else null (as
   * `loadPaperModel`, whose work this moves off the main thread).
   */
  model: Promise<Paper | null>;
  /** The opening has been shown (or will not be): the rest of the model may come. */
  goOn: () => void;
}

const onThePage = (id: PaperId): ModelRead => ({
  opening: Promise.resolve(null),
  model: loadPaperModel(id),
  goOn: () => undefined,
});

/** Reads paper `id`'s stored model in a worker (its opening first, with `opening`). */
export function readPaperModelOffThread(
  id: PaperId,
  { opening = false }: { opening?: boolean } = {},
): ModelRead {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return onThePage(id);
    worker = new Worker(new URL('./paper-model.worker.ts', import.meta.url), {
      type: 'module',
      name: 'marginalia-model',
    });
  } catch (error) {
    console.warn('The stored-model reader is unavailable; reading the model on the page', error);
    return onThePage(id);
  }
  let sayOpening: (value: Paper | null) => void = () => undefined;
  const first = new Promise<Paper | null>((resolve) => (sayOpening = resolve));
  let wentOn = false;
  const goOn = () => {
    if (wentOn) return;
    wentOn = true;
    const signal: ModelGoOn = { goOn: true };
    worker.postMessage(signal);
  };
  const model = new Promise<Paper | null>((resolve) => {
    const parts: PaperPart[] = [];
    let settled = false;
    const finish = (whole: Paper | null | Promise<Paper | null>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      sayOpening(null);
      resolve(whole);
    };
    const readOnThePage = (reason: unknown) => {
      console.warn('The stored-model reader failed; reading the model on the page', reason);
      finish(loadPaperModel(id));
    };
    worker.onmessage = ({ data }: MessageEvent<ModelMessage>) => {
      if (data.kind === 'opening') sayOpening(data.value);
      else if (data.kind === 'part') parts.push(data);
      else if (data.kind === 'model') finish(data.rest && joinPaper(data.rest, parts));
      else readOnThePage(data.error);
    };
    // A worker that cannot load (blocked, offline, no module workers) says so here.
    worker.onerror = (event) => {
      event.preventDefault();
      readOnThePage(event.message || 'worker error');
    };
    worker.onmessageerror = readOnThePage;
  });
  const request: ModelRequest = { paperId: id, ...(opening && { opening: true }) };
  worker.postMessage(request);
  return { opening: first, model, goOn };
}
