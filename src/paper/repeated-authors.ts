/**
 * Entries that repeat the authors of the entry before them with a rule instead of their names
 * (`———. 1983. The Fractal Geometry of Nature.`), as Chicago, MLA and humanities lists print a
 * second work by the same authors: such an entry is read with the previous entry's authors, so
 * that it is labelled and cited by them (`Mandelbrot 1983`). Pure: fields in, fields out.
 */
import type { ReferenceFields } from './types';

/**
 * A rule of dashes or underscores where the names would be: `———.`, `——,`, `--.`, `____.`, one em
 * dash before its stop as AASTeX's `aasjournal` prints it (`—. 2019b, ApJ, …`); or what follows a
 * rule drawn as a line: its stop or comma alone (`. Presidentialism, parliamentarism…`, AMS's
 * `, Tropical geometry …`), as abnTeX2 sets the Brazilian ABNT list's `______.`, or the year in parentheses and its colon or stop, as
 * Econometrica and other economics journals set `——— (2006): “On the …`. No entry opens with a
 * bare stop or its year otherwise (an author list wrapped before its year stays in its entry).
 */
const AUTHOR_RULE =
  /^\s*(?:(?:[—–―‒-]{2,}|_{3,})\s*[.,:]?|[—―]\s?[.,:]|[.,]|\((?:1[5-9]|20)\d\d[a-z]?\)[.,:])(?:\s|$)/;

/**
 * A rule read as a name: the names before a colon (`——: Syntactic Structures. Mouton, 1957.`, as
 * Spanish and other humanities lists print `Surname, Name: Title`) are the rule itself.
 */
const isRule = (name: string): boolean => /^[\s—–―‒_.,:-]*$/.test(name);

/** Does an entry's text (its number label taken off) open with a rule for its authors? */
export const repeatsAuthors = (body: string): boolean => AUTHOR_RULE.test(body);

/**
 * The fields of each entry, those of an entry that repeats its authors with a rule given the
 * authors of the entry before it (which may itself have taken them so); the other entries' fields
 * are the same objects, so a caller can tell which changed.
 */
export function fillRepeatedAuthors(
  entries: readonly { fields: ReferenceFields; repeatsAuthors?: true }[],
): ReferenceFields[] {
  const out: ReferenceFields[] = [];
  for (const [i, { fields, repeatsAuthors: repeats }] of entries.entries()) {
    const before = out[i - 1];
    const named = fields.authors.length > 0 && !fields.authors.every(isRule);
    out.push(
      repeats && !named && before !== undefined && before.authors.length > 0
        ? { ...fields, authors: before.authors }
        : fields,
    );
  }
  return out;
}
