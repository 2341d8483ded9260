/**
 * The export side of sharing, loaded with the first export or share link (app/share-controller.ts):
 * builds an export of the open paper (pure, formats/export-file.ts) and downloads it
 * (io/download.ts), or packs a set into a share link and copies it (io/share-link.ts).
 */
import { isolate } from '../paper/isolate';
import { randomUuid } from '../annotations/ids';
import { loadSharingFormats } from '../annotations/formats/load-sharing';
import { downloadText } from '../io/download';
import type { ShareController } from '../components/Share/share-actions';
import type { ExportScope } from '../annotations/formats/w3c-export';
import { copyToClipboard, shareUrl } from '../io/share-link';
import type { AppStore } from '../store/app-store';
import { selectCurrentAnchors, selectVisibleAnnotations } from '../store/selectors';
import { plural } from '../paper/plural';
import { forEachEntry, plainOf } from '../annotations/shared-record';

/**
 * Longest share link offered: 32,000 characters hold some 196 typical annotations
 * (bench/SHARE-RESULTS.md); chat apps and mail clients cut links long before browsers do.
 */
export const SHARE_LINK_LIMIT = 32_000;

/** The actions of the share controller that export. */
export type ExportActions = Pick<ShareController, 'exportFile' | 'copyShareLink'>;

/** The export actions over `store`; `now` dates the exports. */
export function createExportActions(store: AppStore, now: () => number): ExportActions {
  const starts = () => {
    const out: Record<string, number | null> = {};
    forEachEntry(selectCurrentAnchors(store.getState()), (id, a) => {
      out[id] = a.status === 'orphan' ? null : a.start;
    });
    return out;
  };
  const resolveScope = (scope: ExportScope | 'filtered'): ExportScope =>
    scope === 'filtered'
      ? { kind: 'subset', ids: selectVisibleAnnotations(store.getState()).map((a) => a.id) }
      : scope;

  return {
    async exportFile(scope, format) {
      // The report's Markdown renderer for notes loads with the first HTML report only.
      const [{ buildExportFile }, noteHtml] = await Promise.all([
        loadSharingFormats(),
        format === 'html'
          ? import('../components/Sidebar/note-html').then((m) => m.noteToHtml)
          : undefined,
      ]);
      const s = store.getState();
      if (!s.paper) return false;
      const file = buildExportFile({
        paper: s.paper,
        all: plainOf(s.annotations),
        sets: s.annotationSets,
        colourLabels: s.colourLabels,
        scope: resolveScope(scope),
        format,
        id: randomUuid(),
        now: now(),
        starts: starts(),
        noteHtml,
      });
      if (file.count === 0) return false;
      downloadText(file.fileName, file.content, file.mimeType);
      s.announced(`Exported ${plural(file.count, 'annotation')} to ${isolate(file.fileName)}.`);
      return true;
    },
    async copyShareLink(setId) {
      const { annotationsForExport, encodeShareCode, toW3CCollection } = await loadSharingFormats();
      const s = store.getState();
      if (!s.paper) return { kind: 'empty' };
      const annotations = annotationsForExport(plainOf(s.annotations), s.paper.id, {
        kind: 'set',
        setId,
      });
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
  };
}
