/**
 * Titles that ask: a section's or a paper's title may end with its question mark (`6.2 RQ2: Are
 * configuration-related features correlated with externally` / `observable features for Docker
 * images?`, `Does code review really remove coding convention` / `violations?`), where a line of
 * a paragraph ending a sentence tells a paragraph. Pure.
 */
import { endsSentence } from './line-signals';

/**
 * Does the line end a statement (`… as before.`), telling a paragraph's last line from a wrapped
 * title's? A question mark ends a title as well as a sentence: it is not counted.
 */
export function endsStatement(line: string): boolean {
  return endsSentence(line) && !line.endsWith('?');
}
