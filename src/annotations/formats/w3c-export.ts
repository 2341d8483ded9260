/**
 * Export to the W3C Web Annotation Data Model: one `AnnotationCollection` (JSON-LD) per file,
 * naming the paper and the sets it carries. The same file serves an instructor sharing a set and
 * a reviewer exporting their notes; `w3c-import.ts` reads it back without loss.
 */
import type { Paper, Reference } from '../../paper/types';
import type { Annotation, AnnotationId, AnnotationSet, SetId } from '../types';
import { doiUrl, paperIri } from './paper-iri';
import { EXPORT_CONTEXT, FORMAT_VERSION, UUID_URN_PREFIX, annotationIri } from './vocab';
import type {
  Motivation,
  W3CAnnotation,
  W3CBody,
  W3CCollection,
  W3CLinkBody,
  W3CSetInfo,
} from './w3c-types';

/** What an export needs to know about the paper. */
export type ExportPaper = Pick<Paper, 'id' | 'title' | 'text' | 'references'> & { doi?: string };

export interface ExportInput {
  paper: ExportPaper;
  /** The annotations to export: all of the paper's, a filtered subset, or one set's. */
  annotations: readonly Annotation[];
  /** The sets those annotations belong to (others are ignored). */
  sets: readonly AnnotationSet[];
  /** A fresh id for the collection (a UUID). */
  id: string;
  /** Epoch milliseconds of the export. */
  now: number;
}

/** What to export: all of a paper's annotations, one set of them, or a chosen few (filtered). */
export type ExportScope =
  | { kind: 'paper' }
  | { kind: 'set'; setId: SetId }
  | { kind: 'subset'; ids: readonly AnnotationId[] };

/** The paper's annotations in `scope`, in no particular order (`toW3CCollection` sorts). */
export function annotationsForExport(
  all: Readonly<Record<AnnotationId, Annotation>>,
  paperId: Paper['id'],
  scope: ExportScope,
): Annotation[] {
  const wanted = scope.kind === 'subset' ? new Set(scope.ids) : null;
  return Object.values(all).filter(
    (a) =>
      a.paperId === paperId &&
      (scope.kind !== 'set' || a.setId === scope.setId) &&
      (wanted === null || wanted.has(a.id)),
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Builds the collection: annotations in reading order, the sets they use, the paper named. */
export function toW3CCollection(input: ExportInput): W3CCollection {
  const { paper, annotations, id, now } = input;
  const source = paperIri(paper.id, paper.doi);
  const setsById = new Map(input.sets.map((s) => [s.id, s]));
  const used = new Set(annotations.map((a) => a.setId));
  const sets = [...used].map((setId) =>
    toSetInfo(setId, setsById.get(setId), earliestIn(annotations, setId)),
  );
  const items = [...annotations]
    .sort((a, b) => startOf(a) - startOf(b) || a.created - b.created)
    .map((a) => toW3CAnnotation(a, { paper, source, set: setsById.get(a.setId) }));
  const collectionId = `${UUID_URN_PREFIX}${id}`;
  return {
    '@context': EXPORT_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Annotations on "${paper.title}"`,
    total: items.length,
    generated: iso(now),
    generator: { id: 'https://marginalia.app/', type: 'Software', name: 'Marginalia' },
    'mg:formatVersion': FORMAT_VERSION,
    'mg:paper': {
      id: paper.id,
      title: paper.title,
      source,
      ...(paper.doi ? { doi: paper.doi } : {}),
    },
    'mg:sets': sets,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** One annotation as a W3C `Annotation`: note, tags and links as bodies, the passage as target. */
export function toW3CAnnotation(
  a: Annotation,
  context: { paper: ExportPaper; source: string; set?: AnnotationSet },
): W3CAnnotation {
  const { paper, source, set } = context;
  const body: W3CBody[] = [];
  if (a.note)
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: a.note,
      format: 'text/markdown',
    });
  for (const tag of a.tags)
    body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, format: 'text/plain' });
  for (const label of a.refLabels) body.push(toLinkBody(label, paper, source));
  const { position, quote } = a.target;
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    created: iso(a.created),
    modified: iso(a.modified),
    ...(set?.author ? { creator: { type: 'Person', name: set.author } } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source,
      selector: position ? [quote, position] : [quote],
    },
    'mg:set': a.setId,
    'mg:colour': a.colour,
  };
}

/** The annotation's main purpose: a note comments, else links link, else tags tag. */
function motivationOf(a: Annotation): Motivation {
  if (a.note) return 'commenting';
  if (a.refLabels.length > 0) return 'linking';
  if (a.tags.length > 0) return 'tagging';
  return 'highlighting';
}

function toLinkBody(label: string, paper: ExportPaper, source: string): W3CLinkBody {
  const ref: Reference | undefined = paper.references.find((r) => r.label === label);
  if (!ref)
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      source,
      label: `Reference ${label}`,
      'mg:refLabel': label,
    };
  const text = paper.text.slice(ref.start, ref.end);
  const external = ref.fields.doi ? doiUrl(ref.fields.doi) : ref.fields.url;
  if (external)
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      source: external,
      label: text,
      'mg:refLabel': label,
    };
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source,
    label: text,
    selector: [
      { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: ref.start, end: ref.end },
    ],
    'mg:refLabel': label,
  };
}

/** The earliest creation time among the exported annotations of `setId` (there is at least one). */
function earliestIn(annotations: readonly Annotation[], setId: SetId): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const a of annotations) if (a.setId === setId) earliest = Math.min(earliest, a.created);
  return earliest;
}

/**
 * The set as the file names it. A set's own time is unknown when it was never recorded ("My
 * annotations" exists before anything is made in it, `created: 0`) or the set is missing: then
 * it is dated by its earliest exported annotation, when it was first used, never 1970.
 */
function toSetInfo(setId: SetId, set: AnnotationSet | undefined, firstUsed: number): W3CSetInfo {
  const created = set && set.created > 0 ? set.created : firstUsed;
  if (!set) return { id: setId, name: 'Annotations', created: iso(created) };
  return {
    id: set.id,
    name: set.name,
    created: iso(created),
    ...(set.author ? { author: set.author } : {}),
    ...(set.colour ? { colour: set.colour } : {}),
  };
}

const startOf = (a: Annotation) => a.target.position?.start ?? Number.MAX_SAFE_INTEGER;
