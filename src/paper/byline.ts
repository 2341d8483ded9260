/**
 * The byline: what publishers print between a paper's title and its abstract or first section —
 * authors' names with their footnote marks (`∗`, `¹`, `a`), affiliations (department, university,
 * street, city, country), e-mail addresses, ORCID iDs, and dates and journal lines beside them.
 * Told from the text of a front-matter paragraph: the byline is set as short lines of names and
 * places, never as sentences, so the first paragraph of prose ends it. Pure.
 */
import { PARTICLE_WORDS } from './surname-particles';

/** A word of prose in lower case (`we`, `report`, `the`): names and places hold few of them. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*[,.;:]?$/u;
/** Connecting words a byline holds in lower case (`and`, `of`, `de`, `van`, `für`). */
const BYLINE_LOWER = new RegExp(
  `^(?:${PARTICLE_WORDS}|and|of|the|for|at|in|on|und|et|della|des|do|y|e|für|zu|am|an|avenue|rue|via|street|road|email|e-mail)[,.;:]?$`,
  'i',
);
/** Most lower-case words of prose a byline paragraph may hold. */
const MAX_PROSE_WORDS = 3;
/** Most words of a byline are capitalised (names, places), but for the connecting words. */
const CAPITALISED_SHARE = 0.5;
/** A sentence: a lower-case word, then a period, then a capital (`… collected. The …`). */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u;

/**
 * A note opening with a mark that the byline uses for an affiliation or an address
 * (`¹ School of Physics, University of Melbourne`, `*LIX, École Polytechnique, France`,
 * `² Universidad de Chile`, `† Electronic address: …`), rather than a
 * note of the text or a copyright block: told by what the byline names.
 */
const AFFILIATION =
  /\b(?:Universi|Department|Dept\.|Institut|Laborator|School|College|Faculty|Cent(?:er|re)|Academy|Hospital|Observator|Departamento|Facultad|Fakultät|Hochschule|Polytechn|Politecnico|Corporation|Inc\.|Ltd\.)|(?<!\p{L})[ÉE]cole\b|@|orcid|e-?mail/iu;

/**
 * A masthead's web address or DOI alone on its lines (`www.elsevier.com/locate/jhydrol`,
 * `doi: 10.1093/bmb/ldu038`): printed beside the journal line and the byline, never prose.
 */
const ADDRESS_ONLY = /^(?:(?:https?:\/\/|www\.|doi:\s*10\.|10\.\d{4,9}\/)\S+\s*)+$/i;

/**
 * Can a paragraph of the front matter (after the title, before the abstract and the first
 * heading) be part of the byline: names, affiliations, addresses, e-mails, not prose?
 */
export function isBylineText(text: string): boolean {
  if (SENTENCE_INSIDE.test(text)) return false;
  if (ADDRESS_ONLY.test(text.trim())) return true;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const prose = words.filter((w) => LOWER_WORD.test(w) && !BYLINE_LOWER.test(w)).length;
  if (prose > MAX_PROSE_WORDS) return false;
  if (AFFILIATION.test(text)) return true;
  // Names and places are capitalised; a short sentence (`First line of text goes on.`) is not.
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w));
  const capitalised = lettered.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return capitalised >= CAPITALISED_SHARE * lettered.length && !/\p{Ll}{2}\.$/u.test(text);
}

/** Is a front-matter note (opening with `¹`, `∗`) an affiliation or an address of the byline? */
export const isBylineNote = (text: string): boolean => AFFILIATION.test(text) && isBylineText(text);

/** Does the text name an institution, or carry an address, as a byline's affiliation does? */
export const namesAffiliation = (text: string): boolean => AFFILIATION.test(text);

/** Raised affiliation letters, as Unicode writes them (`ᵃ`, `ᵇ`, …). */
const RAISED: Readonly<Record<string, string>> = {
  a: 'ᵃ',
  b: 'ᵇ',
  c: 'ᶜ',
  d: 'ᵈ',
  e: 'ᵉ',
  f: 'ᶠ',
  g: 'ᵍ',
  h: 'ʰ',
};
/**
 * An affiliation's letter opening its line or following `; ` (`a` alone, `aSchool of …`,
 * `b CSIRO Division …`, `…, Italy; bDepartment of …`).
 */
const AFFILIATION_LETTER = /(^|;\s*)([a-h])(?=$|\s*\p{Lu})/gmu;
/** One author's name with the letters flattened after it (`Patrick N.J. Lanea,c,*`, `Talottaa`). */
const MARKED_NAME = /^(\p{Lu}[\p{L}.'’ -]*\p{Ll})([a-h](?:,[a-h])*)((?:,?[*∗†‡])*)$/u;
/** What separates the names of a byline's line. */
const NAME_BREAK = /(,\s+(?=\p{Lu})|\s+and\s+|\s*&\s*)/u;
/** A raised affiliation letter alone on its line, before the affiliation it marks. */
const LONE_RAISED_LETTER = /^([ᵃᵇᶜᵈᵉᶠᵍʰ])\n+(?=\S)/gmu;

/**
 * A byline whose affiliation letters were flattened into the names (`Rossella Talottaa, Fabiola
 * Atzenia and Magdalena Janina Laskab` over `a` / `Department …; bDepartment …`, as `pdftotext`
 * and a PDF's text write raised letters) with those letters raised again (`Talottaᵃ`, `ᵇDepartment`).
 * Only where the affiliations carry two letters or more and every name of a line ends with letters
 * among them — one letter only where the text writes the surname without it (`written`): `Costa`
 * stays — ; any other byline is returned as it is.
 */
export function raiseAffiliationLetters(
  byline: string,
  written: (surname: string) => boolean,
): string {
  const letters = new Set([...byline.matchAll(AFFILIATION_LETTER)].map((m) => m[2] ?? ''));
  if (letters.size < 2) return byline;
  let marked = false;
  const lines = byline.split('\n').map((line) => {
    const parts = line.split(NAME_BREAK);
    const names = parts.filter((_, i) => i % 2 === 0);
    const raised = names.map((name) => {
      const match = MARKED_NAME.exec(name.trim());
      if (match === null || name.trim().split(/\s+/).length > 5) return null;
      const marks = (match[2] ?? '').split(',');
      if (!marks.every((mark) => letters.has(mark))) return null;
      // One letter may end the name itself (`Costa`): the name without it must be written so.
      const surname = /\S+$/u.exec(match[1] ?? '')?.[0] ?? '';
      if (marks.length === 1 && !written(surname)) return null;
      return `${match[1]}${marks.map((mark) => RAISED[mark]).join(',')}${match[3] ?? ''}`;
    });
    if (names.length === 0 || raised.some((name) => name === null)) return line;
    marked = true;
    return parts.map((part, i) => (i % 2 === 0 ? raised[i / 2] : part)).join('');
  });
  if (!marked) return byline;
  return (
    lines
      .join('\n')
      .replace(AFFILIATION_LETTER, (all, lead: string, letter: string) =>
        letters.has(letter) ? `${lead}${RAISED[letter] ?? letter}` : all,
      )
      // A letter the text set on a line of its own marks the affiliation under it (`ᵃ` /
      // `School of …` reads `ᵃSchool of …`), as the PDF prints it.
      .replace(LONE_RAISED_LETTER, '$1')
  );
}

/** A name's marks: digits, raised digits and letters, and the note signs (`1‡`, `³`, `*`). */
const MARK = '[\\d\\p{No}ᵃᵇᶜᵈᵉᶠᵍʰ*∗†‡§¶#]';
/**
 * The text of an ORCID icon after a name (`AntounID1‡`, `Burdge ID²`, `WhiteiD`): PLOS and others
 * set the icon as a glyph whose text is `ID` or `iD`, run into the surname's last letter (before
 * the name's marks, a comma, a space or the line's end) or spaced from it right before a mark.
 * `Moscow, ID 83844` (a state's code after a comma) and `DAVID` are no icon.
 */
const ICON_TEXT = new RegExp(
  `(?<=\\p{Ll})(?:ID|iD)(?=${MARK}|[,;]|\\s|$)|(?<=\\p{Ll}) (?:ID|iD)(?=${MARK})`,
  'gu',
);

/** The byline's text without its icons' text ({@link ICON_TEXT}). */
export const dropIconText = (line: string): string =>
  line.includes('D') ? line.replace(ICON_TEXT, '') : line;
