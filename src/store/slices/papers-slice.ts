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
  /** The paper opened, but with something the reader should know (pages left out, …). */
  paperOpenedWithNotice: (message: string) => void;
  /** Drop a paper from the recent list (the bundled one stays). */
  paperForgotten: (id: PaperId) => void;
  paperNoticeDismissed: () => void;
}

export const createPapersSlice =
  (env: Pick<Env, 'now'>): StateCreator<AppState, AppMutators, [], PapersSlice> =>
  (set) => ({
    papers: PERSISTED_DEFAULTS.papers,
    currentPaperId: PERSISTED_DEFAULTS.currentPaperId,
    paper: null,
    paperLoading: false,
    paperNotice: null,
    paperLoadStarted: () => set({ paperLoading: true }),
    paperOpened: (paper, meta, openedAt = env.now()) =>
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
    paperOpenedWithNotice: (message) => set({ paperNotice: { kind: 'info', message } }),
    paperForgotten: (id) =>
      set((s) => {
        if (s.papers[id]?.bundled) return s;
        const { [id]: _gone, ...rest } = s.papers;
        return { papers: rest };
      }),
    paperNoticeDismissed: () => set({ paperNotice: null }),
  });
