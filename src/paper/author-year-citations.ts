/**
 * Author-year citation markers — `(Zhang, 2013)`, `Zhang (2013)`, `(Zhang et al., 2013; Guo, 2018)`,
 * `(Zhang & Guo, 2013)`, `(Zhang and Guo 2013a)`, `[Spalding et al., 2005]`, `(WHO, 2019)`,
 * `Visser (2007, p. 3)`, `Smith (2001, 2003)` — matched to reference entries (author-year or
 * numbered lists alike) by the first author's surname (or a corporate author's name or acronym)
 * and the year, ignoring case and diacritics. A parenthesis or bracket citing several works gives
 * one marker per part, so that each part links to its own entry. A part that fits two entries
 * equally well links to neither: no guesses.
 */
import { citableForms, foldName, surnameForms } from './author-names';
import type { Reference, ReferenceId } from './types';
import { PARTICLE_INITIALS, PARTICLE_WORDS } from './surname-particles';

/** A marker found in the text, before it gets its id. */
export interface FoundMarker {
  start: number;
  end: number;
  refIds: ReferenceId[];
}

interface IndexedEntry {
  refId: ReferenceId;
  /** Folded forms the first author can be cited by. */
  first: ReadonlySet<string>;
  /** The first author's folded surname forms: a citation naming them fits better than one naming another word. */
  surname: ReadonlySet<string>;
  /** Folded forms of the other authors' names. */
  others: ReadonlySet<string>;
  /** Folded forms of the second author's name. */
  second: ReadonlySet<string>;
  /** Folded forms of each author after the first, in the entry's order. */
  order: ReadonlyArray<ReadonlySet<string>>;
  /** `2013a`, lower case. */
  year: string;
  /** How many authors the entry lists. */
  authors: number;
}

/**
 * How many authors a citation names: one (`Zhang`), two (`Zhang and Guo`), or three and more
 * (`Zhang et al.`, `Zhang, Guo, and Li`) — as styles cite one, two, or several authors.
 */
type NameCount = 1 | 2 | 3;

/** A year, with its letter and the letters of the same year's other works: `2013`, `2013a`, `2017a,b`. */
const YEAR_TOKEN = '(?:1[5-9]|20)\\d\\d(?:[a-z](?:,\\s?[a-z](?![\\p{L}.]))*)?';
/**
 * `and` between two authors, also as French (`et`), German (`und`), Portuguese and Italian (`e`)
 * and Spanish (`y`) papers write it (`MARTIN e VANBERG, 2011`, `García y Pérez (2010)`).
 */
const AND = '(?:and|&|et|und|e|y)';
/** `et al.`, also as German (`u. a.`), French (`et coll.`) and Spanish (`y cols.`, `y otros`) papers write it. */
const ET_AL = String.raw`(?:et\s+al\b\.?|u\.\s?a\.|et\s+coll?\b\.?|y\s+cols?\.|y\s+otros\b)`;
const HAS_ET_AL = new RegExp(String.raw`(?:^|\s)${ET_AL}`);
/** `et al.` alone, as a split at commas leaves it (`Hayward, Tropp, et al.`). */
const ONLY_ET_AL = new RegExp(String.raw`^${ET_AL}$`);
/** The names of a parenthetical part, split at commas, `et al.` and the word for `and`. */
const NAME_SEPARATORS = new RegExp(`\\s+${ET_AL}|\\s*,\\s*|\\s+${AND}\\s+`);
const PARTICLE = `(?:(?:${PARTICLE_WORDS})\\s+)`;
const SURNAME = `${PARTICLE}*\\p{Lu}[\\p{L}'’-]+`;
/**
 * A given name before a later author's surname, as economics writes narrative citations in full
 * (`Gabrielle Demange and David Gale (1985)`, `… and Rakesh V. Vohra (2007)`). The first author's
 * marker starts at the surname, as with `Hal R. Varian (2007)`.
 */
const GIVEN = `(?:\\p{Lu}[\\p{Ll}'’-]+\\s+(?:\\p{Lu}\\.\\s+)?)`;
/**
 * A comma between a narrative marker's names and its year, taken after `et al.` or a second author
 * only (`Blackburne & Whelan, (2013)`, `Cui et al., (2020)`): after one name it is a clause's
 * (`In Europe, (2013) …`).
 */
const COMMA_AFTER_NAMES = `(?:(?<=\\bal\\.?|\\s${AND}\\s+${GIVEN}?${SURNAME}),)?`;
/** One page of a locator: a number, a range, or a front matter's roman page (`xiv`). */
const PAGE = '(?:[\\d–-]+|[ivxlc]+)';
/** `p.`, `pp.`, `para`, `ch.` before a locator's page. */
const PAGE_LABEL = '(?:(?:p|pp|para|ch|chap)\\.?\\s*)?';
/**
 * A locator after the years: one page after a comma (`, p. 4`, `, 45`); after a colon, Harvard's
 * list of pages, a roman one among them (`: 45`, `: 4, 20, 31`, `:157, 10`, `: xiv`).
 */
const LOCATOR = `(?:\\s*,\\s*${PAGE_LABEL}[\\d–-]+|\\s*:\\s*${PAGE_LABEL}${PAGE}(?:\\s*,\\s*${PAGE})*)`;
/**
 * `Zhang (2013)`, `Zhang et al. (2013a, 2015)`, `Laptenok, Mullen, and Visser (2007)`, `Zhang and Guo (2013, p. 4)`, `Doe (2018, 45)`, `Doe (2018: 45, 50)` (`LOCATOR`);
 * a comma before the year after two names or `et al.` (`COMMA_AFTER_NAMES`);
 * the year in brackets too, as ACM's author-year style and the QJE print it (`Doe et al. [2019]`, `Dyck and Zingales [2003]`);
 * the year set right against the name, as Japanese and Chinese text sets Latin names (`Roth(1982) の研究`).
 * It opens with a lookahead for the first letter of a surname or its particle (`van`, `de`, `le`:
 * the particles' first letters, `PARTICLE_INITIALS`),
 * which every match starts with: no match changes, and the engine passes over the other
 * characters without trying the lookbehind at each (1.2–1.5 times faster on a paper's text).
 */
const NARRATIVE = new RegExp(
  `(?=${PARTICLE_INITIALS}|\\p{Lu})(?<![\\p{L}])(${SURNAME})(\\s+${ET_AL}|(?:,\\s+${GIVEN}?${SURNAME})*,?\\s+${AND}\\s+${GIVEN}?(${SURNAME}))?${COMMA_AFTER_NAMES}\\s*(?:\\((${YEAR_TOKEN}(?:\\s*[,;]\\s*${YEAR_TOKEN})*)${LOCATOR}?\\)|\\[(${YEAR_TOKEN}(?:\\s*[,;]\\s*${YEAR_TOKEN})*)${LOCATOR}?\\])`,
  'gu',
);
/**
 * `Fagundes et al., 2016`, `Hastie e Tibshirani, 1996`, `Xing et al. 2002` in running text, the
 * year in no parentheses (as Brazil's CILAMCE and ABCM print narrative citations, and tables list
 * works): `et al.` or a second author, then the year. One author and a year (`Brazil, 2016`) is
 * no such marker.
 */
const BARE_NARRATIVE = new RegExp(
  `(?<![\\p{L}(\\-'’])(${SURNAME})(\\s+${ET_AL}|\\s+${AND}\\s+(${SURNAME})),?\\s+(${YEAR_TOKEN})(?![\\p{L}\\d])`,
  'gu',
);
/**
 * What every bare narrative marker ends with: `et al.` (`u. a.`, `et coll.`, `y cols.`) or a join
 * and a name (`and van Dijk`), then a year. The costly names scan runs only just before each (see
 * `bareNarratives`).
 */
const BARE_YEAR_NEAR_NAMES = new RegExp(
  `(?:\\bal\\.?|\\s${ET_AL}|\\s${AND}\\s+${PARTICLE}*\\S+),?\\s+(?:1[5-9]|20)\\d\\d`,
  'gu',
);
/** How far before its year a bare narrative marker may start, and after it end (`2013a, b`). */
const BARE_REACH_BEFORE = 120;
const BARE_REACH_AFTER = 12;
/** What may not stand right before a bare narrative marker: a letter, `(`, a hyphen, an apostrophe. */
const BEFORE_BARE = /[\p{L}(\-'’]/u;

/**
 * The bare narrative markers of a slice (see `BARE_NARRATIVE`), each once, with its index in the
 * slice: the names scan runs in a window before each year that may close one.
 */
function bareNarratives(slice: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  let done = 0;
  for (const hit of slice.matchAll(BARE_YEAR_NEAR_NAMES)) {
    const at = hit.index ?? 0;
    const start = Math.max(done, at - BARE_REACH_BEFORE);
    const end = at + hit[0].length + BARE_REACH_AFTER;
    for (const match of slice.slice(start, end).matchAll(BARE_NARRATIVE)) {
      const from = start + (match.index ?? 0);
      if (BEFORE_BARE.test(slice.charAt(from - 1))) continue;
      match.index = from;
      out.push(match);
      done = from + match[0].length;
    }
  }
  return out;
}
/** A narrative marker at the start of a string (see `NARRATIVE`). */
const NARRATIVE_AT = new RegExp(`^(?:${NARRATIVE.source})`, 'u');
/** What every narrative marker holds (`(2019`, `[2019`): without it the costly NARRATIVE scan is skipped. */
const OPEN_YEAR = /[([](?:1[5-9]|20)\d\d/;
/** `(…)` or `[…]` holding a year: a parenthetical citation, one or more parts split by `;`. */
const PARENTHESIS = /\(([^()]{4,400})\)|\[([^[\]]{4,400})\]/g;
/** A bracket inside a parenthesis. */
const BRACKET = /\[([^[\]]{4,400})\]/g;
/**
 * The years closing a parenthetical part, with an optional locator after them (`LOCATOR`: `, p. 4`,
 * `: 4, 20, 31`) and a footnote's mark (`Bushman et al. 2015²; …`).
 */
const PART_YEARS = new RegExp(
  `(?:,\\s*|\\s+)(${YEAR_TOKEN}(?:\\s*,\\s*${YEAR_TOKEN})*)${LOCATOR}?[¹²³⁴⁵⁶⁷⁸⁹⁰]*\\s*$`,
  'u',
);
/**
 * Words a parenthetical part may open with before its names: `see`, `but see`, `e.g.,`, `cf.`, and the
 * prepositions of `(after Trilling et al. 2017)`, `(following Smith 2019)`, `(as in Doe 2018)`,
 * `(reviewed in Roe 2020)`, and their German, Spanish, Portuguese, French and Italian words (`vgl.`,
 * `siehe`, `z. B.`, `véase`, `ver`, `voir`, `cfr.`, `vedi`, `apud`). The names after them must still
 * cite an entry by surname and year.
 */
const LEAD_WORDS =
  /^(?:(?:(?:(?:but|although|though)\s+)?see(?:\s+also)?|e\.g\.,?|cf\.|i\.e\.,?|also|for example,?|for a review,?\s+see|after|following|as in|as|adapted from|taken from|from|reviewed (?:in|by)|according to|compared (?:to|with)|vgl\.|siehe(?:\s+auch)?|z\.\s?B\.,?|v[ée]anse|v[ée]ase(?:\s+tambi[ée]n)?|ver|voir|cfr\.|vedi|apud)\s+)+/i;
/** Names open with a surname, or a corporate author's first word, one letter or more (`R Development Core Team`). */
const NAMES_START = new RegExp(`^(?:${SURNAME}|\\p{Lu}\\s+\\p{Lu}\\p{L}+)`, 'u');

/** Indexes the author-year entries of a reference list by year. */
function indexEntries(references: readonly Reference[]): Map<string, IndexedEntry[]> {
  const byYear = new Map<string, IndexedEntry[]>();
  for (const ref of references) {
    const [first, ...others] = ref.fields.authors;
    const year = ref.fields.year?.toLowerCase();
    if (first === undefined || year === undefined) continue;
    // Each other author's forms worked out once, for the three sets made of them.
    const forms = others.map(citableForms);
    const entry: IndexedEntry = {
      refId: ref.id,
      first: new Set(citableForms(first)),
      surname: new Set(surnameForms(first)),
      others: new Set(forms.flat()),
      second: new Set(forms[0] ?? []),
      order: forms.map((names) => new Set(names)),
      year,
      authors: ref.fields.authors.length,
    };
    const base = year.slice(0, 4);
    byYear.set(base, [...(byYear.get(base) ?? []), entry]);
  }
  return byYear;
}

function lastWord(folded: string): string {
  return folded.split(/\s+/).pop() ?? folded;
}

/** A possessive closing a name (`Caballero’s`, `Etzioni's`). */
const POSSESSIVE = /['’]s$/;

/** The entry cited as `first` (and `second`) in `year`, or null. */
function resolve(
  index: Map<string, IndexedEntry[]>,
  first: string,
  second: string | null,
  year: string,
  names: NameCount,
  listed: readonly string[] | null = null,
  inOrder: readonly string[] = [],
  secondRequired = false,
): ReferenceId | null {
  const wanted = year.toLowerCase();
  // `Caballero’s (1999) survey`: the name without its possessive, as the second's below.
  const cited = foldName(first.replace(POSSESSIVE, '')).replace(/\s+/g, ' ');
  const ofYear = index.get(wanted.slice(0, 4)) ?? [];
  // A name of several words cites the entries it names whole before those sharing its last word:
  // `(Stan Development Team, 2021)` is not R Core Team's work of that year.
  const whole = cited.includes(' ') ? ofYear.filter((e) => e.first.has(cited)) : [];
  const named =
    whole.length > 0
      ? whole
      : ofYear.filter((e) => e.first.has(cited) || e.first.has(lastWord(cited)));
  const bySurname = named.filter((e) => e.surname.has(cited) || e.surname.has(lastWord(cited)));
  const candidates = bySurname.length > 0 ? bySurname : named;
  const sameYear = candidates.filter((e) => e.year === wanted);
  const pool =
    sameYear.length > 0
      ? sameYear
      : candidates.filter((e) => e.year.length === 4 || wanted.length === 4);
  // `Banko and Etzioni’s 2008 extractor`: the second name without its possessive.
  const other = second === null ? null : lastWord(foldName(second.replace(POSSESSIVE, '')));
  const withOther = other !== null ? pool.filter((e) => e.others.has(other)) : [];
  // Outside parentheses `Müller & Sons, 2015` or `Guo and Li 2018` may be no two authors: the
  // second name must then be an author of the entry, never passed over.
  const best = withOther.length > 0 || (secondRequired && other !== null) ? withOther : pool;
  if (best.length === 1) return best[0]?.refId ?? null;
  // `(Hayward, Tropp, et al., 2017)` beside Hayward, Hornsey, Tropp … 2017: APA names as many
  // authors as tell two works apart, in the entry's order, so the second name is the second author,
  // the third the third (`Schwartenbeck, FitzGerald, Mathys, Dolan, Wurst et al., 2015`)…
  const ordered = inOrder.length === 0 ? [] : best.filter((e) => namesInOrder(e, inOrder));
  if (ordered.length === 1) return ordered[0]?.refId ?? null;
  // `McDonald and Pereira (2006)` beside McDonald, Lerman, Crammer and Pereira 2006: the one entry
  // with as many authors as the citation names (`et al.` for three or more) is the one cited.
  const fit = best.filter((e) => Math.min(e.authors, 3) === names);
  if (fit.length === 1) return fit[0]?.refId ?? null;
  // `(Baker, Corbett, & Koedinger, 2004)` beside Baker, Corbett, Koedinger and Wagner 2004: APA
  // names every author of a first citation; the one entry with just those authors is the one cited.
  const others = listed?.slice(1).map((name) => lastWord(foldName(name)));
  const exact =
    others === undefined
      ? []
      : best.filter((e) => e.authors === others.length + 1 && others.every((o) => e.others.has(o)));
  // Otherwise two entries fit equally well (`Smith 2001` twice, or `Visser 2007` beside 2007a and 2007b).
  return exact.length === 1 ? (exact[0]?.refId ?? null) : null;
}

/** Are `names` the entry's authors after its first, in its order (`Tropp` its second, …)? */
function namesInOrder(entry: IndexedEntry, names: readonly string[]): boolean {
  return names.every((name, i) => entry.order[i]?.has(lastWord(foldName(name))) === true);
}

/** The years of a list, a bare letter taking the year before it: `2017a,b, 2019` → 2017a, 2017b, 2019. */
function yearsOf(years: string): string[] {
  const out: string[] = [];
  for (const token of years.split(/\s*[,;]\s*/)) {
    const before = out[out.length - 1];
    out.push(/^[a-z]$/.test(token) && before !== undefined ? before.slice(0, 4) + token : token);
  }
  return out;
}

function resolveAll(
  index: Map<string, IndexedEntry[]>,
  first: string,
  second: string | null,
  years: string,
  names: NameCount,
  listed: readonly string[] | null = null,
  inOrder: readonly string[] = [],
  secondRequired = false,
): ReferenceId[] {
  const ids = yearsOf(years)
    .map((y) => resolve(index, first, second, y, names, listed, inOrder, secondRequired))
    .filter((id): id is ReferenceId => id !== null);
  return [...new Set(ids)];
}

/**
 * Words after a part's year that go on with the sentence rather than name another work:
 * `(as Werner et al. 2002 did)`, `(Harris & D’Abramo 2015 for H>24)`, `(Smith 2001 and references
 * therein)`, and pages in brackets (`(Tufte, 1983 [pp. 91–137])`, as Elsevier's Computers & Geosciences
 * prints them). They open with a lowercase word or `[p.` and hold no year of their own.
 */
const TAIL_AFTER_YEAR = new RegExp(`(?<=\\b${YEAR_TOKEN})\\s+(?:\\p{Ll}|\\[pp?\\.)[^]*$`, 'u');
const HAS_YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/** How many characters at the end of a part are words after its year (see `TAIL_AFTER_YEAR`); 0 if none. */
function tailLength(part: string): number {
  const tail = TAIL_AFTER_YEAR.exec(part)?.[0] ?? '';
  return tail === '' || HAS_YEAR.test(tail) ? 0 : tail.length;
}

/**
 * Two names joined by Spanish `y` or Portuguese `e` may be one compound surname (`Ramón y Cajal`,
 * `Ortega y Gasset`), read whole when the two authors cite nothing.
 */
const COMPOUND_SURNAME = /^\S+\s+[ye]\s+\S+$/u;

/** Reads `Zhang et al., 2013` / `Zhang & Guo 2013a`: the cited names and years, or null. */
function readPart(part: string): {
  first: string;
  second: string | null;
  /**
   * The names written after the first, in order: before `et al.` all of them (`Hayward, Tropp,
   * et al.`: the second author), else the second alone.
   */
  inOrder: string[];
  years: string;
  names: NameCount;
  /** Every name, when the part lists them all (no `et al.`). */
  listed: string[] | null;
  /** Two names joined by a lowercase `y` or `e`, whole: a compound surname (`Ramón y Cajal`) too. */
  compound: string | null;
} | null {
  const text = part.replace(LEAD_WORDS, '');
  const years = PART_YEARS.exec(text);
  if (!years) return null;
  const names = text.slice(0, years.index).trim().replace(/,$/, '');
  if (!NAMES_START.test(names) || /\d/.test(names)) return null;
  const etAl = HAS_ET_AL.test(names);
  const pieces = names.split(NAME_SEPARATORS).filter((p) => p.trim() !== '');
  const first = pieces[0]?.trim();
  if (first === undefined) return null;
  return {
    first,
    second: etAl ? null : (pieces[1]?.trim() ?? null),
    inOrder: pieces
      .slice(1, etAl ? undefined : 2)
      .map((p) => p.trim())
      .filter((p) => !ONLY_ET_AL.test(p)),
    years: years[1] ?? '',
    names: etAl ? 3 : (Math.min(pieces.length, 3) as NameCount),
    listed: etAl ? null : pieces.map((p) => p.trim()),
    compound: COMPOUND_SURNAME.test(names) ? names : null,
  };
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

const byIdCache = new WeakMap<Map<string, IndexedEntry[]>, Map<ReferenceId, IndexedEntry>>();

/** The indexed entries by reference id (built once per index). */
function entryById(index: Map<string, IndexedEntry[]>): Map<ReferenceId, IndexedEntry> {
  let byId = byIdCache.get(index);
  if (byId === undefined) {
    byId = new Map([...index.values()].flat().map((e) => [e.refId, e]));
    byIdCache.set(index, byId);
  }
  return byId;
}

/** Capitalised words (and the small words of a name) right before a position. */
const NAME_WORDS_BEFORE = /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|&)\s+)*){1,6}$/u;

/**
 * How many characters before a narrative marker's last name word belong to a corporate author
 * cited by its full name (`World Health Organization (2019)`): the longest run of preceding words
 * that, with the name, is the whole first author of the one entry cited; 0 otherwise.
 */
function corporateLead(
  slice: string,
  at: number,
  name: string,
  refIds: readonly ReferenceId[],
  index: Map<string, IndexedEntry[]>,
): number {
  const [only] = refIds;
  if (refIds.length !== 1 || only === undefined) return 0;
  const before = NAME_WORDS_BEFORE.exec(slice.slice(Math.max(0, at - 80), at))?.[0] ?? '';
  if (before === '') return 0;
  const entry = entryById(index).get(only);
  const words = before.split(/(?<=\s)(?=\S)/);
  for (let k = 0; k < words.length; k++) {
    const lead = words.slice(k).join('');
    if (entry?.first.has(foldName(lead + name).replace(/\s+/g, ' '))) return lead.length;
  }
  return 0;
}

/** How many authors a narrative marker names, from what follows its first surname (`et al.`, `, B, and C`). */
function countNames(rest: string | undefined): NameCount {
  if (rest === undefined) return 1;
  if (HAS_ET_AL.test(rest)) return 3;
  return /,\s+\p{Lu}/u.test(rest) ? 3 : 2;
}

/** A year closing a segment of a part: `Hobbs et al. 1992`, `Barzilay & Lee, 2003` read as `…, 2003`. */
const ENDS_WITH_YEAR = new RegExp(`(?:^|\\s)${YEAR_TOKEN}$`, 'u');

/** Most comma-separated words before a part's names that are passed over to find them. */
const MAX_LEAD_SEGMENTS = 2;

/**
 * The entries a parenthetical part cites, and how many of its characters before the names were
 * passed over: the whole part first, then without one or two leading segments that name a thing
 * rather than an author (`Long Short-Term Memory, Hochreiter and Schmidhuber, 1997`). A segment is
 * only passed over when the rest then cites an entry by surname and year. Words after the year
 * (`tail`, see `TAIL_AFTER_YEAR`) are left out only when the whole part cites nothing.
 */
function readCited(
  part: string,
  index: Map<string, IndexedEntry[]>,
): { refIds: ReferenceId[]; skipped: number; tail: number } | null {
  const whole = readLeadSkipped(part, index) ?? readAfterProse(part, index);
  if (whole !== null) return { ...whole, tail: 0 };
  const tail = tailLength(part);
  if (tail === 0) return null;
  const body = part.slice(0, part.length - tail);
  const cut = readLeadSkipped(body, index) ?? readAfterProse(body, index);
  return cut && { ...cut, tail };
}

/** Where a lowercase word is followed by a capitalised one: names may start there. */
const NAME_AFTER_WORD = /(?<=(?:^|\s)\p{Ll}[\p{Ll}'’-]*,?\s+)\p{Lu}/gu;
/** A run of lowercase words (commas between them allowed) before a part's names. */
const PROSE = /^(?:\p{Ll}[\p{Ll}'’-]*,?\s+)+$/u;
/** A lowercase word that is no join or particle of names (`and`, `et al.`, `van`). */
const LOWERCASE_WORD = new RegExp(
  String.raw`(?:^|\s)(?!(?:and|et|al|und|e|y|${PARTICLE_WORDS})\b)\p{Ll}`,
  'u',
);
/** {@link HAS_ET_AL}, every occurrence: `et al.` in any of its languages, wherever it stands in names. */
const ET_AL_IN_NAMES = new RegExp(HAS_ET_AL.source, 'g');
/** Most words of prose passed over before a part's names. */
const MAX_PROSE_WORDS = 8;

/**
 * The entries a part cites after a few words of prose that no lead word covers (`in particular by
 * Dietz et al. 2021`, `as, for instance, discussed in Weitzman 2012`): lowercase words only, then
 * names that must cite an entry by surname and year, as after a lead word.
 */
function readAfterProse(
  body: string,
  index: Map<string, IndexedEntry[]>,
): { refIds: ReferenceId[]; skipped: number } | null {
  if (!/^\p{Ll}/u.test(body)) return null;
  for (const name of body.matchAll(NAME_AFTER_WORD)) {
    const at = name.index ?? 0;
    const prose = body.slice(0, at);
    if (!PROSE.test(prose) || prose.trim().split(/\s+/).length > MAX_PROSE_WORDS) return null;
    const read = readLeadSkipped(body.slice(at), index);
    // Names hold no lowercase word but their joins and particles (`NEOs compared to Harris & …`
    // starts at `Harris`, a later capital).
    const names = body
      .slice(at + (read?.skipped ?? 0))
      .replace(LEAD_WORDS, '')
      .replace(PART_YEARS, '')
      .replace(ET_AL_IN_NAMES, ' ');
    if (read !== null && !LOWERCASE_WORD.test(names))
      return { refIds: read.refIds, skipped: at + read.skipped };
  }
  return null;
}

/** The entries `body` cites, past one or two leading segments that name a thing (see `readCited`). */
function readLeadSkipped(
  body: string,
  index: Map<string, IndexedEntry[]>,
): { refIds: ReferenceId[]; skipped: number } | null {
  let skipped = 0;
  let named = 0;
  for (;;) {
    const rest = body.slice(skipped);
    const read = readPart(rest);
    const refIds = read
      ? resolveAll(
          index,
          read.first,
          read.second,
          read.years,
          read.names,
          read.listed,
          read.inOrder,
        )
      : [];
    if (refIds.length > 0) return { refIds, skipped };
    const compound = read?.compound ? resolveAll(index, read.compound, null, read.years, 1) : [];
    if (compound.length > 0) return { refIds: compound, skipped };
    const comma = rest.indexOf(', ');
    if (comma < 0) return null;
    // A segment closed by a year is a work of a list cited with commas alone (`Krupka et al. 1991,
    // Hobbs et al. 1992, Riloff 1996, Miller et al. 1998`), not a thing named before the authors.
    if (!ENDS_WITH_YEAR.test(rest.slice(0, comma)) && ++named > MAX_LEAD_SEGMENTS) return null;
    skipped += comma + 2;
  }
}

/**
 * Most works read in one part listed with commas alone (`Banko et al. 2007, Banko and Etzioni
 * 2008`), those naming no entry counted: BioScience lists six or seven (`Jones et al. 2006, NERC
 * 2010, 2012, Manyika et al. 2011, Joppa et al. 2013, Laney et al. 2015`).
 */
const MAX_COMMA_LIST = 8;

/**
 * The works a part cites, each with where it starts and ends in the part: its last citation, then
 * those of the text passed over before it, when that text cites too (`Banko et al. 2007, Banko
 * and Etzioni 2008`: two works listed with a comma where most styles put `;`).
 */
function citeList(
  part: string,
  index: Map<string, IndexedEntry[]>,
  depth = 0,
): { refIds: ReferenceId[]; from: number; to: number }[] {
  const cited = readCited(part, index);
  if (cited === null) {
    // The last work of a list cited with commas alone names no entry read (`Green et al. 2005, Hey
    // et al. 2009, NERC 2010, 2012`, NERC's entry lost): the works before it still cite theirs.
    const comma = part.lastIndexOf(', ');
    const head = comma < 0 ? '' : part.slice(0, comma);
    if (depth >= MAX_COMMA_LIST || !ENDS_WITH_YEAR.test(head)) return [];
    return citeList(head, index, depth + 1);
  }
  const last = { refIds: cited.refIds, from: cited.skipped, to: part.length - cited.tail };
  if (cited.skipped === 0 || depth >= MAX_COMMA_LIST) return [last];
  const head = part.slice(0, cited.skipped).replace(/,\s*$/, '');
  return [...citeList(head, index, depth + 1), last];
}

/**
 * A part of a parenthesis that is an author's name alone, no year: in ABNT (NBR 10520, 2023) the
 * authors of one work are separated by `;` (`(Athanasopoulos; Hyndman; Kourentzes, 2023)`,
 * `(SILVA; SOUZA, 2019)`), so such a part names a co-author of the work the next part cites.
 */
const AUTHOR_ONLY = new RegExp(`^${SURNAME}(?:\\s+${SURNAME})*$`, 'u');

/**
 * Reads the parts of a parenthesis or bracket (`inner`, the group starting at `open` and
 * `length` long) as citations, one marker per part that cites an entry, into `found`.
 */
function readGroup(
  inner: string,
  open: number,
  length: number,
  index: Map<string, IndexedEntry[]>,
  found: FoundMarker[],
): void {
  if (!/\d{4}/.test(inner)) return;
  /** Each part: its text, where it starts in the text, where its words start and end. */
  const parts: { text: string; at: number; from: number; to: number }[] = [];
  let at = open + 1;
  for (const text of inner.split(';')) {
    const from = at + text.length - text.trimStart().length;
    parts.push({ text: text.trim(), at, from, to: at + text.trimEnd().length });
    at += text.length + 1;
  }
  const last = parts.length - 1;
  /** Reads part `i` on its own: one marker per work it cites. */
  const readAlone = (i: number): void => {
    const part = parts[i];
    if (part === undefined) return;
    const partStart = i === 0 ? open : part.from;
    const partEnd = i === last ? open + length : part.to;
    // A lead named before the authors (`Long Short-Term Memory, Hochreiter and Schmidhuber, 1997`)
    // is no part of a marker: each starts at its names; the last ends the part.
    for (const cited of citeList(part.text, index)) {
      const start = cited.from > 0 ? part.from + cited.from : partStart;
      const end = cited.to === part.text.length ? partEnd : part.from + cited.to;
      found.push({ start, end, refIds: cited.refIds });
    }
  };
  /** The parts passed over so far, names alone: maybe the co-authors of the next (ABNT `A; B; C, 2023`). */
  let pending: { text: string; from: number }[] = [];
  let first = 0;
  parts.forEach((part, i) => {
    // `(Nilsson et al., 1997; 2004)`: a year alone is another work by the names of the part before
    // (`(Smith, 2001; 2004; 2006)`: the last part that names any).
    const before = parts.slice(0, i).findLast((p) => !YEARS_ONLY.test(p.text));
    if (before !== undefined && YEARS_ONLY.test(part.text)) {
      readYearsAfter(before.text, part, i === last ? open + length : part.to, index, found);
      return;
    }
    if (i < last && AUTHOR_ONLY.test(part.text)) {
      if (pending.length === 0) first = i;
      pending.push(part);
      return;
    }
    if (pending.length === 0) {
      readAlone(i);
      return;
    }
    const names = pending.map((p) => p.text);
    const groupStart = first === 0 ? open : (pending[0]?.from ?? open);
    pending = [];
    // One work by all the names, read as `A, B, C and D, 2023`: marked whole.
    const whole = `${names.join(', ')} and ${part.text}`;
    const cited = citeList(whole, index);
    const only = cited.length === 1 ? cited[0] : undefined;
    if (only !== undefined && only.from === 0 && only.to === whole.length) {
      found.push({
        start: groupStart,
        end: i === last ? open + length : part.to,
        refIds: only.refIds,
      });
      return;
    }
    // Names all among one entry's authors are that work's, its year not listed: no link, never
    // the last author's own entry. Anything else before a citation (an acronym defined there,
    // `(PISA; OECD, 2019)`, `(Supplementary Material; Smith, 2020)`) is no author: each part alone.
    if (coAuthorsOfOneEntry(index, names)) return;
    for (let j = first; j <= i; j++) readAlone(j);
  });
}

/** A part that is years alone (`2004`, `2004, 2006`, `2019b`). */
const YEARS_ONLY = new RegExp(`^${YEAR_TOKEN}(?:\\s*,\\s*${YEAR_TOKEN})*$`, 'u');
/** The years closing a part, and what may stand after them (`Nilsson et al., 1997`, `Doe 2018, 45`). */
const CLOSING_YEARS = new RegExp(
  `,?\\s+${YEAR_TOKEN}(?:\\s*,\\s*${YEAR_TOKEN})*(?:,\\s*[\\d–-]+)?$`,
  'u',
);

/**
 * Reads a part of years alone (`2004` of `(Nilsson et al., 1997; 2004)`) with the names of the
 * part before it, `before`: one marker over the years, when those names and years cite entries.
 */
function readYearsAfter(
  before: string,
  part: { text: string; from: number },
  end: number,
  index: Map<string, IndexedEntry[]>,
  found: FoundMarker[],
): void {
  const names = before.replace(CLOSING_YEARS, '');
  if (names === before || names.trim() === '') return;
  const cited = citeList(`${names}, ${part.text}`, index);
  const only = cited.length === 1 ? cited[0] : undefined;
  if (only !== undefined) found.push({ start: part.from, end, refIds: only.refIds });
}

/** Are all `names` among the authors of one entry, of any year? */
function coAuthorsOfOneEntry(
  index: Map<string, IndexedEntry[]>,
  names: readonly string[],
): boolean {
  const folded = names.map(foldName);
  for (const entries of index.values())
    for (const e of entries)
      if (folded.every((n) => e.first.has(n) || e.others.has(n))) return true;
  return false;
}

function narrativeRefs(
  match: RegExpExecArray | RegExpMatchArray,
  index: Map<string, IndexedEntry[]>,
  bare = false,
): ReferenceId[] {
  const years = match[4] ?? match[5] ?? '';
  const rest = match[2];
  const listed =
    rest === undefined || HAS_ET_AL.test(rest)
      ? null
      : [match[1] ?? '', ...rest.split(NAME_SEPARATORS).filter((p) => p.trim() !== '')].map((p) =>
          p.trim(),
        );
  const pair = resolveAll(
    index,
    match[1] ?? '',
    match[3] ?? null,
    years,
    countNames(rest),
    listed,
    [],
    bare,
  );
  // `Ramón y Cajal (1911)`: two names joined by `y` or `e` that cite nothing may be one surname.
  const compound = `${match[1] ?? ''}${rest ?? ''}`;
  return pair.length === 0 && rest !== undefined && COMPOUND_SURNAME.test(compound)
    ? resolveAll(index, compound, null, years, 1)
    : pair;
}

/** Surnames each set off by a comma right before a position: `Hyndman, ` of `Hyndman, Ahmed et al.`. */
const SURNAMES_BEFORE = new RegExp(`(?<![\\p{L}'’-])(?:${SURNAME},\\s+){1,6}$`, 'u');

/**
 * The works a narrative `A, B et al. (2011)` cites when the regular expression read it from `B`
 * (`NARRATIVE` takes a list of names only when `and` closes it): the names before `B`, each with
 * its comma, and how many characters they take; null unless the one work of that year whose first
 * author is `A` lists the others next, in that order (a place or a word opening the sentence,
 * `In Paris, Brandt et al. (2011)`, names no such work, and `Brandt et al.` is read alone).
 */
function namesBefore(
  slice: string,
  at: number,
  match: RegExpExecArray | RegExpMatchArray,
  index: Map<string, IndexedEntry[]>,
): { length: number; refIds: ReferenceId[] } | null {
  const rest = match[2];
  if (rest === undefined || !HAS_ET_AL.test(rest) || !/,\s$/.test(slice.slice(at - 2, at)))
    return null;
  const lead = SURNAMES_BEFORE.exec(slice.slice(Math.max(0, at - 160), at))?.[0];
  if (lead === undefined) return null;
  // Each name before and where it starts in `lead`, then the marker's own name.
  const before = [...lead.matchAll(/([^,]+),\s+/g)].map((m) => ({
    name: m[1] ?? '',
    at: m.index ?? 0,
  }));
  const names = [...before.map((b) => b.name), match[1] ?? ''];
  const byId = entryById(index);
  // The longest run of names that cites first, then shorter ones (`Thus, Hyndman, Ahmed et al.`).
  for (let k = 0; k < before.length; k++) {
    const [first = '', ...after] = names.slice(k);
    const refIds = resolveAll(index, first, null, match[4] ?? match[5] ?? '', 3, null, after);
    const all = refIds.every((id) => {
      const entry = byId.get(id);
      return entry !== undefined && namesInOrder(entry, after);
    });
    if (refIds.length > 0 && all) return { length: lead.length - (before[k]?.at ?? 0), refIds };
  }
  return null;
}

/**
 * What comes just before a word opening a sentence: nothing, a line break, or a sentence's end
 * and a space, with a closing quote or bracket and a footnote's mark between (`variation.² Indeed,`,
 * or its digits as the text layer gives them: `variation.2 Indeed,`, `variation.2,3 Indeed,`).
 */
const SENTENCE_START =
  /(?:^|[.!?:;]["”’')\]]?(?:[\p{No}*†‡]{0,3}|\d{1,3}(?:[,–-]\d{1,3}){0,2})\s+|\n)$/u;

/**
 * Does `word` name an author of some entry, of any year? Then it is no word opening the sentence
 * (`Thus`, `However`) but the first of the names listed (`Smith, Jones, and Brown (2010)`).
 */
function namesAnAuthor(index: Map<string, IndexedEntry[]>, word: string): boolean {
  const name = foldName(word);
  for (const entries of index.values())
    for (const e of entries) if (e.first.has(name) || e.others.has(name)) return true;
  return false;
}

/**
 * How many characters of lowercase words open a marker's first name that are no part of the cited
 * surname: French and Portuguese `de` (`le théorème de Cybenko (1989)`, `O trabalho de Zhang et
 * al., 2013`) read as a particle, when the entry's surname has none (`de Gaulle` keeps it).
 */
function particleLead(
  name: string,
  refIds: readonly ReferenceId[],
  index: Map<string, IndexedEntry[]>,
): number {
  const lead = /^(?:\p{Ll}+\s+)+/u.exec(name)?.[0];
  if (lead === undefined || refIds.length === 0) return 0;
  const byId = entryById(index);
  const folded = foldName(name);
  return refIds.some((id) => byId.get(id)?.surname.has(folded)) ? 0 : lead.length;
}

function scanAuthorYear(
  slice: string,
  offset: number,
  index: Map<string, IndexedEntry[]>,
): FoundMarker[] {
  const found: FoundMarker[] = [];
  const narrative = OPEN_YEAR.test(slice) ? slice.matchAll(NARRATIVE) : [];
  for (const match of narrative) {
    let marker: RegExpExecArray | RegExpMatchArray = match;
    let from = match.index ?? 0;
    let refIds = narrativeRefs(match, index);
    // `Hyndman, Ahmed et al. (2011)`: names before the one read first, each set off by a comma, are
    // its first authors when one work lists them all, in that order, before the marker's name.
    const names = namesBefore(slice, from, match, index);
    if (names !== null) {
      from -= names.length;
      refIds = names.refIds;
      marker = [slice.slice(from, from + names.length) + match[0], ...match.slice(1)];
    }
    // `Thus, Alesina, Cohen, and Roubini (1992)`, `Second, Borusyak, Hull, and Jaravel (2022)`: a
    // word opening the sentence, set off by a comma, was read as the first author; when that cites
    // nothing, the names after the comma may.
    if (
      refIds.length === 0 &&
      match[2]?.startsWith(',') &&
      SENTENCE_START.test(slice.slice(Math.max(0, from - 16), from)) &&
      !namesAnAuthor(index, match[1] ?? '')
    ) {
      const skip = /^[^,]*,\s+/.exec(match[0])?.[0].length ?? 0;
      const again = NARRATIVE_AT.exec(match[0].slice(skip));
      const cited = again === null ? [] : narrativeRefs(again, index);
      if (again !== null && cited.length > 0) {
        marker = again;
        from += skip;
        refIds = cited;
      }
    }
    const lead =
      particleLead(marker[1] ?? '', refIds, index) ||
      -corporateLead(slice, from, marker[1] ?? '', refIds, index);
    const at = offset + from + lead;
    if (refIds.length > 0) found.push({ start: at, end: offset + from + marker[0].length, refIds });
  }
  for (const match of slice.matchAll(PARENTHESIS)) {
    const inner = match[1] ?? match[2] ?? '';
    const open = offset + (match.index ?? 0);
    const before = found.length;
    readGroup(inner, open, match[0].length, index, found);
    // `(this corresponds to [Chervenak 1994] for …)`: a bracketed citation inside a parenthesis
    // that cites nothing itself.
    if (match[1] !== undefined && found.length === before && inner.includes('['))
      for (const inside of inner.matchAll(BRACKET))
        readGroup(inside[1] ?? '', open + 1 + (inside.index ?? 0), inside[0].length, index, found);
  }
  // Names and a year outside any marker read so far, the year in no parentheses.
  const marked = found.map((m) => [m.start - offset, m.end - offset] as const);
  for (const match of bareNarratives(slice)) {
    const from = match.index ?? 0;
    const to = from + match[0].length;
    if (marked.some(([a, b]) => a < to && b > from)) continue;
    const refIds = narrativeRefs(match, index, true);
    const start = offset + from + particleLead(match[1] ?? '', refIds, index);
    if (refIds.length > 0) found.push({ start, end: offset + to, refIds });
  }
  return found;
}
