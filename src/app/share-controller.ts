/**
 * Sharing and exporting, glued: builds an export of the open paper (pure, formats/export-file.ts)
 * and downloads it (io/download.ts), packs a set into a share link and copies it (io/share-link.ts),
 * and routes annotation files, pastes and share links to the import preview in the store. The
 * formats load on first use (annotations/formats/load-sharing.ts), so these actions are async.
 * The views know it by its interface (components/Share/share-actions.ts).
 */
import { isolate, quoted } from '../paper/isolate';
import { randomUuid } from '../annotations/ids';
import { loadSharingFormats } from '../annotations/formats/load-sharing';
import { downloadText } from '../io/download';
import { exportAllAnnotations } from '../components/shared/export-all';
import type { ShareController } from '../components/Share/share-actions';
import type { ExportScope } from '../annotations/formats/w3c-export';
import { copyToClipboard, readFileText, shareUrl } from '../io/share-link';
import type { AppStore } from '../store/app-store';
import { selectCurrentAnchors, selectVisibleAnnotations } from '../store/selectors';
import { plural } from '../paper/plural';

/**
 * Longest share link offered: 32,000 characters hold some 196 typical annotations
 * (bench/SHARE-RESULTS.md); chat apps and mail clients cut links long before browsers do.
 */
export const SHARE_LINK_LIMIT = 32_000;

/** The share controller of `store`; `now` dates the exports. */
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
      s.announced(`Exported ${plural(file.count, 'annotation')} to ${isolate(file.fileName)}.`);
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
