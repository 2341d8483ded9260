/**
 * Checks for everything the app reads back from its own storage, record by record like an import:
 * a recent paper, an annotation set, a colour label, an annotation, a tombstone, the current
 * paper. `validatePersistedState` keeps every valid record and hands back the others with a
 * reason, so one bad record never costs the rest (nor a blank screen: a label stored as an object
 * used to reach React as a child).
 *
 * Written by hand, not with valibot (formats/own-schema.ts is the style for imports): a reload runs
 * these checks before its first screen, so their code is in the first load, and valibot's runtime
 * cost 2.3 kB of it gzipped. The reasons are valibot's, word for word (the first issue, with its
 * path: `target.quote.exact: Invalid type: Expected string but received 3`); the test holds the
 * valibot schemas these checks were written from and compares both on every case.
 */
import { COLOUR_IDS, isColourId, MAX_COLOUR_LABEL_LENGTH } from './colours';
import { isRecord } from './json-guards';
import { PERSISTED_DEFAULTS } from './persisted';

/** Longest title or file name kept for the recent list; a longer one is not ours. */
const MAX_NAME_CHARS = 4000;
/** Longest note kept (the editor stays usable at 200,000 characters; 5 MB fills localStorage). */
export const MAX_NOTE_CHARS = 2_000_000;

/** Whether `key` names something every object has (`constructor`, `__proto__`, `toString`). */
export const isPrototypeKey = (key: string): boolean => key in Object.prototype;

/** Why a value is not valid (the path of keys to the bad value, innermost last), or null. */
type Issue = { path: (string | number)[]; message: string } | null;
/** A check of one value; `optional` ones accept a missing key (and `undefined`). */
type Check = ((value: unknown) => Issue) & { optional?: true };

/** A value as valibot names what it received: `"text"`, `3`, `Array`, `null`, `undefined`. */
const received = (x: unknown): string => {
  const type = typeof x;
  if (type === 'string') return `"${x as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return String(x);
  if (type === 'object' || type === 'function')
    return ((x && (Object.getPrototypeOf(x) as { constructor?: { name?: string } } | null))
      ?.constructor?.name ?? 'null') as string;
  return type;
};

const issue = (message: string): Issue => ({ path: [], message });

/** valibot's own message: `Invalid type: Expected string but received 3`. */
const invalid = (kind: string, expected: string | null, got: string): Issue =>
  issue(`Invalid ${kind}: ${expected ? `Expected ${expected} but r` : 'R'}eceived ${got}`);

/** A check of what `test` accepts; `kind`/`expected` make valibot's message when none is given. */
const when =
  <T>(
    test: (x: T) => boolean,
    message: string | undefined,
    kind: string,
    expected: string | null,
    got: (x: T) => string = received,
  ): Check =>
  (x) =>
    test(x as T)
      ? null
      : message !== undefined
        ? issue(message)
        : invalid(kind, expected, got(x as T));

/** The first issue of `checks` run in turn (later ones see a value the earlier ones accepted). */
const pipe =
  (...checks: Check[]): Check =>
  (x) => {
    for (const check of checks) {
      const found = check(x);
      if (found) return found;
    }
    return null;
  };

const string = (message?: string) => when((x) => typeof x === 'string', message, 'type', 'string');
const number = (message?: string) =>
  when((x) => typeof x === 'number' && !Number.isNaN(x), message, 'type', 'number');
const maxLength = (max: number, message?: string) =>
  when(
    (x: string) => x.length <= max,
    message,
    'length',
    `<=${max}`,
    (x) => `${x.length}`,
  );
const minLength = (min: number, message?: string) =>
  when(
    (x: string) => x.length >= min,
    message,
    'length',
    `>=${min}`,
    (x) => `${x.length}`,
  );
const literal = (value: string) => when((x) => x === value, undefined, 'type', `"${value}"`);
const picklist = (options: readonly string[], message?: string) =>
  when(
    (x) => options.includes(x as string),
    message,
    'type',
    options.length > 1 ? `(${options.map((o) => `"${o}"`).join(' | ')})` : `"${options[0]}"`,
  );
const optional = (check: Check): Check =>
  Object.assign((x: unknown) => (x === undefined ? null : check(x)), { optional: true as const });

/** An issue found inside `key`, with `key` put in front of its path. */
const under = (key: string | number, found: Issue): Issue =>
  found && { path: [key, ...found.path], message: found.message };

/** A JSON object (never an array) whose `entries` are checked in order; other keys are allowed. */
const object =
  (entries: Record<string, Check>): Check =>
  (x) => {
    if (!isRecord(x)) return issue('not an object');
    for (const key in entries) {
      const check = entries[key]!;
      if (key in x) {
        const found = check(x[key]);
        if (found) return under(key, found);
      } else if (!check.optional) return under(key, invalid('key', `"${key}"`, 'undefined'));
    }
    return null;
  };

/** An id used as a record key: plain characters, never a name every object already has. */
const RecordKey = pipe(
  string('not a text id'),
  when(
    (x: string) => /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}$/.test(x),
    'not an id (letters, digits, . _ : @ -)',
    '',
    null,
  ),
  when((x: string) => !isPrototypeKey(x), 'a reserved word, not an id', '', null),
);
const Time = pipe(
  number('not a time'),
  when((x: number) => Number.isFinite(x), 'not a time', '', null),
);
const Name = pipe(string('not text'), maxLength(MAX_NAME_CHARS, 'too long'));
const StringList: Check = (x) => {
  if (!Array.isArray(x)) return issue('not a list of text');
  const bad = x.findIndex((item) => typeof item !== 'string');
  return bad < 0 ? null : under(bad, issue('not text'));
};
const Offset = pipe(
  number(),
  when((x: number) => Number.isInteger(x), undefined, 'integer', null),
  when((x: number) => x >= 0, undefined, 'value', '>=0'),
);
const NonEmpty = pipe(string(), minLength(1));

/** An entry of the recent-papers list. */
const PaperMeta = object({
  id: RecordKey,
  title: Name,
  fileName: Name,
  format: picklist(['text', 'markdown', 'pdf'], 'not a paper format'),
  openedAt: Time,
  bundled: optional(when((x) => typeof x === 'boolean', undefined, 'type', 'boolean')),
});

/** An annotation set (a layer). */
const AnnotationSet = object({
  id: RecordKey,
  name: Name,
  created: Time,
  author: optional(Name),
  colour: optional(picklist(COLOUR_IDS)),
  origin: optional(picklist(['own', 'imported'])),
  paperId: optional(RecordKey),
});

/** A colour label as the reader named it (normalised when renamed, so never longer). */
const ColourLabel = pipe(
  string('not text'),
  minLength(1, 'empty'),
  maxLength(MAX_COLOUR_LABEL_LENGTH, 'too long'),
);

/** An annotation in the state's shape (after decoding from its stored compact form). */
const AnnotationRecord = object({
  id: NonEmpty,
  paperId: NonEmpty,
  setId: string(),
  colour: picklist(COLOUR_IDS, 'not a colour'),
  note: pipe(string('not text'), maxLength(MAX_NOTE_CHARS, 'too long')),
  tags: StringList,
  refLabels: StringList,
  created: Time,
  modified: Time,
  target: object({
    position: optional(
      object({ type: literal('TextPositionSelector'), start: Offset, end: Offset }),
    ),
    quote: object({
      type: literal('TextQuoteSelector'),
      exact: string(),
      prefix: string(),
      suffix: string(),
    }),
  }),
});

const check = (schema: Check, value: unknown): string | null => {
  const found = schema(value);
  if (!found) return null;
  return found.path.length ? `${found.path.join('.')}: ${found.message}` : found.message;
};

/** A record checked with `schema`, stored under its own id. */
const underOwnId = (schema: Check, key: string, value: unknown): string | null =>
  check(schema, value) ?? ((value as { id: string }).id === key ? null : 'stored under another id');

/** Why one entry of a persisted record is not valid, or null when it is. */
export function checkEntry(field: string, key: string, value: unknown): string | null {
  switch (field) {
    case 'papers':
      return underOwnId(PaperMeta, key, value);
    case 'annotationSets':
      return underOwnId(AnnotationSet, key, value);
    case 'colourLabels':
      return isColourId(key) ? check(ColourLabel, value) : 'not a colour';
    case 'annotations':
      return underOwnId(AnnotationRecord, key, value);
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
