/**
 * Reading the fields of one reference entry — authors, title, year, venue, DOI, URL — from its
 * text, best effort across the common styles:
 *
 * - colon style, as in the sample paper: `Zhang Junxia: Title: Subtitle, Venue, No. 2, 2013.`
 * - APA / Harvard: `Smith, J., & Doe, A. (2019). Title. Venue, 3(2), 1-10. https://doi.org/...`
 * - IEEE: `J. Smith and A. Doe, "Title," Venue, vol. 3, 2019.`
 * - sentence styles (Vancouver, BibTeX plain): `Smith J, Doe A. Title. Venue. 2019;3(2):1-10.`
 *
 * Also gives the entry's label: its number, or `Surname Year` for author-year lists.
 */
import { surnameFirst, writtenGivenNameFirst } from './given-names';
import { splitAuthors, surnameOf } from './author-names';
import { matchKeyLabel } from './key-labels';
import { repeatsAuthors } from './repeated-authors';
import { LATEST_YEAR, withoutStudyMark } from './reference-heads';
import type { ReferenceFields } from './types';
import { CAPITALISABLE_PARTICLES, PARTICLE_WORDS } from './surname-particles';

/**
 * An entry's label: `[1]` (`[ 1 ]` in Wiley's journals), `(1)`, `1.`, `1)`, or a bare number before
 * a surname and initials (`1 Acharya, K. R.`, the label column of Portland Press and Nature lists),
 * or a superscript number (`¹J.-H. Prinz`, AIP's lists).
 */
const NUMBER_LABEL =
  /^\s*(?:\[ ?(\d{1,4}) ?\]|\((\d{1,4})\)|(\d{1,4})[.)]|(\d{1,3})(?=\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,?\s+\p{Lu}(?:\.|\p{Lu}{0,2}[,\s]))|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=\s?[\p{Lu}\d“"]))\s*/u;
const DOI = /(?:\bdoi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?\b(10\.\d{4,9}\/[^\s"<>]+)/i;
const URL_PATTERN =
  /(?:\b(?:Retrieved from|Available (?:at|from)|URL):?\s*)?(https?:\/\/[^\s<>"]+)/i;
/**
 * What every {@link URL_PATTERN} match holds. Its optional lead-in keeps the engine from skipping
 * to `http` itself: it tries the lead-in at every position of the entry, so most entries (with no
 * URL) are first told apart by this plain scan.
 */
const URL_SCHEME = /https?:\/\//i;
/** An arXiv identifier (`[astro-ph/0003365]`, `arXiv:0908.0054v1`): not part of title or venue. */
const ARXIV_ID =
  /,?\s*\[(?:astro-?ph|gr-?qc|hep-?(?:ph|th|ex|lat)|quant-?ph|cond-?mat|math|physics|nucl-?th|arxiv)[^\]]*\]|\barXiv:\s*[\w./-]+/gi;
const YEAR = /\b(1[5-9]\d\d|20\d\d)([a-z])?\b/g;
const PAREN_YEAR =
  /^(.{2,400}?)\s*\((\d{4}[a-z]?|n\.\s?d\.|in press)(?:,\s*[^)]*)?\)\s*[.:,]?\s*(.*)$/i;
/** `Names. 2018. Title…`: author lists of big collaborations run to 600 characters. */
const BARE_YEAR = /^(.{2,600}?)[.,]\s+(\d{4}[a-z]?)\.\s+(.*)$/;
/**
 * `Hastie, Trevor, Robert Tibshirani et Jerome Friedman 2008 The Elements of …`, `Bishop,
 * Christopher M. 2006 Pattern Recognition …` (biblatex's French author-year styles): the names,
 * the first surname first and closed by a comma, then the year set off by spaces alone. The names
 * hold no digit, bracket or quote, so the year is the entry's first. A decade (`The 1970s
 * inflation`) is no year.
 */
const NAMES_SPACED_YEAR =
  /^((?:\p{Ll}+\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s[^\d()«»"“”]{1,400}?)\s+(\d{4}(?!s\b)[a-z]?)\s+(\S.*)$/u;
/**
 * A later year closing an entry after a comma (`…, Paris, Seuil, 1999.`): the entry's year, as a
 * numbered or footnote style prints it; a year before it (`Histoire de 1789 à nos jours`) is in
 * the title.
 */
const CLOSING_YEAR = /,\s*(\d{4})[a-z]?\.?\s*$/;
/** One co-author of a QJE book written given name first: `Bernard Berelson`, `Hazel Gaudet`, `Peter J. Klenow`. */
const BOOK_CO_AUTHOR = `\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)*\\s+\\p{Lu}[\\p{L}'’-]+`;
/**
 * The QJE's book, its title unquoted and its publisher in parentheses: `Hamilton, James T., All
 * the News That’s Fit to Sell (Princeton: Princeton University Press, 2004)`, `Lakoff, George,
 * Women, Fire and Dangerous Things (Chicago, IL: …, 1987)`, `Lazarsfeld, Paul, Bernard Berelson,
 * and Hazel Gaudet, The People’s Choice (New York: …)`: the first author surname first (one given
 * name, initials), the others given name first closed by `and`, the title, place and publisher,
 * or the web site it is published on (`Leip, David, Dave Leip’s Atlas of U. S. Presidential
 * Elections (http://www.uselectionatlas.org, 2004)`).
 */
const NAME_TITLE_PUBLISHER = new RegExp(
  `^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)*` +
    `(?:(?:,\\s+${BOOK_CO_AUTHOR})*,?\\s+and\\s+${BOOK_CO_AUTHOR})?),\\s+(\\p{Lu}[^()]{2,300}?)\\s+\\(([^()]{2,200}?:[^()]{2,200}?|[^()]{0,200}?\\b[\\w-]+\\.(?:org|com|net|edu|gov)\\b[^()]{0,200}?)\\)$`,
  'u',
);
const QUOTED_TITLE = /["“”]([^"“”]{3,}?)[,.]?["“”],?\s*/;
/** Particles before a surname: `van Dishoeck E. F.`, `De Iaco A`, `Van der Berg JP`. */
const PARTICLES = `(?:(?:${CAPITALISABLE_PARTICLES})\\s+)*`;
/**
 * A surname's second word, particles before it perhaps: `Gil de Paz`, `García de la Banda`,
 * `Ruiz de Elvira` (Spanish and Portuguese surnames of two parts).
 */
const SECOND_SURNAME = `(?:\\s(?:(?:${PARTICLE_WORDS})\\s+)*\\p{Lu}[\\p{L}'’-]+)?`;
/**
 * One author: `Smith, J. A.`, `van Dishoeck E. F.`, `Hu W.`, `J.-P. Smith`, Vancouver `Smith JA`,
 * `De Iaco A`, `García de la Banda, M.`.
 */
const NAME = `(?:${PARTICLES}\\p{Lu}[\\p{L}'’-]+${SECOND_SURNAME},?\\s+\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*|\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*\\s+\\p{Lu}[\\p{L}'’-]+|${PARTICLES}\\p{Lu}[\\p{L}'’-]+${SECOND_SURNAME}\\s+\\p{Lu}{1,3}(?=[,.\\s]))`;
/**
 * A leading author list made of such names, with `,`, `;` (AAAI: `Culotta, A.; McCallum, A.`),
 * `and`, `&`, French `et` (`Kubat, M. et S. Matwin`) and `et al.`.
 */
const NAME_LIST = new RegExp(
  `^(${NAME}(?:(?:[,;]\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&|et(?!\\s+al\\b))\\s+)${NAME})*(?:,?\\s+et\\s+al\\.)?)[.,:]?(?:\\s+|$)`,
  'u',
);
/**
 * AAS `Mainzer et al. 2011, ApJ, 741, 90`: a first author's surname alone, `et al.`, the year; a
 * comma before `et al.` after a collaboration's name (MNRAS `Planck Collaboration, et al., 2016,`).
 */
const ET_AL_YEAR = new RegExp(
  String.raw`^((?:(?:${PARTICLE_WORDS})\s+)*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),?\s+et\s+al\.,?\s+(\d{4}[a-z]?)[,.]\s+(.*)$`,
  'u',
);
/**
 * MNRAS and A&A: a corporate author, then the year and a comma (`World Health Organization 2020,
 * Technical report, …`, `Planck Collaboration 2020, A&A, 641, A6`): two or more capitalised words
 * (and the small words of a name), the year, a comma. A person there has initials (`Rossi G.,
 * 2012,`).
 */
const CORPORATE_YEAR =
  /^(\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|and|the|on|de|du|für|&)\s+)*\p{Lu}[\p{L}&'’-]*){1,7})\s+(\d{4}[a-z]?),\s+(.*)$/u;
/**
 * Harvard's corporate author as Ubiquity Press and other UK journals print it: the name, then the
 * year set off by a space (a stop after it perhaps), then the title — `KCPG 1995 The Conservation
 * Practice …`, `English Heritage 2008 Conservation Principles …`, `ICOMOS 1994. The Nara Document
 * …`: capitalised words or an acronym (and the small words of a name), no comma or stop among them.
 */
const CORPORATE_SPACED_YEAR =
  /^(\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|and|the|on|de|du|für|&)\s+)*\p{Lu}[\p{L}&'’-]*){0,5})\s+((?:1[5-9]|20)\d\d[a-z]?)\.?\s+(["“‘\p{Lu}].*)$/u;

/**
 * {@link CORPORATE_SPACED_YEAR}'s match when its number is a year: one a publisher could print
 * (`RFC 2616 …`, `ISO 9241 …` are a standard's numbers), and not where the entry closes with a year
 * (`Section 1983 Litigation. West, 2008.`, `Windows 2000 Server Resource Kit. …, 2000.`: a
 * numbered style's entry, the number in its title).
 */
function corporateSpacedYear(body: string): RegExpExecArray | null {
  const match = CORPORATE_SPACED_YEAR.exec(body);
  if (match === null || Number((match[2] ?? '').slice(0, 4)) > LATEST_YEAR) return null;
  return CLOSING_YEAR.test(match[3] ?? '') ? null : match;
}
/**
 * A comma set between a name's initials (`Picard, R., W., 2001`, Elsevier's Harvard style as some
 * authors' BibTeX writes it): without it the second initial reads as the next author, or the title.
 * Only before another comma, so that `Smith, J., A. Jones` keeps its two authors.
 */
const STRAY_INITIALS_COMMA = /(?<=[\p{L}'’-],\s\p{Lu}\.),\s(\p{Lu}\.)(?=,)/gu;
const LEADING_YEAR = /^\(?(\d{4}[a-z]?|n\.\s?d\.|in press)\)?[.,:]?\s*/i;
/** `Modern Cosmology (Academic Press, 2003)`: a book's title and its publisher. */
const BOOK = /^(.+?)\s*\(([^()]+?),\s*(?:1[5-9]|20)\d\d\)$/;
const COLON_AUTHORS = /^([^:.()\d"“]{2,200}?):\s+(.+)$/;
/**
 * The same with initials among the names (`Feynman, Richard P.: Conferencias…`, `Kasper, Robert T.
 * y Rounds, Williams C.: …`, as Spanish and other humanities lists print them): a period only
 * after a lone capital; read only when the part before the colon looks like names.
 */
const COLON_AUTHORS_INITIALS = /^((?:[^:.()\d"“]|(?<=(?:^|[\s,;-])\p{Lu})\.){2,200}?):\s+(.+)$/u;
/** Trailing parts of a citation that locate it but name nothing: `No. 2`, `2013`, `April 2`, `3(2)`. */
const LOCATOR =
  /^(?:(?:no|vol|issue|pp?|iss|nr)\.?\s*[\d–-]+|\d{1,4}(?:\s*\([^)]*\))?(?::\s*[\d–-]+)?|[\d–-]+|(?:1[5-9]|20)\d\d[a-z]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:spring|summer|autumn|fall|winter)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:1[5-9]|20)\d\d)?)\.?$/i;
/** Words before a period that do not end a sentence in a citation: initials and abbreviations. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|vol|no|nos|pp|p|ed|eds|al|vs|jr|sr|dr|st|inc|co|ltd|j|proc|conf|trans|int|rev|phys|lett|univ|dept|fig|eq|ch|sec|natl|acad|sci|res|soc|am|assoc|comput|eng|med|biol|chem|math|stat|ann|bull|rep|symp|workshop|intl|quant|grav|astrophys|astron|cosmol|nucl|opt|appl)\.$/iu;

/** The fields and the number of one entry. */
export interface ParsedReference {
  /** The entry's number when it carries one (`[1]`, `1.`, `1)`), else null. */
  number: string | null;
  fields: ReferenceFields;
  /** Its authors are plainly written given name first (a middle initial shows it: `Michael J. Collins`). */
  givenNamesFirst?: true;
  /** It prints a rule for its authors (`———. 1983.`): the previous entry's (`repeated-authors.ts`). */
  repeatsAuthors?: true;
}

/** `¹²` as the number it writes (`12`). */
const fromSuperscript = (digits: string): string =>
  [...digits].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('');

/**
 * The author-year key a publisher's web page shows before each entry of a numbered list, the
 * authors after it (ScienceDirect, Cell Press: `29. Marioni et al., 2015 R.E. Marioni, S. Shah, …`):
 * names without a comma, then `, year` and a space. It is a key only when the entry's own author
 * list after it names its first word again, soon.
 */
const UNBRACKETED_KEY = /^([^,()\d]{2,80}?),\s((?:1[5-9]|20)\d\d[a-z]?)\s+/;
/** How far into the author list after a key its first name must come again. */
const KEY_NAME_REACH = 60;

/**
 * The body without a leading unbracketed author-year key, and the key's year (its letter, `2015b`,
 * is the key's alone); or the body as it is.
 */
function splitUnbracketedKey(body: string): { body: string; year?: string } {
  const key = UNBRACKETED_KEY.exec(body);
  if (!key) return { body };
  const name = /\p{Lu}[\p{L}'’-]+/u.exec(key[1] ?? '')?.[0];
  const rest = body.slice(key[0].length);
  return name !== undefined && rest.slice(0, KEY_NAME_REACH).includes(name)
    ? { body: rest, year: key[2] }
    : { body };
}

/**
 * `AND` between names set in capitals, after an initial or a surname and before the next name's
 * initials or surname (`CABALLERO, R. J., AND E. M. R. A. ENGEL (1999):`, Econometrica's and the AEA's
 * lists): read as `and`, which the name patterns know. A title's `AND` stands between words.
 */
const CAPITAL_AND =
  /(?<=\p{Lu}\.|\p{Lu}{2}),?\s+AND\s+(?=\p{Lu}\.|\p{Lu}{2,}[\p{Lu}'’-]*,\s+\p{Lu}\.)/gu;

/** Reads an entry's number and fields from its full text (label included). */
export function parseReferenceFields(text: string): ParsedReference {
  // `(2006): “On the …`, a second work after a rule drawn as a line, opens with no number label.
  const ruled = repeatsAuthors(text.trimStart());
  const label = ruled ? null : NUMBER_LABEL.exec(text);
  const keyLabel = label || ruled ? null : matchKeyLabel(text.trimStart());
  let body = label
    ? text.slice(label[0].length)
    : keyLabel
      ? text.trimStart().slice(keyLabel.length)
      : text;
  body = withoutStudyMark(body.trimStart()).replace(CAPITAL_AND, ' and ');
  const key = label ? splitUnbracketedKey(body) : null;
  if (key) body = key.body;
  const repeats = repeatsAuthors(body);
  const fields: ReferenceFields = { authors: [] };
  // Every DOI has `10.` (its optional lead-in makes the regex try each position otherwise).
  const doi = body.includes('10.') ? DOI.exec(body) : null;
  if (doi) {
    fields.doi = trimTrailing(doi[1] ?? '');
    body = body.replace(doi[0], ' ');
  }
  const url = URL_SCHEME.test(body) ? URL_PATTERN.exec(body) : null;
  if (url) {
    fields.url = trimTrailing(url[1] ?? '');
    body = body.replace(url[0], ' ');
  }
  body = body
    .replace(ARXIV_ID, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/, '')
    .replace(/(?<!(?:^|[\s.-])\p{Lu})\.$/u, '') // a final period, unless it closes an initial
    .trim();
  const givenNamesFirst = readStyle(
    withoutEditorMark(body).replace(STRAY_INITIALS_COMMA, ' $1'),
    fields,
  );
  fields.year ??= lastYear(body);
  // The entry prints `2015`; its key, `2015b`, tells it from the same authors' other work that year.
  if (key?.year && fields.year === key.year.slice(0, 4)) fields.year = key.year;
  for (const key of ['title', 'venue', 'year'] as const) {
    const value = fields[key]?.trim();
    if (value) fields[key] = value;
    else delete fields[key];
  }
  const raised = label?.[5];
  const number = label
    ? (label[1] ?? label[2] ?? label[3] ?? label[4] ?? (raised && fromSuperscript(raised)) ?? null)
    : null;
  const parsed: ParsedReference = givenNamesFirst
    ? { number, fields, givenNamesFirst }
    : { number, fields };
  return repeats ? { ...parsed, repeatsAuthors: true } : parsed;
}

/** The names opening an entry, then the mark that they are its editors: `(Ed.)`, `(eds)`. */
const EDITORS_AHEAD = /^([^()]{2,300}?)\s*\((?:[Ee]ds?|Hrsg)\.?\)(?=[.,]?\s)/;

/**
 * An entry whose editors stand for its authors (`Jacques Cohen (Ed.). 1996. Special Issue: …`,
 * ACM; `Smith, J. (Eds.). (2008).`, APA) without the editors' mark, so their names are read as
 * the authors'. An editor named in the venue (`In Distributed Systems, Sape Mullender (Ed.)`)
 * comes after the entry's year: names hold no digit.
 */
function withoutEditorMark(body: string): string {
  const editors = body.includes('(') ? EDITORS_AHEAD.exec(body) : null;
  if (editors === null || !looksLikeNames(editors[1])) return body;
  return (editors[1] ?? '') + body.slice(editors[0].length);
}

function trimTrailing(value: string): string {
  return value.replace(/[.,;)\]]+$/, '');
}

/** Reads the fields of an entry's body; true when its authors were read as written given name first. */
function readStyle(body: string, fields: ReferenceFields): boolean {
  const quoted = QUOTED_TITLE.exec(body);
  const beforeQuote = quoted ? body.slice(0, quoted.index).trim() : '';
  if (quoted && /[,.]$/.test(beforeQuote) && looksLikeNames(beforeQuote)) {
    fields.authors = splitAuthors(beforeQuote.replace(/,$/, ''));
    fields.title = cleanTitle(quoted[1] ?? '');
    fields.venue = cutVenue(body.slice(quoted.index + quoted[0].length));
    return false;
  }
  const book = quoted ? null : NAME_TITLE_PUBLISHER.exec(body);
  if (book) {
    fields.authors = splitAuthors(book[1] ?? '');
    fields.title = cleanTitle(book[2] ?? '');
    fields.venue = (book[3] ?? '').replace(/,\s*(?:1[5-9]|20)\d\d[a-z]?$/, '');
    return false;
  }
  const given = BARE_YEAR.exec(body);
  if (given && writtenGivenNameFirst(given[1] ?? '')) {
    // `Michael J. Collins. 1997.`: NAME_LIST would stop at `Michael J.` (read as `Surname I.`).
    fields.authors = splitAuthors(given[1] ?? '').map(surnameFirst);
    fields.year = given[2];
    readAfterAuthors(given[3] ?? '', fields);
    return true;
  }
  const named = givenNamesFirstThenTitle(body);
  if (named) {
    fields.authors = splitAuthors(named.names).map(surnameFirst);
    readAfterAuthors(named.rest, fields);
    return true;
  }
  const list = NAME_LIST.exec(body);
  if (list) {
    // French `et` joins the last name as `and` does (`et al.` is no name).
    fields.authors = splitAuthors((list[1] ?? '').replace(/\s+et\s+(?!al\b)/g, ' and '));
    readAfterAuthors(body.slice(list[0].length), fields);
    return false;
  }
  const etAl = ET_AL_YEAR.exec(body);
  if (etAl) {
    fields.authors = [etAl[1] ?? ''];
    fields.year = etAl[2];
    readAfterAuthors(etAl[3] ?? '', fields);
    return false;
  }
  const corporate = CORPORATE_YEAR.exec(body) ?? corporateSpacedYear(body);
  if (corporate) {
    fields.authors = [corporate[1] ?? ''];
    fields.year = corporate[2];
    readAfterAuthors(corporate[3] ?? '', fields);
    return false;
  }
  // `May, Robert M. 1976. “Title.” Nature 261 (5560)`: a four-digit issue in parentheses is no
  // APA year, so the bare year is tried when the names before the parenthesis are no names.
  const paren = PAREN_YEAR.exec(body);
  const apa = paren && looksLikeNames(paren[1]) ? paren : BARE_YEAR.exec(body);
  if (apa && looksLikeNames(apa[1])) {
    fields.authors = splitAuthors(apa[1] ?? '');
    if (/^\d/.test(apa[2] ?? '')) fields.year = apa[2];
    readAfterAuthors(apa[3] ?? '', fields);
    return false;
  }
  const spaced = NAMES_SPACED_YEAR.exec(body);
  // A word and its period (`Valette. Introduction to …`) end a sentence, never a name.
  const closing = spaced && CLOSING_YEAR.exec(spaced[3] ?? '');
  if (
    spaced &&
    looksLikeNames(spaced[1]) &&
    !/\p{L}{2}\.\s/u.test(spaced[1] ?? '') &&
    !(closing && Number(closing[1]) > Number((spaced[2] ?? '').slice(0, 4)))
  ) {
    // French `et` joins the last name as `and` does (`et al.` is no name).
    fields.authors = splitAuthors((spaced[1] ?? '').replace(/\s+et\s+(?!al\b)/g, ' and '));
    fields.year = spaced[2];
    readAfterAuthors(spaced[3] ?? '', fields);
    return false;
  }
  const initials = COLON_AUTHORS_INITIALS.exec(body);
  const colon =
    COLON_AUTHORS.exec(body) ?? (initials && looksLikeNames(initials[1]) ? initials : null);
  if (colon) {
    fields.authors = splitAuthors(colon[1] ?? '');
    readCommaSegments(colon[2] ?? '', fields);
    return false;
  }
  const [first, ...rest] = splitSentences(body);
  if (rest.length > 0 && looksLikeNames(first)) {
    fields.authors = splitAuthors(first ?? '');
    readAfterAuthors(rest.join(' '), fields);
  } else {
    fields.title = cleanTitle(first ?? body);
  }
  return false;
}

/** Where the names of an entry may end: a period and a space (titles may open in lower case: `mt5: A …`). */
const SENTENCE_END = /\.\s+/g;

/**
 * `Tom B. Brown, Benjamin Mann, and Nick Ryder. Language models are few-shot learners. In
 * NeurIPS, 2020.` (natbib's plainnat, as NeurIPS, ICML and ICLR print it): the names, given name
 * first, end at the first period that follows a whole surname (not an initial's), and the list
 * shows its style (a middle initial, or two names or more, `writtenGivenNameFirst`). Null when
 * the first sentence is something else (`Smith, J. and Jones, K.`, `Smith JA, Jones B.`, a title).
 */
function givenNamesFirstThenTitle(body: string): { names: string; rest: string } | null {
  for (const cut of body.matchAll(SENTENCE_END)) {
    const names = body.slice(0, cut.index);
    if (names.length > 1200) return null;
    // `Tom B.`: the period of an initial, the names go on.
    if (/(?:^|[\s.-])\p{Lu}$/u.test(names)) continue;
    return writtenGivenNameFirst(names)
      ? { names, rest: body.slice(cut.index + cut[0].length) }
      : null;
  }
  return null;
}

/** After the authors: an optional year (`(2019).`, `2019.`), then title and venue. */
function readAfterAuthors(rest: string, fields: ReferenceFields): void {
  const year = LEADING_YEAR.exec(rest);
  if (year) {
    if (/^\d/.test(year[1] ?? '')) fields.year = year[1];
    rest = rest.slice(year[0].length);
  }
  const sentences = splitSentences(rest);
  if (sentences.length >= 2) {
    fields.title = cleanTitle(sentences[0] ?? '');
    fields.venue = cutVenue(sentences[1] ?? '');
    return;
  }
  const only = sentences[0] ?? '';
  const book = BOOK.exec(only);
  if (book) {
    fields.title = cleanTitle(book[1] ?? '');
    fields.venue = book[2]?.trim();
  } else if (/\s\d/.test(only) && year === null) {
    fields.venue = cutVenue(only);
  } else if (only !== '') {
    fields.title = cleanTitle(only);
  }
}

/** `Title: Subtitle, Venue, No. 2, 2013`: locators off the end, the venue last, the title before. */
function readCommaSegments(rest: string, fields: ReferenceFields): void {
  const segments = splitOutsideParentheses(rest);
  while (segments.length > 1 && LOCATOR.test(segments[segments.length - 1] ?? '')) segments.pop();
  if (segments.length >= 2) {
    fields.venue = segments.pop();
    fields.title = cleanTitle(segments.join(', '));
  } else {
    fields.title = cleanTitle(segments[0] ?? rest);
  }
}

function splitOutsideParentheses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && text.charAt(i + 1) === ' ') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

/** Splits citation text into sentences at `. ` before a capital, not after initials or abbreviations. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!]\s+(?=["“([]?[\p{Lu}\d])/gu)) {
    const end = (match.index ?? 0) + 1;
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(start, end - 12), end)))
      continue;
    // A lone short word before the period is a journal abbreviation (`Class. Quant. Grav.`).
    if (match[0].startsWith('.') && /^\p{Lu}\p{Ll}{0,4}\.$/u.test(text.slice(start, end).trim()))
      continue;
    out.push(text.slice(start, end).trim());
    start = end + match[0].length - 1;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

/** Could this be an author list: mostly capitalised words or initials, no long lowercase run? */
function looksLikeNames(text: string | undefined): boolean {
  if (text === undefined || text.length > 600 || /\d/.test(text)) return false;
  const words = text
    .split(/[\s,;&]+/)
    .filter(
      (w) =>
        w !== '' && !/^(?:and|et|al\.?|van|von|de|der|du|la|le|eds?\.?|of|for|the|on|in)$/i.test(w),
    );
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

function cleanTitle(title: string): string {
  return title
    .trim()
    .replace(/^["“”']+|["“”']+$/g, '')
    .replace(/[.,]$/, '')
    .trim();
}

/** The venue's name without what locates the work in it (`Venue, 3(2), 1-10` -> `Venue`). */
function cutVenue(text: string): string {
  const venue = text.trim().replace(/^in:?\s+/i, '');
  const cut =
    /,\s*(?:vol\.|no\.|pp?\.|issue|ch\.|\d)|[;:]\s*\d|\s\d+\s*[(:,]|\s\(\d{4}\)|\s(?:vol\.|pp?\.)\s*\d/i.exec(
      venue,
    );
  return (cut ? venue.slice(0, cut.index) : venue).replace(/[.,;:]+$/, '').trim();
}

/**
 * The date a web page was read, up to its year: `Acesso em: 11 jan. 2023` (ABNT), `Accessed 11
 * January 2023`, `last accessed on`, `Retrieved May 5, 2021`, `Zugriff am 3.5.2022`, `abgerufen am`,
 * `consulté le 4 mars 2021`, `consultado el`, `ultimo accesso`. The year is the reading's, not the work's.
 */
const ACCESS_DATE =
  /(?:\b(?:acess(?:o|ado)\s*em|(?:last\s+)?accessed(?:\s+on)?|retrieved(?:\s+on)?|visited(?:\s+on)?|zugriff(?:\s+am)?|abgerufen(?:\s+am)?|consultad[oa](?:\s+(?:el|em|en))?|ultimo\s+accesso|data\s+di\s+accesso)|\bconsulté(?:\s+le)?)\s*:?\s*[^;()]{0,30}?$/iu;

/**
 * The last plausible publication year in the text (`2013`, `2013a`): not a page, nor the date the
 * work was read online (see {@link ACCESS_DATE}), unless no other year is there.
 */
function lastYear(text: string): string | undefined {
  let year: string | undefined;
  let any: string | undefined;
  for (const match of text.matchAll(YEAR)) {
    any = match[0];
    const at = match.index ?? 0;
    // A page (`305(17):1777-85`, `pp. 1801–1810`) is no year.
    const page =
      /[:–-]\s*$|pp?\.\s*$/.test(text.slice(Math.max(0, at - 5), at)) ||
      /^[–-]\d/.test(text.slice(at + match[0].length));
    if (!page && !ACCESS_DATE.test(text.slice(Math.max(0, at - 60), at))) year = match[0];
  }
  return year ?? any;
}

/**
 * The label a reader would cite an entry by: its number, else `Surname Year` from the first
 * author (`Zhang 2013`), else its position in the list.
 */
export function referenceLabel(
  number: string | null,
  fields: ReferenceFields,
  position: number,
): string {
  if (number !== null) return number;
  const first = fields.authors[0];
  if (first === undefined) return fields.year ?? String(position);
  const surname = surnameOf(first);
  return fields.year ? `${surname} ${fields.year}` : surname;
}
