/**
 * The sharing formats as one chunk: W3C export and import, the Hypothesis reader, reports, share
 * codes, and the import plan. They are needed only when a reader exports, shares or imports, so
 * the app loads them on first use (`loadSharingFormats`), keeping them and their schemas out of
 * the first load (scripts/check-bundle.mjs).
 */
export { applyImport } from './apply-import';
export { buildExportFile } from './export-file';
export { planImport } from './import-plan';
export { parseAnnotationFile } from './parse-annotation-file';
export { decodeShareCode, encodeShareCode } from './share-code';
export { annotationsForExport, toW3CCollection } from './w3c-export';
