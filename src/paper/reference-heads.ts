/**
 * Where an entry of an unnumbered (author-year) reference list ends and the next one begins, when
 * nothing but the text says so: no number, no blank line, no hanging indent. An entry ends with a
 * sentence end, a DOI or URL, a page range or a year in parentheses; the next one opens with a
 * head — `Surname, I.`, `Surname, I. I., & Other, J.`, `van der Berg, A.`, `Surname, Given.` (MLA),
 * `Smith JA,` (Vancouver), `Anna Doe and Ben Roe. 2019.` (ACM), or a corporate author and its year
 * (`World Health Organization. (2019).`).
 *
 * A wrapped line can open with a capitalised word and a comma too (`New York, NY: ACM Press.`,
 * `Washington, D.C.: APA.`), so a head must also show what follows a surname: initials that go on
 * like an author list, a full given name closing the author part, or a year in parentheses close by.
 */
import { endsSentence } from './line-signals';
import { PARTICLE_WORDS } from './surname-particles';

const PARTICLES = `(?:(?:${PARTICLE_WORDS}|al|el)\\s+)*`;
/** `Smith`, `O'Neil`, `García Márquez`, `van der Berg`. */
const SURNAME = `${PARTICLES}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?`;
/**
 * A surname whose second word may follow particles too: `Gil de Paz`, `García de la Banda`. Only
 * in heads that run through every author to the year (a place, `Rio de Janeiro, Brazil`, does not).
 */
const PARTICLED_SURNAME = `${PARTICLES}\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${PARTICLE_WORDS})\\s+)*\\p{Lu}[\\p{L}'’-]+)?`;
/** The latest year an entry may carry: a paper in press cites next year's. */
export const LATEST_YEAR = new Date().getFullYear() + 1;
const YEAR_IN_PARENS = '\\((?:(?:1[5-9]|20)\\d\\d[a-z]?|n\\.\\s?d\\.|in press)\\)';

/**
 * One initial: `J.`, or a hyphenated pair with a stop after the second letter only, as Scandinavian,
 * German and French names are often printed (`L-G.`, `H-J.`, `J-P.`).
 */
const INITIAL = '\\p{Lu}(?:-\\p{Lu})?\\.';

/**
 * Harvard as Ubiquity Press and many UK journals print it: initials with no stops, the year bare
 * after the names, the title after it — `Caple, C 2000 Conservation Skills`, `Pye, E and Sully, D
 * 2007 Evolving …`, `Child, R E 1997a Ethics …`, `Lansley, A, Durant, S and Shelton, R 2010 The …`.
 * Each author a surname, a comma and one to three single capitals; no wrapped line opens so (a
 * place has its stops, `Washington, D.C.`; a state is two capitals together, `London, UK`).
 */
const BARE_INITIALS = `\\p{Lu}(?:\\s\\p{Lu}){0,2}`;
const BARE_INITIALS_HEAD = new RegExp(
  `^${SURNAME},\\s${BARE_INITIALS}(?:(?:,\\s|\\s(?:and|&)\\s)${SURNAME},\\s${BARE_INITIALS})*(?:,?\\set\\sal\\.?)?\\s(?:1[5-9]|20)\\d\\d[a-z]?\\s+["“‘\\p{Lu}]`,
  'u',
);

/** `Surname, X.` / `Surname, Given` / `van Dijk, J.` / Vancouver `Smith JA,`: an author-year entry's start. */
const AUTHOR_START = new RegExp(
  `^${SURNAME},\\s+(?:${INITIAL}|\\p{Lu}\\p{L}+)|^${PARTICLES}\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}{1,3}(?:-\\p{Lu})?(?:[,.]\\s|\\s+${YEAR_IN_PARENS})`,
  'u',
);

/**
 * `Smith, J. (2019)`, `Smith, J. A., & Doe, B.`, `Smith, J.-P. 2019.`, `Nilsson, L-G., Adolfsson, R.`, AAAI's `Hassan, S.; Csomai,
 * A.; and …`, Nature's `Goodman, A. et al. Ten simple rules …`: initials that go on like an
 * author list — not `Washington, D.C.:`, a place of publication.
 */
const INITIALS_HEAD = new RegExp(
  `^${SURNAME},\\s+${INITIAL}(?:\\s?-?${INITIAL})*(?=[,;]|\\s+(?:&|and)\\s|\\s+et\\s+al\\.|\\s+\\(|\\s+(?:1[5-9]|20)\\d\\d|\\s+["“\\p{Lu}]|$)`,
  'u',
);
/**
 * Vancouver `Smith JA, Doe B.` / `Hu W.` / `Driggers WB III,`, F1000's one author before the title
 * `Fabens AJ: …`, and JSS's `van Stokkum IHM (1997).` / `Godfrey K (1983).`.
 */
const VANCOUVER_HEAD = new RegExp(
  `^${PARTICLES}\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}{1,3}(?:-\\p{Lu})?(?:\\s(?:Jr|Sr|II|III|IV)\\.?)?(?:[,.:]\\s|\\s+${YEAR_IN_PARENS})`,
  'u',
);
/**
 * MNRAS and A&A `Pascoli G., Polleux A., 2000,`, `Brown M. J. I., et al., 2014,`, `Pal S. K., 2015,`:
 * a surname, its initials after it, a comma, then the next author, `et al.` or the year.
 */
const INITIALS_AFTER_HEAD = new RegExp(
  `^${SURNAME}\\s+(?:\\p{Lu}\\.\\s?-?)+,\\s+(?:(?:1[5-9]|20)\\d\\d[a-z]?,|et\\s+al\\.|${SURNAME}\\s+\\p{Lu}\\.)`,
  'u',
);
/** AAS `Mainzer et al. 2011, ApJ, 741, 90`: a first author, `et al.` and the year, no initials. */
const ET_AL_YEAR_HEAD = new RegExp(
  `^${SURNAME}\\s+et\\s+al\\.,?\\s+(?:1[5-9]|20)\\d\\d[a-z]?[,.]\\s`,
  'u',
);
/**
 * A collaboration as author, MNRAS and A&A style (`Planck Collaboration, et al., 2016, A&A, 594,
 * A13`, `ATLAS Collaboration, 2012, PhLB`, `Fermi-LAT Collaboration 2019,`): capitalised words, the
 * word `Collaboration`, `et al.` perhaps, then the year and a comma.
 */
const COLLABORATION_HEAD =
  /^(?:\p{Lu}[\p{L}-]*\s+){1,4}Collaboration,?\s+(?:et\s+al\.,?\s+)?(?:1[5-9]|20)\d\d[a-z]?,\s/u;
/**
 * MLA and Chicago `Smith, John. Title`, `Smith, John A. Title`, `Smith, John, and Jane Doe.`,
 * `Smith, John, et al.`: a full given name that closes the author part. The AEA's journals and
 * Chicago give the first author a middle initial or a hyphenated name too, and name more authors
 * given name first: `Autor, David H., and Daron Acemoglu.`, `Autor, David H., David Dorn, and …`,
 * `Hsieh, Chang-Tai, and Peter J. Klenow.`, `Blanchard, Olivier Jean, and Lawrence F. Katz.`. The QJE's style closes the author part with a comma
 * before the title: `Gentzkow, Matthew, “Television …”`, `Hamilton, James T., All the News …`.
 */
const FULL_NAME_HEAD = new RegExp(
  `^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\.|\\.)` +
    `\\s+["“\\p{Lu}\\d(]|^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?,\\s+` +
    `(?:et\\s+al\\.|and\\s+\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s+)?${SURNAME}[.,]|\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s+)?${SURNAME},\\s)` +
    `|^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?,\\s+["“]` +
    `|^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\.,\\s+\\p{Lu}`,
  'u',
);
/**
 * Citavi's and Zotero's German author-year styles (and ABNT's in mixed case): `Surname, Given`
 * authors separated by `;`, then the year in parentheses and a colon or stop — `Chatterjee,
 * Rajdeep; Chatterjee, Ankita; Islam, S. Hafizul; Khan, Muhammad Khurram (2023): Title`, a later
 * surname perhaps one letter (`R, Mahesh T.`, `Madhuri G, Sindhu`). The list is the evidence, however long: no reach
 * for the year as for one author.
 */
const SEMICOLON_AUTHORS_HEAD = new RegExp(
  `^${SURNAME},\\s+[^;()\\d]{1,40}(?:;\\s+${PARTICLES}\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?,\\s+[^;()\\d]{1,40})+\\s+${YEAR_IN_PARENS}[.:]`,
  'u',
);
/**
 * A rule where the names would be, repeating the last entry's authors (`——, and Jesse Shapiro, …`,
 * `———. 2020. More Margins.`): em dashes, or three hyphens or underscores, then a stop or a comma.
 */
const AUTHOR_RULE_HEAD = /^(?:[—―]+|-{3,}|_{3,})\s*[.,:]\s/;
/** How far into a line a year in parentheses still confirms a `Surname, Given` head (`Smith, John (2019).`). */
const HEAD_YEAR_REACH = 80;
const YEAR_NEAR_HEAD = new RegExp(`^.{0,${HEAD_YEAR_REACH}}?${YEAR_IN_PARENS}`, 'u');
/**
 * `World Health Organization. (2019).`, `U.S. Census Bureau (2020).`: capitalised words (and the
 * small words of a name) right before the year — not `In Proceedings of X (2019).`.
 */
const CORPORATE_HEAD = new RegExp(
  `^(?!(?:In|Proceedings|Retrieved|Available|Presented|Accessed|Paper)\\s)\\p{Lu}[\\p{L}'’.-]*` +
    `(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|&|of|for|and|the|on|in|to|de|des|du|für))*\\s+${YEAR_IN_PARENS}[.,:]?(?:\\s|$)`,
  'u',
);
/** One given-name-first author: `Anna Doe`, `Ben J. Roe`, `Carla de la Cruz`. */
const GIVEN_FIRST = `\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){0,2}\\s+${SURNAME}`;
/**
 * ACM and other given-name-first lists closed by the year, the title going on after it:
 * `Anna Doe and Ben Roe. 2019. Title`, `Carla Brown, Dan Green, and Eve White. 2020. Title`. A
 * publisher and year closing a wrapped entry (`Cambridge University Press. 2019.`) end the line.
 */
const GIVEN_FIRST_HEAD = new RegExp(
  `^${GIVEN_FIRST}(?:,\\s+${GIVEN_FIRST})*(?:,?\\s+and\\s+${GIVEN_FIRST})?\\.\\s+(?:1[5-9]|20)\\d\\d[a-z]?\\.\\s+\\S`,
  'u',
);
/**
 * Two or more given-name-first authors closing a line with a period and nothing after
 * (`Guillaume Obozinski, Ben Taskar, and Michael I. Jordan.`): ACL and ACM heads whose year and title
 * wrapped to the next line. One name alone is too like a publisher (`Cambridge University Press.`).
 */
const GIVEN_FIRST_AUTHORS = `${GIVEN_FIRST}(?:(?:,\\s+${GIVEN_FIRST})+(?:,?\\s+and\\s+${GIVEN_FIRST})?|,?\\s+and\\s+${GIVEN_FIRST})\\.`;
const AUTHORS_LINE = new RegExp(`^${GIVEN_FIRST_AUTHORS}$`, 'u');
/** The same authors and the year closing the line, the title wrapped to the next (`… Och. 2004.`). */
const AUTHORS_YEAR_LINE = new RegExp(
  `^${GIVEN_FIRST_AUTHORS}\\s+(?:1[5-9]|20)\\d\\d[a-z]?\\.$`,
  'u',
);
/** A line opening with a year (`2010. Joint covariate…`, `(2010).`): an entry's head wrapped before it. */
const YEAR_LEAD = /^\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:](?:\s|$)/;

/**
 * NeurIPS, ICML and IEEE-like author-year lists that write initials first and the year at the end:
 * `Z. C. Lipton, D. C. Kale, and R. Wetzel.`, `S. Hochreiter and J. Schmidhuber.` — initials, a
 * surname, then another author's initials (one author alone is too like `J. Biol. Chem.`).
 */
const INITIALS_FIRST_HEAD = new RegExp(
  `^\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*\\s+${SURNAME}(?:,\\s+(?:and\\s+)?\\p{Lu}\\.|\\s+and\\s+\\p{Lu}\\.)`,
  'u',
);
/**
 * Every head above shows a comma, a period or a parenthesis (after a surname, an initial, `et al.`,
 * before a year): a line with none (`INTRODUCTION`, a sentence's first words) is no head, and is
 * turned away before the heads' long Unicode patterns are run.
 */
const HEAD_MARK = /[,.(]/;
/**
 * What some heads cannot match without, tested first in short ASCII patterns. Each head's own
 * pattern spells a Unicode letter class many times over, and V8 compiles a pattern the first time
 * it runs in a thread (again once its code has been flushed): 5–40 ms for the longest
 * (`AUTHORS_YEAR_LINE`, `GIVEN_FIRST_HEAD`), paid by the first paper a reader opens. A paper with
 * no line showing a head's sign never compiles that head.
 */
/** `Surname, I.` (`INITIALS_AFTER_HEAD`): an initial's period, then a comma. */
const INITIALS_COMMA = /\.\s?-?,/;
/** `et al.` (`ET_AL_YEAR_HEAD`). */
const ET_AL = /\set\s+al\./;
/** `… Roe. 2019. Title` (`GIVEN_FIRST_HEAD`). */
const YEAR_THEN_TITLE = /\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s+\S/;
/** `… Roe. 2019.` ending the line (`AUTHORS_YEAR_LINE`). */
const YEAR_ENDS_LINE = /\.\s+(?:1[5-9]|20)\d\d[a-z]?\.$/;
/** A year in parentheses (`CORPORATE_HEAD`): the same pattern, ASCII only. */
const ANY_YEAR_IN_PARENS = new RegExp(YEAR_IN_PARENS);
/** `J. Smith`: an initial's period first (`INITIALS_FIRST_HEAD`), after one letter (one or two code units). */
const opensWithInitial = (line: string): boolean => {
  const period = line.indexOf('.');
  return period === 1 || period === 2;
};
/** A corporate author longer than this is more likely a title or a sentence. */
const MAX_CORPORATE_HEAD_CHARS = 100;

/**
 * A surname in a head of initials and year (see {@link NAMES_YEAR_HEAD}): one word, or two
 * capitalised words, the second in lower case after its capital (SAGE's `Della Porta D, Hall B,
 * Poljarevic E, et al. (2018)`), so that initials (`Smith JA`) are never read as a surname's word.
 */
const YEAR_HEAD_NAME = `${PARTICLES}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?`;

/**
 * Springer's and Vancouver-like heads with the year in parentheses right after the authors (`Bakun A
 * (2010) Linking …`, `Berio F, Evin A, Goudemand N, Debiais-Thibaud M (2020)`, `Bethea DM, Hale L,
 * Carlson JK et al (2007)`, SAGE's `Blair RA and Sambanis N (2020)`): surnames each with their
 * initials, then the year. No wrapped line of
 * an entry opens so, so such a line opens an entry even where the line above shows no end (a
 * publisher with no stop, a DOI the text layer broke with spaces: `https://doi.org/10. 3354/ab00214`).
 */
const NAMES_YEAR_HEAD = new RegExp(
  `^${YEAR_HEAD_NAME}\\s+\\p{Lu}{1,3}(?:(?:,\\s+|\\s+and\\s+)${YEAR_HEAD_NAME}\\s+\\p{Lu}{1,3})*(?:,?\\s+et\\s+al\\.?)?\\s+\\((?:1[5-9]|20)\\d\\d[a-z]?\\)\\s+\\S`,
  'u',
);

/**
 * The QJE's book or web entry by one author with no middle initial: `Lakoff, George, Women, Fire
 * and Dangerous Things (Chicago, IL: …`, `Prior, Markus, Post-Broadcast Democracy: …`: a surname,
 * one given name and a comma, then the title's first capitalised word and another word. Read only
 * where the line above ends an entry; a publisher's place (`Springer-Verlag, Berlin, Heidelberg,
 * pp. 375–388.`, `Elsevier Science, Tarrytown, NY, pp. …`) has no second word after its last name.
 */
const NAME_THEN_TITLE_HEAD = new RegExp(
  `^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{L}|,\\s+\\p{Lu}\\p{Ll})`,
  'u',
);

/**
 * The QJE's entry by two or more authors: the first inverted with a given name (and an initial),
 * the others in natural order, then the title in quotes or the next name after `and`: `Lublin,
 * David, and D. Stephen Voss, “Federal …`, `Green, Donald P, David W. Nickerson, “Getting …`,
 * `Ansolabehere, Stephen, Rebecca Lessem, and James M. Snyder`. A co-author is two to four
 * capitalised words (a place, `Washington, D.C., and the University of …`, is no given name).
 */
const NAMES_THEN_TITLE_HEAD = new RegExp(
  `^${SURNAME},\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.?)?,\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3},\\s+(?:and\\s+\\p{Lu}|[“"])`,
  'u',
);

/**
 * Does the line open with a surname, a given name and a title (see {@link NAME_THEN_TITLE_HEAD}),
 * or with such a name and co-authors, then a title (see {@link NAMES_THEN_TITLE_HEAD})?
 */
export function opensWithNameThenTitle(line: string): boolean {
  return (
    line.includes(',') && (NAME_THEN_TITLE_HEAD.test(line) || NAMES_THEN_TITLE_HEAD.test(line))
  );
}

/**
 * MNRAS and A&A `Desjacques V., Jeong D., Schmidt F., 2018, PhR, 733, 1`, `Kaiser N., 1984, ApJ`:
 * every author a surname and initials, `et al.` perhaps, then the year and a comma. No line going
 * on with an entry opens so.
 */
const INITIALS_YEAR_HEAD = new RegExp(
  `^${PARTICLED_SURNAME}\\s+(?:\\p{Lu}\\.\\s?-?)+,\\s+(?:${PARTICLED_SURNAME}\\s+(?:\\p{Lu}\\.\\s?-?)+,\\s+)*(?:et\\s+al\\.,\\s+)?(?:1[5-9]|20)\\d\\d[a-z]?,\\s`,
  'u',
);

/** Initials after a surname's comma: `J.`, `H.-W.`, `J. A.`. */
const COMMA_INITIALS = `,\\s+(?:\\p{Lu}\\.\\s?-?)+`;

/**
 * AASTeX's `aasjournal` and other AAS-like styles: `Smith, J., Doe, A., & Roe, B. 2019a, IEEE
 * Trans…`, `Lee, H.-W. 2020, Signal Processing, 171, 107512`, `Kim, S., Lee, T., et al. 2018,
 * ApJ`: every author a surname, a comma and initials, `&` before the last, then the year and a
 * comma, no stop or parentheses around it. No line going on with an entry opens so.
 */
const AAS_YEAR_HEAD = new RegExp(
  `^${PARTICLED_SURNAME}${COMMA_INITIALS}(?:,\\s+${PARTICLED_SURNAME}${COMMA_INITIALS})*(?:,?\\s+&\\s+${PARTICLED_SURNAME}${COMMA_INITIALS})?(?:,?\\s+et\\s+al\\.)?\\s+(?:1[5-9]|20)\\d\\d[a-z]?,\\s`,
  'u',
);

/**
 * Does the line open with surnames and initials, then the year and a comma (see {@link
 * INITIALS_YEAR_HEAD}, {@link AAS_YEAR_HEAD})?
 */
export function opensWithInitialsAndYear(line: string): boolean {
  return INITIALS_COMMA.test(line) && (INITIALS_YEAR_HEAD.test(line) || AAS_YEAR_HEAD.test(line));
}

/**
 * A corporate author as AAS-like styles print it, its stop then the year and a comma (`World
 * Health Organization. 2020, Guidelines for …`, `Planck Collaboration. 2020, A&A, 641, A6`):
 * capitalised words (and the small words of a name) before `. YEAR,`.
 */
const CORPORATE_STOP_YEAR_HEAD =
  /^\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|and|the|on|de|du|für|&)\s+)*\p{Lu}[\p{L}&'’-]*){0,7}\.\s+(?:1[5-9]|20)\d\d[a-z]?,\s/u;

/** Does the line open with a corporate author, its stop, then the year and a comma (see {@link CORPORATE_STOP_YEAR_HEAD})? */
export const opensWithCorporateStopYear = (line: string): boolean =>
  CORPORATE_STOP_YEAR_HEAD.test(line);

/** Does the line open with authors and their initials, then the year in parentheses (see {@link NAMES_YEAR_HEAD})? */
export function opensWithNamesAndYear(line: string): boolean {
  return line.includes('(') && NAMES_YEAR_HEAD.test(line);
}

/**
 * The asterisk a meta-analysis sets before the entries of the studies it included (APA 7:
 * `*Bagci, S. C. (2014).`, `References marked with an asterisk …`) taken off, so the entry's head
 * is read as any other's; other lines as they are.
 */
export const withoutStudyMark = (line: string): string =>
  line.charCodeAt(0) === 42 ? line.slice(1).trimStart() : line;

/** Does the line open like an author-year reference entry (`Zhang, J.`, `Smith JA,`)? Loose: for a line after a blank line. */
export function looksLikeAuthorStart(line: string): boolean {
  line = withoutStudyMark(line);
  return AUTHOR_START.test(line) || (line.includes(',') && BARE_INITIALS_HEAD.test(line));
}

/**
 * Does the line open like the head of an author-year, Harvard, MLA or Vancouver entry, judged
 * strictly enough to start an entry on a line of its own, with no blank line or indent to help?
 */
export function looksLikeEntryHead(line: string): boolean {
  line = withoutStudyMark(line);
  if (!HEAD_MARK.test(line)) return false;
  if (AUTHOR_RULE_HEAD.test(line)) return true;
  // `Surname, …`: the heads that open with a surname and its comma.
  const comma = line.includes(',');
  if (comma && INITIALS_HEAD.test(line)) return true;
  if (comma && BARE_INITIALS_HEAD.test(line)) return true;
  if (VANCOUVER_HEAD.test(line) || (comma && FULL_NAME_HEAD.test(line))) return true;
  if (comma && line.includes(';') && SEMICOLON_AUTHORS_HEAD.test(line)) return true;
  if (INITIALS_COMMA.test(line) && INITIALS_AFTER_HEAD.test(line)) return true;
  // Every author to the year (AAS, MNRAS), a surname with a particle inside it among them (`Gil de Paz, A.,`).
  if (opensWithInitialsAndYear(line)) return true;
  if (ET_AL.test(line) && ET_AL_YEAR_HEAD.test(line)) return true;
  if (line.includes('Collaboration') && COLLABORATION_HEAD.test(line)) return true;
  if (YEAR_THEN_TITLE.test(line) && GIVEN_FIRST_HEAD.test(line)) return true;
  if (opensWithInitial(line) && INITIALS_FIRST_HEAD.test(line)) return true;
  if (YEAR_ENDS_LINE.test(line) && AUTHORS_YEAR_LINE.test(line)) return true;
  if (AUTHOR_START.test(line) && YEAR_NEAR_HEAD.test(line)) return true;
  const corporate = ANY_YEAR_IN_PARENS.test(line) ? CORPORATE_HEAD.exec(line) : null;
  return corporate !== null && corporate[0].length <= MAX_CORPORATE_HEAD_CHARS;
}

/** A DOI or URL closing the line (`https://doi.org/10.1038/…`, `doi:10.1038/…`, `www.example.org`). */
export const ENDS_WITH_LINK = /(?:\bhttps?:\/\/|\bwww\.|\b(?:doi:\s*)?10\.\d{4,9}\/)\S+$/i;
/**
 * An author list cut by APA 6's ellipsis before its last author (`…, Levine, J.,. . .` / `Ussher,
 * M. (2014). …`): the entry goes on with that author, whose name opens like an entry's head.
 */
export const ELIDED_AUTHORS = /,\s?(?:\.\s?\.\s?\.|…)$/;
/** The name of a link a publisher prints after an entry (F1000's `Publisher Full Text`). */
export const LINK_LABEL =
  'Publisher Full Text|Free Full Text|PubMed Central Full Text|CrossRef Full Text|Reference Source|PubMed Abstract';
/**
 * A line closed by the links F1000Research and Wellcome Open Research print under each entry
 * (`Publisher Full Text`, `PubMed Abstract | Publisher Full Text | Free Full Text`, `Reference
 * Source`), alone on their line or after the entry's stop: the entry ends there.
 */
const ENDS_WITH_LINK_LABELS = new RegExp(
  `(?:^|[.|])\\s*(?:${LINK_LABEL})(?:\\s*\\|\\s*(?:${LINK_LABEL}))*$`,
  'i',
);
/**
 * A page range (`45-67`, `pp. 400–410`), a year in parentheses (`Nature 3, 1 (2019)`), the last
 * page of a range broken after its dash or an article number (a line of just `619`, `035007`, `0E`) or a volume and its first page with
 * no stop after them (`Icarus, 257, 302`, `(Univ. Arizona Press, Tucson), 835`, `Suppl. Ser., 528,
 * A56`, `BAAS, #48, 215.07`, a volume alone after the journal `Astrophys. J., 895`, as the AAS and MNRAS print an entry's end) closing the line.
 */
const ENDS_WITH_LOCATOR =
  /\b\d+\s*[-–—]\s*\d+$|\((?:1[5-9]|20)\d\d[a-z]?\)$|^\p{Lu}?\d{1,7}\p{Lu}?$|(?:\b\d{1,5}|\)|\p{L}\.),\s\p{Lu}?\d{1,7}(?:\p{Lu}|\.\d{1,3})?$/u;
/**
 * A work not yet published, as the AAS and MNRAS close its entry with the journal and its status
 * (`Trilling et al. 2017, AJ, submitted`, `…, MNRAS, in press`, `…, in prep.`).
 */
const ENDS_WITH_STATUS = /,\s(?:submitted|accepted|in press|in prep(?:\.|aration))$/i;
/**
 * The date a web source was read, in brackets, closing the line with no stop after it (Harvard's
 * `Available at: http://… [Accessed 19 July 2011]`, `(accessed 3 May 2020)`, `[viewed 2 June 2019]`,
 * `[cited 2018 Jan 5]`): the entry ends there.
 */
const ENDS_WITH_ACCESS_DATE =
  /[[(](?:last\s+)?(?:accessed|viewed|retrieved|cited)\b[^[\]()]*\b(?:1[5-9]|20)\d\d[^[\]()]{0,12}[\])]$/i;

/** Does the text end with an access date in brackets (see {@link ENDS_WITH_ACCESS_DATE}), its lines joined? */
export const endsWithAccessDate = (text: string): boolean => ENDS_WITH_ACCESS_DATE.test(text);
/** A book's publisher closing the line with its city and state (`Cold Spring Harbor, NY`). */
const ENDS_WITH_PLACE = /,\s\p{Lu}{2}$/u;
/** A line ending with an initial (`Davis, G. H.`) before any year: the author list goes on. */
const ENDS_WITH_INITIAL = /(?:^|[\s,.-])\p{Lu}\.$/u;
const ANY_YEAR = /\b(?:1[5-9]|20)\d\d|n\.\s?d\./;
/** `… Embedded methods. In I.M.`: the book's editors, their names going on on the next line. */
const ENDS_WITH_EDITOR = /\bIn:?\s+(?:\p{Lu}\.\s?-?)+$/u;

/**
 * Could an entry end with this line: a sentence end (not an initial of an author list still going
 * on), a DOI or URL, a page range, or a year in parentheses?
 */
export function endsEntry(line: string): boolean {
  if (ELIDED_AUTHORS.test(line)) return false;
  if (ENDS_WITH_LINK.test(line) || ENDS_WITH_LOCATOR.test(line) || ENDS_WITH_PLACE.test(line))
    return true;
  if (ENDS_WITH_LINK_LABELS.test(line)) return true;
  if (ENDS_WITH_STATUS.test(line)) return true;
  if (ENDS_WITH_ACCESS_DATE.test(line)) return true;
  if (ENDS_WITH_INITIAL.test(line) && (!ANY_YEAR.test(line) || ENDS_WITH_EDITOR.test(line)))
    return false;
  return endsSentence(line);
}

/** Does the line end with a link, a DOI or a locator (`…, 45–67`, `(2019)`), as an entry ends? */
export function endsWithLinkOrLocator(line: string): boolean {
  return ENDS_WITH_LINK.test(line) || ENDS_WITH_LOCATOR.test(line);
}

/**
 * The year in parentheses, its colon or stop, then the title (`(2006): “On the Nature of …`): a
 * second work by the authors of the entry before, the rule for their names drawn as a line, as
 * Econometrica and other economics journals print it.
 */
const RULED_YEAR_HEAD = /^\((?:1[5-9]|20)\d\d[a-z]?\)[.:]\s+\S/;

/**
 * Does the line open a second work by the same authors after a rule drawn as a line (see {@link
 * RULED_YEAR_HEAD}), the entry before having ended at `before`? A year wrapped from its authors
 * (`Smith, J., &` / `Choi, Y. (2019).`, `American Psychological Association.` / `(2020).`) follows
 * an entry that has no year yet, so `entryHasYear` tells the two apart.
 */
export function opensAfterDrawnRule(line: string, before: string, entryHasYear: boolean): boolean {
  return entryHasYear && RULED_YEAR_HEAD.test(line) && endsEntry(before);
}

/**
 * AMS's and other mathematics lists: the authors given name first, a comma, then the title
 * (`Lars Allermann and Johannes Rau, First steps …`, `Louis J. Billera, Susan P. Holmes, and Karen
 * Vogtmann, Geometry of …`).
 */
const GIVEN_NAMES_COMMA_HEAD = new RegExp(
  `^${GIVEN_FIRST}(?:,\\s+${GIVEN_FIRST})*(?:,?\\s+and\\s+${GIVEN_FIRST})?,\\s+\\S`,
  'u',
);

/** Does the line open with authors given name first and a comma, as AMS's entries do (see {@link GIVEN_NAMES_COMMA_HEAD})? */
export const opensWithGivenNamesThenComma = (line: string): boolean =>
  GIVEN_NAMES_COMMA_HEAD.test(line);

/** Does the line open with a year (`2010. Joint covariate…`)? No author-year entry does: its head wrapped. */
export function opensWithYear(line: string): boolean {
  return YEAR_LEAD.test(line);
}

/**
 * Does the line open an entry whose year wrapped to the next line: two or more given-name-first
 * authors and nothing else (`Philipp Koehn, Franz Josef Och, and Daniel Marcu.`), then
 * `2003. Statistical phrase-based translation.`?
 */
export function opensBeforeYear(line: string, next: string | undefined): boolean {
  return next !== undefined && YEAR_LEAD.test(next) && AUTHORS_LINE.test(line);
}

/**
 * An entry that so far is only its authors and its year (`Libin Shen and Franz Josef Och. 2004.`,
 * `Doe, A., and Roe, B. (2004).`): capitalised names and initials, `and`, `&`, `et al.`, particles,
 * with no period after a word before the year's (an initial's is fine). A title has lowercase
 * words or a period of its own (`Smith, John. Reading Fast. Penguin, 2019.`), so an entry that
 * ends with its year is not taken.
 */
const HEAD_ONLY = new RegExp(
  // Each word is read whole (`(?![\\p{L}'’-])`), so a long line of capitals is read one way only.
  `^((?:(?:\\p{Lu}[\\p{L}'’-]*|and|et al|${PARTICLE_WORDS})(?![\\p{L}'’-])\\.?|&|[,\\s])+)` +
    `\\(?(?:1[5-9]|20)\\d\\d[a-z]?\\)?\\.$`,
  'u',
);
/** A word of two letters or more closed by a period, `al.` aside: the end of a sentence, not an initial. */
const WORD_PERIOD = /(?<!\bet )\p{L}{2,}\.(?=\s*\S)/u;

/** Is this entry's text only its head, ending at the year, its title still to come? */
export function endsAtItsYear(entry: string): boolean {
  const names = HEAD_ONLY.exec(entry.trim())?.[1];
  return names !== undefined && !WORD_PERIOD.test(names.trimEnd().replace(/\.$/, ''));
}
