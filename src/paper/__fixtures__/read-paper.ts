/** Test helpers reading a small paper through the whole parser (tests only). */
import { parsePaper } from '../parse-paper';
import { parseTextBlocks } from '../text-blocks';
import { pid } from './paper-ids';

/**
 * Each citation marker's text in a paper of `body` followed by the list `list` under `title`, and
 * the numbers (1-based positions) of the entries it links to.
 */
export function citationLinks(
  body: string,
  list: string,
  title = 'References',
): Array<[string, number[]]> {
  const paper = parsePaper(`A Paper\n\nIntroduction\n\n${body}\n\n${title}\n\n${list}\n`, {
    format: 'text',
    fileName: 'p.txt',
    id: pid(`sha256:${'a'.repeat(64)}`),
  });
  const position = new Map(paper.references.map((r, i) => [r.id, i + 1]));
  return paper.citations.map((c) => [
    paper.text.slice(c.start, c.end),
    c.refIds.map((id) => position.get(id) ?? 0),
  ]);
}

/** The headings' texts, in order, of a text read as blocks. */
export const headingTexts = (text: string): string[] =>
  parseTextBlocks(text)
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text);
