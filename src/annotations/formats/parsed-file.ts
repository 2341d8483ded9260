/**
 * What `parseAnnotationFile` makes of a file, whatever its origin: the paper it names, its sets
 * and its annotations in our model, plus the items it had to leave out and why. Nothing here is
 * in the store yet; `import-plan.ts` says what importing it would do.
 */
import { asPaperId, type PaperId } from '../../paper/types';
import type { Annotation, AnnotationSet } from '../types';

/** The paper id of a parsed annotation whose file does not name its paper (the empty string). */
export const NO_PAPER_ID: PaperId = asPaperId('');

/** Where the file came from; decides how much of it is trusted to be lossless. */
export type FileOrigin = 'marginalia' | 'w3c' | 'hypothesis';

/** The paper the file says it was made on; any field may be unknown for files from elsewhere. */
export interface FilePaper {
  id?: PaperId;
  title?: string;
  doi?: string;
  /** The document IRI or URL the annotations target. */
  source?: string;
}

/** An item of the file that is not an annotation we can place (a reply, a page note). */
export interface SkippedItem {
  /** 1-based position in the file. */
  index: number;
  reason: string;
}

export interface ParsedAnnotationFile {
  origin: FileOrigin;
  paper: FilePaper;
  /** The sets the annotations belong to (one made up for files from elsewhere). */
  sets: AnnotationSet[];
  /** In file order; `paperId` is the file's paper id, or `NO_PAPER_ID` when the file does not say. */
  annotations: Annotation[];
  skipped: SkippedItem[];
  /** Names of the people who made the annotations, as the file gives them. */
  creators: string[];
}

/** The outcome of reading a file: its content, or one sentence saying what is wrong with it. */
export type ParseResult =
  { ok: true; file: ParsedAnnotationFile; summary: string } | { ok: false; message: string };
