/**
 * The compact stored form of one annotation (one storage key each), designed to stay well under
 * 500 bytes for a typical highlight so that 10,000 annotations fit in localStorage's ~5 MB:
 * one-letter keys, fields at their default value left out, times in base 36, the id left out (it
 * is in the storage key) and the selectors' fixed `type` names implied.
 *
 * ```
 * { "p": paperId, "o"?: [start, end], "q": [prefix, exact, suffix], "t": created (base 36),
 *   "u"?: modified - created, "c"?: colour, "n"?: note, "g"?: tags, "r"?: refLabels, "s"?: setId }
 * ```
 * A deleted annotation is stored as its tombstone: `{ "x": deletedAt (base 36) }`.
 *
 * Decoding validates every field: a stored value that does not fit is reported as unreadable
 * (`null`), never half-loaded. What it decodes meets the stored state's schema
 * (persisted-schema.ts `AnnotationSchema`), so a reload checks each annotation once, here, by hand
 * (a schema pass costs some 7 µs an annotation, 35 ms for 5,000).
 */
import { DEFAULT_COLOUR, isColourId } from './colours';
import { isRecord, isStringList } from './json-guards';
import { MAX_NOTE_CHARS } from './persisted-schema';
import { DEFAULT_SET_ID, asSetId, type Annotation, type AnnotationId } from './types';
import { asPaperId } from '../paper/types';

interface CompactAnnotation {
  p: string;
  o?: [number, number];
  q: [string, string, string];
  t: string;
  u?: number;
  c?: string;
  n?: string;
  g?: string[];
  r?: string[];
  s?: string;
}

/** A decoded stored value: an annotation, or the tombstone of a deleted one. */
export type StoredRecord =
  | { kind: 'annotation'; annotation: Annotation }
  | { kind: 'tombstone'; id: AnnotationId; deletedAt: number };

const toBase36 = (ms: number) => Math.round(ms).toString(36);

const fromBase36 = (value: unknown): number | null =>
  typeof value === 'string' && /^[0-9a-z]{1,11}$/.test(value) ? parseInt(value, 36) : null;

/**
 * The tags and reference labels of the many annotations that have none: one frozen empty list
 * shared by all of them (state is never changed in place; a new list replaces it), not two new
 * arrays per record for the collector to copy at a reload.
 */
const NONE: string[] = Object.freeze([]) as unknown as string[];

const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Serializes an annotation for its storage key. */
export function encodeStoredAnnotation(a: Annotation): string {
  const { position, quote } = a.target;
  const compact: CompactAnnotation = {
    p: a.paperId,
    ...(position ? { o: [position.start, position.end] } : {}),
    q: [quote.prefix, quote.exact, quote.suffix],
    t: toBase36(a.created),
  };
  if (a.modified !== a.created) compact.u = a.modified - a.created;
  if (a.colour !== DEFAULT_COLOUR) compact.c = a.colour;
  if (a.note) compact.n = a.note;
  if (a.tags.length) compact.g = a.tags;
  if (a.refLabels.length) compact.r = a.refLabels;
  if (a.setId !== DEFAULT_SET_ID) compact.s = a.setId;
  return JSON.stringify(compact);
}

/** Serializes the tombstone of a deleted annotation. */
export const encodeStoredTombstone = (deletedAt: number): string =>
  JSON.stringify({ x: toBase36(deletedAt) });

/** Reads a stored value back; `null` when it is not valid JSON or not a valid record. */
export function decodeStoredRecord(id: AnnotationId, raw: string): StoredRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const v = value;
  if ('x' in v) {
    const deletedAt = fromBase36(v.x);
    return deletedAt === null ? null : { kind: 'tombstone', id, deletedAt };
  }
  // Read straight from the parsed value, without intermediate copies: a reload decodes thousands.
  const { o, q } = v;
  const created = fromBase36(v.t);
  const modified = created === null ? NaN : created + (v.u === undefined ? 0 : Number(v.u));
  const start: unknown = o === undefined ? 0 : Array.isArray(o) ? o[0] : -1;
  const end: unknown = o === undefined ? 0 : Array.isArray(o) ? o[1] : -1;
  const colour = v.c ?? DEFAULT_COLOUR;
  const note = v.n ?? '';
  const tags = v.g ?? NONE;
  const refLabels = v.r ?? NONE;
  const setId = v.s ?? DEFAULT_SET_ID;
  if (
    typeof v.p !== 'string' ||
    v.p === '' ||
    id === '' ||
    created === null ||
    !Number.isFinite(modified) ||
    !isOffset(start) ||
    !isOffset(end) ||
    end < start ||
    !isStringList(q) ||
    q.length !== 3 ||
    !isColourId(colour) ||
    typeof note !== 'string' ||
    note.length > MAX_NOTE_CHARS ||
    !isStringList(tags) ||
    !isStringList(refLabels) ||
    typeof setId !== 'string'
  ) {
    return null;
  }
  const quote = { type: 'TextQuoteSelector' as const, exact: q[1]!, prefix: q[0]!, suffix: q[2]! };
  return {
    kind: 'annotation',
    annotation: {
      id,
      paperId: asPaperId(v.p),
      setId: asSetId(setId),
      colour,
      note,
      tags,
      refLabels,
      created,
      modified,
      target:
        o === undefined
          ? { quote }
          : { position: { type: 'TextPositionSelector', start, end }, quote },
    },
  };
}
