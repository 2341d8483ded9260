/**
 * A text paper's title found by its byline: the lines of names under a title (`Fay Chang, Jeffrey
 * Dean, …`, `Patrick N.J. Lanea,c,*, Alice E. Bestb,c,d`, `TAL AUGUST, University of Washington,
 * USA`) tell where it ends, so the title is the block of title-like lines right above them —
 * under a journal's masthead, a licence, a label (`RESEARCH ARTICLE`) or arXiv's stamp, and
 * however many lines it wraps over. Pure.
 */
import { isArticleLabel } from './article-labels';
import { namesAffiliation } from './byline';
import { isKnownSectionTitle } from './headings';
import { isAllCaps, MAX_TITLE_CHARS } from './line-signals';
import { isArxivStamp, type SourceLine } from './normalize-text';
import { isTitleFurniture } from './text-headings';
import { PARTICLE_WORDS } from './surname-particles';

/** Lines of the front matter looked through for the byline (masthead, licence, title, names). */
const MAX_FRONT_LINES = 40;
/** Most lines a title wraps over (medical journals' run to five). */
const MAX_TITLE_LINES = 6;
/** Most words of a title so found. */
const MAX_TITLE_WORDS = 40;
/** Lines passed over between a title and its byline: blank ones, and rules, stamps, notices. */
const MAX_GAP_LINES = 6;
/** Of those, the printed ones: a rule, arXiv's stamp, a copyright notice. */
const MAX_GAP_PRINTED = 2;

/** A name's words: `Fay`, `N.J.`, `Lars-Göran`, `O’Neil`, `AUGUST`, and the particles. */
const NAME_WORD = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}'’.\\u2010\\u2011-]*|${PARTICLE_WORDS}|das)$`,
  'u',
);
/** Words no name holds, whatever their case: a title's (`OF`, `FOR`; `A` is an initial) or an affiliation's. */
const NOT_NAME_WORD =
  /^(?:of|an|the|for|at|in|on|with|to|or|by|from|via|using|is|are|university|department|division|institute|school|college|laboratory|labs?|group|center|centre|inc\.?|ltd\.?|corporation|hospital|faculty|science|sciences|engineering|research)$/i;
/**
 * Footnote marks of a byline: a digit or two (not a postcode's `7535`), raised digits, symbols,
 * an empty `( )` (a mail icon).
 */
const MARKS = /(?:(?<!\d)\d{1,2}(?!\d)|[∗*†‡§¶#☯♦♣♠♥⋄□✉⊥★☆⁰¹²³⁴-⁹])+|\(\s*\)/gu;
/** A degree or title printed after an author's name, as medical journals do (`MD`, `PhD`, `Pr`). */
const DEGREE =
  /^(?:Ph\.?\s?D|M\.?D|Dr|Pr|Prof|M\.?Sc|B\.?Sc|MPH|RN|DPhil|DSc|MBBS|MBChB|FRCPC?|FRACP|PharmD|PsyD|EdD|DrPH|DDS|DMD|MPhil|MBA|MSN|BSN|MA|MS|BA|BS)\.?$/;
/** What separates names in a byline. */
const NAME_SEPARATOR = /\s*(?:[,;·&]|\band\b|\s{3,})\s*/u;
/** An affiliation, as the byline's (byline.ts), or a research institution (`Microsoft Research`). */
const isAffiliation = (text: string) => namesAffiliation(text) || /\bResearch/i.test(text);
/**
 * An affiliation's line, opening with its institution (`Institute of …`) or ending with it
 * (`Northern Arizona University`): never a title's.
 */
const INSTITUTION =
  /^(?:[∗*†‡§¶\d¹²³⁴-⁹⁰]+\s*)?(?:The\s+)?(?:Universi|Department|Dept\.|Institut|Laborator|School of|College|Faculty)|\b(?:University|Observatory|Institute|College|Laboratory|Hospital)$/u;
/** A web or mail address, or a DOI: a masthead's line. */
const ADDRESS = /(?:^|\s)(?:https?:|www\.|doi:|10\.\d{4,9}\/)|@\w/i;
/**
 * A journal's masthead line: a year in brackets, a page range at its end (`310 (2005) 253–265`),
 * a date (`Preprint 27 February 2025`, `Draft version July 14, 2017`).
 */
const MASTHEAD =
  /\((?:19|20)\d\d\)|\d\s*[–-]\s*\d+$|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/u;
/** A sentence ending inside the line and the next beginning: prose. */
const SENTENCE = /\p{Ll}{2}[.!]\s+\p{Lu}/u;
/** A rule printed under a title (`.......`, `____`). */
const RULE = /^[.\-_=·…–—\s]+$/u;
/**
 * A line of a letter or of running prose, not a title (`Please find attached our manuscript`,
 * `We thank the reviewers for …`): it opens as a sentence addressing or speaking for the authors
 * and carries no capitalised word after its first.
 */
const PROSE_OPENING = /^(?:Dear|Please|We|Our|In this|This (?:paper|article|study|work))\s/;
const isProseLine = (line: string) =>
  PROSE_OPENING.test(line) && !/\s["“‘(]?\p{Lu}/u.test(line.replace(PROSE_OPENING, ''));
/**
 * A note of the article's metadata, opening with its label (`Funding: This project was …`,
 * `Citation: Doe J (2025) …`, `Academic Editor: …`, `Competing interests: …`, `Edited by:`): what
 * PLOS, Frontiers and others print in a side column of the first page, which the PDF layout may
 * read right before the byline. The lines under such a label are its note's, never a title's.
 */
export const METADATA_NOTE =
  /^(?:Citation|(?:Academic |Handling |Section )?Editors?|Edited by|Reviewed by|Received|Revised|Accepted|Published(?: online)?|Copyright|Data [Aa]vailability(?: [Ss]tatement)?|Funding|Financial [Dd]isclosure|Competing [Ii]nterests?|Conflicts? of [Ii]nterests?|Specialty section|\*?\s?Correspondence|Abbreviations)\s*:/u;
/** Frontiers' labels of its side column's notes, in capitals (`CITATION`, `EDITED BY`). */
const CAPITAL_METADATA_LABEL =
  /^(?:OPEN ACCESS|EDITED BY|REVIEWED BY|\*?\s?CORRESPONDENCE|RECEIVED|ACCEPTED|PUBLISHED|CITATION|COPYRIGHT|SPECIALTY SECTION)\b/;

/** Does the line open a note of the article's metadata with its label (`Citation:`, `CITATION`)? */
export const opensMetadataNote = (line: string): boolean =>
  METADATA_NOTE.test(line) || CAPITAL_METADATA_LABEL.test(line);

/** A copyright notice set between the title and the byline (`© 2011 Nature America, Inc. …`). */
const COPYRIGHT = /^(?:©|\(c\)\s)|\bAll rights reserved\b/i;

/** Is `part` (marks taken out) one person's name: two to five capitalised words? */
function isName(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORD.test(w));
}

/**
 * Is the line a byline's line of names: two names or more (`Fay Chang, Jeffrey Dean`,
 * `Zejiang Shen† Kyle Lo†`), one with its marks (`Margherita Berardi 1`), one above an
 * affiliation (`Razvan C. Bunescu` / `Department of …`), or a name and its affiliation
 * (`TAL AUGUST, University of Washington, USA`)?
 */
export function isNamesLine(line: string, next: string): boolean {
  if (line.length > MAX_TITLE_CHARS * 1.5 || ADDRESS.test(line) || SENTENCE.test(line))
    return false;
  const comma = line.indexOf(',');
  if (comma > 0 && isName(line.slice(0, comma)) && isAffiliation(line.slice(comma))) return true;
  const { parts, marked } = nameParts(line);
  if (parts.length === 0 || !parts.every(isName)) return false;
  if (parts.length >= 2 || marked) return true;
  return isAffiliation(next);
}

/**
 * Is the line one author's name or several, each with an affiliation's mark (`Rapeepong
 * Suphanchaimat¹`, `Jane Doe 1*, Richard Roe 2`)? Set that way, the line names authors even where
 * the byline is not where it usually is.
 */
export function isMarkedNamesLine(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS * 1.5 || ADDRESS.test(line) || SENTENCE.test(line))
    return false;
  const { parts, marked } = nameParts(line);
  return marked && parts.length > 0 && parts.every(isName);
}

/** Names' parts of a line, its marks taken out (`Lanea,c,*` -> `Lane`). */
function nameParts(line: string): { parts: string[]; marked: boolean } {
  const marked = line.replace(MARKS, ',');
  const parts = marked
    .split(NAME_SEPARATOR)
    .map((p) => p.trim())
    // A raised affiliation letter (`Lanea,c` -> `Lane`, `c`) and what marks leave are no names,
    // nor an author's degrees and titles after the name (`Paquito Bernard, PhD`, `Ninot, Pr`).
    .filter((p) => /\p{L}/u.test(p) && !/^\p{Ll}$/u.test(p) && !DEGREE.test(p));
  return { parts, marked: marked !== line };
}

/**
 * Is the line nothing but names with no mark (`Usama Ahmed`), whose words the text never writes
 * in lower case (a title's `Mobile Sensor Networks` it does: `mobile`, `sensor`)?
 */
function isBareNames(line: string, source: string): boolean {
  const { parts } = nameParts(line);
  if (line === '' || parts.length === 0 || !parts.every(isName)) return false;
  const words = parts
    .flatMap((p) => p.split(/\s+/))
    .filter((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w));
  return words.every((w) => !writesLowerCase(source, w.toLowerCase()));
}

/** Does the text write the word in lower case, as a word (not an address's `usama@`, `/~nitish/`)? */
function writesLowerCase(source: string, word: string): boolean {
  let at = source.indexOf(word);
  while (at >= 0) {
    const before = at === 0 ? '' : source.charAt(at - 1);
    const after = source.charAt(at + word.length);
    if (!/[\p{L}@./~_-]/u.test(before) && !/[\p{L}@./~_-]/u.test(after)) return true;
    at = source.indexOf(word, at + 1);
  }
  return false;
}

/** Is the line names and nothing else, two or more or marked (`K. Ravi ACHARYA‡, Kelly CHIBALE†`)? */
function isListOfNames(line: string): boolean {
  const { parts, marked } = nameParts(line);
  return parts.length > 0 && parts.every(isName) && (parts.length >= 2 || marked);
}

/** Can the line be one of a title's (its first: `top`)? */
function isTitleLine(line: string, top: boolean): boolean {
  if (line.length > MAX_TITLE_CHARS || ADDRESS.test(line) || MASTHEAD.test(line)) return false;
  if (SENTENCE.test(line) || isTitleFurniture(line) || isArticleLabel(line)) return false;
  if (isArxivStamp(line) || isListOfNames(line) || INSTITUTION.test(line)) return false;
  // A section's heading (`Acknowledgements`) or a line of prose (a letter's, a paragraph's).
  if (isKnownSectionTitle(line) || isProseLine(line)) return false;
  // A title's last word may be a species authority's (`… Phoenix paludosa Roxb.`); no sentence's.
  if (/[,;]$/.test(line) || (/\p{Ll}{2}\.$/u.test(line) && !/\s\p{Lu}\p{Ll}{0,4}\.$/u.test(line)))
    return false;
  // The first line opens with a capital, a digit, a quote, or a program's name (`pylj: A …`).
  return !top || /^["“‘(]?[\p{Lu}\d]/u.test(line) || /^\p{Ll}[\p{L}\d-]*:\s/u.test(line);
}

/** The title's lines `[start, end)`, and the line its byline begins at. */
export interface TitleSpan {
  start: number;
  end: number;
}

/**
 * The title above the paper's byline: the lines `[start, end)` right above the first line of
 * names in the front matter (a blank line, a rule or arXiv's stamp may stand between), or null
 * when no byline is found there or no title stands above it. `strict`: only a line of two names
 * or more, or of marked ones, is the byline's.
 */
export function findTitleAboveByline(
  lines: readonly SourceLine[],
  source: string,
  strict = false,
): TitleSpan | null {
  let seen = 0;
  for (let n = 0; n < lines.length && seen < MAX_FRONT_LINES; n++) {
    const line = lines[n]?.text ?? '';
    if (line === '') continue;
    seen++;
    if (/^(?:abstract|summary|(?:1\.?|I\.)\s+introduction)\b/i.test(line)) return null;
    // Strictly, a lone name over an affiliation (`South Africa` / `University of …`) is none.
    if (!isNamesLine(line, strict ? '' : nextText(lines, n))) continue;
    // A lone name above the line of names, with no mark (`Usama Ahmed`), opens the byline.
    let first = n;
    for (let i = n - 1; i >= 0 && first - i <= 2; i--) {
      const above = lines[i]?.text ?? '';
      if (above === '') continue;
      if (!isBareNames(above, source)) break;
      first = i;
    }
    const span = titleAbove(lines, first);
    if (span !== null) return span;
  }
  return null;
}

function nextText(lines: readonly SourceLine[], n: number): string {
  for (let i = n + 1; i < lines.length; i++) if (lines[i]?.text) return lines[i]?.text ?? '';
  return '';
}

/** The title's lines right above the byline's first line `n`, or null. */
function titleAbove(lines: readonly SourceLine[], n: number): TitleSpan | null {
  let end = n;
  let printed = 0;
  for (let gap = 0; gap < MAX_GAP_LINES && end > 0; gap++) {
    const above = lines[end - 1]?.text ?? '';
    if (above !== '') {
      const passed = RULE.test(above) || isArxivStamp(above) || COPYRIGHT.test(above);
      if (!passed || ++printed > MAX_GAP_PRINTED) break;
    }
    end--;
  }
  let start = end;
  while (start > 0 && end - start <= MAX_TITLE_LINES) {
    const line = lines[start - 1]?.text ?? '';
    // The lines read so far go on a metadata note (`Funding: …` / `… in this publication are`).
    if (METADATA_NOTE.test(line)) return null;
    if (line === '' || !isTitleLine(line, false)) break;
    // A label in capitals over a title that is not (`DEVELOPMENTAL EPIDEMIOLOGY`).
    const below = lines[start]?.text ?? '';
    if (start < end && isAllCaps(line) && !isAllCaps(below)) break;
    start--;
  }
  // A title too long to be one (a paragraph's lines), or none: no title found by its byline.
  if (start === end || end - start > MAX_TITLE_LINES) return null;
  // Its first line opens it: lines above that cannot are a masthead's, passed over.
  while (start < end && !isTitleLine(lines[start]?.text ?? '', true)) start++;
  if (start === end) return null;
  const words = lines
    .slice(start, end)
    .map((l) => l.text)
    .join(' ')
    .split(/\s+/).length;
  return words <= MAX_TITLE_WORDS ? { start, end } : null;
}
