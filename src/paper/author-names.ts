/**
 * Author names in reference entries: splitting an author list into names across the common styles
 * (`Smith, J., & Doe, A.`, `J. Smith and A. Doe`, `Smith J, Doe A`, `Zhang Junxia`), finding a
 * name's surname, and folding names for comparison (case and diacritics ignored), which is how
 * author-year citations are matched to entries.
 */
import { CAPITALISABLE_PARTICLES, PARTICLE_WORDS, SURNAME_PARTICLES } from './surname-particles';

/** Initials standing alone: `J.`, `J. A.`, `J.-P.`, `JA`. */
const INITIALS = /^(?:\p{Lu}\.?(?:[\s-]*\p{Lu}\.?){0,3})$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLES: ReadonlySet<string> = new Set([
  ...SURNAME_PARTICLES,
  'das',
  'al',
  'el',
  'ter',
  'ten',
]);

/** Is `word` one or more initials (`J.`, `J.-P.`, `JA`)? */
export function isInitials(word: string): boolean {
  return INITIALS.test(word.trim());
}

/**
 * Splits an author list into names as written. `&`, `and` and `;` always separate names; a comma
 * separates names unless what follows is only initials (`Smith, J.`), which belong to the name
 * before. A trailing `et al.` is dropped.
 */
export function splitAuthors(list: string): string[] {
  const cleaned = list
    .replace(/\(\s*eds?\.?\s*\)|,?\s+eds?\.$/gi, '')
    .replace(/,?\s*et\s+al\.?,?/gi, '')
    .replace(/\s*(?:,\s*)?(?:&|\band\b)\s*/g, ';')
    .trim()
    .replace(/[.,;:]$/, (m) => (m === '.' ? m : ''));
  const names: string[] = [];
  for (const group of cleaned.split(';')) {
    let afterComma = false;
    for (const piece of group.split(/,\s*/)) {
      const part = piece.trim();
      if (part === '') continue;
      const prev = names[names.length - 1];
      // A given name follows its surname after a comma (`Nest, Michael`), never after `and`
      // (`Wang and Kanwar (2019)`, a natbib key opening a Markdown entry, is two authors).
      const given = afterComma && names.length === 1 && isFirstAuthorGiven(prev, part, cleaned);
      afterComma = true;
      if (
        prev !== undefined &&
        (isInitials(part) || SUFFIX.test(part) || given) &&
        !/,/.test(prev) &&
        !endsInInitials(prev)
      ) {
        names[names.length - 1] = `${prev}, ${part}`;
      } else {
        names.push(part);
      }
    }
  }
  // A period after a whole word ends the list (`Taco Hoekwater.`); after an initial it is the initial's.
  return names
    .map((n) =>
      n
        .replace(/[,;:]$/, '')
        .replace(/(\p{L}{2})\.$/u, '$1')
        .trim(),
    )
    .filter((n) => n.length > 1);
}

/** A given name or two and their initials, written in full: `Michael`, `David H.`, `Chang-Tai`, `Olivier Jean`. */
const GIVEN_NAMES = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)*$/u;
/**
 * A surname alone, particles allowed, capitalised as many write them first in a name: `Nest`,
 * `Serrano-Velarde`, `van Reenen`, `De Marzo`, `Van Dijk`.
 */
const LONE_SURNAME = new RegExp(
  `^(?:(?:${CAPITALISABLE_PARTICLES})\\s+)*\\p{Lu}[\\p{L}'’-]+$`,
  'u',
);

/** A lone surname whose particles, if any, are lowercase (`van Reenen`, `Nest`). */
const LOWER_PARTICLE_SURNAME = new RegExp(
  `^(?:(?:${PARTICLE_WORDS})\\s+)*\\p{Lu}[\\p{L}'’-]+$`,
  'u',
);
/** One given name and its initials: `Peter`, `Chang-Tai`, `David H.`. */
const ONE_GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)*$/u;

/**
 * Is `part` the first author's given name, written after the surname as Chicago and the AEA's
 * journals do (`Nest, Michael, François Grignon, and Emizet F. Kisangani`, `Atkeson, Andrew, and
 * Ariel Burstein`): a surname alone, then given names; the other authors, if any, given name first.
 */
function isFirstAuthorGiven(first: string | undefined, part: string, list: string): boolean {
  if (first === undefined || !LONE_SURNAME.test(first) || !GIVEN_NAMES.test(part)) return false;
  // A capitalised particle also opens full names written surname first (`Du Yilun, Li Shuang`,
  // `Le Quoc, Mikolov Tomas`): it makes a lone surname only before one given name, in a list that
  // is this one author or joins its last with `and` (`De Marzo, Peter`, `Van Dijk, Peter, and …`).
  if (
    !LOWER_PARTICLE_SURNAME.test(first) &&
    (!ONE_GIVEN_NAME.test(part) || (!list.includes(';') && list.split(',').length > 2))
  )
    return false;
  const others = list
    .split(/[;,]\s*/)
    .slice(2)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return others.every((n) => /\s/.test(n) && !isInitials(n));
}

function endsInInitials(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && isInitials(words[words.length - 1] ?? '');
}

/**
 * The surname of a name as written: before the comma in `Smith, J.`, after the initials in
 * `J. van Dijk`, before the initials in `Hu W.` / `Smith JA`, and otherwise the first word, which
 * is the surname in the author-first convention of author-year lists (`Zhang Junxia`).
 */
export function surnameOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes(',')) return trimmed.slice(0, trimmed.indexOf(',')).trim();
  const words = trimmed.split(/\s+/).filter((w) => w !== '');
  let start = 0;
  while (start < words.length - 1 && isInitials(words[start] ?? '')) start++;
  if (start > 0) return words.slice(start).join(' ');
  // `Michael J. Collins`: initials between a given name and a surname, the surname last.
  const middle = words.findIndex((w, k) => k > 0 && k < words.length - 1 && isInitials(w));
  if (middle > 0 && !isInitials(words[words.length - 1] ?? '')) {
    let from = middle;
    while (from < words.length - 1 && isInitials(words[from] ?? '')) from++;
    return words.slice(from).join(' ');
  }
  let end = words.length;
  while (end > 1 && isInitials(words[end - 1] ?? '')) end--;
  if (end < words.length) return words.slice(0, end).join(' ');
  let first = 0;
  while (first < words.length - 1 && PARTICLES.has((words[first] ?? '').toLowerCase())) first++;
  return words.slice(0, first + 1).join(' ');
}

/** Folds a name for comparison: no diacritics, lower case, no punctuation. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, '')
    .trim();
}

/** Small words inside a corporate author's name, left out of its acronym (`World Health Organization`: WHO). */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/**
 * The acronym of a corporate author (`World Health Organization` → `who`), folded, or null for a
 * personal name (one with a comma or initials) or a name of fewer than two capitalised words.
 */
export function corporateAcronym(name: string): string | null {
  if (name.includes(',')) return null;
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !NAME_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || words.some((w) => isInitials(w) || !/^\p{Lu}/u.test(w))) return null;
  return foldName(words.map((w) => w.charAt(0)).join(''));
}

/** The folded forms a name is cited by in the first place: its surname and the surname's last word. */
export function surnameForms(name: string): string[] {
  const surname = foldName(surnameOf(name));
  return [...new Set([surname, surname.split(/\s+/).pop() ?? surname])];
}

/**
 * The folded words a name can be cited by: its surname, each of its words, the whole name
 * (`world health organization`) and a corporate author's acronym (`who`).
 */
export function citableForms(name: string): string[] {
  const words = foldName(name)
    .split(/[\s-]+/)
    .filter((w) => w.length > 1);
  const acronym = corporateAcronym(name);
  const whole = foldName(name.replace(/\([^)]*\)/g, ' ')).replace(/\s+/g, ' ');
  return [
    ...new Set([...surnameForms(name), whole, ...words, ...(acronym !== null ? [acronym] : [])]),
  ];
}
