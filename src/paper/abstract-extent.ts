/**
 * Where a paper's abstract ends when no heading ends it. An `Abstract` heading opens a section
 * that runs to the next heading; in a paper with no other headings (a short report, a two-column
 * note), or whose introduction has no heading (PNAS, Nature), that section would hold the body,
 * shown inside the abstract's box. An abstract is a paragraph or a few, never a paper: when the
 * text under the heading is far longer than any abstract, the abstract is its first paragraph,
 * read as that paragraph's run-in heading (`Abstract This is …`), and the body after it stands in
 * no section, up to the next heading. Pure.
 */
import type { RawBlock } from './raw-block';

/** More characters of running text than this under an `Abstract` heading are the paper's body. */
export const MAX_ABSTRACT_CHARS = 4000;

/**
 * The blocks with an abstract that would swallow the body (see the module comment) cut to its
 * first paragraph; the same blocks when a heading ends it in time.
 */
export function endSwallowingAbstract(blocks: readonly RawBlock[]): RawBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.role === 'abstract');
  const heading = blocks[at];
  if (heading === undefined) return [...blocks];
  let chars = 0;
  for (const block of blocks.slice(at + 1)) {
    if (block.kind === 'heading') break;
    if (block.kind === 'paragraph') chars += block.text.length;
  }
  const first = blocks[at + 1];
  if (
    chars <= MAX_ABSTRACT_CHARS ||
    first?.kind !== 'paragraph' ||
    first.lead !== undefined ||
    first.text.length > MAX_ABSTRACT_CHARS
  )
    return [...blocks];
  const lead: RawBlock = {
    kind: 'paragraph',
    text: `${heading.text} ${first.text}`,
    lead: heading.text.length,
  };
  return [...blocks.slice(0, at), lead, ...blocks.slice(at + 2)];
}
