/**
 * Import slice: an annotation file (picked, dropped, pasted or from a share link) is read and
 * planned against the open paper, and the plan waits in `pendingImport` for the reader to see.
 * Nothing in the annotations or the storage changes until `importConfirmed`; `importCancelled`
 * (or a refused file) leaves everything as it was. The decisions are the pure formats in
 * annotations/formats/ (parseAnnotationFile, planImport, applyImport).
 */
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { ImportOptions } from '../../annotations/formats/apply-import';
import type { ImportPlan } from '../../annotations/formats/import-plan';
import { loadSharingFormats } from '../../annotations/formats/load-sharing';
import type { ParsedAnnotationFile } from '../../annotations/formats/parsed-file';
import type { PlanSource } from '../../annotations/formats/source-words';
import type { Env } from '../../annotations/types';
import type { PaperId } from '../../paper/types';
import type { AppMutators, AppState } from '../app-store';
import { plural } from '../../paper/plural';

/** Where an import came from, said in the preview's title and in its messages. */
export type ImportSource = PlanSource;

/** An import being previewed: the file read, the plan on the open paper, or why it was refused. */
export type PendingImport =
  | {
      kind: 'preview';
      source: ImportSource;
      name: string;
      file: ParsedAnnotationFile;
      plan: ImportPlan;
      /** What names the new layer when the sender gave no name, and when ("From a share link", now). */
      origin: string;
      at: number;
    }
  | { kind: 'error'; source: ImportSource; name: string; message: string };

/** An import refused for being made on another paper, offered again when that paper opens. */
export interface WaitingImport {
  paperId: PaperId;
  text: string;
  source: ImportSource;
  name: string;
}

export interface ImportSlice {
  pendingImport: PendingImport | null;
  /**
   * The last import refused because it was made on another paper: opening that paper plans it
   * again (papers-slice `paperOpened`). Kept while its preview is shown (a long paper opens twice,
   * its first screens then the whole, and the preview is planned on the whole); dropped once the
   * reader confirms or cancels that preview, or asks for another import.
   */
  importWaiting: WaitingImport | null;
  /** Whether the paste dialog is open. */
  pasteOpen: boolean;
  /** Imports carried out since the app started: what arrived is shown (the phone's drawer opens). */
  importsDone: number;
  /**
   * Reads `text` (a file's, a paste's, a share link's) and shows the preview or the refusal. The
   * formats load on first use, so it settles when the preview (or refusal) is in the state.
   */
  importRequested: (text: string, source: ImportSource, name?: string) => Promise<void>;
  /** A problem found before reading (a link cut off): shown in the same dialog. */
  importRefused: (message: string, source: ImportSource, name?: string) => void;
  /** Carries out the previewed import; conflicts resolved as the reader chose. */
  importConfirmed: (conflicts: ImportOptions['conflicts']) => Promise<void>;
  importCancelled: () => void;
  /** An import that was waiting for its paper before a reload (app/ keeps it across one). */
  importWaitingRestored: (waiting: WaitingImport) => void;
  pasteOpened: (open: boolean) => void;
}

/**
 * Where a set came from, naming its layer when the sender gave no name ("From a share link,
 * 5 Dec"): a name that reads as someone else's layer, not as one of the reader's own sets.
 */
const ORIGINS: Record<ImportSource, string> = {
  link: 'From a share link',
  file: 'From a file',
  paste: 'Pasted',
};

/** Settles once the state holds every stored annotation (at once if it does). */
function storedRestLoaded(api: Pick<StoreApi<AppState>, 'getState' | 'subscribe'>): Promise<void> {
  return new Promise((resolve) => {
    if (!api.getState().storedRestPending) return resolve();
    const stop = api.subscribe((s) => {
      if (s.storedRestPending) return;
      stop();
      resolve();
    });
  });
}

const NO_PAPER = 'Open the paper these annotations were made on first, then import them.';

export const createImportSlice =
  (env: Env): StateCreator<AppState, AppMutators, [], ImportSlice> =>
  (set, get, api) => ({
    pendingImport: null,
    importWaiting: null,
    pasteOpen: false,
    importsDone: 0,
    importRequested: async (text, source, name = '') => {
      const paper = get().paper;
      if (!paper) return get().importRefused(NO_PAPER, source, name);
      const { parseAnnotationFile, planImport } = await loadSharingFormats();
      // Planned against every stored annotation: a share link read as a reload opens comes
      // before the ones off its first screen are (storedRestPending).
      await storedRestLoaded(api);
      // Planned against the paper on screen now (another may have opened while the formats loaded).
      if (get().paper !== paper) return;
      const parsed = parseAnnotationFile(text, source);
      if (!parsed.ok) return get().importRefused(parsed.message, source, name);
      const plan = planImport(parsed.file, paper, get().annotations, source);
      const madeOn = parsed.file.paper.id;
      const waiting = get().importWaiting;
      set({
        importWaiting:
          plan.refusal && plan.paper === 'other' && madeOn
            ? { paperId: madeOn, text, source, name }
            : waiting?.paperId === paper.id && waiting.text === text
              ? waiting
              : null,
        pasteOpen: false,
        pendingImport: {
          kind: 'preview',
          source,
          name,
          file: parsed.file,
          plan,
          origin: ORIGINS[source],
          at: env.now(),
        },
      });
    },
    importRefused: (message, source, name = '') =>
      set({
        pasteOpen: false,
        importWaiting: null,
        pendingImport: { kind: 'error', source, name, message },
      }),
    importConfirmed: async (conflicts) => {
      const { applyImport } = await loadSharingFormats();
      const pending = get().pendingImport;
      if (pending?.kind !== 'preview' || pending.plan.refusal) return;
      const s = get();
      const outcome = applyImport(
        { annotations: s.annotations, tombstones: s.annotationTombstones, sets: s.annotationSets },
        pending.plan,
        // Named as the preview said, dated the day it was shown.
        { conflicts, env: { ...env, now: () => pending.at }, origin: pending.origin },
      );
      set({
        pendingImport: null,
        importWaiting: null,
        annotations: outcome.state.annotations,
        annotationTombstones: outcome.state.tombstones,
        annotationSets: outcome.state.sets as AppState['annotationSets'],
        importsDone: s.importsDone + 1,
      });
      const { added, replaced } = outcome;
      get().announced(
        `Imported ${plural(added, 'annotation')}${replaced ? `, updated ${replaced}` : ''}.`,
      );
    },
    // Closing the refusal keeps the import waiting for its paper; cancelling its preview drops it.
    importCancelled: () =>
      set((s) => ({
        pendingImport: null,
        importWaiting:
          s.pendingImport?.kind === 'preview' && s.pendingImport.plan.refusal
            ? s.importWaiting
            : null,
      })),
    importWaitingRestored: (waiting) => set({ importWaiting: waiting }),
    pasteOpened: (open) => set({ pasteOpen: open }),
  });
