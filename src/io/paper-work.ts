/**
 * The messages between the main thread and the paper worker (`paper.worker.ts`): parse a source
 * into the paper model, or read a PDF (pdf.js runs in the worker, then the layout) into its text.
 * All of it is work over plain data, so it runs off the main thread and comes back by structured
 * clone. A job may be answered by updates before its result: a parse job asked for its `opening`
 * first gets the paper's opening blocks (`paper/opening-blocks.ts`); a PDF's reading sends
 * progress and the long-PDF question on the way, and takes the reader's answer and an abort.
 *
 * A parsed paper comes back in parts (`splitPaper`, `joinPaper`): its blocks and citations a few
 * hundred at a time, each message read by the page in a task of its own, then the rest. One
 * message holding them all took the page 20-60 ms to read, in one task. A PDF's lines (tens of
 * thousands of boxes) stay in the worker: it keeps the source itself and parses with them.
 */
import type { ParsePaperOptions } from '../paper/parse-paper';
import type { ExtractedPdf } from '../paper/pdf/extract-pdf-text';
import type { PdfFailure } from '../paper/pdf/pdf-failure';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { Block, Citation, Paper, PaperId } from '../paper/types';

/** A job for the paper worker, numbered so its answer finds its caller. */
export type PaperJob =
  | {
      id: number;
      kind: 'parse';
      source: string;
      options: ParsePaperOptions;
      /** Send the opening blocks of a long paper first, as a `PaperJobUpdate`. */
      opening?: boolean;
      /** Keep the parsed model in this browser (`io/paper-library.ts`), from the worker. */
      keep?: boolean;
      /** A PDF's pages that could not be read, kept with its model (`keep`). */
      unreadablePages?: UnreadablePage[];
      /** A PDF's: use the lines the worker kept when it read the PDF `options.id`. */
      linesKept?: boolean;
    }
  | {
      id: number;
      kind: 'pdf';
      /** The PDF's bytes (a copy, transferred). */
      bytes: Uint8Array;
      /** Whether a PDF over the page limit waits for the reader's answer (else it is read). */
      askAboutPages: boolean;
      /**
       * Keep the text and its lines as this paper's source (`savePaperSource`), from the worker,
       * which then holds the lines for the parse (`linesKept`) and sends none back.
       */
      keep?: { id: PaperId; fileName: string };
    };

/**
 * What the page says to a running job: stop, or the reader's answer to the long-PDF question; or,
 * with no job (`id` 0), that the reader is choosing a file (`warm`: ready the worker for it).
 */
export type PaperJobSignal =
  | { id: number; kind: 'abort' }
  | { id: number; kind: 'pages-answer'; open: boolean }
  | { id: 0; kind: 'warm' };

/**
 * What a running job says before its answer: a long paper's opening blocks (a parse job), or pages
 * read so far and "may I read N pages?" (a PDF job).
 */
export type PaperJobUpdate =
  | { id: number; update: 'opening'; value: Paper }
  | ({ id: number; update: 'part' } & PaperPart)
  | { id: number; update: 'progress'; page: number; pages: number }
  | { id: number; update: 'ask-pages'; pages: number };

/** The worker's answer: the result, or what was thrown (for a PDF, as a `PdfFailure`). */
export type PaperJobResult =
  | { id: number; ok: true; value: Paper | ExtractedPdf }
  | { id: number; ok: false; error: string; failure?: PdfFailure };

/** Any message from the paper worker. */
export type PaperWorkerMessage = PaperJobResult | PaperJobUpdate;

/** Some of a parsed paper's blocks and citations, in order. */
export interface PaperPart {
  blocks: Block[];
  citations: Citation[];
}

/** Blocks (and citations) per part: each part takes the page a millisecond or two to read. */
export const PART_ITEMS = 400;

/**
 * A paper's blocks and citations in parts of at most `size` of each, in order, and the paper
 * with neither (what `joinPaper` puts them back into).
 */
export function splitPaper(paper: Paper, size = PART_ITEMS): { parts: PaperPart[]; rest: Paper } {
  const { blocks, citations } = paper;
  const count = Math.ceil(Math.max(blocks.length, citations.length) / size);
  const parts = Array.from({ length: count }, (_, i) => ({
    blocks: blocks.slice(i * size, (i + 1) * size),
    citations: citations.slice(i * size, (i + 1) * size),
  }));
  return { parts, rest: { ...paper, blocks: [], citations: [] } };
}

/** The paper `splitPaper` took apart, from its rest and its parts in order. */
export function joinPaper(rest: Paper, parts: readonly PaperPart[]): Paper {
  if (parts.length === 0) return rest;
  return {
    ...rest,
    blocks: rest.blocks.concat(...parts.map((p) => p.blocks)),
    citations: rest.citations.concat(...parts.map((p) => p.citations)),
  };
}
