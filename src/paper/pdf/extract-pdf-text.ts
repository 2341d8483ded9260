/**
 * The pdf.js boundary: loads a PDF, reads every page's positioned text, and hands it to the pure
 * layout (`layout-pdf-text.ts`) to rebuild the paper's text in reading order.
 *
 * pdf.js is loaded with `import()` the first time a PDF is opened, so the first screen never pays
 * for it. pdf.js parses in its own worker (a separate file the build emits): the app runs all of
 * this in its paper worker (`io/paper.worker.ts`), which starts pdf.js's worker itself
 * ({@link runInWorker}, `pdf-worker-port.ts`), so pdf.js reads the next pages while this thread
 * converts the last one (a few pages are asked for ahead, `PAGES_AHEAD`). Where that worker cannot
 * start, pdf.js parses in this thread. Every failure that is the file's fault comes out as a
 * `PdfProblem` with a kind the caller turns into a sentence.
 */
import type { PDFWorker } from 'pdfjs-dist';
// pdf.js's worker script, patched to report fonts' names with the text (`pdf-worker-patch.ts`).
import workerUrl from 'virtual:pdf-worker-url';
// Where pdf.js finds its CMaps (CJK fonts with a predefined CMap and no ToUnicode).
import pdfCMaps from 'virtual:pdf-cmaps';
import {
  guessReadingOrder,
  preparePage,
  readPreparedLayout,
  type PdfLayout,
  type PreparedPage,
} from './layout-pdf-text';
import type { LineBox } from './line-boxes';
import { checkLaidOutPdf, classifyPdfError, MAX_PDF_BYTES, PdfProblem } from './pdf-problems';
import { isDeclined, needsPageConfirmation, PdfDeclined } from './page-limit';

// For the caller, which loads this module lazily: the reader's "Cancel" is not a file problem.
export { isDeclined } from './page-limit';
import { mapSymbolFontsByPage, type PageFontFacts } from './page-fonts';
import type { PdfFontFacts } from './symbol-fonts';
import { DIFFERENCES_FIELD, FONT_NAME_FIELD, UNICODE_FIELD } from './pdf-worker-patch';
import { warmUpPdf } from './warm-up-pdf';
import { leasePdfWorker, releasePdfWorker } from './pdf-worker-port';
import { itemOf, type TextItem } from './text-item';
import type { UnreadablePage } from './text-layer-quality';
import { pageTexts, readTextAhead, type PageRead } from './pdfjs-text-stream';

/**
 * Longest stretch of reading pages before the page gets a turn. pdf.js often answers several
 * pages at once, and without a yield their conversion would run as one long task (over 50 ms).
 */
const PAGE_SLICE_MS = 10;

/** Lets the browser paint and handle input: `scheduler.yield()` where there is one, else a timer. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * pdf.js's `maxImageSize` for the document text is read from: images larger than this many
 * pixels are skipped unread (no text is in an image).
 */
const NO_IMAGES = 0;

/**
 * Pages whose text is asked of pdf.js ahead of the one being converted: with pdf.js in its own
 * worker, it reads them while this thread converts, and one is always queued behind the one it is
 * reading, so it never waits for us between pages. Reading each page through
 * (`TEXT_RUNS_AHEAD`, `pdfjs-text-stream.ts`), it takes the queued one only once the one before is read: the pages
 * come one after the other, as for pdf.js alone.
 */
const PAGES_AHEAD = 2;

/**
 * Pages prepared for the layout as they are read (`preparePage`, `guessReadingOrder`); the rest
 * are prepared after the last page, as the layout's other steps are. On 2 cores that work takes
 * turns with pdf.js's worker for the cores (and pdf.js hands a page's text over 100 runs at a
 * time, each taken by this thread before it goes on). Measured open by open against preparing
 * every page (session 24, load 7–17): the 300-page paper's reading took 287 ms less without it
 * (median of 40 paired opens, less in 30) and its layout 93 ms more, the open 193 ms less; on the
 * shared papers (4–46 pages) it leaned the other way (bicriteria's open 45 ms more without it,
 * more in 8 of 11) or made no consistent difference. Papers are mostly shorter than this; a book
 * or a proceedings volume is read on past it without the per-page work.
 */
const PREPARED_WHILE_READING = 50;

/** Rotation or skew below this (relative) counts as upright text. */
const UPRIGHT_TOLERANCE = 1e-3;

/** How far extraction has got, for a progress indicator. */
export interface PdfProgress {
  page: number;
  pages: number;
}

export interface ExtractPdfOptions {
  /** Aborting stops reading pages and frees pdf.js's document; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: PdfProgress) => void;
  /**
   * Rebuilds the text from every page's items; `readPdfLayout` on this thread unless given (the
   * app gives one that runs in its paper worker, so a 300-page layout never blocks the page).
   */
  layout?: (pages: readonly (readonly TextItem[])[]) => Promise<PdfLayout>;
  /**
   * Asked with the page count before any page is read when it is above the limit
   * (`page-limit.ts`); false stops with a `PdfDeclined` (the reader would rather not wait).
   */
  confirmPages?: (pages: number) => boolean | Promise<boolean>;
  /**
   * The caller is done with the bytes (the paper worker, which was sent them): pdf.js takes them
   * as they are, without a copy, and they are empty afterwards.
   */
  handOverBytes?: boolean;
}

export interface ExtractedPdf {
  /** The paper's text in reading order, paragraphs separated by blank lines. */
  text: string;
  pages: number;
  /** Pages left out because their text is not text (see `describeUnreadablePages`). */
  unreadablePages: UnreadablePage[];
  /** Where each line of `text` was printed (empty when the layout did not say). */
  lines: LineBox[];
}

/** The part of pdf.js this module uses: the real module in the app, a fake in tests. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    verbosity?: number;
    maxImageSize?: number;
    /** pdf.js's CMaps: a folder URL (a path in Node), packed (`.bcmap`). */
    cMapUrl?: string;
    cMapPacked?: boolean;
    /** pdf.js's worker fetches the CMaps itself (the app's); else this thread does (Node's). */
    useWorkerFetch?: boolean;
    /** pdf.js's worker for this document (a `PDFWorker`); pdf.js starts one itself without it. */
    worker?: PDFWorker;
  }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
  Util: { transform(m1: number[], m2: number[]): number[] };
  /** pdf.js's worker handle, made here over a worker this thread started (absent from fakes). */
  PDFWorker?: { create(params: { port: Worker; verbosity?: number }): PDFWorker };
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface PdfPage {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: readonly unknown[]; styles?: TextStyles }>;
  cleanup(): unknown;
}

/**
 * pdf.js's font styles by font id: `fontFamily` is `monospace` for a fixed-pitch font; the font's
 * name and Differences are there from the patched worker (`pdf-worker-patch.ts`).
 */
type TextStyles = Readonly<Record<string, TextStyle | undefined>>;

interface TextStyle {
  fontFamily?: string;
  [FONT_NAME_FIELD]?: string;
  [DIFFERENCES_FIELD]?: (string | undefined)[];
  [UNICODE_FIELD]?: (string | undefined)[];
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

let loading: Promise<PdfJs> | null = null;
let fromWorker = false;

/**
 * Says this code runs in a worker (the paper worker): pdf.js, which starts its own worker only
 * from a page, is given one started here (`pdf-worker-port.ts`), or else parses in this thread.
 * Call before the first PDF is read.
 */
export function runInWorker(): void {
  fromWorker = true;
}

/** Loads pdf.js once, told where its worker script is. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    },
    (error: unknown) => {
      loading = null; // a failed load (offline, say) is tried again with the next PDF
      throw error;
    },
  );
  return loading;
}

/**
 * Readies PDF reading before a PDF comes (the reader is choosing a file): pdf.js loaded, its
 * worker started and kept for the next document, and a one-page PDF read through (`warm-up-pdf.ts`)
 * so that pdf.js's reading and the layout are compiled. Resolves to that PDF's text and the lines
 * it was printed on (for the parser to be readied too, placing blocks on their lines as it does
 * for every PDF: `block-boxes.ts`), or null when reading failed: the PDF read next meets the same
 * failure and says it.
 */
export async function warmPdfReading(): Promise<Pick<ExtractedPdf, 'text' | 'lines'> | null> {
  try {
    const { text, lines } = await extractPdfText(warmUpPdf());
    return { text, lines };
  } catch {
    return null;
  }
}

let parserHere: Promise<unknown> | null = null;

/** Has pdf.js parse in this thread: it looks for its parser on `globalThis.pdfjsWorker` first. */
function parseInThisThread(): Promise<unknown> {
  const global = globalThis as { pdfjsWorker?: unknown };
  parserHere ??= import(/* @vite-ignore */ workerUrl).then((parser: unknown) => {
    global.pdfjsWorker ??= parser;
  });
  return parserHere.catch((error: unknown) => {
    parserHere = null;
    throw error;
  });
}

/**
 * Reads a PDF's text as a paper's text: reading order, paragraphs, headers and page numbers
 * dropped. Rejects with a `PdfProblem` for a file that is too large, locked, damaged, or has no
 * text to read, and with an AbortError when `options.signal` aborts.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
): Promise<ExtractedPdf> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfProblem('too-large');
  // pdf.js's module and its worker's script load side by side (the first PDF waits for both).
  const leasing = fromWorker ? leasePdfWorker(workerUrl) : null;
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    void leasing?.then((port) => port && releasePdfWorker(port));
    throw error;
  }
  if (!leasing) return extractWith(pdfjs, bytes, options);
  const port = await leasing;
  if (!port || !pdfjs.PDFWorker) {
    if (port) releasePdfWorker(port);
    await parseInThisThread();
    return extractWith(pdfjs, bytes, options);
  }
  // Errors only, as the document is given: the worker takes its level when it is set up, before
  // `getDocument` sets the level here, and would log every image it skips as a warning.
  const worker = pdfjs.PDFWorker.create({ port, verbosity: 0 });
  let sound = false;
  // The text goes back as soon as it is read: pdf.js's worker closes the document meanwhile, and
  // is given back (or stopped) once it has.
  let closing: Promise<void> = Promise.resolve();
  try {
    const extracted = await extractWith(pdfjs, bytes, options, worker, (closed) => {
      closing = closed;
    });
    sound = true;
    return extracted;
  } catch (error) {
    // The file's fault or the reader's: the worker is sound. Anything else: a fresh one next time.
    sound = error instanceof PdfProblem || isDeclined(error) || isAbort(error);
    throw error;
  } finally {
    void closing.then(() => {
      worker.destroy();
      if (sound) releasePdfWorker(port);
      else port.terminate();
    });
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

const abortError = () => new DOMException('PDF extraction aborted', 'AbortError');

/**
 * {@link extractPdfText} with a given pdf.js (the real one, or a fake in tests). With `onClosing`,
 * the text is given without waiting for pdf.js to close the document (a round trip to its worker):
 * `onClosing` gets the promise of that instead.
 */
export async function extractWith(
  pdfjs: PdfJs,
  bytes: Uint8Array,
  options: ExtractPdfOptions = {},
  worker?: PDFWorker,
  onClosing?: (closed: Promise<void>) => void,
): Promise<ExtractedPdf> {
  const { signal } = options;
  if (signal?.aborted) throw abortError();
  // pdf.js transfers the buffer to its worker: a copy unless the caller is done with the bytes.
  const task = pdfjs.getDocument({
    data: options.handOverBytes ? bytes : bytes.slice(),
    isEvalSupported: false,
    verbosity: 0,
    maxImageSize: NO_IMAGES,
    ...pdfCMaps,
    ...(worker && { worker }),
  });
  const stop = () => void task.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const doc = await task.promise;
    const long = options.confirmPages && needsPageConfirmation(doc.numPages);
    if (long && !(await options.confirmPages!(doc.numPages))) throw new PdfDeclined(doc.numPages);
    if (signal?.aborted) throw abortError();
    const { pages, prepared, damaged } = await readPages(pdfjs, doc, options);
    const {
      text,
      unreadable,
      lines = [],
    } = await (options.layout?.(pages) ?? readPreparedLayout(prepared));
    if (signal?.aborted) throw abortError();
    const problem = checkLaidOutPdf(text, pages, unreadable.length, damaged.length);
    if (problem) throw new PdfProblem(problem);
    const unreadablePages = [...unreadable, ...damaged].sort((a, b) => a.page - b.page);
    return { text, pages: doc.numPages, unreadablePages, lines };
  } catch (error) {
    if (signal?.aborted) throw abortError();
    if (isDeclined(error)) throw error;
    const kind = classifyPdfError(error);
    throw kind !== null && !(error instanceof PdfProblem) ? new PdfProblem(kind, error) : error;
  } finally {
    signal?.removeEventListener('abort', stop);
    const closed = task.destroy().catch(() => undefined);
    if (onClosing) onClosing(closed);
    else await closed;
  }
}

/**
 * Every page's text items; a page that cannot be read is logged, left empty and listed. Rejects
 * with `page-tree` when pdf.js finds the page tree circular, and `damaged` when no page reads.
 * Up to `PAGES_AHEAD` pages are asked for before the one being converted, and pdf.js reads each
 * through without waiting for this thread (`readTextAhead`). Each page's runs in
 * symbol fonts are rewritten as it is converted (`page-fonts.ts`, from the font facts that come
 * with its text).
 * Unless the caller lays the pages out itself (`options.layout`), each of the first
 * `PREPARED_WHILE_READING` pages is also prepared for the layout as soon as it is converted
 * (`preparePage`: screened and grouped into lines), while pdf.js reads the next ones in its
 * worker; the pages after those are prepared once the last is read.
 */
async function readPages(
  pdfjs: PdfJs,
  doc: PdfDocument,
  { signal, onProgress, layout }: ExtractPdfOptions,
): Promise<{ pages: TextItem[][]; prepared: PreparedPage[]; damaged: UnreadablePage[] }> {
  const pages: TextItem[][] = [];
  const prepared: PreparedPage[] = [];
  const prepare = !layout;
  const damaged: UnreadablePage[] = [];
  const mapFonts = mapSymbolFontsByPage();
  readTextAhead(doc);
  const readText = pageTexts(doc);
  const ahead: Promise<PageRead>[] = [];
  let asked = 0;
  const askAhead = () => {
    while (asked < doc.numPages && ahead.length < PAGES_AHEAD) ahead.push(readText(++asked));
  };
  let sliceStart = performance.now();
  for (let n = 1; n <= doc.numPages; n++) {
    if (performance.now() - sliceStart > PAGE_SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    if (signal?.aborted) throw abortError();
    askAhead();
    const read = await ahead.shift()!;
    if (signal?.aborted) throw abortError();
    askAhead(); // pdf.js reads on while this page is converted
    let items: TextItem[];
    let facts: PageFontFacts = {};
    try {
      if (!read.ok) throw read.error;
      const { page, content } = read;
      const viewport = page.getViewport({ scale: 1 });
      items = toTextItems(pdfjs, content.items, viewport, content.styles);
      facts = fontFactsOf(content.styles);
      page.cleanup();
    } catch (error) {
      console.warn(`Could not read the text of page ${n} of ${doc.numPages}`, error);
      if (classifyPdfError(error) === 'page-tree') throw new PdfProblem('page-tree', error);
      damaged.push({ page: n, reason: 'damaged' });
      items = [];
    }
    pages.push(mapFonts(items, facts));
    // Laid out as far as one page can be while pdf.js reads the next (`PAGES_AHEAD`): this page
    // screened and grouped, the one before it read in order (its furniture told by its neighbours).
    if (prepare && n <= PREPARED_WHILE_READING) {
      for (let k = prepared.length; k < pages.length; k++) prepared.push(preparePage(pages[k]!));
      guessReadingOrder(prepared, prepared.length - 2);
    }
    onProgress?.({ page: n, pages: doc.numPages });
  }
  if (doc.numPages === 0 || damaged.length === doc.numPages) throw new PdfProblem('damaged');
  if (prepare) {
    if (prepared.length === pages.length) guessReadingOrder(prepared, prepared.length - 1);
    // The pages past `PREPARED_WHILE_READING` are prepared now.
    for (let k = prepared.length; k < pages.length; k++) prepared.push(preparePage(pages[k]!));
  }
  return { pages, prepared, damaged };
}

function isTextItem(item: unknown): item is PdfTextItem {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as PdfTextItem).str === 'string' &&
    Array.isArray((item as PdfTextItem).transform)
  );
}

/**
 * What pdf.js says of each font of a page, from the styles of its text content: the name and the
 * Differences the patched worker adds, and its ToUnicode map's characters at the named codes
 * (`pdf-worker-patch.ts`). Exported for the benchmarks.
 */
export function fontFactsOf(styles: TextStyles = {}): PageFontFacts {
  const facts: Record<string, PdfFontFacts> = {};
  for (const id in styles) {
    const style = styles[id];
    const name = style?.[FONT_NAME_FIELD];
    if (name === undefined) continue;
    facts[id] = {
      name,
      differences: style?.[DIFFERENCES_FIELD],
      unicode: style?.[UNICODE_FIELD],
    };
  }
  return facts;
}

/**
 * A pdf.js text item as a `TextItem`, placed on the page as displayed (page rotation and crop box
 * applied, y up from the bottom), or null for rotated text (a margin stamp such as arXiv's).
 */
function toTextItem(
  pdfjs: PdfJs,
  item: PdfTextItem,
  viewport: { height: number; transform: number[] },
  styles: TextStyles,
): TextItem | null {
  // Read by index, not destructured: a page's runs are converted before this code is compiled,
  // and destructuring steps an iterator there, element by element.
  const m = pdfjs.Util.transform(viewport.transform, item.transform);
  const a = m[0] ?? 0;
  const b = m[1] ?? 0;
  const d = m[3] ?? 0;
  // On screen (y pointing down) upright text runs left to right with its glyphs' tops up: a > 0, d < 0.
  if (a <= 0 || d >= 0 || Math.abs(b) > UPRIGHT_TOLERANCE * Math.abs(a)) return null;
  const family = styles[item.fontName ?? '']?.fontFamily;
  // In the items' one shape (`itemOf`): a spread of `{ monospace: true }` or `{ sans: true }`
  // made three, and the code reading them was thrown away at the first paper with the others.
  return {
    str: item.str,
    x: m[4] ?? 0,
    y: viewport.height - (m[5] ?? 0),
    width: item.width,
    height: item.height,
    fontName: item.fontName,
    monospace: family === 'monospace' ? true : undefined,
    sans: family === 'sans-serif' ? true : undefined,
  };
}

/** The strip along a page's top edge (3 mm, in points) that trimming the printed sheet cuts off. */
const TRIM_STRIP = 8.5;

/**
 * Below a run in the trim strip, the page's text starts at least this far down (in points) when
 * the run is a printer's mark: on a page cropped tight to its text the first line sits in the
 * strip too, with the next one a line below it.
 */
const TRIM_MARK_CLEARANCE = 24;

/**
 * The runs a reader never sees on the page: drawn off it (outside the crop box), or a printer's
 * mark in the strip along its top edge that trimming cuts off (SAGE's production slug on a first
 * page, `1300862JPR0010.1177/00223433241300862Journal of Peace Research`, 7 pt from the top, with
 * the page's text starting 90 pt below it). Runs in the strip are kept when other text follows
 * within {@link TRIM_MARK_CLEARANCE} below them (a page cropped tight to its text).
 */
function dropUnprinted(items: TextItem[], page: { width?: number; height: number }): TextItem[] {
  const { height } = page;
  const width = page.width ?? Infinity;
  const onPage = (item: TextItem) =>
    item.y >= 0 && item.y <= height && item.x < width && item.x + item.width > 0;
  const inStrip = (item: TextItem) => item.y > height - TRIM_STRIP;
  if (items.every((item) => onPage(item) && !inStrip(item))) return items;
  let below = -Infinity; // the highest baseline outside the strip
  for (const item of items) if (onPage(item) && !inStrip(item)) below = Math.max(below, item.y);
  if (below === -Infinity) return items.filter(onPage); // nothing to tell a mark from a line by
  return items.filter(
    (item) => onPage(item) && (!inStrip(item) || item.y - below < TRIM_MARK_CLEARANCE),
  );
}

/**
 * A page's pdf.js text items as `TextItem`s (exported for the benchmark, which times pdf.js apart). A blank run pdf.js puts between two runs of a line
 * (its judgement that a space is there, a thin space in maths say) becomes a leading space of the
 * run after it; the layout measures the other word spaces from the gaps.
 */
export function toTextItems(
  pdfjs: PdfJs,
  items: readonly unknown[],
  viewport: { width?: number; height: number; transform: number[] },
  styles: TextStyles = {},
): TextItem[] {
  const out: TextItem[] = [];
  let space: TextItem | null = null;
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    if (!isTextItem(raw)) continue;
    const item = toTextItem(pdfjs, raw, viewport, styles);
    if (item === null) continue;
    if (item.str.trim() === '') {
      space = item.str === '' ? null : item;
      continue;
    }
    const spaced =
      space !== null && Math.abs(space.y - item.y) < 0.5 * item.height && item.x >= space.x - 1;
    // Every item in one shape (itemOf), so that all share one hidden class: the layout reads
    // their numbers hundreds of thousands of times, and items of several shapes (a spread's, or
    // numbers first whole then fractional) make each read a slow lookup.
    out.push(itemOf(item, spaced ? ` ${item.str}` : item.str));
    space = null;
  }
  return dropUnprinted(out, viewport);
}
