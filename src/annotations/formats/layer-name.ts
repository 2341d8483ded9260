/**
 * The name an imported layer takes, so a student tells it from their own sets at a glance: the
 * sender's set name with who sent it ("Week 3 — from Dr Lee"); with no sender named, the set's
 * own name unless the student already has it (or it is the generic "My annotations"), else where
 * it came from and when ("Shared set, 5 Dec"). It never repeats a name the student already has.
 */
import { normaliseSetName } from '../sets';
import { DEFAULT_SET, type AnnotationSet } from '../types';

/** The day and month of `now` as a person writes it: `5 Dec`. */
export const shortDate = (now: number): string =>
  new Date(now).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * A new imported layer's name. `taken` holds the names already in use (any case); `origin` says
 * where the set came from when its sender gave no name (`Shared set, 5 Dec`).
 */
export function importedLayerName(
  set: Pick<AnnotationSet, 'name' | 'author'>,
  taken: Iterable<string>,
  origin: string,
): string {
  const used = new Set([...taken].map(key));
  const name = normaliseSetName(set.name) ?? '';
  const generic = name === '' || key(name) === key(DEFAULT_SET.name);
  const author = set.author?.trim();
  let wanted: string;
  if (author)
    wanted = generic
      ? `Annotations from ${author}`
      : key(name).includes(key(author))
        ? name
        : `${name} — from ${author}`;
  else wanted = generic || used.has(key(name)) ? origin : name;
  wanted = normaliseSetName(wanted) ?? origin;
  if (!used.has(key(wanted))) return wanted;
  for (let n = 2; ; n += 1) if (!used.has(key(`${wanted} (${n})`))) return `${wanted} (${n})`;
}
