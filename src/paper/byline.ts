/**
 * The byline: what publishers print between a paper's title and its abstract or first section —
 * authors' names with their footnote marks (`∗`, `¹`, `a`), affiliations (department, university,
 * street, city, country), e-mail addresses, ORCID iDs, and dates and journal lines beside them.
 * Told from the text of a front-matter paragraph: the byline is set as short lines of names and
 * places, never as sentences, so the first paragraph of prose ends it. Pure.
 */

/** A word of prose in lower case (`we`, `report`, `the`): names and places hold few of them. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*[,.;:]?$/u;
/** Connecting words a byline holds in lower case (`and`, `of`, `de`, `van`, `für`). */
const BYLINE_LOWER =
  /^(?:and|of|the|for|at|in|on|und|et|de|del|della|der|des|di|do|da|dos|du|la|le|van|von|den|y|e|für|zu|am|an|avenue|rue|via|street|road|email|e-mail)[,.;:]?$/i;
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
