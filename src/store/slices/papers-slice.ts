/**
 * Papers slice: the index of papers the reader has opened (persisted, small) and the paper open
 * now (not persisted: its source lives in IndexedDB and is re-parsed on load).
 */
import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_HISTORY } from '../../annotations/history';
import type { Paper, PaperFormat, PaperId } from '../../paper/types';
import type { AppState, AppMutators } from '../app-store';

/** What the recent-papers list needs to show and reopen a paper. */
export interface PaperMeta {
  id: PaperId;
  title: string;
  fileName: string;
  format: PaperFormat;
  /** Epoch milliseconds of the last time it was opened: the list is sorted by it. */
  openedAt: number;
  /** True for the paper bundled with the app (always reopenable, never forgotten). */
  bundled?: boolean;
}

/** A message for the reader about the last paper operation. */
export interface PaperNotice {
  kind: 'error' | 'info';
  message: string;
}

export interface PapersSlice {
  papers: Record<PaperId, PaperMeta>;
  currentPaperId: PaperId | null;
  paper: Paper | null;
  paperLoading: boolean;
  paperNotice: PaperNotice | null;
  /** A paper starts loading; the one on screen stays until the new one is ready. */
  paperLoadStarted: () => void;
  /** A paper is parsed and ready: show it and put it at the top of the recent list. */
  paperOpened: (paper: Paper, meta: Omit<PaperMeta, 'openedAt'>, openedAt?: number) => void;
  /** Opening failed: say why and keep the current paper. */
  paperFailed: (message: string) => void;
  /** Drop a paper from the recent list (the bundled one stays). */
  paperForgotten: (id: PaperId) => void;
  paperNoticeDismissed: () => void;
}

export const createPapersSlice: StateCreator<AppState, AppMutators, [], PapersSlice> = (set) => ({
  papers: {},
  currentPaperId: null,
  paper: null,
  paperLoading: false,
  paperNotice: null,
  paperLoadStarted: () => set({ paperLoading: true }),
  paperOpened: (paper, meta, openedAt = Date.now()) =>
    set((s) => ({
      paper,
      currentPaperId: paper.id,
      paperLoading: false,
      paperNotice: null,
      papers: { ...s.papers, [paper.id]: { ...meta, openedAt } },
      // Undo stays with the paper on screen: Ctrl+Z never changes a paper the reader cannot see.
      ...(paper.id !== s.currentPaperId ? { annotationHistory: EMPTY_HISTORY } : {}),
    })),
  paperFailed: (message) => set({ paperLoading: false, paperNotice: { kind: 'error', message } }),
  paperForgotten: (id) =>
    set((s) => {
      if (s.papers[id]?.bundled) return s;
      const { [id]: _gone, ...rest } = s.papers;
      return { papers: rest };
    }),
  paperNoticeDismissed: () => set({ paperNotice: null }),
});
