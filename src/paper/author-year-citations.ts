/**
 * Author-year citation markers — `(Zhang, 2013)`, `Zhang (2013)`, `(Zhang et al., 2013; Guo, 2018)`,
 * `(Zhang & Guo, 2013)`, `(Zhang and Guo 2013a)` — matched to author-year reference entries by the
 * first author's surname and the year, ignoring case and diacritics. A parenthesis citing several
 * works gives one marker per part, so that each part links to its own entry.
 */
import { citableForms, foldName } from './author-names';
import type { Reference } from './types';

/** A marker found in the text, before it gets its id. */
export interface FoundMarker {
  start: number;
  end: number;
  refIds: string[];
}

interface IndexedEntry {
  refId: string;
  /** Folded forms the first author can be cited by. */
  first: ReadonlySet<string>;
  /** Folded forms of the other authors' names. */
  others: ReadonlySet<string>;
  /** `2013a`, lower case. */
  year: string;
}

const YEAR_TOKEN = '(?:1[5-9]|20)\\d\\d[a-z]?';
const PARTICLE = '(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\\s+)';
const SURNAME = `${PARTICLE}*\\p{Lu}[\\p{L}'’-]+`;
/** `Zhang (2013)`, `Zhang et al. (2013a, 2015)`, `Zhang and Guo (2013, p. 4)`. */
const NARRATIVE = new RegExp(
  `(?<![\\p{L}])(${SURNAME})(\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+(${SURNAME}))?\\s+\\((${YEAR_TOKEN}(?:\\s*[,;]\\s*${YEAR_TOKEN})*)(?:,\\s*pp?\\.?\\s*[\\d–-]+)?\\)`,
  'gu',
);
const PARENTHESIS = /\(([^()]{4,400})\)/g;
/** The years closing a parenthetical part, with an optional page locator after them. */
const PART_YEARS = new RegExp(
  `(?:,\\s*|\\s+)(${YEAR_TOKEN}(?:\\s*,\\s*${YEAR_TOKEN})*)(?:\\s*,\\s*(?:p|pp|para|ch|chap)\\.?\\s*[\\d–-]+)?\\s*$`,
  'u',
);
const LEAD_WORDS =
  /^(?:(?:see(?:\s+also)?|e\.g\.,?|cf\.|i\.e\.,?|also|for example,?|for a review,?\s+see)\s+)+/i;
const NAMES_START = new RegExp(`^${SURNAME}`, 'u');

/** Indexes the author-year entries of a reference list by year. */
function indexEntries(references: readonly Reference[]): Map<string, IndexedEntry[]> {
  const byYear = new Map<string, IndexedEntry[]>();
  for (const ref of references) {
    const [first, ...others] = ref.fields.authors;
    const year = ref.fields.year?.toLowerCase();
    if (/^\d+$/.test(ref.label) || first === undefined || year === undefined) continue;
    const entry: IndexedEntry = {
      refId: ref.id,
      first: new Set(citableForms(first)),
      others: new Set(others.flatMap(citableForms)),
      year,
    };
    const base = year.slice(0, 4);
    byYear.set(base, [...(byYear.get(base) ?? []), entry]);
  }
  return byYear;
}

function lastWord(folded: string): string {
  return folded.split(/\s+/).pop() ?? folded;
}

/** The entry cited as `first` (and `second`) in `year`, or null. */
function resolve(
  index: Map<string, IndexedEntry[]>,
  first: string,
  second: string | null,
  year: string,
): string | null {
  const wanted = year.toLowerCase();
  const cited = foldName(first);
  const candidates = (index.get(wanted.slice(0, 4)) ?? []).filter(
    (e) => e.first.has(cited) || e.first.has(lastWord(cited)),
  );
  const sameYear = candidates.filter((e) => e.year === wanted);
  const pool =
    sameYear.length > 0
      ? sameYear
      : candidates.filter((e) => e.year.length === 4 || wanted.length === 4);
  const other = second === null ? null : lastWord(foldName(second));
  const best = (other !== null ? pool.find((e) => e.others.has(other)) : undefined) ?? pool[0];
  return best?.refId ?? null;
}

function resolveAll(
  index: Map<string, IndexedEntry[]>,
  first: string,
  second: string | null,
  years: string,
): string[] {
  const ids = years
    .split(/\s*[,;]\s*/)
    .map((y) => resolve(index, first, second, y))
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** Reads `Zhang et al., 2013` / `Zhang & Guo 2013a`: the cited names and years, or null. */
function readPart(part: string): { first: string; second: string | null; years: string } | null {
  const text = part.replace(LEAD_WORDS, '');
  const years = PART_YEARS.exec(text);
  if (!years) return null;
  const names = text.slice(0, years.index).trim().replace(/,$/, '');
  if (!NAMES_START.test(names) || /\d/.test(names)) return null;
  const etAl = /\bet\s+al\b/.test(names);
  const pieces = names
    .split(/\s+et\s+al\.?|\s*,\s*|\s+(?:and|&)\s+/)
    .filter((p) => p.trim() !== '');
  const first = pieces[0]?.trim();
  if (first === undefined) return null;
  return { first, second: etAl ? null : (pieces[1]?.trim() ?? null), years: years[1] ?? '' };
}

/**
 * Builds a scanner for author-year markers over ranges of the text, with the reference index
 * built once; null when the list has no author-year entries.
 */
export function createAuthorYearScanner(
  references: readonly Reference[],
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const index = indexEntries(references);
  if (index.size === 0) return null;
  return (text, start, end) => scanAuthorYear(text.slice(start, end), start, index);
}

function scanAuthorYear(
  slice: string,
  offset: number,
  index: Map<string, IndexedEntry[]>,
): FoundMarker[] {
  const found: FoundMarker[] = [];
  for (const match of slice.matchAll(NARRATIVE)) {
    const refIds = resolveAll(index, match[1] ?? '', match[3] ?? null, match[4] ?? '');
    const at = offset + (match.index ?? 0);
    if (refIds.length > 0) found.push({ start: at, end: at + match[0].length, refIds });
  }
  for (const match of slice.matchAll(PARENTHESIS)) {
    const inner = match[1] ?? '';
    if (!/\d{4}/.test(inner)) continue;
    const open = offset + (match.index ?? 0);
    const parts = inner.split(';');
    let cursor = open + 1;
    parts.forEach((part, i) => {
      const lead = part.length - part.trimStart().length;
      const partStart = i === 0 ? open : cursor + lead;
      const partEnd =
        i === parts.length - 1 ? open + match[0].length : cursor + part.trimEnd().length;
      cursor += part.length + 1;
      const read = readPart(part.trim());
      const refIds = read ? resolveAll(index, read.first, read.second, read.years) : [];
      if (refIds.length > 0) found.push({ start: partStart, end: partEnd, refIds });
    });
  }
  return found;
}
