/**
 * Reading a PDF's text for the paper controller (paper-controller.ts): loaded with the first PDF
 * opened, not with the app. pdf.js, the pages and their layout run in the paper worker, which
 * keeps the text and where its lines were printed; this hands back the text to parse and show,
 * or says why there is none (the reader declined a long PDF, or it could not be read).
 */
import { paperIdFromBytes } from '../paper/paper-id';
import { isDeclined } from '../paper/pdf/page-limit';
import type { LineBox } from '../paper/pdf/line-boxes';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { PaperId } from '../paper/types';
import { extractPdfOffThread } from '../io/paper-worker-client';
import { savePaperSource } from '../io/paper-library';
import type { AppStore } from '../store/app-store';
import type { PageQuestion } from './pdf-page-question';

export { createPageQuestion } from './pdf-page-question';

/**
 * Least time between two progress updates in the store (the first page and the last always go).
 * Each re-renders the status line and has the page laid out and painted again. Every 5 pages, as
 * it was, a 300-page PDF read in a second or two made 60 of them: the page's main thread laid out
 * 43–56 times in the open (9–13 now) and ran 440–840 ms of tasks (260–910 now; load 9–11,
 * `Performance.getMetrics`), on 2 cores where pdf.js's worker and the paper worker need them.
 */
const PROGRESS_EVERY_MS = 250;

/**
 * Longest file name the status line shows whole ("Reading “…”, page 12 of 300…" stays on one line
 * beside the header's buttons); a longer one keeps its start and its ending (where the version and
 * the extension are) around an ellipsis.
 */
const STATUS_NAME_CHARS = 32;
/** Characters kept of a long file name's ending. */
const STATUS_NAME_END_CHARS = 12;

/** `fileName` short enough for the status line (characters, never half a surrogate pair). */
export function shortFileName(fileName: string): string {
  const chars = [...fileName];
  if (chars.length <= STATUS_NAME_CHARS) return fileName;
  const head = chars.slice(0, STATUS_NAME_CHARS - STATUS_NAME_END_CHARS).join('');
  return `${head}…${chars.slice(-STATUS_NAME_END_CHARS).join('')}`;
}

/** What the controller lends the PDF's reading: its open's place in line and its notices. */
export interface PdfOpening {
  store: AppStore;
  pageQuestion: PageQuestion;
  signal: AbortSignal;
  /** Whether this open is still the latest (only the latest may change the screen). */
  isLatest(): boolean;
  /** Notes the open of paper `id` before its long work. */
  marking(id: PaperId): void;
  /** The reader declined a long PDF. */
  declined(): void;
  fail(message: string): void;
}

/** A PDF's text, ready to parse and show. */
export interface ReadPdf {
  id: PaperId;
  text: string;
  note: string | null;
  /** The pages that could not be read and why (what `note` says), kept with the paper. */
  unreadablePages: UnreadablePage[];
  /** Where each line was printed, unless the worker kept them (`linesKept`). */
  lines?: LineBox[];
  linesKept?: boolean;
}

/** Reads a PDF's text and keeps it as its source; null when there is nothing to show. */
export async function readPdf(
  open: PdfOpening,
  bytes: Uint8Array,
  fileName: string,
): Promise<ReadPdf | null> {
  const { classifyPdfError, describePdfProblem, describeUnreadablePages, hasPdfHeader } =
    await import('../paper/pdf/pdf-problems');
  // Read before the bytes go to the worker: a file pdf.js cannot read is "not a PDF" without it.
  const looksLikePdf = hasPdfHeader(bytes);
  const id = await paperIdFromBytes(bytes);
  let shownAt = -Infinity;
  const shownName = shortFileName(fileName);
  let extracted;
  try {
    open.marking(id);
    // Only the text comes back from the worker, which keeps the lines' boxes (tens of thousands).
    extracted = await extractPdfOffThread(bytes, {
      keep: { id, fileName },
      signal: open.signal,
      confirmPages: (pages) => open.pageQuestion.ask(fileName, pages),
      onProgress: (progress) => {
        if (!open.isLatest()) return;
        const now = performance.now();
        if (now - shownAt < PROGRESS_EVERY_MS && progress.page < progress.pages) return;
        shownAt = now;
        const { page, pages } = progress;
        open.store.getState().paperProgressed({ page, pages, fileName: shownName });
      },
    });
  } catch (error) {
    if (open.signal.aborted) return null;
    if (isDeclined(error)) {
      open.declined();
      return null;
    }
    const kind = classifyPdfError(error);
    if (kind === null) throw error;
    const said = kind === 'damaged' && !looksLikePdf ? 'not-pdf' : kind;
    open.fail(describePdfProblem(fileName, said, bytes.length));
    return null;
  }
  if (!open.isLatest()) return null;
  const { text, lines, keptInWorker, unreadablePages } = extracted;
  // The extracted text is the source kept: reopening from the recent list needs no pdf.js.
  if (!keptInWorker)
    await savePaperSource({ id, fileName, format: 'pdf', source: text, lines, unreadablePages });
  const note = describeUnreadablePages(fileName, unreadablePages);
  const kept = keptInWorker ? { linesKept: true } : { lines };
  return { id, text, note, unreadablePages, ...kept };
}
