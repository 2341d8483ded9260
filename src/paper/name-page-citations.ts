/**
 * MLA's author–page citations: `(Heller)`, `(Beebe 1065)`, `(Latham and Rogers 131–45)`,
 * `(Smith et al. 12)`, `(see Moretti 54; Bibby 45–47)`: an author's surname and the pages cited,
 * no year (MLA prints the year at the entry's end), each linked to the one entry of the Works Cited
 * list whose first author has that surname (and whose second author is the second name given).
 *
 * Read only where the paper does not cite by author and year (the caller's count of author–year
 * markers says so) and its list is not numbered. A surname that two entries share (two books by
 * Bourdieu, the second printed `———.`) links to neither: the short title MLA then adds
 * (`(Bourdieu, Logic 35)`) is not read, and a page alone (`(737)`, the author named in the
 * sentence) is not either.
 */
import { citableForms, foldName, surnameOf } from './author-names';
import type { FoundMarker } from './author-year-citations';
import type { Reference, ReferenceId } from './types';

/** A parenthesis that may hold author–page citations parted by semicolons. */
const GROUP = /\(([^()\n]{2,200})\)/g;
/** Words MLA sets before a citation: `see`, `see also`, `cf.`, `qtd. in`. */
const LEAD_IN = String.raw`(?:(?:[Ss]ee(?:\s+also)?|[Cc]f\.|qtd\.\s+in|quoted\s+in|e\.g\.,?)\s+)?`;
/** A surname as printed: a capital, then letters, apostrophes or hyphens (`O’Brien`, `Lévi-Strauss`). */
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]+`;
/** Pages: `42`, `42–45`, `131-45`, `42, 97`. */
const PAGES = String.raw`\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:,\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)*`;
/** One citation: lead-in, surname, a second author's surname or `et al.`, the pages or none. */
const PIECE = new RegExp(
  String.raw`^(\s*${LEAD_IN})(${SURNAME})(?:\s+(?:and|&)\s+(${SURNAME})|\s+(et\s+al\.))?(?:,?\s+(${PAGES}))?\s*$`,
  'u',
);
/** The share of entries labelled by a number past which the list is numbered. */
const MAX_NUMBERED_SHARE = 0.5;
/** A four-digit number that is a year, not a page: the author–year scanner's to read. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

interface NamedEntry {
  refId: ReferenceId;
  /** The folded forms the second author may be cited by (MLA writes them given name first). */
  second: readonly string[];
}

/** The entries by their first author's folded surname. */
function indexEntries(references: readonly Reference[]): Map<string, NamedEntry[]> {
  const index = new Map<string, NamedEntry[]>();
  for (const ref of references) {
    const [first, second] = ref.fields.authors;
    if (first === undefined) continue;
    const key = foldName(surnameOf(first));
    if (key === '') continue;
    const entries = index.get(key) ?? [];
    entries.push({ refId: ref.id, second: second === undefined ? [] : citableForms(second) });
    index.set(key, entries);
  }
  return index;
}

/** The one entry a piece names, or null when none or two could be meant. */
function resolvePiece(
  index: Map<string, NamedEntry[]>,
  piece: RegExpExecArray,
): ReferenceId | null {
  const pages = piece[5];
  if (pages !== undefined && YEAR.test(pages.split(/[-–,\s]/)[0] ?? '')) return null;
  // Only the first letter may be a capital: `(SMITH 12)` is no MLA citation, an acronym perhaps.
  const surname = piece[2] ?? '';
  if (/\p{Lu}/u.test(surname.slice(1))) return null;
  const entries = index.get(foldName(surname)) ?? [];
  if (entries.length !== 1) return null;
  const entry = entries[0] as NamedEntry;
  // How many authors an MLA entry lists is not read reliably (`Bibby, Michael.` may read as two),
  // so `et al.` and a single name are not checked against it; a second name given must fit.
  const second = piece[3];
  return second === undefined || entry.second.includes(foldName(second)) ? entry.refId : null;
}

/**
 * Fewest citations with their pages (`(Beebe 1065)`) that must link before a bare surname
 * (`(Heller)`) is read as one: a name in parentheses is as often a place or an institution's
 * (`Humboldt University (Berlin)`), and a paper's own citations of the kind show it cites so.
 */
const MIN_PAGED_FOR_BARE = 2;
/**
 * A capitalized word right before a parenthesis: a name it follows (`Humboldt University (Berlin)`,
 * `Boston (Brown)`), where a bare surname in it is a place's or a name's gloss, not a citation.
 */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*$/u;

/**
 * Builds a scanner for author–page citations, or null when the list is numbered or names no
 * first author. It reads every range (one block of text each) at once: a bare surname after a
 * capitalized word ({@link NAME_BEFORE}) links only where {@link MIN_PAGED_FOR_BARE} surnames with
 * their pages link in the paper.
 */
export function createNamePageScanner(
  references: readonly Reference[],
): ((text: string, ranges: readonly (readonly [number, number])[]) => FoundMarker[]) | null {
  // A numbered list is cited by its numbers. An entry of an author–title list read with no name
  // or year is labelled by its place (`38`): a few such labels do not make the list numbered.
  const numbered = references.filter((ref) => /^\d+$/.test(ref.label)).length;
  if (numbered > MAX_NUMBERED_SHARE * references.length) return null;
  const index = indexEntries(references);
  if (index.size === 0) return null;
  return (text, ranges) => {
    const groups: { markers: FoundMarker[]; bare: boolean }[] = [];
    let paged = 0;
    for (const [start, end] of ranges)
      for (const group of text.slice(start, end).matchAll(GROUP)) {
        const inner = group[1] ?? '';
        const parts = inner.split(';');
        const markers: FoundMarker[] = [];
        let bare = false;
        let offset = start + group.index + 1;
        for (const part of parts) {
          const piece = PIECE.exec(part);
          const refId = piece === null ? null : resolvePiece(index, piece);
          // Every part must name an entry: `(Smith 12; a letter of 1901)` is left alone.
          if (piece === null || refId === null) break;
          if (piece[5] === undefined) bare = true;
          const at = offset + (piece[1] ?? '').length;
          markers.push({ start: at, end: offset + part.trimEnd().length, refIds: [refId] });
          offset += part.length + 1;
        }
        if (markers.length !== parts.length) continue;
        // The parenthesis opens the first marker and closes the last, as in `(Smith, 2019; Lee,
        // 2020)`: one work cited, the whole parenthesis is its marker.
        const first = markers[0] as FoundMarker;
        const last = markers[markers.length - 1] as FoundMarker;
        first.start = start + group.index;
        last.end = start + group.index + group[0].length;
        if (!bare) paged += markers.length;
        const before = text.slice(Math.max(start, start + group.index - 40), start + group.index);
        groups.push({ markers, bare: bare && NAME_BEFORE.test(before) });
      }
    const found: FoundMarker[] = [];
    for (const group of groups)
      if (!group.bare || paged >= MIN_PAGED_FOR_BARE) found.push(...group.markers);
    return found;
  };
}
