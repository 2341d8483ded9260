/**
 * The main-thread side of the paper worker: `parsePaperOffThread` and `layoutPdfOffThread` send
 * the work to one module worker (built by Vite, loaded from the app's own origin, so the CSP's
 * `worker-src 'self'` allows it), created on first use and kept for the next paper.
 *
 * Where no worker can run (no `Worker`, construction throws, or the worker fails to load), the
 * same pure code runs on the main thread instead, after yielding so the page can paint what it
 * has (the "Opening…" state) first; the pure modules are then loaded with `import()`, so they are
 * never part of the first load.
 *
 * A long paper's opening blocks can be asked for first (`onOpening`): the worker parses the first
 * few screens and sends them before the whole paper, so they are on screen in a few milliseconds.
 */
import type { ParsePaperOptions } from '../paper/parse-paper';
import type { PdfLayout } from '../paper/pdf/layout-pdf-text';
import type { TextItem } from '../paper/pdf/text-item';
import type { Paper } from '../paper/types';
import type { PaperJob, PaperWorkerMessage } from './paper-work';

type Job = PaperJob extends infer J ? (J extends PaperJob ? Omit<J, 'id'> : never) : never;

interface Pending {
  job: Job;
  /** Given a long paper's opening blocks before the whole paper (parse jobs that ask for it). */
  onOpening?: (opening: Paper) => void;
  resolve: (value: Paper | PdfLayout) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | null = null;
/** Set once a worker could not be made or failed: every later job runs on the main thread. */
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Gives the page a chance to paint and handle input before a long piece of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runOnMainThread(
  job: Job,
  onOpening?: (opening: Paper) => void,
): Promise<Paper | PdfLayout> {
  await yieldToPage();
  if (job.kind === 'parse') {
    if (onOpening) {
      const { parseOpening } = await import('../paper/opening-blocks');
      const opening = parseOpening(job.source, job.options);
      if (opening) {
        onOpening(opening);
        await yieldToPage();
      }
    }
    const { parsePaper } = await import('../paper/parse-paper');
    return parsePaper(job.source, job.options);
  }
  const { readPdfLayout } = await import('../paper/pdf/layout-pdf-text');
  return readPdfLayout(job.pages);
}

/** The worker stopped working: its jobs (and every later one) run on the main thread. */
function giveUpWorker(reason: unknown) {
  console.warn('The paper worker is unavailable; papers are parsed on the main thread.', reason);
  workerBroken = true;
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const p of left) runOnMainThread(p.job, p.onOpening).then(p.resolve, p.reject);
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
    if ('update' in data) {
      p.onOpening?.(data.value);
      return;
    }
    pending.delete(data.id);
    if (data.ok) p.resolve(data.value);
    else p.reject(new Error(data.error));
  };
  // A worker that cannot load (blocked, offline, a browser without module workers) says so here.
  worker.onerror = (event) => {
    event.preventDefault();
    giveUpWorker(event.message || 'worker error');
  };
  worker.onmessageerror = (event) => giveUpWorker(event);
  return worker;
}

function run(job: Job, onOpening?: (opening: Paper) => void): Promise<Paper | PdfLayout> {
  const target = paperWorker();
  if (!target) return runOnMainThread(job, onOpening);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { job, onOpening, resolve, reject });
    target.postMessage({ ...job, id } as PaperJob);
  });
}

/**
 * `parsePaper` off the main thread (see the module comment for where it falls back). With
 * `onOpening`, a long paper's opening blocks (`parseOpening`) are given to it first, before the
 * promise resolves to the whole paper.
 */
export function parsePaperOffThread(
  source: string,
  options: ParsePaperOptions,
  onOpening?: (opening: Paper) => void,
): Promise<Paper> {
  const job: Job = onOpening
    ? { kind: 'parse', source, options, opening: true }
    : { kind: 'parse', source, options };
  return run(job, onOpening) as Promise<Paper>;
}

/** `readPdfLayout` off the main thread: a 300-page PDF's layout never blocks the page. */
export function layoutPdfOffThread(pages: readonly (readonly TextItem[])[]): Promise<PdfLayout> {
  return run({ kind: 'pdf-layout', pages }) as Promise<PdfLayout>;
}
