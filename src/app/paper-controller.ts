/**
 * Opening papers: from a picked or dropped file, from the bundled sample, or from the
 * recent-papers list. Glues the browser boundaries (io/) to the pure parser (paper/) and hands the
 * result to the store. A file that cannot be opened leaves the paper on screen as it is and puts a
 * sentence the reader can act on in `paperNotice`.
 *
 * A PDF's text is extracted once (pdf.js, loaded on first use, runs in the paper worker) and kept
 * like a text paper's source, with where each line was printed. Each parsed paper is kept too:
 * reopening it from the recent list (or at a reload) shows the stored model with no parse while the
 * parser is current, and parses the stored source again otherwise (docs/adr/0006-stored-paper-model.md).
 */
import { quoted } from '../paper/isolate';
import { paperIdFromBytes } from '../paper/paper-id';
/** How a file is checked before it is parsed (empty, binary, too large): loaded on the first open. */
const sourceChecks = () => import('../paper/check-source');
/** How a PDF's problems are checked and worded: loaded with the first PDF, not with the app. */
const pdfProblems = () => import('../paper/pdf/pdf-problems');
import type { LineBox } from '../paper/pdf/line-boxes';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { Paper, PaperFormat, PaperId, PaperLimits } from '../paper/types';
import { fetchBundledFile, readFileBytes } from '../io/files';
import { parsePaperOffThread, warmPaperWorker } from '../io/paper-worker-client';
import type { OpeningMarks } from '../io/opening-mark';
import {
  deletePaperSource,
  listStoredPaperIds,
  loadPaperSource,
  savePaperSource,
  type StoredPaper,
} from '../io/paper-library';
import { loadPaperModelOffThread } from '../io/paper-model-client';
import type { AppStore } from '../store/app-store';
import { isPartNotLoaded, notTheMissingPaper, partNotLoaded } from './paper-messages';
import { markOpenStep } from './open-steps';
import type { PageQuestion } from './pdf-page-question';
import { valuesOf } from '../annotations/shared-record';

/** The paper that ships with the app and opens by default. */
export const SAMPLE_PAPER = {
  path: 'papers/precise-poverty-alleviation-and-party-image.txt',
  fileName: 'precise-poverty-alleviation-and-party-image.txt',
} as const;

export interface PaperController {
  /**
   * Opens a picked or dropped file; resolves to the id of the paper shown, or null. With
   * `expecting` (the file asked for by a missing paper's notice), a different paper still opens,
   * and the reader is told it was not the missing one.
   */
  openFile: (file: File, options?: { expecting?: PaperId }) => Promise<PaperId | null>;
  openSample: () => Promise<void>;
  openRecent: (id: PaperId) => Promise<void>;
  /** Drops a paper from the recent list and from this browser's storage. */
  forget: (id: PaperId) => Promise<void>;
  /**
   * Reopens the paper that was open before the reload, or the sample paper; asks first when the
   * last open never finished, and asks for the file when the paper's text is no longer stored.
   */
  restore: () => Promise<void>;
  /** The reader's answer to "This PDF has N pages…": read it anyway, or leave it. */
  answerLongPdf: (open: boolean) => void;
  /**
   * The reader is choosing a file (the picker is open, a file is dragged over the page): the paper
   * worker readies pdf.js meanwhile, which the first PDF of a session would otherwise wait for.
   */
  warm: () => void;
}

export interface PaperControllerOptions {
  /** Notes which paper is opening, so a crash or hang is not repeated at start-up. */
  marks?: OpeningMarks;
  /** Runs `fn` once what the store holds now has been drawn (the browser's next frame). */
  afterPaint?: (fn: () => void) => void;
  /**
   * The stored model of the paper a reload will reopen, asked for before the store was built
   * (`prefetchPaperModel`): the first `openRecent` of that paper takes it instead of asking again.
   */
  prefetched?: PrefetchedModel | null;
}

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

/**
 * Whether any annotation is kept for the paper `id` (or may be: a reload has not read the stored
 * annotations off its first screen yet, `storedRestPending`).
 */
const hasAnnotations = (store: AppStore, id: PaperId) =>
  store.getState().storedRestPending ||
  valuesOf(store.getState().annotations).some((a) => a.paperId === id);

const nextFrame = (fn: () => void) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => setTimeout(fn, 0))
    : setTimeout(fn, 0);

/** A text to parse and show (`show` in `createPaperController`). */
interface ShowRequest {
  /** The open it belongs to: only the latest open may change what is on screen. */
  ticket: number;
  text: string;
  format: PaperFormat;
  fileName: string;
  id: PaperId;
  /** The sample that ships with the app: not kept in this browser's storage. */
  bundled: boolean;
  /** Something to tell the reader once it is on screen (PDF pages left out, …). */
  note?: string | null;
  /** For a PDF: where each line of `text` was printed. */
  lines?: LineBox[];
  /** For a PDF whose source the worker kept: the lines are the worker's (`ParseRequest`). */
  linesKept?: boolean;
  /** For a PDF: the pages that could not be read (what `note` says), kept with its model. */
  unreadablePages?: UnreadablePage[];
}

/**
 * What is said of a PDF's unreadable pages at every open (the sentences load only when some
 * page could not be read).
 */
async function unreadableNote(fileName: string, pages: readonly UnreadablePage[] = []) {
  if (pages.length === 0) return null;
  return (await pdfProblems()).describeUnreadablePages(fileName, pages);
}

/** Resolves in a task of its own, after what is queued now (a paint, input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPaperController(
  store: AppStore,
  { marks, afterPaint = nextFrame, prefetched = null }: PaperControllerOptions = {},
): PaperController {
  let prefetch = prefetched;
  /** The prefetched model of `id`, once (a later reopen reads the database again). */
  const storedModel = (id: PaperId) => {
    const early = prefetch;
    prefetch = null;
    return early?.id === id ? early.model : loadPaperModelOffThread(id);
  };
  // Only the latest request may change what is on screen: a slow file never replaces a newer one.
  let latest = 0;
  // A PDF being read stops when another paper is asked for: its work would be thrown away.
  let reading: AbortController | null = null;
  // Made with the first PDF (its module loads with it): only a PDF asks about its pages.
  let pageQuestion: PageQuestion | null = null;
  const begin = () => {
    reading?.abort();
    reading = null;
    pageQuestion?.settle(false);
    store.getState().paperLoadStarted();
    return ++latest;
  };
  const fail = (ticket: number, message: string) => {
    if (ticket !== latest) return;
    marks?.clear();
    store.getState().paperFailed(message);
  };
  /** Notes the open of `ticket` before its long work; only the latest open's mark is kept. */
  const marking = (ticket: number, paperId: PaperId, fileName: string) => {
    if (ticket === latest) marks?.set({ paperId, fileName });
  };

  /** Parses the text (off the main thread) and hands the paper to the store if still wanted. */
  async function show({
    ticket,
    text,
    format,
    fileName,
    id,
    bundled,
    note = null,
    lines,
    linesKept,
    unreadablePages,
  }: ShowRequest) {
    if (ticket !== latest) return false;
    marking(ticket, id, fileName);
    const meta = { id, fileName, format, bundled };
    // A long paper's first screens are shown while the rest is parsed. Only when nothing is
    // anchored to it: highlights anchor against the whole paper, which then replaces the opening.
    const annotated = hasAnnotations(store, id);
    const onOpening = (opening: Paper) => {
      if (ticket !== latest || annotated) return;
      store.getState().paperOpened(opening, { ...meta, title: opening.title });
      markOpenStep('first-blocks');
    };
    // Kept by the worker once parsed (not the bundled sample): the next reopen needs no parse.
    const paper = await parsePaperOffThread(
      text,
      { format, fileName, id, ...(lines && { lines }) },
      { onOpening, keep: !bundled, linesKept, unreadablePages },
    );
    markOpenStep('parsed');
    if (ticket !== latest) return false;
    if (paper.blocks.length === 0) {
      fail(
        ticket,
        `${quoted(fileName)} holds no readable text: open a PDF with selectable text, or a text or Markdown file.`,
      );
      return false;
    }
    present(ticket, paper, bundled, note);
    return true;
  }

  /** Hands a parsed (or stored) paper to the store. */
  function present(ticket: number, paper: Paper, bundled: boolean, note: string | null) {
    const { id, title, fileName, format } = paper;
    store.getState().paperOpened(paper, { id, title, fileName, format, bundled });
    markOpenStep('stored');
    // Said once the paper is on screen: an info notice, not a failure.
    const { limits } = paper;
    if (limits) void tellLimits(ticket, fileName, limits, note);
    else if (note) store.getState().paperOpenedWithNotice(note);
    // The mark goes once the paper is drawn: a hang while rendering it counts as unfinished too.
    afterPaint(() => {
      if (ticket === latest) marks?.clear();
    });
  }

  async function openBytes(ticket: number, bytes: Uint8Array, fileName: string, bundled: boolean) {
    const checked = (await sourceChecks()).checkPaperSource(bytes, fileName);
    markOpenStep('checked');
    if (!checked.ok) {
      // An annotation file picked where papers open: said where it goes instead.
      const annotations = /\.json(?:ld)?$/i.test(fileName);
      fail(
        ticket,
        annotations
          ? `${quoted(fileName)} holds annotations, not a paper: with their paper open, bring them in with “Import annotations…”.`
          : checked.reason,
      );
      return null;
    }
    // Decoding, hashing and keeping a long text are each a few milliseconds to tens of them: each
    // in a task of its own, so they never add up to one long task.
    await nextTask();
    const id = await paperIdFromBytes(bytes);
    markOpenStep('hashed');
    await nextTask();
    // Kept before it is shown, so a reload right after opening finds it in the recent list.
    if (!bundled)
      await savePaperSource({ id, fileName, format: checked.format, source: checked.text });
    markOpenStep('kept');
    const { text, format } = checked;
    return (await show({ ticket, text, format, fileName, id, bundled })) ? id : null;
  }

  /** Says what was bounded in a paper too big in structure (the sentences load when needed). */
  async function tellLimits(
    ticket: number,
    fileName: string,
    limits: PaperLimits,
    note: string | null,
  ) {
    const { describeLimits } = await import('../paper/limits-message');
    if (ticket !== latest) return;
    const told = [note, describeLimits(fileName, limits)].filter((n) => n !== null).join(' ');
    store.getState().paperOpenedWithNotice(told);
  }

  /** Extracts a PDF's text (pdf.js loads on first use), keeps it, and shows the paper. */
  async function openPdf(ticket: number, bytes: Uint8Array, fileName: string) {
    const abort = new AbortController();
    reading = abort;
    let read;
    try {
      const { readPdf, createPageQuestion } = await import('./open-pdf');
      pageQuestion ??= createPageQuestion(store);
      read = await readPdf(
        {
          store,
          pageQuestion,
          signal: abort.signal,
          isLatest: () => ticket === latest,
          marking: (id) => marking(ticket, id, fileName),
          declined: () => {
            if (ticket === latest) store.getState().paperLoadCancelled();
            marks?.clear();
          },
          fail: (message) => fail(ticket, message),
        },
        bytes,
        fileName,
      );
    } finally {
      if (reading === abort) reading = null;
    }
    if (!read || ticket !== latest) return null;
    const { id, ...rest } = read;
    return (await show({ ticket, ...rest, format: 'pdf', fileName, id, bundled: false }))
      ? id
      : null;
  }

  const controller: PaperController = {
    async openFile(file, { expecting } = {}) {
      const opened = await openPicked(file);
      const wanted = expecting && store.getState().papers[expecting];
      if (opened !== null && wanted && opened !== expecting)
        store.getState().paperOpenedWithNotice(notTheMissingPaper(file.name, wanted.fileName));
      return opened;
    },
    async openSample() {
      const ticket = begin();
      try {
        await openBytes(
          ticket,
          await fetchBundledFile(SAMPLE_PAPER.path),
          SAMPLE_PAPER.fileName,
          true,
        );
      } catch (error) {
        console.error('Could not load the sample paper', error);
        fail(
          ticket,
          'The sample paper could not be loaded. Check your connection and reload the page.',
        );
      }
    },
    async openRecent(id) {
      const meta = store.getState().papers[id];
      if (!meta || meta.bundled) return controller.openSample();
      const ticket = begin();
      // The stored model when the parser is current: no parse, no pdf.js.
      const stored = await storedModel(id);
      if (ticket !== latest) return;
      // What could not be read of it is said at every open, as at the first.
      if (stored) {
        const { paper, unreadablePages } = stored;
        marking(ticket, id, paper.fileName);
        const note = await unreadableNote(paper.fileName, unreadablePages);
        if (ticket !== latest) return;
        return present(ticket, paper, false, note);
      }
      const record = await loadPaperSource(id);
      if (ticket !== latest) return;
      // Its annotations stay as they are (nothing anchors against another text): the file is asked for.
      if (!record) return store.getState().paperMissing(id);
      const { source: text, format, fileName, lines, unreadablePages } = record;
      const note = await unreadableNote(fileName, unreadablePages);
      const request = { ticket, text, format, fileName, id, bundled: false, lines, note };
      await show({ ...request, unreadablePages });
    },
    async forget(id) {
      if (store.getState().papers[id]?.bundled) return;
      store.getState().paperForgotten(id);
      await deletePaperSource(id);
    },
    async restore() {
      void listStoredPaperIds().then((stored) => {
        if (stored) store.getState().paperSourcesListed(stored);
      });
      const unfinished = marks?.read();
      // The last open crashed or hung: trying it again unasked could do the same on every reload.
      if (unfinished) return store.getState().paperAsked({ kind: 'unfinished', ...unfinished });
      const { currentPaperId, papers } = store.getState();
      const last = currentPaperId ? papers[currentPaperId] : undefined;
      if (last && !last.bundled) {
        await controller.openRecent(last.id);
        const { paper, paperQuestion } = store.getState();
        if (paper || paperQuestion?.kind === 'missing') return;
      }
      await controller.openSample();
    },
    answerLongPdf: (open) => pageQuestion?.settle(open),
    warm: warmPaperWorker,
  };

  /** Reads a picked file and shows it; the id of the paper shown, or null. */
  async function openPicked(file: File): Promise<PaperId | null> {
    const ticket = begin();
    try {
      const { checkSourceSize, isPdfFile } = await sourceChecks();
      const namedPdf = isPdfFile(file.name) || file.type === 'application/pdf';
      const sizeProblem = namedPdf
        ? (await pdfProblems()).checkPdfSize(file.name, file.size)
        : checkSourceSize(file.name, file.size);
      if (sizeProblem) {
        fail(ticket, sizeProblem);
        return null;
      }
      const bytes = await readFileBytes(file);
      markOpenStep('read');
      if (namedPdf || isPdfFile(file.name, bytes)) return await openPdf(ticket, bytes, file.name);
      return await openBytes(ticket, bytes, file.name, false);
    } catch (error) {
      console.error(`Could not open ${file.name}`, error);
      fail(
        ticket,
        isPartNotLoaded(error)
          ? partNotLoaded(file.name)
          : `${quoted(file.name)} could not be read (it may have moved, or be open elsewhere). The paper on screen stays open; pick the file again, or save a copy and open that.`,
      );
      return null;
    }
  }
  return controller;
}
