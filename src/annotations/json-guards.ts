/**
 * Type guards for JSON read back from storage, files or other tabs: nothing read from outside is
 * trusted to have the shape we wrote.
 */

/** A plain JSON object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON array of strings only. */
export const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
