import { describe, expect, it } from 'vitest';
import { isDeclined, PdfDeclined } from './page-limit';
import { fromPdfFailure, toPdfFailure } from './pdf-failure';
import { classifyPdfError, PdfProblem } from './pdf-problems';

/** An error as it arrives on the other side of a worker: plain data, rebuilt. */
const across = (error: unknown) => fromPdfFailure(structuredClone(toPdfFailure(error)));

describe('PDF failures across the worker boundary', () => {
  it('keeps a PdfProblem and its kind', () => {
    const error = across(new PdfProblem('password'));
    expect(error).toBeInstanceOf(PdfProblem);
    expect(classifyPdfError(error)).toBe('password');
  });

  it("keeps the reader's Cancel to a long PDF, with its page count", () => {
    const error = across(new PdfDeclined(30_000));
    expect(isDeclined(error)).toBe(true);
    expect((error as PdfDeclined).pages).toBe(30_000);
  });

  it('keeps an abort an AbortError', () => {
    expect(across(new DOMException('stop', 'AbortError')).name).toBe('AbortError');
  });

  it.each([
    ['InvalidPDFException', 'Invalid PDF structure.', 'damaged'],
    ['Error', 'Pages tree contains circular reference.', 'page-tree'],
    ['TypeError', 'x is undefined', null],
  ] as const)('keeps a %s (%s) classified as before', (name, message, kind) => {
    const error = new Error(message);
    error.name = name;
    const rebuilt = across(error);
    expect(rebuilt.message).toBe(message);
    expect(classifyPdfError(rebuilt)).toBe(kind);
  });

  it('turns a thrown non-error into an error with its text', () => {
    expect(across('no luck').message).toBe('no luck');
  });
});
