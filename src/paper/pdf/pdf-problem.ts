/**
 * A PDF that cannot be read as a paper, and which problem it is: the error class alone, small, for
 * the page to rebuild what the paper worker threw (`pdf-failure.ts`); how each problem is worded
 * is in `pdf-problems.ts`, loaded with the rest of the PDF path.
 */

export type PdfProblemKind =
  'too-large' | 'password' | 'damaged' | 'not-pdf' | 'page-tree' | 'no-text' | 'undecodable';

/** A PDF that cannot be read as a paper, and why. */
export class PdfProblem extends Error {
  constructor(
    readonly kind: PdfProblemKind,
    cause?: unknown,
  ) {
    super(`PDF problem: ${kind}`, cause === undefined ? undefined : { cause });
    this.name = 'PdfProblem';
  }
}
