/**
 * Valibot schemas for everything the app reads back from its own storage, checked record by
 * record like an import (formats/own-schema.ts is the style): a recent paper, an annotation set,
 * a colour label, an annotation, a tombstone, the current paper. `validatePersistedState` keeps
 * every valid record and hands back the others with a reason, so one bad record never costs the
 * rest (nor a blank screen: a label stored as an object used to reach React as a child).
 */
import * as v from 'valibot';
import { COLOUR_IDS, isColourId, MAX_COLOUR_LABEL_LENGTH } from './colours';
import { jsonObject } from './formats/json-object';
import { isRecord } from './json-guards';
import { PERSISTED_DEFAULTS } from './persisted';

/** Longest title or file name kept for the recent list; a longer one is not ours. */
const MAX_NAME_CHARS = 4000;
/** Longest note kept (the editor stays usable at 200,000 characters; 5 MB fills localStorage). */
export const MAX_NOTE_CHARS = 2_000_000;

/** Whether `key` names something every object has (`constructor`, `__proto__`, `toString`). */
export const isPrototypeKey = (key: string): boolean => key in Object.prototype;

/** An id used as a record key: plain characters, never a name every object already has. */
const RecordKey = v.pipe(
  v.string('not a text id'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}$/, 'not an id (letters, digits, . _ : @ -)'),
  v.check((s) => !isPrototypeKey(s), 'a reserved word, not an id'),
);
const Time = v.pipe(v.number('not a time'), v.finite('not a time'));
const Name = v.pipe(v.string('not text'), v.maxLength(MAX_NAME_CHARS, 'too long'));
const StringList = v.array(v.string('not text'), 'not a list of text');
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An entry of the recent-papers list. */
export const PaperMetaSchema = jsonObject({
  id: RecordKey,
  title: Name,
  fileName: Name,
  format: v.picklist(['text', 'markdown', 'pdf'], 'not a paper format'),
  openedAt: Time,
  bundled: v.optional(v.boolean()),
});

/** An annotation set (a layer). */
export const AnnotationSetSchema = jsonObject({
  id: RecordKey,
  name: Name,
  created: Time,
  author: v.optional(Name),
  colour: v.optional(v.picklist(COLOUR_IDS)),
  origin: v.optional(v.picklist(['own', 'imported'])),
  paperId: v.optional(RecordKey),
});

/** A colour label as the reader named it (normalised when renamed, so never longer). */
export const ColourLabelSchema = v.pipe(
  v.string('not text'),
  v.minLength(1, 'empty'),
  v.maxLength(MAX_COLOUR_LABEL_LENGTH, 'too long'),
);

/** An annotation in the state's shape (after decoding from its stored compact form). */
export const AnnotationSchema = jsonObject({
  id: v.pipe(v.string(), v.minLength(1)),
  paperId: v.pipe(v.string(), v.minLength(1)),
  setId: v.string(),
  colour: v.picklist(COLOUR_IDS, 'not a colour'),
  note: v.pipe(v.string('not text'), v.maxLength(MAX_NOTE_CHARS, 'too long')),
  tags: StringList,
  refLabels: StringList,
  created: Time,
  modified: Time,
  target: jsonObject({
    position: v.optional(
      jsonObject({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
    ),
    quote: jsonObject({
      type: v.literal('TextQuoteSelector'),
      exact: v.string(),
      prefix: v.string(),
      suffix: v.string(),
    }),
  }),
});

const reasonOf = (issues: readonly v.BaseIssue<unknown>[]): string => {
  const issue = issues[0]!;
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
};

const check = (schema: v.GenericSchema, value: unknown): string | null => {
  const result = v.safeParse(schema, value);
  return result.success ? null : reasonOf(result.issues);
};

/** Why one entry of a persisted record is not valid, or null when it is. */
export function checkEntry(field: string, key: string, value: unknown): string | null {
  switch (field) {
    case 'papers':
    case 'annotationSets': {
      const reason = check(field === 'papers' ? PaperMetaSchema : AnnotationSetSchema, value);
      if (reason) return reason;
      return (value as { id: string }).id === key ? null : 'stored under another id';
    }
    case 'colourLabels':
      return isColourId(key) ? check(ColourLabelSchema, value) : 'not a colour';
    case 'annotations': {
      const reason = check(AnnotationSchema, value);
      if (reason) return reason;
      return (value as { id: string }).id === key ? null : 'stored under another id';
    }
    case 'annotationTombstones':
      return check(Time, value);
    default:
      return null;
  }
}

/** A stored value left out of the state, with why. */
export interface DroppedValue {
  field: string;
  /** The entry's key, or undefined when the whole field was unusable. */
  key?: string;
  value: unknown;
  reason: string;
}

const RECORD_FIELDS = [
  'papers',
  'annotationSets',
  'colourLabels',
  'annotations',
  'annotationTombstones',
] as const;

/**
 * Keeps the valid records of a stored state and lists the others. A field that is not a record at
 * all is set back to its default (an empty list, the default labels), except `annotations` and
 * `annotationTombstones`, which are left for the shape check to refuse (the caller then backs up
 * everything). Missing fields stay missing.
 */
export function validatePersistedState(state: Record<string, unknown>): {
  state: Record<string, unknown>;
  dropped: DroppedValue[];
} {
  const out: Record<string, unknown> = { ...state };
  const dropped: DroppedValue[] = [];
  for (const field of RECORD_FIELDS) {
    if (!(field in state)) continue;
    const stored = state[field];
    if (!isRecord(stored)) {
      if (field === 'annotations' || field === 'annotationTombstones') continue;
      dropped.push({ field, value: stored, reason: 'not a record' });
      out[field] = { ...PERSISTED_DEFAULTS[field] };
      continue;
    }
    const kept: Record<string, unknown> = {};
    const before = dropped.length;
    for (const [key, value] of Object.entries(stored)) {
      const reason = checkEntry(field, key, value);
      if (reason) dropped.push({ field, key, value, reason });
      else
        Object.defineProperty(kept, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    // Untouched records keep their identity (the storage compares by identity to skip writes).
    if (dropped.length > before) out[field] = kept;
  }
  if ('currentPaperId' in state && state.currentPaperId !== null) {
    const reason = check(RecordKey, state.currentPaperId);
    if (reason) {
      dropped.push({ field: 'currentPaperId', value: state.currentPaperId, reason });
      out.currentPaperId = null;
    }
  }
  return { state: out, dropped };
}
