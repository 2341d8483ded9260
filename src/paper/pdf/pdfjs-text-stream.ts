/**
 * How the pages' text is asked of pdf.js while a PDF is read (`extract-pdf-text.ts`): page
 * objects asked a few pages ahead, each page's text asked as soon as its page is in, and pdf.js's
 * worker let read a page's text through without waiting for this thread. Never throws past the
 * reading: a page pdf.js cannot give is a page read as damaged.
 */
import type { PdfDocument, PdfPage } from './extract-pdf-text';

/**
 * Pages whose page objects (`getPage`, a round trip to pdf.js's worker each) are asked for beyond
 * the pages whose text is asked for, so that a page's text can be asked for the moment a page is
 * in: its page object is then in hand and the request leaves at once, before this thread converts
 * the page it has (asked only then, `getPage`'s answer would wait behind that work).
 */
export const PAGE_OBJECTS_AHEAD = 3;

/**
 * How many runs pdf.js's worker may read of a page's text before this thread takes them (the text
 * stream's high-water mark; pdf.js's own is 100). pdf.js's worker sends a page's text in chunks
 * and, at 100 runs ahead of its reader, waits for the reader to ask for more: a message this
 * thread can only send between its tasks. While this thread converted and prepared the page before
 * (5–12 ms a page at first), pdf.js's worker sat waiting after its next 100 runs, at every page.
 * Above a page's worth of runs it reads each page through, as it does for a reader with nothing
 * else to do; still finite, so that a page of tens of thousands of runs lets it take its messages
 * (an abort) now and then.
 */
export const TEXT_RUNS_AHEAD = 10_000;

/** One page as pdf.js gave it, or why it could not. */
export type PageRead =
  | { ok: true; page: PdfPage; content: Awaited<ReturnType<PdfPage['getTextContent']>> }
  | { ok: false; error: unknown };

/** pdf.js's document proxy's channel to its worker: not in its types, absent from fakes. */
interface PdfTransport {
  messageHandler?: {
    sendWithStream?: (
      action: string,
      data: unknown,
      strategy?: { highWaterMark?: number },
      transfers?: unknown,
    ) => unknown;
  };
}

/**
 * Lets pdf.js's worker read {@link TEXT_RUNS_AHEAD} runs of a page's text ahead of this thread
 * instead of 100: pdf.js's `getTextContent` asks its worker for a stream of the text with a
 * high-water mark of 100 runs, through the document's message handler, which this wraps (for that
 * document only). The text, its chunks and their order are pdf.js's as before; a pdf.js without
 * that handler (a fake, or another version) is read as it is.
 */
export function readTextAhead(doc: PdfDocument): void {
  const handler = (doc as { _transport?: PdfTransport })._transport?.messageHandler;
  const send = handler?.sendWithStream;
  if (!handler || typeof send !== 'function') return;
  handler.sendWithStream = function (action, data, strategy, transfers) {
    const ahead =
      action === 'GetTextContent' && strategy !== undefined
        ? { ...strategy, highWaterMark: TEXT_RUNS_AHEAD }
        : strategy;
    return send.call(this, action, data, ahead, transfers);
  };
}

/**
 * How pages' text is asked of pdf.js: `read(n)` asks for page n's text, and for the page objects
 * up to {@link PAGE_OBJECTS_AHEAD} pages after it. Never rejects.
 */
export function pageTexts(doc: PdfDocument): (n: number) => Promise<PageRead> {
  const asked = new Map<number, Promise<PdfPage>>();
  const inHand = new Map<number, PdfPage>();
  // pdf.js may refuse at once, throwing rather than rejecting (its worker or transport gone):
  // each call is made a promise that rejects, so the page is read as damaged, never thrown past.
  const attempt = <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return call();
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const askPage = (n: number) => {
    if (asked.has(n)) return;
    const page = attempt(() => doc.getPage(n));
    asked.set(n, page);
    page.then(
      (got) => void inHand.set(n, got),
      () => undefined, // said when its text is asked for
    );
  };
  const textOf = (page: PdfPage): Promise<PageRead> =>
    attempt(() => page.getTextContent()).then(
      (content): PageRead => ({ ok: true, page, content }),
      (error: unknown) => ({ ok: false, error }),
    );
  return (n) => {
    for (let k = n; k <= Math.min(doc.numPages, n + PAGE_OBJECTS_AHEAD); k++) askPage(k);
    const page = inHand.get(n);
    inHand.delete(n);
    if (page) return textOf(page);
    return asked.get(n)!.then(textOf, (error: unknown) => ({ ok: false, error }));
  };
}
