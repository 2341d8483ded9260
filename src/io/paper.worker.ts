/**
 * The paper worker: parses papers and reads PDFs off the main thread, so opening a 1.6 MB paper
 * or a 300-page PDF never blocks the page (issue 9). For a PDF, pdf.js is loaded here and parses
 * in a worker this one starts (pdf.js's own worker script, nested: it reads page n+1 while this
 * thread converts page n; in this thread where that worker cannot start), its pages converted and
 * laid out here, and only the text goes back: the page never evaluates pdf.js or converts a page. A parsed paper
 * goes back in parts (`splitPaper`), and is kept in IndexedDB from here when asked (`keep`): the
 * page neither reads nor writes the whole model in one task. The main-thread side is
 * `paper-worker-client.ts`.
 */
import { parseOpening } from '../paper/opening-blocks';
import { parsePaper } from '../paper/parse-paper';
import { toPdfFailure } from '../paper/pdf/pdf-failure';
import type { LineBox } from '../paper/pdf/line-boxes';
import type { PaperId } from '../paper/types';
import { loadPaperSource, savePaperModel, savePaperSource } from './paper-library';
import {
  splitPaper,
  type PaperJob,
  type PaperJobSignal,
  type PaperWorkerMessage,
} from './paper-work';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PaperJob | PaperJobSignal>) => void) | null;
  postMessage: (message: PaperWorkerMessage) => void;
};

/** The lines of the last PDF read with `keep`, for its parse (`linesKept`). */
let keptLines: { id: PaperId; lines: LineBox[] } | null = null;

/** The lines kept for the PDF `id`: the last one read, or else its stored source's. */
async function linesOf(id: PaperId): Promise<LineBox[] | undefined> {
  if (keptLines?.id === id) return keptLines.lines;
  return (await loadPaperSource(id))?.lines;
}

/**
 * PDF sources being stored, by paper: a PDF's text goes back to the page before its source is
 * in IndexedDB, and the parse of that paper answers only once it is (`parse`), so a paper on
 * screen is always one the recent list can reopen (a failed save is logged, as before).
 */
const keeping = new Map<PaperId, Promise<unknown>>();

/** PDF jobs being read: how to stop each, and where the reader's answer to its question goes. */
const running = new Map<number, { abort: AbortController; answer?: (open: boolean) => void }>();

async function readPdf(job: Extract<PaperJob, { kind: 'pdf' }>): Promise<void> {
  const { id } = job;
  const entry: { abort: AbortController; answer?: (open: boolean) => void } = {
    abort: new AbortController(),
  };
  running.set(id, entry);
  try {
    const { extractPdfText, runInWorker } = await import('../paper/pdf/extract-pdf-text');
    runInWorker();
    const value = await extractPdfText(job.bytes, {
      handOverBytes: true,
      signal: entry.abort.signal,
      onProgress: ({ page, pages }) => scope.postMessage({ id, update: 'progress', page, pages }),
      confirmPages: job.askAboutPages
        ? (pages) =>
            new Promise<boolean>((resolve) => {
              entry.answer = resolve;
              scope.postMessage({ id, update: 'ask-pages', pages });
            })
        : undefined,
    });
    if (!job.keep) return scope.postMessage({ id, ok: true, value });
    // Kept from here, and the lines stay here for the parse: the page never copies them.
    const { lines, text } = value;
    const paperId = job.keep.id;
    keptLines = { id: paperId, lines };
    const saving = savePaperSource({ ...job.keep, format: 'pdf', source: text, lines });
    keeping.set(paperId, saving);
    void saving.then(() => {
      if (keeping.get(paperId) === saving) keeping.delete(paperId);
    });
    scope.postMessage({ id, ok: true, value: { ...value, lines: [] } });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error), failure: toPdfFailure(error) });
  } finally {
    running.delete(id);
  }
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'abort') {
    running.get(data.id)?.abort.abort();
    return;
  }
  if (data.kind === 'pages-answer') {
    running.get(data.id)?.answer?.(data.open);
    return;
  }
  if (data.kind === 'pdf') {
    void readPdf(data);
    return;
  }
  void parse(data);
};

async function parse(data: Extract<PaperJob, { kind: 'parse' }>): Promise<void> {
  try {
    const lines = data.linesKept ? await linesOf(data.options.id) : undefined;
    const options = lines ? { ...data.options, lines } : data.options;
    // A long paper's first screens go first: the page shows them while the rest is parsed.
    if (data.opening) {
      const opening = parseOpening(data.source, options);
      if (opening) scope.postMessage({ id: data.id, update: 'opening', value: opening });
    }
    const paper = parsePaper(data.source, options);
    const { parts, rest } = splitPaper(paper);
    for (const part of parts) scope.postMessage({ id: data.id, update: 'part', ...part });
    await keeping.get(data.options.id); // a PDF's source stored before its paper is shown
    scope.postMessage({ id: data.id, ok: true, value: rest });
    // Kept from here: the page would copy the whole model in one task to write it.
    if (data.keep && paper.blocks.length > 0) void savePaperModel(paper);
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, error: String(error) });
  }
}
