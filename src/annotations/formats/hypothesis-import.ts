/**
 * The Hypothesis client's JSON export (`annotations-exporter.tsx` `buildJSONExportContent`:
 * `{export_date, export_userid, client_version, annotations: APIAnnotationData[]}`) into our
 * model. Each annotation's `target[].selector` holds the same W3C selectors we use; `text` is its
 * Markdown note, `tags` its tags. Replies and page notes have no passage and are skipped, each
 * with its reason.
 */
import { isolate } from '../../paper/isolate';
import * as v from 'valibot';
import { jsonObject } from './json-object';
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selectors';
import { DEFAULT_COLOUR } from '../colours';
import { normaliseTags } from '../operations';
import { asAnnotationId, asSetId, type Annotation, type AnnotationSet, type SetId } from '../types';
import { MAX_ANNOTATIONS, MAX_LABEL_CHARS, MAX_NOTE_CHARS } from './vocab';
import { DateTime, Selector } from './w3c-schema';
import { NO_PAPER_ID } from './parsed-file';

export const HypothesisExportSchema = jsonObject({
  export_date: v.optional(DateTime),
  export_userid: v.optional(v.string()),
  client_version: v.optional(v.string()),
  annotations: v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_ANNOTATIONS, `more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations`),
  ),
});

export const HypothesisAnnotationSchema = jsonObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a Hypothesis annotation id')),
  created: DateTime,
  updated: v.optional(DateTime),
  user: v.string(),
  user_info: v.optional(jsonObject({ display_name: v.nullish(v.string()) })),
  uri: v.string(),
  text: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(
        MAX_NOTE_CHARS,
        `a note longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters`,
      ),
    ),
    '',
  ),
  tags: v.optional(
    v.array(v.pipe(v.string(), v.maxLength(MAX_LABEL_CHARS, 'a tag that long'))),
    [],
  ),
  target: v.array(
    jsonObject({ source: v.optional(v.string()), selector: v.optional(v.array(Selector)) }),
  ),
  references: v.optional(v.array(v.string())),
  document: v.optional(jsonObject({ title: v.optional(v.array(v.string())) })),
});
export type HypothesisAnnotation = v.InferOutput<typeof HypothesisAnnotationSchema>;

/** `acct:alice@hypothes.is` → `alice`; the display name when the export has one. */
export function hypothesisUserName(a: Pick<HypothesisAnnotation, 'user' | 'user_info'>): string {
  return a.user_info?.display_name?.trim() || /^acct:([^@]+)@/.exec(a.user)?.[1] || a.user;
}

/** The layer a Hypothesis export is shown as, named after its author. */
export function hypothesisSet(author: string, created: number): AnnotationSet {
  const key = author.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 60) || 'export';
  return {
    id: asSetId(`hypothesis:${key}`),
    name: `Hypothesis annotations by ${isolate(author)}`,
    created,
    author,
  };
}

/** One Hypothesis annotation in our model, or why it cannot be placed in a paper. */
export function fromHypothesisAnnotation(
  a: HypothesisAnnotation,
  setId: SetId,
): Annotation | { skip: string } {
  if (a.references?.length) return { skip: 'it is a reply to another annotation' };
  const selectors = a.target.flatMap((t) => t.selector ?? []);
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) return { skip: 'it is a page note with no quoted passage' };
  const position = selectors.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
  const created = Date.parse(a.created);
  return {
    id: asAnnotationId(`https://hypothes.is/a/${a.id}`),
    paperId: NO_PAPER_ID,
    setId,
    colour: DEFAULT_COLOUR,
    note: a.text,
    tags: normaliseTags(a.tags),
    refLabels: [],
    created,
    modified: Math.max(created, a.updated ? Date.parse(a.updated) : created),
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
      },
      ...(position
        ? { position: { type: 'TextPositionSelector', start: position.start, end: position.end } }
        : {}),
    },
  };
}
