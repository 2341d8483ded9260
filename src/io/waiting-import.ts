/**
 * The import waiting for its paper (a share link made on another paper, offered again when that
 * paper opens: store `importWaiting`), kept in this tab's sessionStorage so a reload does not lose
 * it. Only a small one is kept (the reader is told to open the link again after a reload
 * otherwise); what is read back is checked like any stored data, and dropped when it is not one.
 */
import type { PaperId } from '../paper/types';
import type { StorageLike } from './storage-like';

const KEY = 'marginalia:waiting-import';

/** The store's `WaitingImport` (store/slices/import-slice.ts), as this floor may name it. */
export interface WaitingImport {
  paperId: PaperId;
  text: string;
  source: 'file' | 'paste' | 'link';
  name: string;
}

/** Longest file text kept across a reload (a share link's set of a few hundred annotations). */
export const MAX_KEPT_IMPORT_CHARS = 200_000;

/** Whether `waiting` is kept across a reload (small enough). */
export const keptAcrossReload = (waiting: WaitingImport): boolean =>
  waiting.text.length <= MAX_KEPT_IMPORT_CHARS;

/** Saves `waiting` (or forgets it, when null or too big) in `area`, this tab's sessionStorage. */
export function keepWaitingImport(area: StorageLike, waiting: WaitingImport | null): void {
  try {
    if (waiting && keptAcrossReload(waiting)) area.setItem(KEY, JSON.stringify(waiting));
    else area.removeItem(KEY);
  } catch (error) {
    console.warn('Could not keep the import waiting for its paper across a reload', error);
  }
}

/** The waiting import kept in `area`, or null when there is none (or it is not one). */
export function readWaitingImport(area: StorageLike): WaitingImport | null {
  try {
    const w: unknown = JSON.parse(area.getItem(KEY) ?? 'null');
    if (typeof w !== 'object' || w === null) return null;
    const { paperId, text, source, name } = w as Record<string, unknown>;
    if (typeof paperId !== 'string' || typeof text !== 'string' || typeof name !== 'string')
      return null;
    if (source !== 'link' && source !== 'file' && source !== 'paste') return null;
    const waiting: WaitingImport = { paperId: paperId as PaperId, text, source, name };
    return keptAcrossReload(waiting) ? waiting : null;
  } catch {
    return null;
  }
}

/** This tab's sessionStorage, or null when the browser refuses it. */
export function openSessionStorage(): StorageLike | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
