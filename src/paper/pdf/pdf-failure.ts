/**
 * Why reading a PDF stopped, as plain data: the paper worker reads PDFs, and an error object loses
 * its class crossing to the page (structured clone keeps only a plain `Error`). The page rebuilds
 * the same error, so a `PdfProblem` still says which problem, a declined long PDF is still the
 * reader's "Cancel", and an aborted read is still an AbortError. Pure.
 */
import { PdfDeclined } from './page-limit';
import { PdfProblem, type PdfProblemKind } from './pdf-problem';

/** A failure of reading a PDF, as plain data. */
export type PdfFailure =
  | { kind: 'problem'; problem: PdfProblemKind }
  | { kind: 'declined'; pages: number }
  | { kind: 'aborted' }
  | { kind: 'error'; name: string; message: string };

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === 'AbortError';

/** What `error` (thrown while reading a PDF) says, as plain data. */
export function toPdfFailure(error: unknown): PdfFailure {
  if (error instanceof PdfProblem) return { kind: 'problem', problem: error.kind };
  if (error instanceof PdfDeclined) return { kind: 'declined', pages: error.pages };
  if (isAbort(error)) return { kind: 'aborted' };
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message };
  return { kind: 'error', name: 'Error', message: String(error) };
}

/** The error a {@link PdfFailure} stands for, as the page's code expects to catch it. */
export function fromPdfFailure(failure: PdfFailure): Error {
  switch (failure.kind) {
    case 'problem':
      return new PdfProblem(failure.problem);
    case 'declined':
      return new PdfDeclined(failure.pages);
    case 'aborted':
      return new DOMException('PDF extraction aborted', 'AbortError');
    case 'error': {
      const error = new Error(failure.message);
      error.name = failure.name;
      return error;
    }
  }
}
