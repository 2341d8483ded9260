/**
 * Papers slice: the index of papers the reader has opened (persisted, small) and the paper open
 * now (not persisted: its source lives in IndexedDB and is re-parsed on load).
 */
import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_HISTORY } from '../../annotations/history';
import { PERSISTED_DEFAULTS, type PaperMeta } from '../../annotations/persisted';
import type { Env } from '../../annotations/types';
import type { Paper, PaperId } from '../../paper/types';
import type { AppState, AppMutators } from '../app-store';

export type { PaperMeta } from '../../annotations/persisted';

/** A message for the reader about the last paper operation. */
export interface PaperNotice {
  kind: 'error' | 'info';
  message: string;
}

/**
 * Something about opening a paper that only the reader can decide, shown with its choices:
 * - `missing`: the paper's text is no longer stored (IndexedDB cleared or evicted); its file is
 *   asked for again, and its annotations wait untouched until it comes back.
 * - `unfinished`: the last attempt to open this paper never finished (a crash, a hang), so it is
 *   not reopened at start-up without asking.
 * - `many-pages`: a PDF long enough that reading it may take minutes.
 */
export type PaperQuestion =
  | { kind: 'missing'; paperId: PaperId; fileName: string; title: string }
  | { kind: 'unfinished'; paperId: PaperId | null; fileName: string }
  | { kind: 'many-pages'; fileName: string; pages: number };

/** How far a long paper (a PDF) has been read. */
export interface PaperProgress {
  page: number;
  pages: number;
  /**
   * The file being read, shortened to fit the status line: the paper on screen meanwhile is the
   * previous one, so the status says which file is coming.
   */
  fileName?: string;
}

export interface PapersSlice {
  papers: Record<PaperId, PaperMeta>;
  currentPaperId: PaperId | null;
  paper: Paper | null;
  paperLoading: boolean;
  paperNotice: PaperNotice | null;
  /** A question for the reader about opening a paper (see `PaperQuestion`), or null. */
  paperQuestion: PaperQuestion | null;
  /** Papers of the recent list whose text this browser no longer holds (not persisted). */
  missingPaperIds: Record<PaperId, true>;
  /** Pages read of the PDF opening now, or null. */
  paperProgress: PaperProgress | null;
  /** A paper starts loading; the one on screen stays until the new one is ready. */
  paperLoadStarted: () => void;
  /** A paper is parsed and ready: show it and put it at the top of the recent list. */
  paperOpened: (paper: Paper, meta: Omit<PaperMeta, 'openedAt'>, openedAt?: number) => void;
  /** The reader chose not to open it after all: the paper on screen stays, nothing to say. */
  paperLoadCancelled: () => void;
  /** Opening failed: say why and keep the current paper. */
  paperFailed: (message: string) => void;
  /** The paper opened, but with something the reader should know (pages left out, …). */
  paperOpenedWithNotice: (message: string) => void;
  /** Drop a paper from the recent list (the bundled one stays). */
  paperForgotten: (id: PaperId) => void;
  paperNoticeDismissed: () => void;
  /**
   * A paper's stored text is gone: its annotations stay as they are, the reader is asked for its
   * file, and the paper on screen (if any) stays.
   */
  paperMissing: (id: PaperId) => void;
  /** The stored sources were listed: recent papers without one are marked missing. */
  paperSourcesListed: (stored: readonly PaperId[]) => void;
  /** Asks the reader something about opening a paper (null: the question is settled). */
  paperAsked: (question: PaperQuestion | null) => void;
  /** A page of the PDF opening now was read (null: no PDF is being read). */
  paperProgressed: (progress: PaperProgress | null) => void;
}

export const createPapersSlice =
  (env: Pick<Env, 'now'>): StateCreator<AppState, AppMutators, [], PapersSlice> =>
  (set, get) => ({
    papers: PERSISTED_DEFAULTS.papers,
    currentPaperId: PERSISTED_DEFAULTS.currentPaperId,
    paper: null,
    paperLoading: false,
    paperNotice: null,
    paperQuestion: null,
    missingPaperIds: {},
    paperProgress: null,
    paperLoadStarted: () => set({ paperLoading: true, paperProgress: null }),
    paperOpened: (paper, meta, openedAt = env.now()) => {
      set((s) => ({
        paper,
        currentPaperId: paper.id,
        paperLoading: false,
        paperNotice: null,
        paperQuestion: null,
        paperProgress: null,
        missingPaperIds: withoutKey(s.missingPaperIds, paper.id),
        papers: { ...s.papers, [paper.id]: { ...meta, openedAt } },
        // Undo stays with the paper on screen: Ctrl+Z never changes a paper the reader cannot see.
        ...(paper.id !== s.currentPaperId ? { annotationHistory: EMPTY_HISTORY } : {}),
      }));
      // A share link (or file) refused for being made on this paper is offered again now.
      const waiting = get().importWaiting;
      if (waiting?.paperId === paper.id)
        void get().importRequested(waiting.text, waiting.source, waiting.name);
    },
    paperLoadCancelled: () =>
      set({ paperLoading: false, paperProgress: null, paperQuestion: null }),
    paperFailed: (message) =>
      set({ paperLoading: false, paperProgress: null, paperNotice: { kind: 'error', message } }),
    paperOpenedWithNotice: (message) => set({ paperNotice: { kind: 'info', message } }),
    paperForgotten: (id) =>
      set((s) => {
        if (s.papers[id]?.bundled) return s;
        const { [id]: _gone, ...rest } = s.papers;
        const asked = s.paperQuestion;
        return {
          papers: rest,
          missingPaperIds: withoutKey(s.missingPaperIds, id),
          ...(asked?.kind === 'missing' && asked.paperId === id ? { paperQuestion: null } : {}),
        };
      }),
    paperNoticeDismissed: () => set({ paperNotice: null }),
    paperMissing: (id) =>
      set((s) => {
        const meta = s.papers[id];
        if (!meta) return { paperLoading: false, paperProgress: null };
        return {
          paperLoading: false,
          paperProgress: null,
          paperNotice: null,
          missingPaperIds: { ...s.missingPaperIds, [id]: true },
          paperQuestion: {
            kind: 'missing',
            paperId: id,
            fileName: meta.fileName,
            title: meta.title,
          },
        };
      }),
    paperSourcesListed: (stored) =>
      set((s) => {
        const kept = new Set<string>(stored);
        const missing: Record<PaperId, true> = {};
        for (const meta of Object.values(s.papers))
          if (!meta.bundled && !kept.has(meta.id)) missing[meta.id] = true;
        return { missingPaperIds: missing };
      }),
    paperAsked: (question) => set({ paperQuestion: question }),
    paperProgressed: (progress) => set({ paperProgress: progress }),
  });

function withoutKey<T>(record: Record<PaperId, T>, key: PaperId): Record<PaperId, T> {
  if (!(key in record)) return record;
  const { [key]: _gone, ...rest } = record;
  return rest as Record<PaperId, T>;
}
