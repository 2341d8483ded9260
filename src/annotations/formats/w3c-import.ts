/**
 * One validated W3C annotation into our model: the note from its commenting bodies, tags from its
 * tagging bodies, linked references from our `mg:refLabel`, the passage from the first target
 * with a TextQuoteSelector. Text is kept exactly as written (HTML stays text; views escape it).
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selectors';
import type { PaperId } from '../../paper/types';
import { DEFAULT_COLOUR } from '../colours';
import { normaliseRefLabels, normaliseTags } from '../operations';
import { asAnnotationId, asSetId, type Annotation, type AnnotationId, type SetId } from '../types';
import { fingerprint64 } from './fingerprint';
import { ANNOTATION_IRI, MAX_LABEL_CHARS, MAX_NOTE_CHARS, annotationIdFromIri } from './vocab';
import type { W3CAnnotationInput } from './w3c-schema';

type Input = W3CAnnotationInput;
type BodyInput = Exclude<NonNullable<Input['body']>, readonly unknown[]>;

export interface ConvertContext {
  paperId: PaperId;
  /** The set of an annotation that does not name one. */
  setId: SetId;
  /** Epoch ms used when the annotation has no dates (the file's own date, else 0). */
  fallbackTime: number;
}

/** The annotation in our model, or why it cannot be placed in a paper. */
export function fromW3CAnnotation(a: Input, ctx: ConvertContext): Annotation | { skip: string } {
  const target = textTarget(a.target);
  if (!target) return { skip: 'it has no TextQuoteSelector, so it cannot be placed in the text' };
  const { note, tags, refLabels } = readBodies(a);
  if (note.length > MAX_NOTE_CHARS)
    return { skip: `its note is longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters` };
  if (tags.some((t) => t.length > MAX_LABEL_CHARS))
    return { skip: `a tag is longer than ${MAX_LABEL_CHARS} characters` };
  const created = time(a.created) ?? time(a.modified) ?? ctx.fallbackTime;
  return {
    id: annotationIdOf(a.id, [
      target.quote.prefix,
      target.quote.exact,
      target.quote.suffix,
      note,
      ...tags,
      ...refLabels,
      a.created ?? '',
      target.position?.start ?? '',
    ]),
    paperId: ctx.paperId,
    setId: a['mg:set'] === undefined ? ctx.setId : asSetId(a['mg:set']),
    colour: a['mg:colour'] ?? DEFAULT_COLOUR,
    note,
    tags: normaliseTags(tags),
    refLabels: normaliseRefLabels(refLabels),
    created,
    modified: Math.max(created, time(a.modified) ?? created),
    target,
  };
}

/** The first creator's name, if the annotation gives one. */
export function creatorName(a: Input): string | null {
  const first = [a.creator ?? []].flat()[0];
  if (!first || typeof first === 'string') return null;
  return first.name?.trim() || first.nickname?.trim() || null;
}

/**
 * Our id for an annotation: the UUID of a `urn:uuid:` IRI (what we write), any other IRI as it
 * is, and for an annotation without an id one derived from all it says (passage, note, tags,
 * sources, date; 64 bits), so importing the same file twice finds duplicates instead of doubling
 * everything, while two notes on one passage stay two. (Identical ones in one file are told apart
 * by the reader of the file.)
 */
function annotationIdOf(
  iri: string | undefined,
  content: readonly (string | number)[],
): AnnotationId {
  if (iri && ANNOTATION_IRI.test(iri)) return asAnnotationId(annotationIdFromIri(iri));
  return asAnnotationId(`urn:marginalia:content:${fingerprint64(content.join('\u0000'))}`);
}

function textTarget(
  targets: Input['target'],
): { quote: TextQuoteSelector; position?: TextPositionSelector } | null {
  for (const t of [targets].flat()) {
    if (typeof t === 'string' || !t.selector) continue;
    const selectors = [t.selector].flat();
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
      TextQuoteSelector | undefined;
    if (!quote) continue;
    const position = selectors.find((s) => s.type === 'TextPositionSelector') as
      TextPositionSelector | undefined;
    const q: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
    };
    return position
      ? {
          quote: q,
          position: { type: 'TextPositionSelector', start: position.start, end: position.end },
        }
      : { quote: q };
  }
  return null;
}

function readBodies(a: Input): { note: string; tags: string[]; refLabels: string[] } {
  const notes: string[] = a.bodyValue ? [a.bodyValue] : [];
  const tags: string[] = [];
  const refLabels: string[] = [];
  for (const body of [a.body ?? []].flat() as (BodyInput | string)[]) {
    if (typeof body === 'string') continue;
    const purposes = [body.purpose ?? []].flat();
    if (body['mg:refLabel'] !== undefined && purposes.includes('linking'))
      refLabels.push(body['mg:refLabel']);
    else if (body.value === undefined) continue;
    else if (purposes.includes('tagging')) tags.push(body.value);
    else if (!purposes.includes('linking')) notes.push(body.value);
  }
  return { note: notes.join('\n\n'), tags, refLabels };
}

function time(iso: string | undefined): number | null {
  return iso === undefined ? null : Date.parse(iso);
}
