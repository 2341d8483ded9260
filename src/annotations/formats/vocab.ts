/**
 * The vocabulary of Marginalia's annotation file: the W3C Web Annotation context plus our own
 * namespaced terms, and the limits every import is held to.
 *
 * The file is a W3C `AnnotationCollection` (https://www.w3.org/TR/annotation-model/). What the
 * W3C model has no word for (a highlight's colour, the set it belongs to, the label of a linked
 * reference) lives under the `mg:` prefix declared in the context, so W3C readers ignore it and we
 * read it back without loss.
 */

/** The W3C Web Annotation JSON-LD context. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our namespace; a JSON-LD prefix, so the terms expand to IRIs and never clash with W3C ones. */
export const MG_NAMESPACE = 'https://marginalia.app/ns/annotation#';

/** The `@context` of every file we write: the W3C one first, then our prefix. */
export const EXPORT_CONTEXT = [W3C_CONTEXT, { mg: MG_NAMESPACE }] as const;

/**
 * Version of our terms in the file. Raise it when a change would make an older app misread a file;
 * an older app then refuses the newer file with a message instead of guessing.
 */
export const FORMAT_VERSION = 1;

/** Our terms, spelled once. */
export const MG = {
  formatVersion: 'mg:formatVersion',
  paper: 'mg:paper',
  sets: 'mg:sets',
  set: 'mg:set',
  colour: 'mg:colour',
  refLabel: 'mg:refLabel',
} as const;

/** The `id` prefix of annotation IRIs (RFC 4122 URN). */
export const UUID_URN_PREFIX = 'urn:uuid:';

const PLAIN_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * The IRI of an annotation id: `urn:uuid:<id>` for our own (UUID) ids; an id that is already an
 * IRI (an imported `https://hypothes.is/a/…`) stays as it is.
 */
export function annotationIri(id: string): string {
  return PLAIN_ID.test(id) ? `${UUID_URN_PREFIX}${id}` : id;
}

/** The inverse of `annotationIri`. */
export function annotationIdFromIri(iri: string): string {
  const rest = iri.startsWith(UUID_URN_PREFIX) ? iri.slice(UUID_URN_PREFIX.length) : '';
  return PLAIN_ID.test(rest) ? rest : iri;
}

/** What `annotationIri` can produce: a UUID URN or another IRI (scheme, colon, no spaces). */
export const ANNOTATION_IRI = /^(urn:uuid:[A-Za-z0-9-]{1,64}|[a-z][a-z0-9+.-]*:[^\s]{1,2000})$/i;

/**
 * Longest file accepted, in characters. 100,000 annotations of our export take about 90 MB, so
 * a whole library imports; much more than that is not an annotation file.
 */
export const MAX_FILE_CHARS = 128 * 1024 * 1024;

/** Most annotations in one file: twice the largest library we measure (100,000). */
export const MAX_ANNOTATIONS = 200_000;

/** Longest note kept: about 30 printed pages; a longer "note" is a pasted document, not a note. */
export const MAX_NOTE_CHARS = 100_000;

/** Longest quote: a few pages of the paper. */
export const MAX_QUOTE_CHARS = 20_000;

/** Longest tag, set name or author name: these are shown on one line. */
export const MAX_LABEL_CHARS = 200;
