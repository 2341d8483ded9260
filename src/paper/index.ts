/**
 * The paper module's public surface: parse a source into the paper model, check and identify
 * source files, and read sections and citations off a parsed paper. Pure: no React, no DOM, no
 * store. (PDF loading lives in `./pdf/` and is imported lazily by its callers, not from here.)
 */
export { parsePaper, PARSER_VERSION, type ParsePaperOptions } from './parse-paper';
export { checkPaperSource, isPdfFile, MAX_SOURCE_BYTES, type SourceCheck } from './check-source';
export { paperIdFromBytes, isPaperId } from './paper-id';
export {
  listSections,
  sectionAt,
  citationsOfReference,
  sectionLabel,
  type Section,
  type CitationInSection,
} from './sections';
export { findCitations } from './citations';
export { parseReferenceFields, referenceLabel } from './reference-fields';
export { humaniseFileName } from './title';
export * from './types';
