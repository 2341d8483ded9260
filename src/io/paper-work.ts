/**
 * The messages between the main thread and the paper worker (`paper.worker.ts`): parse a source
 * into the paper model, or rebuild a PDF's text from its pages' positioned text. Both are pure
 * work over plain data, so they run off the main thread and come back by structured clone. A job
 * may be answered by updates before its result (a parse job asked for its `opening` first gets the
 * paper's opening blocks, `paper/opening-blocks.ts`).
 */
import type { ParsePaperOptions } from '../paper/parse-paper';
import type { PdfLayout } from '../paper/pdf/layout-pdf-text';
import type { TextItem } from '../paper/pdf/text-item';
import type { Paper } from '../paper/types';

/** A job for the paper worker, numbered so its answer finds its caller. */
export type PaperJob =
  | {
      id: number;
      kind: 'parse';
      source: string;
      options: ParsePaperOptions;
      /** Send the opening blocks of a long paper first, as a `PaperJobUpdate`. */
      opening?: boolean;
    }
  | { id: number; kind: 'pdf-layout'; pages: readonly (readonly TextItem[])[] };

/** The worker's answer: the result, or the message of what was thrown. */
export type PaperJobResult =
  { id: number; ok: true; value: Paper | PdfLayout } | { id: number; ok: false; error: string };

/** Something the worker says about a job before its result: a long paper's opening blocks. */
export type PaperJobUpdate = { id: number; update: 'opening'; value: Paper };

/** Any message from the paper worker. */
export type PaperWorkerMessage = PaperJobResult | PaperJobUpdate;
