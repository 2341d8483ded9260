/**
 * The stored-model reader: reads a paper's kept model from IndexedDB and checks it
 * (`loadPaperModel`: its shape, its ranges, its links, its parser version) off the main thread,
 * then sends it back in parts (`splitPaper`), each read by the page in a task of its own. Reading
 * and checking a long paper's model (2.4 MB for the 1.6 MB paper of issue 9) on the page cost it
 * more than a parse in the paper worker (bench/HIGHLIGHTS-NOTES.md, "Session 23"). A worker of its
 * own, apart from the paper worker: it loads the library and the schema only, so it starts at
 * once at a reload. The main-thread side is `paper-model-client.ts`.
 */
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { Paper, PaperId } from '../paper/types';
import { loadPaperModel } from './paper-library';
import { splitPaper, type PaperPart } from './paper-work';

/** What the page asks: the stored model of this paper. */
export interface ModelRequest {
  paperId: PaperId;
}

/**
 * What the reader says: the model's parts, then the rest of it (null: no model the page may
 * show, and the source is parsed again), or that it failed (the page then reads it itself).
 */
export type ModelMessage =
  | ({ kind: 'part' } & PaperPart)
  | { kind: 'model'; rest: Paper | null; unreadablePages?: UnreadablePage[] }
  | { kind: 'failed'; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ModelRequest>) => void) | null;
  postMessage: (message: ModelMessage) => void;
};

const failed = (error: unknown) => scope.postMessage({ kind: 'failed', error: String(error) });

scope.onmessage = ({ data }) => {
  void loadPaperModel(data.paperId).then((stored) => {
    if (!stored) return scope.postMessage({ kind: 'model', rest: null });
    // The reader always answers: a model that cannot be split or sent (a part that cannot be
    // cloned, memory) is reported failed, and the page reads it itself.
    try {
      const { parts, rest } = splitPaper(stored.paper);
      for (const part of parts) scope.postMessage({ kind: 'part', ...part });
      scope.postMessage({ kind: 'model', rest, unreadablePages: stored.unreadablePages });
    } catch (error) {
      failed(error);
    }
  }, failed);
};
