/**
 * Article-type labels and access badges that journals print above or beside a title (`RESEARCH
 * ARTICLE`, `Original Article`, `Review`, Cell Press's `Report` and `Resource`, PLOS's `STUDY
 * PROTOCOL`, `OPEN ACCESS`, `Check for updates`, Elsevier's spaced `R E V I E W`): furniture of
 * the first page, never the title and never a section heading. Pure.
 */
import { withoutLetterSpacing } from './headings';

/** The labels, as words (case and letter spacing aside). */
const ARTICLE_LABEL =
  /^(?:research|(?:research|methodology|software)\s+open\s+access|(?:research|original|review|invited|full|regular|brief|short|rapid|technical|case|clinical)\s+(?:article|paper|research|report|communication|note|review)s?|(?:mini-?)?review|article|letter|report|resource|editorial|commentary|perspective|viewpoint|(?:study|lab)\s+protocol|registered\s+report(?:\s+protocol)?|open\s+access|check\s+for\s+updates|peer[\s-]reviewed)$/i;

/**
 * Is this line (whole) an article-type label or an access badge (`RESEARCH ARTICLE`, `Open
 * Access`, `R E V I E W`)?
 */
export function isArticleLabel(line: string): boolean {
  const text = line.trim().replace(/[:.]$/, '');
  return ARTICLE_LABEL.test(withoutLetterSpacing(text));
}

/** Who handled the paper at the journal (`Communicated by Ollie Hulme`, `Edited by`, `REVIEWED BY`). */
const EDITORIAL_LINE = /^(?:communicated|edited|reviewed|handled|recommended)\s+by\b/i;
/** Frontiers' keys in capitals over their values (`TYPE Hypothesis and Theory`, `PUBLISHED 21 …`). */
const CAPITAL_KEY =
  /^(?:TYPE|PUBLISHED|DOI|RECEIVED|ACCEPTED|CITATION|COPYRIGHT|\*?CORRESPONDENCE)(?:\s|$)/;
/** A university's name: a word for one among capitalised words and place particles only. */
const UNIVERSITY =
  /(?<!\p{L})(?:universit(?:y|é|e|à|ät|at|eit|as)|universidade?|hochschule)(?!\p{L})|大学/iu;
const NAME_WORD =
  /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*|of|de|do|da|dos|das|di|del|della|degli|des|du|la|le|zu|für|am|an|der)$/u;
/** Is the line a university's name alone (`Université Paris Nanterre`, `University of Tokyo`)? */
export function isUniversityLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    UNIVERSITY.test(line) &&
    words.every((w) => NAME_WORD.test(w.replace(/[,;]$/, '')))
  );
}

/** A degree and its year on a thesis cover (`MASTER MIAGE 2ème année`, `Bachelor Thesis 2021`). */
const DEGREE_LINE =
  /^(?:master|bachelor|licence|laurea|diplom(?:a|e|arbeit)|m\.?\s?sc\.?|b\.?\s?sc\.?)\b.*\d/i;
/**
 * The kind of thesis (`Mémoire de fin d’études`, `Masterarbeit`, `Dissertação de Mestrado`, `Tesi
 * di laurea`): the word alone may open a title (`Mémoire collective et identité nationale`).
 */
const THESIS_KIND =
  /^(?:m[ée]moire\s+(?:de|du|d['’]|pr[ée]sent[ée])|masterarbeit|bachelorarbeit|diplomarbeit|disserta[çc][ãa]o|tesi\s+(?:di|magistrale|triennale)|tesis\s+(?:de|doctoral)|th[èe]se\s+(?:de|pr[ée]sent[ée]|pour)|(?:master|bachelor|doctoral|ph\.?\s?d\.?)['’]?s?\s+(?:thesis|dissertation)|dissertation)\b/i;

/**
 * A journal's name in English and in Chinese or Japanese on one line, as CNKI's journals print it
 * atop the first page (`Computer Engineering and Applications 计算机工程与应用`): a title is in one
 * language on its line.
 */
const TWO_SCRIPT_JOURNAL =
  /^(?:\p{Lu}[\p{Ll}]*|and|of|for|the|&)(?:\s+(?:\p{Lu}[\p{Ll}]*|and|of|for|the|&)){1,8}\s+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,20}$/u;

/**
 * Is this line (whole) front matter that never titles a paper: an article label or badge, who
 * handled the paper (`Communicated by …`), a Frontiers key (`TYPE Hypothesis and Theory`), a
 * university's name (`Université Paris Nanterre`, `UNIVERSIDADE FEDERAL DO ESPÍRITO SANTO`), a
 * degree and its year or the kind of thesis on a thesis cover (`MASTER MIAGE 2ème année`,
 * `Mémoire de fin d’études`), a journal's name in two scripts? Short lines only: a title about universities has words of its own.
 */
export function isFrontMatterLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 80) return false;
  if (isArticleLabel(text) || EDITORIAL_LINE.test(text) || CAPITAL_KEY.test(text)) return true;
  if (TWO_SCRIPT_JOURNAL.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > 8) return false;
  if (isUniversityLine(text)) return true;
  if (words.length > 6) return false;
  return DEGREE_LINE.test(text) || (THESIS_KIND.test(text) && !/[.:?!]$/.test(text));
}
