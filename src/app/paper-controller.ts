/**
 * Opening papers: from a picked or dropped file, from the bundled sample, or from the
 * recent-papers list. Glues the browser boundaries (io/) to the pure parser (paper/) and hands the
 * result to the store. A file that cannot be opened leaves the paper on screen as it is and puts a
 * sentence the reader can act on in `paperNotice`.
 *
 * A PDF's text is extracted once (pdf.js, loaded on first use) and kept like a text paper's
 * source, so the recent-papers list reopens it without reading the PDF again.
 */
import { quoted } from '../paper/isolate';
import { checkPaperSource, checkSourceSize, isPdfFile } from '../paper/check-source';
import { paperIdFromBytes } from '../paper/paper-id';
import { parsePaper } from '../paper/parse-paper';
import {
  checkPdfSize,
  classifyPdfError,
  describePdfProblem,
  describeUnreadablePages,
} from '../paper/pdf/pdf-problems';
import type { PaperFormat, PaperId } from '../paper/types';
import { fetchBundledFile, readFileBytes } from '../io/files';
import { deletePaperSource, loadPaperSource, savePaperSource } from '../io/paper-library';
import type { AppStore } from '../store/app-store';

/** The paper that ships with the app and opens by default. */
export const SAMPLE_PAPER = {
  path: 'papers/precise-poverty-alleviation-and-party-image.txt',
  fileName: 'precise-poverty-alleviation-and-party-image.txt',
} as const;

export interface PaperController {
  openFile: (file: File) => Promise<void>;
  openSample: () => Promise<void>;
  openRecent: (id: PaperId) => Promise<void>;
  /** Drops a paper from the recent list and from this browser's storage. */
  forget: (id: PaperId) => Promise<void>;
  /** Reopens the paper that was open before the reload, or the sample paper. */
  restore: () => Promise<void>;
}

export function createPaperController(store: AppStore): PaperController {
  // Only the latest request may change what is on screen: a slow file never replaces a newer one.
  let latest = 0;
  // A PDF being read stops when another paper is asked for: its work would be thrown away.
  let reading: AbortController | null = null;
  const begin = () => {
    reading?.abort();
    reading = null;
    store.getState().paperLoadStarted();
    return ++latest;
  };
  const fail = (ticket: number, message: string) => {
    if (ticket === latest) store.getState().paperFailed(message);
  };

  function show(
    ticket: number,
    text: string,
    format: PaperFormat,
    fileName: string,
    id: PaperId,
    bundled: boolean,
  ) {
    if (ticket !== latest) return false;
    const paper = parsePaper(text, { format, fileName, id });
    if (paper.blocks.length === 0) {
      fail(ticket, `${quoted(fileName)} holds no readable text.`);
      return false;
    }
    store.getState().paperOpened(paper, { id, title: paper.title, fileName, format, bundled });
    return true;
  }

  async function openBytes(ticket: number, bytes: Uint8Array, fileName: string, bundled: boolean) {
    const checked = checkPaperSource(bytes, fileName);
    if (!checked.ok) return fail(ticket, checked.reason);
    const id = await paperIdFromBytes(bytes);
    // Kept before it is shown, so a reload right after opening finds it in the recent list.
    if (!bundled)
      await savePaperSource({ id, fileName, format: checked.format, source: checked.text });
    show(ticket, checked.text, checked.format, fileName, id, bundled);
  }

  /** Extracts a PDF's text (pdf.js loads on first use), keeps it, and shows the paper. */
  async function openPdf(ticket: number, bytes: Uint8Array, fileName: string) {
    const abort = new AbortController();
    reading = abort;
    let text: string;
    let missing: string | null;
    try {
      const { extractPdfText } = await import('../paper/pdf/extract-pdf-text');
      const extracted = await extractPdfText(bytes, { signal: abort.signal });
      text = extracted.text;
      missing = describeUnreadablePages(fileName, extracted.unreadablePages);
    } catch (error) {
      if (abort.signal.aborted) return;
      const kind = classifyPdfError(error);
      if (kind === null) throw error;
      return fail(ticket, describePdfProblem(fileName, kind, bytes.length));
    } finally {
      if (reading === abort) reading = null;
    }
    if (ticket !== latest) return;
    const id = await paperIdFromBytes(bytes);
    // The extracted text is the source kept: reopening from the recent list needs no pdf.js.
    await savePaperSource({ id, fileName, format: 'pdf', source: text });
    // Pages left out are said once the paper is on screen (an info notice, not a failure).
    if (show(ticket, text, 'pdf', fileName, id, false) && missing !== null)
      store.getState().paperOpenedWithNotice(missing);
  }

  const controller: PaperController = {
    async openFile(file) {
      const ticket = begin();
      try {
        const namedPdf = isPdfFile(file.name) || file.type === 'application/pdf';
        const sizeProblem = namedPdf
          ? checkPdfSize(file.name, file.size)
          : checkSourceSize(file.name, file.size);
        if (sizeProblem) return fail(ticket, sizeProblem);
        const bytes = await readFileBytes(file);
        if (namedPdf || isPdfFile(file.name, bytes)) return await openPdf(ticket, bytes, file.name);
        await openBytes(ticket, bytes, file.name, false);
      } catch (error) {
        console.error(`Could not open ${file.name}`, error);
        fail(ticket, `${quoted(file.name)} could not be read. The paper on screen stays open.`);
      }
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
      const record = await loadPaperSource(id);
      if (!record) {
        return fail(
          ticket,
          `${quoted(meta.fileName)} is no longer stored in this browser. Open the file again to keep reading it.`,
        );
      }
      show(ticket, record.source, record.format, record.fileName, id, false);
    },
    async forget(id) {
      if (store.getState().papers[id]?.bundled) return;
      store.getState().paperForgotten(id);
      await deletePaperSource(id);
    },
    async restore() {
      const { currentPaperId, papers } = store.getState();
      const last = currentPaperId ? papers[currentPaperId] : undefined;
      if (last && !last.bundled) {
        await controller.openRecent(last.id);
        if (store.getState().paper) return;
      }
      await controller.openSample();
    },
  };
  return controller;
}
