/**
 * Author names written given name first, ACL and ACM style (`Ezra Black, Michael J. Collins, and
 * Salim Roukos`): telling such a list (a middle initial between two words shows it) and turning its
 * names surname first (`Collins, Michael J.`), so that the surname is what labels and citations read.
 * A list proves its style on the entries with middle initials; its other entries (`Riaz Ahmad and
 * Kyle Lo`) are read the same way ({@link alignGivenNamesFirst}).
 */
import { splitAuthors } from './author-names';
import { PARTICLE_WORDS } from './surname-particles';
import type { ReferenceFields } from './types';

/** A particle standing alone as a word (`van`, `de`). */
const PARTICLE_WORD = new RegExp(`^(?:${PARTICLE_WORDS})$`);

/** A name written given name first with middle initials: `Michael J. Collins`, `Ana-Maria T. Popescu`, `Alexander R Fabbri`. */
const GIVEN_INITIALS_SURNAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?(?:\s?-?\p{Lu}\.)*)(?:\s+(?:${PARTICLE_WORDS}))*\s+\p{Lu}[\p{L}'’-]+$`,
  'u',
);
/**
 * A name written given name first, with or without middle initials: `Salim Roukos`; also with two
 * given names (`Cheng Yen Li`) or an initial before the given name (`K. Bretonnel Cohen`), whose
 * surname then has a lower-case letter (so that `Smith JA` stays Vancouver).
 */
const GIVEN_SURNAME = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?(?:\s?-?\p{Lu}\.)*)?(?:\s+(?:${PARTICLE_WORDS}))*\s+\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.(?:\s?-?\p{Lu}\.)*)){0,2}(?:\s+(?:${PARTICLE_WORDS}))*\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)$`,
  'u',
);

/** A name ending in a surname with a lower-case letter: `Percy Liang`, not Vancouver `Kim PM`. */
const SURNAME_LAST = /\s\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * Is this author list written given names first, ACL and ACM style (`Ezra Black, Michael J.
 * Collins, and Salim Roukos`): every name a given name and a surname, and either one at least
 * with a middle initial between them (the mark that tells it from `Smith J.`) or two names or
 * more (`Panupong Pasupat and Percy Liang`: surname-first styles put a comma or initials in each)?
 */
export function writtenGivenNameFirst(list: string): boolean {
  if (/\d/.test(list)) return false;
  const names = splitAuthors(list);
  return (
    names.length > 0 &&
    names.every((n) => GIVEN_SURNAME.test(n)) &&
    (names.some((n) => GIVEN_INITIALS_SURNAME.test(n)) ||
      (names.length >= 2 && names.every((n) => SURNAME_LAST.test(n))))
  );
}

/**
 * `Ezra Black` → `Black, Ezra`, `Michael J. Collins` → `Collins, Michael J.`: a name of a list
 * known to be written given name first, turned so that its surname is read as one (`surnameOf`).
 */
export function surnameFirst(name: string): string {
  const words = name.split(/\s+/);
  let at = words.length - 1;
  while (at > 1 && PARTICLE_WORD.test(words[at - 1] ?? '')) at--;
  return `${words.slice(at).join(' ')}, ${words.slice(0, at).join(' ')}`;
}

/** A list is written given name first when this many of its entries show it, and this share. */
const MIN_PROVED_ENTRIES = 2;
const MIN_PROVED_SHARE = 0.1;

/** One entry of a reference list, as `parseReferenceFields` read it. */
export interface ReadEntry {
  fields: ReferenceFields;
  givenNamesFirst?: true;
}

/**
 * Given names (up to three, initials among them) and a surname with a lower-case letter:
 * `Riaz Ahmad`, `Muhammad Tanvir Afzal`, `Lucy Lu Wang`; not `Smith JA` (Vancouver initials) nor
 * `Smith, J.` (already surname first).
 */
const GIVEN_NAMES_SURNAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?(?:\s?-?\p{Lu}\.)*)){0,2}(?:\s+(?:${PARTICLE_WORDS}))*\s+\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$`,
  'u',
);
const isGivenSurname = (name: string): boolean => GIVEN_NAMES_SURNAME.test(name);

/**
 * The entries' fields with the authors of entries that do not show their style themselves
 * (`Riaz Ahmad and Muhammad Tanvir Afzal. 2018.`) turned surname first, when enough entries of the
 * list show it is written given name first; each entry's fields as they were otherwise (the same
 * objects, so a caller can tell which changed).
 */
export function alignGivenNamesFirst(entries: readonly ReadEntry[]): ReferenceFields[] {
  const proved = entries.filter((e) => e.givenNamesFirst).length;
  if (proved < MIN_PROVED_ENTRIES || proved < MIN_PROVED_SHARE * entries.length)
    return entries.map((e) => e.fields);
  return entries.map(({ fields, givenNamesFirst }) =>
    givenNamesFirst || fields.authors.length === 0 || !fields.authors.every(isGivenSurname)
      ? fields
      : { ...fields, authors: fields.authors.map(surnameFirst) },
  );
}
