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
 * Showing a paper once its text is at hand is show-paper.ts; a PDF's reading is open-pdf.ts.
 */
import { quoted } from '../paper/isolate';
import type { PaperId } from '../paper/types';
import { fetchBundledFile, readFileBytes } from '../io/files';
import { warmPaperWorker } from '../io/paper-worker-client';
import type { OpeningMarks } from '../io/opening-mark';
import { deletePaperSource, listStoredPaperIds, loadPaperSource } from '../io/paper-library';
import { loadPaperModelOffThread } from '../io/paper-model-client';
import type { AppStore } from '../store/app-store';
import { isPartNotLoaded, notTheMissingPaper, partNotLoaded } from './paper-messages';
import { markOpenStep } from './open-steps';
import type { PrefetchedModel } from './paper-prefetch';
import type { PageQuestion } from './pdf-page-question';
import {
  openBytes,
  pdfProblems,
  present,
  show,
  sourceChecks,
  unreadableNote,
  type OpenContext,
} from './show-paper';

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

const nextFrame = (fn: () => void) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => setTimeout(fn, 0))
    : setTimeout(fn, 0);

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
  const isLatest = (ticket: number) => ticket === latest;
  const ctx: OpenContext = { store, marks, afterPaint, isLatest, fail, marking };

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
    return (await show(ctx, { ticket, ...rest, format: 'pdf', fileName, id, bundled: false }))
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
          ctx,
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
        return present(ctx, ticket, paper, false, note);
      }
      const record = await loadPaperSource(id);
      if (ticket !== latest) return;
      // Its annotations stay as they are (nothing anchors against another text): the file is asked for.
      if (!record) return store.getState().paperMissing(id);
      const { source: text, format, fileName, lines, unreadablePages } = record;
      const note = await unreadableNote(fileName, unreadablePages);
      const request = { ticket, text, format, fileName, id, bundled: false, lines, note };
      await show(ctx, { ...request, unreadablePages });
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
      return await openBytes(ctx, ticket, bytes, file.name, false);
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
