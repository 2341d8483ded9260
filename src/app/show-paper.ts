/**
 * Showing a paper once its bytes or text are at hand: checking a text file, keeping its source,
 * parsing off the main thread (its first screens shown early) and handing the paper to the store,
 * with what the reader is told (no readable text, an annotation file, limits, unreadable pages).
 * Each step is done only while its open is the latest (`OpenContext`, from paper-controller.ts).
 */
import { quoted } from '../paper/isolate';
import { paperIdFromBytes } from '../paper/paper-id';
import type { LineBox } from '../paper/pdf/line-boxes';
import type { UnreadablePage } from '../paper/pdf/text-layer-quality';
import type { Paper, PaperFormat, PaperId, PaperLimits } from '../paper/types';
import { valuesOf } from '../annotations/shared-record';
import type { OpeningMarks } from '../io/opening-mark';
import { savePaperSource } from '../io/paper-library';
import { parsePaperOffThread } from '../io/paper-worker-client';
import type { AppStore } from '../store/app-store';
import { markOpenStep } from './open-steps';

/** How a file is checked before it is parsed (empty, binary, too large): loaded on the first open. */
export const sourceChecks = () => import('../paper/check-source');
/** How a PDF's problems are checked and worded: loaded with the first PDF, not with the app. */
export const pdfProblems = () => import('../paper/pdf/pdf-problems');

/** What showing a paper needs of the open it belongs to. */
export interface OpenContext {
  store: AppStore;
  marks?: OpeningMarks;
  /** Runs `fn` once what the store holds now has been drawn. */
  afterPaint: (fn: () => void) => void;
  /** Whether `ticket` is still the latest open: only it may change what is on screen. */
  isLatest: (ticket: number) => boolean;
  /** Says why the open of `ticket` failed (if it is the latest). */
  fail: (ticket: number, message: string) => void;
  /** Notes the open of `ticket` before its long work (if it is the latest). */
  marking: (ticket: number, paperId: PaperId, fileName: string) => void;
}

/**
 * Whether any annotation is kept for the paper `id` (or may be: a reload has not read the stored
 * annotations off its first screen yet, `storedRestPending`).
 */
const hasAnnotations = (store: AppStore, id: PaperId) =>
  store.getState().storedRestPending ||
  valuesOf(store.getState().annotations).some((a) => a.paperId === id);

/** A text to parse and show (`show`). */
export interface ShowRequest {
  /** The open it belongs to: only the latest open may change what is on screen. */
  ticket: number;
  text: string;
  format: PaperFormat;
  fileName: string;
  id: PaperId;
  /** The sample that ships with the app: not kept in this browser's storage. */
  bundled: boolean;
  /** Something to tell the reader once it is on screen (PDF pages left out, …). */
  note?: string | null;
  /** For a PDF: where each line of `text` was printed. */
  lines?: LineBox[];
  /** For a PDF whose source the worker kept: the lines are the worker's (`ParseRequest`). */
  linesKept?: boolean;
  /** For a PDF: the pages that could not be read (what `note` says), kept with its model. */
  unreadablePages?: UnreadablePage[];
}

/**
 * What is said of a PDF's unreadable pages at every open (the sentences load only when some
 * page could not be read).
 */
export async function unreadableNote(fileName: string, pages: readonly UnreadablePage[] = []) {
  if (pages.length === 0) return null;
  return (await pdfProblems()).describeUnreadablePages(fileName, pages);
}

/** Resolves in a task of its own, after what is queued now (a paint, input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Parses the text (off the main thread) and hands the paper to the store if still wanted. */
export async function show(
  ctx: OpenContext,
  {
    ticket,
    text,
    format,
    fileName,
    id,
    bundled,
    note = null,
    lines,
    linesKept,
    unreadablePages,
  }: ShowRequest,
) {
  if (!ctx.isLatest(ticket)) return false;
  ctx.marking(ticket, id, fileName);
  const meta = { id, fileName, format, bundled };
  // A long paper's first screens are shown while the rest is parsed. Only when nothing is
  // anchored to it: highlights anchor against the whole paper, which then replaces the opening.
  const annotated = hasAnnotations(ctx.store, id);
  const onOpening = (opening: Paper) => {
    if (!ctx.isLatest(ticket) || annotated) return;
    ctx.store.getState().paperOpened(opening, { ...meta, title: opening.title });
    markOpenStep('first-blocks');
  };
  // Kept by the worker once parsed (not the bundled sample): the next reopen needs no parse.
  const paper = await parsePaperOffThread(
    text,
    { format, fileName, id, ...(lines && { lines }) },
    { onOpening, keep: !bundled, linesKept, unreadablePages },
  );
  markOpenStep('parsed');
  if (!ctx.isLatest(ticket)) return false;
  if (paper.blocks.length === 0) {
    ctx.fail(
      ticket,
      `${quoted(fileName)} holds no readable text: open a PDF with selectable text, or a text or Markdown file.`,
    );
    return false;
  }
  present(ctx, ticket, paper, bundled, note);
  return true;
}

/** Hands a parsed (or stored) paper to the store. */
export function present(
  ctx: OpenContext,
  ticket: number,
  paper: Paper,
  bundled: boolean,
  note: string | null,
) {
  const { id, title, fileName, format } = paper;
  ctx.store.getState().paperOpened(paper, { id, title, fileName, format, bundled });
  markOpenStep('stored');
  // Said once the paper is on screen: an info notice, not a failure.
  const { limits } = paper;
  if (limits) void tellLimits(ctx, ticket, fileName, limits, note);
  else if (note) ctx.store.getState().paperOpenedWithNotice(note);
  // The mark goes once the paper is drawn: a hang while rendering it counts as unfinished too.
  ctx.afterPaint(() => {
    if (ctx.isLatest(ticket)) ctx.marks?.clear();
  });
}

/** Says what was bounded in a paper too big in structure (the sentences load when needed). */
async function tellLimits(
  ctx: OpenContext,
  ticket: number,
  fileName: string,
  limits: PaperLimits,
  note: string | null,
) {
  const { describeLimits } = await import('../paper/limits-message');
  if (!ctx.isLatest(ticket)) return;
  const told = [note, describeLimits(fileName, limits)].filter((n) => n !== null).join(' ');
  ctx.store.getState().paperOpenedWithNotice(told);
}

export async function openBytes(
  ctx: OpenContext,
  ticket: number,
  bytes: Uint8Array,
  fileName: string,
  bundled: boolean,
) {
  const checked = (await sourceChecks()).checkPaperSource(bytes, fileName);
  markOpenStep('checked');
  if (!checked.ok) {
    // An annotation file picked where papers open: said where it goes instead.
    const annotations = /\.json(?:ld)?$/i.test(fileName);
    ctx.fail(
      ticket,
      annotations
        ? `${quoted(fileName)} holds annotations, not a paper: with their paper open, bring them in with “Import annotations…”.`
        : checked.reason,
    );
    return null;
  }
  // Decoding, hashing and keeping a long text are each a few milliseconds to tens of them: each
  // in a task of its own, so they never add up to one long task.
  await nextTask();
  const id = await paperIdFromBytes(bytes);
  markOpenStep('hashed');
  await nextTask();
  // Kept before it is shown, so a reload right after opening finds it in the recent list.
  if (!bundled)
    await savePaperSource({ id, fileName, format: checked.format, source: checked.text });
  markOpenStep('kept');
  const { text, format } = checked;
  return (await show(ctx, { ticket, text, format, fileName, id, bundled })) ? id : null;
}
