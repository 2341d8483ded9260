/**
 * The main-thread side of the paper worker: `parsePaperOffThread` and `extractPdfOffThread` send
 * the work to one module worker (built by Vite, loaded from the app's own origin, so the CSP's
 * `worker-src 'self'` allows it), created on first use and kept for the next paper. A PDF's bytes
 * go to the worker and its text comes back: pdf.js is loaded, evaluated and run there, never on
 * the page; its progress and its long-PDF question come back as messages, and an abort goes out.
 *
 * Where no worker can run (no `Worker`, construction throws, or the worker fails to load), the
 * same code runs on the main thread instead, after yielding so the page can paint what it has
 * (the "Opening…" state) first; the modules are then loaded with `import()`, so they are never
 * part of the first load.
 *
 * A long paper's opening blocks can be asked for first (`onOpening`): the worker parses the first
 * few screens and sends them before the whole paper, so they are on screen in a few milliseconds.
 * The whole paper comes in parts, each read in a task of its own, and is put together here
 * (`joinPaper`). Asked to `keep` it, the worker stores the model itself (so does the main-thread
 * fallback).
 */
import type { ParsePaperOptions } from '../paper/parse-paper';
import type { ExtractedPdf, ExtractPdfOptions } from '../paper/pdf/extract-pdf-text';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import { fromPdfFailure } from '../paper/pdf/pdf-failure';
import type { Paper, PaperId } from '../paper/types';
import { loadPaperSource, savePaperModel } from './paper-library';
import {
  joinPaper,
  type PaperJob,
  type PaperJobSignal,
  type PaperJobUpdate,
  type PaperPart,
  type PaperWorkerMessage,
} from './paper-work';

type Job = PaperJob extends infer J ? (J extends PaperJob ? Omit<J, 'id'> : never) : never;
type Result = Paper | ExtractedPdf | ExtractedOffThread;

interface Pending {
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
  /** The same job on the main thread, should the worker stop working. */
  fallback: () => Promise<Result>;
  /** A PDF job's progress and question, on their way to its caller. */
  onUpdate?: (update: PaperJobUpdate) => void;
}

let worker: Worker | null = null;
/** Set once a worker could not be made or failed: every later job runs on the main thread. */
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Gives the page a chance to paint and handle input before a long piece of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What a parse is asked for besides the paper. */
export interface ParseRequest {
  /** Given a long paper's opening blocks first, before the promise resolves to the whole paper. */
  onOpening?: (opening: Paper) => void;
  /** Keep the parsed model in this browser (`savePaperModel`), off the page's hands. */
  keep?: boolean;
  /** A PDF's pages that could not be read, kept with its model (`keep`). */
  unreadablePages?: UnreadablePage[];
  /**
   * A PDF read with `keep` whose source the worker kept (`ExtractedOffThread.keptInWorker`): its
   * lines are the worker's (or the stored source's), not in `options`.
   */
  linesKept?: boolean;
}

/** A PDF's text as `extractPdfOffThread` gives it. */
export interface ExtractedOffThread extends ExtractedPdf {
  /**
   * The worker kept the text and its lines as the paper's source (`keep`) and holds the lines
   * for the parse: `lines` is then empty, and the parse is asked with `linesKept`.
   */
  keptInWorker: boolean;
}

async function parseOnMainThread(
  source: string,
  given: ParsePaperOptions,
  { onOpening, keep, linesKept, unreadablePages }: ParseRequest,
): Promise<Paper> {
  await yieldToPage();
  // The worker that kept a PDF's lines has stopped: they are in its stored source.
  const lines = linesKept ? (await loadPaperSource(given.id))?.lines : undefined;
  const options = lines ? { ...given, lines } : given;
  if (onOpening) {
    const { parseOpening } = await import('../paper/opening-blocks');
    const opening = parseOpening(source, options);
    if (opening) {
      onOpening(opening);
      await yieldToPage();
    }
  }
  const { parsePaper } = await import('../paper/parse-paper');
  const paper = parsePaper(source, options);
  if (keep && paper.blocks.length > 0) void savePaperModel(paper, unreadablePages);
  return paper;
}

/** pdf.js on the main thread (with its own worker), the layout between pages' yields. */
async function extractOnMainThread(bytes: Uint8Array, options: ExtractPdfOptions) {
  await yieldToPage();
  const { extractPdfText } = await import('../paper/pdf/extract-pdf-text');
  return extractPdfText(bytes, options);
}

/** The worker stopped working: its jobs (and every later one) run on the main thread. */
function giveUpWorker(reason: unknown) {
  console.warn('The paper worker is unavailable; papers are read on the main thread.', reason);
  workerBroken = true;
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const p of left) p.fallback().then(p.resolve, p.reject);
}

function paperWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  if (typeof Worker === 'undefined') {
    workerBroken = true;
    return null;
  }
  try {
    worker = new Worker(new URL('./paper.worker.ts', import.meta.url), {
      type: 'module',
      name: 'marginalia-paper',
    });
  } catch (error) {
    giveUpWorker(error);
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<PaperWorkerMessage>) => {
    const p = pending.get(data.id);
    if (!p) return;
    if ('update' in data) return p.onUpdate?.(data);
    pending.delete(data.id);
    if (data.ok) p.resolve(data.value);
    else p.reject(data.failure ? fromPdfFailure(data.failure) : new Error(data.error));
  };
  // A worker that cannot load (blocked, offline, a browser without module workers) says so here.
  worker.onerror = (event) => {
    event.preventDefault();
    giveUpWorker(event.message || 'worker error');
  };
  worker.onmessageerror = (event) => giveUpWorker(event);
  return worker;
}

/**
 * Readies the paper worker for a paper the reader is choosing or dragging in (pdf.js loaded, its
 * worker started: the first PDF of a session otherwise waits for both). Does nothing without a
 * worker.
 */
export function warmPaperWorker(): void {
  const signal: PaperJobSignal = { id: 0, kind: 'warm' };
  paperWorker()?.postMessage(signal);
}

/** Sends job `id` to the worker; its answer settles the promise. */
function run(
  target: Worker,
  id: number,
  job: Job,
  entry: Omit<Pending, 'resolve' | 'reject'>,
  transfer: Transferable[] = [],
): Promise<Result> {
  return new Promise((resolve, reject) => {
    pending.set(id, { ...entry, resolve, reject });
    target.postMessage({ ...job, id } as PaperJob, transfer);
  });
}

/**
 * `parsePaper` off the main thread (see the module comment for where it falls back). With
 * `onOpening`, a long paper's opening blocks (`parseOpening`) are given to it first, before the
 * promise resolves to the whole paper; with `keep`, the model is stored once parsed (a paper with
 * no blocks is not).
 */
export async function parsePaperOffThread(
  source: string,
  options: ParsePaperOptions,
  request: ParseRequest = {},
): Promise<Paper> {
  const { onOpening, keep, linesKept, unreadablePages } = request;
  const target = paperWorker();
  const parts: PaperPart[] = [];
  const fallback = () => {
    parts.length = 0; // the main thread parses it whole
    return parseOnMainThread(source, options, request);
  };
  if (!target) return fallback();
  const job: Job = {
    kind: 'parse',
    source,
    options,
    ...(onOpening && { opening: true }),
    ...(keep && { keep: true }),
    ...(keep && unreadablePages?.length && { unreadablePages }),
    ...(linesKept && { linesKept: true }),
  };
  const onUpdate = (update: PaperJobUpdate) => {
    if (update.update === 'opening') onOpening?.(update.value);
    if (update.update === 'part') parts.push(update);
  };
  const rest = (await run(target, nextId++, job, { fallback, onUpdate })) as Paper;
  return joinPaper(rest, parts);
}

/**
 * `extractPdfText` off the main thread: pdf.js, the pages and the layout all run in the paper
 * worker. `options.layout` is not used (the layout runs where the pages are); progress, the
 * long-PDF question and the abort signal work as they do on the main thread. With `keep`, the
 * worker keeps the text and its lines as the paper's source (`keptInWorker`); on the main thread
 * nothing is kept, and the caller keeps it.
 */
export async function extractPdfOffThread(
  bytes: Uint8Array,
  options: Omit<ExtractPdfOptions, 'layout'> & { keep?: { id: PaperId; fileName: string } } = {},
): Promise<ExtractedOffThread> {
  const { signal, onProgress, confirmPages, keep } = options;
  const target = paperWorker();
  const fallback = async () => ({
    ...(await extractOnMainThread(bytes, options)),
    keptInWorker: false,
  });
  if (!target) return fallback();
  if (signal?.aborted) return fallback(); // rejects with an AbortError
  const send = (message: PaperJobSignal) => target.postMessage(message);
  const onUpdate = (update: PaperJobUpdate) => {
    if (update.update === 'progress') return onProgress?.(update);
    if (update.update !== 'ask-pages') return;
    void Promise.resolve(confirmPages?.(update.pages) ?? true).then(
      (open) => send({ id: update.id, kind: 'pages-answer', open }),
      () => send({ id: update.id, kind: 'pages-answer', open: false }),
    );
  };
  // The caller keeps its bytes (to store and name the paper): the worker gets a copy.
  const copy = bytes.slice();
  const id = nextId++;
  const stop = () => {
    const p = pending.get(id);
    pending.delete(id);
    send({ id, kind: 'abort' });
    p?.reject(new DOMException('PDF extraction aborted', 'AbortError'));
  };
  signal?.addEventListener('abort', stop, { once: true });
  const job = {
    kind: 'pdf',
    bytes: copy,
    askAboutPages: confirmPages !== undefined,
    ...(keep && { keep }),
  } as const;
  try {
    // A fallback's answer says `keptInWorker: false` itself; the worker's kept it when asked.
    const done = await run(target, id, job, { fallback, onUpdate }, [copy.buffer]);
    return { keptInWorker: keep !== undefined, ...done } as ExtractedOffThread;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
