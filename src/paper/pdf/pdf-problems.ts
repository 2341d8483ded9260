/**
 * What can go wrong with a PDF, and how to say it: too large, locked with a password, damaged,
 * or with no text to read (scanned pages, or fonts whose characters cannot be decoded). Each kind
 * comes with a sentence a person can act on. Pure: no pdf.js here, so the app can check a file's
 * size and word its messages without loading pdf.js.
 */

import { quoted } from '../isolate';

/** Largest PDF we read: papers with many figures reach tens of MB; beyond this, pages take long. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** Fewer letters than this per page (after headers and page numbers are dropped): no text layer. */
const MIN_LETTERS_PER_PAGE = 25;
/** More than this share of undecodable characters (private-use glyphs, U+FFFD): the text is unreadable. */
const MAX_UNDECODABLE_SHARE = 0.3;

import { PdfProblem, type PdfProblemKind } from './pdf-problem';

export { PdfProblem, type PdfProblemKind };

const formatMegabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Why a PDF of `size` bytes cannot be opened (empty, or too large), or null when its size is fine. */
export function checkPdfSize(fileName: string, size: number): string | null {
  if (size === 0) return `${quoted(fileName)} is empty: there is no text to read.`;
  if (size > MAX_PDF_BYTES) return describePdfProblem(fileName, 'too-large', size);
  return null;
}

/** The sentence for a reader who tried to open `fileName`. */
export function describePdfProblem(fileName: string, kind: PdfProblemKind, size?: number): string {
  const name = quoted(fileName);
  switch (kind) {
    case 'too-large':
      return `${name} is too large${size === undefined ? '' : ` (${formatMegabytes(size)})`}: Marginalia opens PDFs up to ${formatMegabytes(MAX_PDF_BYTES)}.`;
    case 'password':
      return `${name} is locked with a password: save an unlocked copy (or print it to a new PDF) and open that.`;
    case 'not-pdf':
      return `${name} is not a PDF: it does not begin the way a PDF does (with %PDF-). It may be a web page or another file saved under a .pdf name; download the PDF itself and open that.`;
    case 'damaged':
      return `${name} is damaged or incomplete, so it cannot be read as a PDF: download it again and open the new copy.`;
    case 'no-text':
      return `${name} has no text layer (it is scanned images): Marginalia needs a PDF with selectable text. Run it through OCR, or open a text export of it.`;
    case 'page-tree':
      return `${name} is damaged: its list of pages loops back on itself, so its pages cannot be found. Download it again, or print it to a new PDF and open that.`;
    case 'undecodable':
      return `${name} cannot be read: this PDF's fonts don't map to letters (its text layer is not text), so it needs OCR. Run it through OCR, or open a text or Markdown export of it.`;
  }
}

/** How far into a file the `%PDF-` header may start (pdf.js and other readers skip leading junk). */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * Whether the file's first kilobyte holds the `%PDF-` header: without it, a file pdf.js cannot
 * read is no PDF at all (`not-pdf`), rather than a damaged one.
 */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_HEADER.length;
  for (let i = 0; i <= end; i += 1) if (PDF_HEADER.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}

/** The kind of problem a pdf.js error stands for, or null when it is no known problem with the file. */
export function classifyPdfError(error: unknown): PdfProblemKind | null {
  if (error instanceof PdfProblem) return error.kind;
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null)
      ? String((error as { name?: unknown }).name)
      : '';
  if (name === 'PasswordException') return 'password';
  const message = error instanceof Error ? error.message : '';
  if (/pages tree contains circular reference/i.test(message)) return 'page-tree';
  if (
    name === 'InvalidPDFException' ||
    name === 'FormatError' ||
    name === 'MissingPDFException' ||
    name === 'UnknownErrorException'
  )
    return 'damaged';
  return null;
}

/** `Page 3`, `Pages 2 and 5`, `Pages 2–22`, `Pages 1, 3–5 and 9`: runs of pages as ranges. */
function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    // Two pages in a row are named both (`2 and 3`, `2, 3`), three or more as a range.
    if (j - i >= 2) runs.push(`${pages[i]}–${pages[j]}`);
    else for (let k = i; k <= j; k++) runs.push(String(pages[k]));
    i = j + 1;
  }
  if (pages.length === 1) return `Page ${runs[0]}`;
  return runs.length === 1
    ? `Pages ${runs[0]}`
    : `Pages ${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
}

/**
 * The sentence for a paper that opened without some of its pages, or null when every page read.
 * Says which pages and why, so the reader knows what is missing from the text on screen.
 */
export function describeUnreadablePages(
  fileName: string,
  pages: readonly { page: number; reason: 'unmapped-font' | 'damaged' }[],
): string | null {
  if (pages.length === 0) return null;
  const parts: string[] = [];
  const unmapped = pages.filter((p) => p.reason === 'unmapped-font').map((p) => p.page);
  const damaged = pages.filter((p) => p.reason === 'damaged').map((p) => p.page);
  if (unmapped.length > 0)
    parts.push(
      `${pageList(unmapped)} of ${quoted(fileName)} could not be read: this PDF's fonts don't map to letters there; ${unmapped.length === 1 ? 'it needs' : 'they need'} OCR.`,
    );
  if (damaged.length > 0)
    parts.push(
      `${pageList(damaged)} of ${quoted(fileName)} could not be read: ${damaged.length === 1 ? 'that page is' : 'those pages are'} damaged in the file.`,
    );
  return `${parts.join(' ')} The rest of the paper is shown.`;
}

/**
 * The verdict on a laid-out PDF, as the app gives it before opening the paper: `pages` are the
 * pages' items (an empty page has none), `unreadable` and `damaged` how many pages were left out.
 * A PDF whose every page with items is unreadable needs OCR; otherwise its text is judged over the
 * pages that were read. Null when the paper opens.
 */
export function checkLaidOutPdf(
  text: string,
  pages: readonly (readonly unknown[])[],
  unreadable: number,
  damaged: number,
): PdfProblemKind | null {
  const readable = pages.filter((items) => items.length > 0).length - unreadable;
  if (unreadable > 0 && readable === 0) return 'undecodable';
  return checkExtractedText(text, pages.length - unreadable - damaged);
}

/** Is the extracted text too thin (scanned pages) or made of undecodable glyphs? Null when it reads. */
export function checkExtractedText(text: string, pages: number): PdfProblemKind | null {
  const undecodable = text.match(/[\p{Co}\uFFFD]/gu)?.length ?? 0;
  const enough = MIN_LETTERS_PER_PAGE * Math.max(1, pages);
  // Letters are counted as far as the verdict needs: all of them beside undecodable glyphs, else
  // up to the least the pages need. Counting a paper's every letter took 3-6 ms after its layout.
  const letters = countLetters(text, undecodable > 0 ? Infinity : enough);
  if (undecodable > MAX_UNDECODABLE_SHARE * (letters + undecodable) && undecodable > 0)
    return 'undecodable';
  return letters < enough ? 'no-text' : null;
}

/** The letters (code points) in `text`, counted up to `atMost`. */
function countLetters(text: string, atMost: number): number {
  const letter = /\p{L}/gu;
  let count = 0;
  while (count < atMost && letter.test(text)) count++;
  return count;
}
