/**
 * Citations by alphabetic key — `[Knu84]`, `[GJ79, Knu84]`, `[Knu84; GJ79]`, `[Knu84, p. 5]`,
 * `[Knu84, Theorem 3]` — in a list labelled by the keys of BibTeX `alpha` / `amsalpha`
 * (`[Knu84] D. Knuth. …`, see `key-labels.ts`). Each key links to the entry it labels; a bracket
 * is a marker only when every part of it is a key of the list or, after one, a locator.
 */
import type { FoundMarker } from './author-year-citations';
import { matchAlphaKey } from './key-labels';
import type { Reference, ReferenceId } from './types';

/** A bracket on one line: the marker's candidates. */
const BRACKET = /\[([^[\]\n]{2,200})\]/g;
/**
 * A place in the cited work after its key: `p. 5`, `pp. 3–9`, `Theorem 3.1`, `Ch. 2`, `Chp.4`, `§4`,
 * `5`, as French and German mathematicians write them too (`lemme 2`, `th. 3`, `Satz 3`, `Kap. 2`,
 * `S. 12`). Its word in any case; what it numbers by a digit or a capital (`Theorem A`, `Ch. IV`),
 * so that a word going on in lower case (`second`, `pages`) is no locator.
 */
const LOCATOR_WORD =
  /^(?:pp?\.|pages?|ch(?:ap(?:ter|itre)?|p)?\.?|sec(?:tion)?\.?|§|thm\.?|th(?:éorème|eorem)|th\.|lemm[ae]|prop(?:osition)?\.?|cor(?:ollary|ollaire)?\.?|d[eé]f(?:inition)?\.?|ex(?:ample|emple|ercise|ercice)|rem(?:ark|arque)?\.?|eq\.?|fig(?:ure)?\.?|table|appendix|annexe|satz|kap(?:itel)?\.?|s\.|abschnitt|bem(?:erkung)?\.?)/i;
const LOCATOR_NUMBER = /^\s*[\dIVXA-Z][\w.–-]*$/;
/** Pages (`5`, `3–9`), or a numbered statement or section alone (`4.37`, `III.2`, `I.3.4`). */
const PAGE_NUMBERS = /^\d+(?:[–-]\d+)?$|^(?:\d+|[IVXLC]+)(?:\.\d+)+$/;

function isLocator(part: string): boolean {
  if (PAGE_NUMBERS.test(part)) return true;
  const word = LOCATOR_WORD.exec(part);
  return word !== null && LOCATOR_NUMBER.test(part.slice(word[0].length));
}

/**
 * Builds a scanner for key markers, or null when fewer than two entries of the list open with an
 * alphabetic key. A key two entries share links to neither.
 */
export function createKeyScanner(
  text: string,
  references: readonly Reference[],
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const byKey = new Map<string, ReferenceId | null>();
  for (const ref of references) {
    const key = matchAlphaKey(text.slice(ref.start, Math.min(ref.end, ref.start + 16)));
    if (key !== null) byKey.set(key, byKey.has(key) ? null : ref.id);
  }
  if (byKey.size < 2) return null;
  return (source, start, end) => {
    const found: FoundMarker[] = [];
    for (const match of source.slice(start, end).matchAll(BRACKET)) {
      const refIds = resolveKeys(match[1] ?? '', byKey);
      const at = start + match.index;
      if (refIds !== null) found.push({ start: at, end: at + match[0].length, refIds });
    }
    return found;
  };
}

/** The entries a bracket's parts name, or null when a part is neither a key nor a locator after one. */
function resolveKeys(
  inside: string,
  byKey: ReadonlyMap<string, ReferenceId | null>,
): ReferenceId[] | null {
  const refIds: ReferenceId[] = [];
  for (const part of inside.split(/\s*[,;]\s*/)) {
    const refId = byKey.get(part.trim());
    if (refId) {
      if (!refIds.includes(refId)) refIds.push(refId);
    } else if (refId === null || refIds.length === 0 || !isLocator(part.trim())) return null;
  }
  return refIds.length > 0 ? refIds : null;
}
