/**
 * Valibot schemas for W3C Web Annotations read from outside: one annotation, an array, an
 * `AnnotationPage` or an `AnnotationCollection` with its first page embedded. They check only what
 * we use (the W3C model allows much more); unknown keys are dropped, never copied, so `__proto__`
 * or `constructor` keys in a file are inert. Our `mg:` terms are optional here; `own-schema.ts`
 * requires them for files we wrote.
 */
import * as v from 'valibot';
import { jsonObject } from './json-object';
import { COLOUR_IDS } from '../colours';
import { MAX_ANNOTATIONS, MAX_LABEL_CHARS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS } from './vocab';

/** A date-time string (ISO 8601 / xsd:dateTime) that `Date.parse` understands. */
export const DateTime = v.pipe(
  v.string(),
  v.check(
    (s) => /^\d{4}-\d\d-\d\dT/.test(s) && !Number.isNaN(Date.parse(s)),
    'not an ISO 8601 date-time',
  ),
);

const offset = v.pipe(v.number(), v.integer('not a whole number'), v.minValue(0, 'negative'));

export const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'empty quote'),
    v.maxLength(MAX_QUOTE_CHARS, `longer than ${MAX_QUOTE_CHARS} characters`),
  ),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS)), ''),
});

export const PositionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start is after end'),
);

const OtherSelector = v.object({
  type: v.pipe(
    v.string(),
    v.check((t) => t !== 'TextQuoteSelector' && t !== 'TextPositionSelector'),
  ),
});
/** Any selector: the two we read, and any other kind (ignored). */
export const Selector = v.variant('type', [QuoteSelector, PositionSelector, OtherSelector]);
const Selectors = v.union([v.array(Selector), Selector], 'not a selector or a list of selectors');

/** A target: an IRI, or a resource with a `source` and maybe selectors. */
const TargetResource = v.union(
  [v.string(), jsonObject({ source: v.string(), selector: v.optional(Selectors) })],
  'not an IRI or a resource with a "source"',
);

/** One or a list; the list is tried first, as valibot's `object` would also accept an array. */
const oneOrMany = <T extends v.GenericSchema>(schema: T) => v.union([v.array(schema), schema]);

/** A body: an IRI, a TextualBody, a SpecificResource, or another resource (ignored). */
const Body = v.union(
  [
    v.string(),
    jsonObject({
      type: v.optional(oneOrMany(v.string())),
      value: v.optional(
        v.pipe(
          v.string(),
          v.maxLength(
            MAX_NOTE_CHARS,
            `a note longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters`,
          ),
        ),
      ),
      purpose: v.optional(oneOrMany(v.string())),
      source: v.optional(v.union([v.string(), jsonObject({ id: v.string() })])),
      label: v.optional(v.string()),
      'mg:refLabel': v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LABEL_CHARS))),
    }),
  ],
  'not an IRI or a resource',
);

const Agent = v.union([
  v.string(),
  jsonObject({ name: v.optional(v.string()), nickname: v.optional(v.string()) }),
]);

const mentionsAnnotation = (t: string | string[]) => [t].flat().includes('Annotation');

export const W3CAnnotationSchema = jsonObject({
  id: v.optional(v.string()),
  type: v.pipe(oneOrMany(v.string()), v.check(mentionsAnnotation, 'does not include "Annotation"')),
  created: v.optional(DateTime),
  modified: v.optional(DateTime),
  creator: v.optional(oneOrMany(Agent)),
  body: v.optional(oneOrMany(Body)),
  bodyValue: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(
        MAX_NOTE_CHARS,
        `a note longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters`,
      ),
    ),
  ),
  target: oneOrMany(TargetResource),
  'mg:set': v.optional(v.pipe(v.string(), v.minLength(1))),
  'mg:colour': v.optional(v.picklist(COLOUR_IDS, `not one of ${COLOUR_IDS.join(', ')}`)),
});
export type W3CAnnotationInput = v.InferOutput<typeof W3CAnnotationSchema>;

const Items = v.pipe(
  v.array(v.unknown()),
  v.maxLength(MAX_ANNOTATIONS, `more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations`),
);

/** An `AnnotationPage`. Its items are checked one by one, so a message can say which one. */
const PAGE_ENTRIES = { type: v.literal('AnnotationPage'), items: Items };
export const W3CPageSchema = jsonObject(PAGE_ENTRIES);

/** An `AnnotationCollection` whose first page is embedded (a linked page would need a fetch). */
export const W3CCollectionSchema = jsonObject({
  type: v.literal('AnnotationCollection'),
  id: v.optional(v.string()),
  label: v.optional(v.string()),
  generated: v.optional(DateTime),
  first: jsonObject(
    PAGE_ENTRIES,
    'the first page of annotations is not embedded in the file (export the whole collection as one file)',
  ),
});

export const W3CArraySchema = Items;
