/**
 * What the sharing views can ask for (export, share link, import), as an interface: the
 * composition root builds it (app/share-controller.ts) and hands it down, so the views depend on
 * no floor above their own.
 */
import type { ExportFormat } from '../../annotations/formats/export-file';
import type { ExportScope } from '../../annotations/formats/w3c-export';
import type { SetId } from '../../annotations/types';

/** What "Copy share link" did: copied, shown for copying by hand, or too long (use the file). */
export type ShareLinkResult =
  | { kind: 'copied' | 'shown'; url: string; count: number }
  | { kind: 'too-long'; length: number; count: number }
  | { kind: 'empty' };

/** The sharing actions the views call; built by `createShareController` in app/. */
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
