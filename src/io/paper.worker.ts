/**
 * The paper worker: parses papers and reads PDFs off the main thread, so opening a 1.6 MB paper
 * or a 300-page PDF never blocks the page (issue 9). For a PDF, pdf.js is loaded here and parses
 * in a worker this one starts (pdf.js's own worker script, nested: it reads page n+1 while this
 * thread converts page n; in this thread where that worker cannot start), its pages converted and
 * laid out here, and only the text goes back: the page never evaluates pdf.js or converts a page. A parsed paper
 * goes back in parts (`splitPaper`), and is kept in IndexedDB from here when asked (`keep`): the
 * page neither reads nor writes the whole model in one task. A PDF read with `keep` is parsed here
 * as soon as its text is (`parseEarly`): the page's parse job of that text, which would otherwise
 * wait for the text to reach the page and come back, joins that parse. The main-thread side is
 * `paper-worker-client.ts`.
 */
import { parseOpening } from '../paper/opening-blocks';
import { parsePaper } from '../paper/parse-paper';
import { toPdfFailure } from '../paper/pdf/pdf-failure';
import type { LineBox } from '../paper/pdf/line-boxes';
import type { ParsePaperOptions } from '../paper/parse-paper';
import { asPaperId, type Paper, type PaperId } from '../paper/types';
import { loadPaperSource, savePaperModel, savePaperSource } from './paper-library';
import {
  splitPaper,
  type PaperJob,
  type PaperJobSignal,
  type PaperJobUpdate,
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
    // A warm-up under way ends first: it holds pdf.js's worker, which this PDF then has warm.
    // Never for long: a warm-up stuck on something is no reason to keep the reader's PDF waiting.
    if (warming)
      await Promise.race([warming, new Promise((done) => setTimeout(done, MAX_WARM_WAIT_MS))]);
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
    const { unreadablePages } = value;
    const source = { ...job.keep, format: 'pdf' as const, source: text, lines, unreadablePages };
    const saving = savePaperSource(source);
    keeping.set(paperId, saving);
    void saving.then(() => {
      if (keeping.get(paperId) === saving) keeping.delete(paperId);
    });
    scope.postMessage({ id, ok: true, value: { ...value, lines: [] } });
    parseEarly(text, { format: 'pdf', fileName: job.keep.fileName, id: paperId, lines });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: String(error), failure: toPdfFailure(error) });
  } finally {
    running.delete(id);
  }
}

let warming: Promise<void> | null = null;
/** The longest a PDF waits for a warm-up under way (which takes 0.1–0.3 s). */
const MAX_WARM_WAIT_MS = 2000;

/**
 * Readies this worker for a paper the reader is choosing or dragging in: pdf.js loaded, its worker
 * started and kept for the next PDF, and a one-page PDF read and parsed, so that the code the first
 * paper runs is compiled (`warmPdfReading`). The first PDF of a session otherwise takes about 0.3 s
 * more than the next. A failure is left for the paper itself to meet and say.
 */
function warm(): Promise<void> {
  warming ??= (async () => {
    try {
      const { runInWorker, warmPdfReading } = await import('../paper/pdf/extract-pdf-text');
      runInWorker();
      const read = await warmPdfReading();
      // Parsed as a paper's PDF is (`parseEarly`): with its lines, so that block placement is
      // readied too, its opening first and the paper cut into parts. Nothing of it is said.
      if (read !== null) {
        const options = read.lines.length > 0 ? { ...WARM_UP, lines: read.lines } : WARM_UP;
        await parseSource(read.text, options, true, () => {});
      }
    } catch {
      // Never passed on: a PDF waiting for the warm-up must not fail with it; it meets the cause.
      warming = null;
    }
  })();
  return warming;
}

/** How the warm-up PDF is parsed (nothing of it is kept). */
const WARM_UP: ParsePaperOptions = {
  format: 'pdf',
  fileName: 'warm-up.pdf',
  id: asPaperId(`sha256:${'0'.repeat(64)}`),
};

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
  if (data.kind === 'warm') {
    void warm();
    return;
  }
  void parse(data);
};

/** What a parse says before its answer, without the job's id. */
type ParseUpdate =
  Extract<PaperJobUpdate, { update: 'opening' | 'part' }> extends infer U
    ? U extends PaperJobUpdate
      ? Omit<U, 'id'>
      : never
    : never;

/** A parse's paper, and what of it goes in the answer (the rest went in parts). */
interface Parsed {
  paper: Paper;
  rest: Paper;
}

/**
 * Parses `source`, saying the opening blocks first (when asked and the paper is long) and then
 * the paper's parts; the rest is for the answer. With the opening said, the thread is let go
 * once (`afterOpening`), so that a job joining an early parse gets the opening at once.
 */
async function parseSource(
  source: string,
  options: ParsePaperOptions,
  opening: boolean,
  say: (update: ParseUpdate) => void,
  afterOpening?: () => Promise<void>,
): Promise<Parsed> {
  // A long paper's first screens go first: the page shows them while the rest is parsed.
  const first = opening ? parseOpening(source, options) : null;
  if (first) {
    say({ update: 'opening', value: first });
    await afterOpening?.();
  }
  const paper = parsePaper(source, options);
  const { parts, rest } = splitPaper(paper);
  for (const part of parts) say({ update: 'part', ...part });
  return { paper, rest };
}

/** A PDF's parse begun as soon as its text was read, and the page's job once it has joined. */
interface EarlyParse {
  source: string;
  options: ParsePaperOptions;
  /** What the parse said before a job joined it. */
  said: ParseUpdate[];
  /** The job that joined it (what the parse says then goes straight to it). */
  job: number | null;
  /** The parse, or null when it failed (the job then parses the text itself, and says why). */
  done: Promise<Parsed | null>;
}

let early: EarlyParse | null = null;

/** Lets the thread go for one task: a message waiting (the page's parse job) is read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses a PDF's text as the page will ask for it (`paper-controller.ts` shows a PDF with its
 * opening first, kept, the lines the worker kept), while the text is on its way to the page. It
 * starts in a task of its own, once the source's save has begun. Nothing is kept until a job
 * joins it: a page that no longer wants the paper just never asks.
 */
function parseEarly(source: string, options: ParsePaperOptions): void {
  const said: ParseUpdate[] = [];
  const entry: EarlyParse = { source, options, said, job: null, done: Promise.resolve(null) };
  const say = (update: ParseUpdate) => {
    if (entry.job === null) said.push(update);
    else scope.postMessage({ id: entry.job, ...update } as PaperWorkerMessage);
  };
  entry.done = nextTask()
    .then(() => parseSource(source, options, true, say, nextTask))
    .catch(() => null);
  early = entry;
}

/**
 * The early parse `data` asks for (the same text and options, as `parseEarly` made them),
 * joined: what it said so far is sent to `data.id`. Null for any other parse.
 */
function joinEarly(data: Extract<PaperJob, { kind: 'parse' }>): EarlyParse | null {
  const entry = early;
  const { options } = data;
  const same =
    entry !== null &&
    entry.job === null &&
    data.linesKept === true &&
    data.opening === true &&
    data.source === entry.source &&
    Object.keys(options).length === 3 &&
    options.id === entry.options.id &&
    options.fileName === entry.options.fileName &&
    options.format === entry.options.format;
  if (!same) return null;
  early = null;
  entry.job = data.id;
  for (const update of entry.said)
    scope.postMessage({ id: data.id, ...update } as PaperWorkerMessage);
  return entry;
}

async function parse(data: Extract<PaperJob, { kind: 'parse' }>): Promise<void> {
  try {
    const joined = joinEarly(data);
    let parsed = joined ? await joined.done : null;
    if (!parsed) {
      const lines = data.linesKept ? await linesOf(data.options.id) : undefined;
      const options = lines ? { ...data.options, lines } : data.options;
      const say = (update: ParseUpdate) =>
        scope.postMessage({ id: data.id, ...update } as PaperWorkerMessage);
      // After an early parse that failed, its opening went already: the parse says why it failed.
      parsed = await parseSource(data.source, options, data.opening === true && !joined, say);
    }
    const { paper, rest } = parsed;
    await keeping.get(data.options.id); // a PDF's source stored before its paper is shown
    scope.postMessage({ id: data.id, ok: true, value: rest });
    // Kept from here: the page would copy the whole model in one task to write it.
    if (data.keep && paper.blocks.length > 0) void savePaperModel(paper, data.unreadablePages);
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, error: String(error) });
  }
}
