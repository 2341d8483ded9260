/**
 * Article-type labels and access badges that journals print above or beside a title (`RESEARCH
 * ARTICLE`, `Original Article`, `Review`, PLOS's `STUDY PROTOCOL`, `OPEN ACCESS`, `Check for
 * updates`, Elsevier's spaced `R E V I E W`): furniture of the first page, never the title and
 * never a section heading. Pure.
 */
import { withoutLetterSpacing } from './headings';

/** The labels, as words (case and letter spacing aside). */
const ARTICLE_LABEL =
  /^(?:(?:research|original|review|invited|full|regular|brief|short|rapid|technical|case|clinical)\s+(?:article|paper|research|report|communication|note|review)s?|(?:mini-?)?review|article|letter|editorial|commentary|perspective|viewpoint|(?:study|lab)\s+protocol|registered\s+report(?:\s+protocol)?|open\s+access|check\s+for\s+updates|peer[\s-]reviewed)$/i;

/**
 * Is this line (whole) an article-type label or an access badge (`RESEARCH ARTICLE`, `Open
 * Access`, `R E V I E W`)?
 */
export function isArticleLabel(line: string): boolean {
  const text = line.trim().replace(/[:.]$/, '');
  return ARTICLE_LABEL.test(withoutLetterSpacing(text));
}
