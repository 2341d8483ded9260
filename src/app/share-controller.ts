/**
 * Sharing and exporting, glued: exports and share links (`share-export.ts`, loaded with the first
 * of them: the first screen shares nothing), the storage-full banner's "save everything", and
 * annotation files, pastes and share links routed to the import preview in the store. The
 * formats load on first use (annotations/formats/load-sharing.ts), so these actions are async.
 * The views know it by its interface (components/Share/share-actions.ts).
 */
import { quoted } from '../paper/isolate';
import { loadOnce, loadSharingFormats } from '../annotations/formats/load-sharing';
import { exportAllAnnotations } from '../components/shared/export-all';
import type { ShareController } from '../components/Share/share-actions';
import { readFileText } from '../io/share-link';
import type { AppStore } from '../store/app-store';
import { isPartNotLoaded, partNotLoaded } from './paper-messages';
import type { ExportActions } from './share-export';

/** The share controller of `store`; `now` dates the exports. */
export function createShareController(
  store: AppStore,
  now: () => number = Date.now,
): ShareController {
  /** The export actions, loaded with the first (a failed load is tried afresh by the next). */
  const exporting = loadOnce(() =>
    import('./share-export').then((m): ExportActions => m.createExportActions(store, now)),
  );

  return {
    exportFile: async (scope, format) => (await exporting()).exportFile(scope, format),
    exportEverything: () => exportAllAnnotations(store, now),
    copyShareLink: async (setId) => (await exporting()).copyShareLink(setId),
    async importFile(file) {
      try {
        await store.getState().importRequested(await readFileText(file), 'file', file.name);
      } catch (error) {
        console.error(`Could not read ${file.name}`, error);
        store
          .getState()
          .importRefused(
            isPartNotLoaded(error)
              ? partNotLoaded(file.name)
              : `${quoted(file.name)} could not be read (it may have moved, or be open elsewhere). Pick it again, or save a copy and import that.`,
            'file',
            file.name,
          );
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
