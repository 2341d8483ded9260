/**
 * Sharing and exporting, glued: builds an export of the open paper (pure, formats/export-file.ts)
 * and downloads it (io/download.ts), packs a set into a share link and copies it (io/share-link.ts),
 * and routes annotation files, pastes and share links to the import preview in the store. The
 * formats load on first use (annotations/formats/load-sharing.ts), so these actions are async.
 */
import { isolate, quoted } from '../../paper/isolate';
import type { SetId } from '../../annotations/types';
import { randomUuid } from '../../annotations/ids';
import type { ExportFormat } from '../../annotations/formats/export-file';
import { loadSharingFormats } from '../../annotations/formats/load-sharing';
import type { ExportScope } from '../../annotations/formats/w3c-export';
import { downloadText } from '../../io/download';
import { exportAllAnnotations } from '../shared/export-all';
import { copyToClipboard, readFileText, shareUrl } from '../../io/share-link';
import type { AppStore } from '../../store/app-store';
import { selectCurrentAnchors, selectVisibleAnnotations } from '../../store/selectors';

/**
 * Longest share link offered: 32,000 characters hold some 196 typical annotations
 * (bench/SHARE-RESULTS.md); chat apps and mail clients cut links long before browsers do.
 */
export const SHARE_LINK_LIMIT = 32_000;

/** What "Copy share link" did: copied, shown for copying by hand, or too long (use the file). */
export type ShareLinkResult =
  | { kind: 'copied' | 'shown'; url: string; count: number }
  | { kind: 'too-long'; length: number; count: number }
  | { kind: 'empty' };

export interface ShareController {
  /** Downloads the open paper's annotations in `scope` as `format`; false with nothing to export. */
  exportFile: (scope: ExportScope | 'filtered', format: ExportFormat) => Promise<boolean>;
  /**
   * Saves every annotation, as W3C files (one per paper that has any): the storage-full banner's
   * way out. Papers not open now are named by their title and id (their text is not loaded).
   */
  exportEverything: () => Promise<number>;
  /** Packs one set of the open paper into a `#share=` link and copies it. */
  copyShareLink: (setId: SetId) => Promise<ShareLinkResult>;
  /** Reads a picked or dropped annotation file into the import preview. */
  importFile: (file: File) => Promise<void>;
  /** Reads a share code (from the URL fragment) into the import preview. */
  importShareCode: (code: string) => Promise<void>;
}

export function createShareController(
  store: AppStore,
  now: () => number = Date.now,
): ShareController {
  const starts = () => {
    const out: Record<string, number | null> = {};
    for (const [id, a] of Object.entries(selectCurrentAnchors(store.getState())))
      out[id] = a.status === 'orphan' ? null : a.start;
    return out;
  };
  const resolveScope = (scope: ExportScope | 'filtered'): ExportScope =>
    scope === 'filtered'
      ? { kind: 'subset', ids: selectVisibleAnnotations(store.getState()).map((a) => a.id) }
      : scope;

  return {
    async exportFile(scope, format) {
      const { buildExportFile } = await loadSharingFormats();
      const s = store.getState();
      if (!s.paper) return false;
      const file = buildExportFile({
        paper: s.paper,
        all: s.annotations,
        sets: s.annotationSets,
        colourLabels: s.colourLabels,
        scope: resolveScope(scope),
        format,
        id: randomUuid(),
        now: now(),
        starts: starts(),
      });
      if (file.count === 0) return false;
      downloadText(file.fileName, file.content, file.mimeType);
      s.announced(
        `Exported ${file.count} annotation${file.count === 1 ? '' : 's'} to ${isolate(file.fileName)}.`,
      );
      return true;
    },
    exportEverything: () => exportAllAnnotations(store, now),
    async copyShareLink(setId) {
      const { annotationsForExport, encodeShareCode, toW3CCollection } = await loadSharingFormats();
      const s = store.getState();
      if (!s.paper) return { kind: 'empty' };
      const annotations = annotationsForExport(s.annotations, s.paper.id, { kind: 'set', setId });
      if (annotations.length === 0) return { kind: 'empty' };
      const collection = toW3CCollection({
        paper: s.paper,
        annotations,
        sets: Object.values(s.annotationSets),
        id: randomUuid(),
        now: now(),
      });
      const url = shareUrl(await encodeShareCode(collection));
      const count = annotations.length;
      if (url.length > SHARE_LINK_LIMIT) return { kind: 'too-long', length: url.length, count };
      return { kind: (await copyToClipboard(url)) ? 'copied' : 'shown', url, count };
    },
    async importFile(file) {
      try {
        await store.getState().importRequested(await readFileText(file), 'file', file.name);
      } catch (error) {
        console.error(`Could not read ${file.name}`, error);
        store
          .getState()
          .importRefused(`${quoted(file.name)} could not be read.`, 'file', file.name);
      }
    },
    async importShareCode(code) {
      const { decodeShareCode } = await loadSharingFormats();
      const decoded = await decodeShareCode(code);
      if (!decoded.ok) store.getState().importRefused(decoded.message, 'link');
      else await store.getState().importRequested(decoded.text, 'link');
    },
  };
}
