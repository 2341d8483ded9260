/**
 * The question put to the reader before a very long PDF is read ("This PDF has 30,000 pages…
 * Open anyway / Cancel"): the PDF loader waits on `ask`, the notice's buttons call `settle`.
 * Only one question is open at a time; a newer open settles the old one as declined.
 */
import type { AppStore } from '../store/app-store';

export interface PageQuestion {
  /** Asks the reader whether a PDF of `pages` pages (above the limit) may be read. */
  ask(fileName: string, pages: number): Promise<boolean>;
  /** The reader's answer (or a newer open's implicit "no"); nothing happens with no question open. */
  settle(open: boolean): void;
}

export function createPageQuestion(store: AppStore): PageQuestion {
  let pending: ((open: boolean) => void) | null = null;
  return {
    ask(fileName, pages) {
      pending?.(false);
      store.getState().paperAsked({ kind: 'many-pages', fileName, pages });
      return new Promise((resolve) => (pending = resolve));
    },
    settle(open) {
      const answer = pending;
      if (!answer) return;
      pending = null;
      if (store.getState().paperQuestion?.kind === 'many-pages') store.getState().paperAsked(null);
      answer(open);
    },
  };
}
