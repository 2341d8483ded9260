/**
 * Valibot schemas for the parts of our own file that W3C readers ignore: the format version, the
 * paper it was made on, and its sets. Checked before the annotations, so a file from a newer app
 * is refused with a message to update rather than half read.
 */
import * as v from 'valibot';
import { jsonObject } from './json-object';
import { COLOUR_IDS } from '../colours';
import { DateTime } from './w3c-schema';
import { ANNOTATION_IRI, FORMAT_VERSION, MAX_LABEL_CHARS } from './vocab';
import { asPaperId } from '../../paper/types';

const label = (what: string) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.trim()),
    v.minLength(1, `${what} is empty`),
    v.maxLength(MAX_LABEL_CHARS, `${what} is longer than ${MAX_LABEL_CHARS} characters`),
  );

/** A set id becomes a record key: plain characters only, never `__proto__` or `constructor`. */
export const SetIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, 'not a set id (letters, digits, . _ : @ -)'),
  v.check((s) => s !== 'constructor' && s !== 'prototype', 'a reserved word, not a set id'),
);

export const OwnSetSchema = jsonObject({
  id: SetIdSchema,
  name: label('the set name'),
  created: DateTime,
  author: v.optional(label('the author name')),
  colour: v.optional(v.picklist(COLOUR_IDS)),
});

/** The format version: a whole number this app can read. */
export const VersionSchema = v.pipe(
  v.number('the format version is not a number'),
  v.integer('the format version is not a whole number'),
  v.minValue(1, 'the format version is below 1'),
  v.maxValue(
    FORMAT_VERSION,
    `the file was written by a newer Marginalia; this one reads format ${FORMAT_VERSION}: update the app to import it`,
  ),
);

export const OwnCollectionSchema = jsonObject({
  'mg:formatVersion': VersionSchema,
  'mg:paper': jsonObject({
    id: v.pipe(
      v.string(),
      v.regex(/^sha256:[0-9a-f]{64}$/, 'not a paper id (sha256:…)'),
      v.transform(asPaperId),
    ),
    title: v.string(),
    source: v.string(),
    doi: v.optional(v.string()),
  }),
  'mg:sets': v.pipe(v.array(OwnSetSchema), v.minLength(1, 'the file names no annotation set')),
});
export type OwnCollectionInput = v.InferOutput<typeof OwnCollectionSchema>;

/** In our own file every annotation says its id, dates, set and colour. */
export const OwnAnnotationExtras = jsonObject({
  id: v.pipe(
    v.string(),
    v.regex(ANNOTATION_IRI, 'not an annotation id (urn:uuid:… or another IRI)'),
  ),
  created: DateTime,
  modified: DateTime,
  'mg:set': SetIdSchema,
  'mg:colour': v.picklist(COLOUR_IDS),
});
