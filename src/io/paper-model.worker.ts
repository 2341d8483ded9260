/**
 * The stored-model reader: reads a paper's kept model from IndexedDB and checks it
 * (`loadPaperModel`: its shape, its ranges, its links, its parser version) off the main thread,
 * then sends it back in parts (`splitPaper`), each read by the page in a task of its own. Reading
 * and checking a long paper's model (2.4 MB for the 1.6 MB paper of issue 9) on the page cost it
 * more than a parse in the paper worker (bench/HIGHLIGHTS-NOTES.md, "Session 23"). Asked for the
 * opening, it sends a long model's first screens first (`openingOf`), checked with the whole, and
 * the rest once the page says so (`go-on`, after it has drawn them), as a parse does. A worker of
 * its own, apart from the paper worker: it loads the library and the schema only, so it starts at
 * once at a reload. The main-thread side is `paper-model-client.ts`.
 */
import type { Paper, PaperId } from '../paper/types';
import { loadPaperModel } from './paper-library';
import { openingOf } from './paper-model-opening';
import { splitPaper, type PaperPart } from './paper-work';

/** What the page asks: the stored model of this paper, its opening first when it is long. */
export interface ModelRequest {
  paperId: PaperId;
  opening?: boolean;
}

/** The page has shown the opening: the rest of the model may come. */
export interface ModelGoOn {
  goOn: true;
}

/**
 * What the reader says: a long model's opening (then it waits for `ModelGoOn`), the model's parts,
 * then the rest of it (null: no model the page may show, and the source is parsed again), or that
 * it failed (the page then reads it itself).
 */
export type ModelMessage =
  | { kind: 'opening'; value: Paper }
  | ({ kind: 'part' } & PaperPart)
  | { kind: 'model'; rest: Paper | null }
  | { kind: 'failed'; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ModelRequest | ModelGoOn>) => void) | null;
  postMessage: (message: ModelMessage) => void;
};

/** Lets the rest of the model go, once the page has shown its opening. */
let goOn: (() => void) | null = null;
/** The page went on before an opening was sent (it shows none): the model goes whole. */
let wentOn = false;

async function read({ paperId, opening }: ModelRequest): Promise<void> {
  wentOn = false; // its go-on, if any, comes after this request
  let paper: Paper | null;
  try {
    paper = await loadPaperModel(paperId);
  } catch (error) {
    return scope.postMessage({ kind: 'failed', error: String(error) });
  }
  if (!paper) return scope.postMessage({ kind: 'model', rest: null });
  const first = opening && !wentOn ? openingOf(paper) : null;
  if (first) {
    const shown = new Promise<void>((resolve) => (goOn = resolve));
    scope.postMessage({ kind: 'opening', value: first });
    await shown;
  }
  const { parts, rest } = splitPaper(paper);
  for (const part of parts) scope.postMessage({ kind: 'part', ...part });
  scope.postMessage({ kind: 'model', rest });
}

scope.onmessage = ({ data }) => {
  if ('goOn' in data) {
    wentOn = true;
    goOn?.();
    goOn = null;
    return;
  }
  void read(data);
};
