/**
 * The page limit for PDFs: above it, reading the text may take minutes (pdf.js reads pages one by
 * one), so the reader is asked before it starts and may open it anyway. Pure, so the app words the
 * question without loading pdf.js.
 */
import { isolate } from '../isolate';

/**
 * More pages than this and the reader is asked first. Papers, theses and conference proceedings
 * stay well under it; a book-length scan or a generated file does not (pages read at some
 * 50–200 a second, so 2,000 pages is already 10–40 s).
 */
export const PDF_PAGES_WITHOUT_ASKING = 2000;

/** Whether a PDF of `pages` pages needs the reader's go-ahead before it is read. */
export const needsPageConfirmation = (pages: number): boolean => pages > PDF_PAGES_WITHOUT_ASKING;

/** Why reading a PDF stopped when the reader said no to its page count (not a problem with it). */
export class PdfDeclined extends Error {
  constructor(readonly pages: number) {
    super(`The reader chose not to read a PDF of ${pages} pages`);
    this.name = 'PdfDeclined';
  }
}

/** Whether `error` is the reader's "Cancel" to a long PDF. */
export const isDeclined = (error: unknown): error is PdfDeclined => error instanceof PdfDeclined;

const count = (n: number) => n.toLocaleString('en-GB');

/** The question put to the reader about a long PDF. */
export function describeLongPdf(fileName: string, pages: number): string {
  return `“${isolate(fileName)}” has ${count(pages)} pages; reading it may take minutes.`;
}
