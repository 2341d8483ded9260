/**
 * A valibot object schema that refuses arrays. Valibot's `object` accepts any non-null object,
 * arrays included, so in a union such as "one body or a list of bodies" a list would pass as an
 * empty body and its contents would go unchecked.
 */
import * as v from 'valibot';

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** `v.object(entries)` for JSON objects only; `message` says what a non-object is. */
export function jsonObject<const E extends v.ObjectEntries>(entries: E, message?: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, message ?? 'not an object'),
    v.object(entries),
  );
}
