/**
 * A thesis's cover and title pages set the author, the city, the institution and the title in
 * large type, a line or two each. Read by their size, each is a "heading", and one heading follows
 * another with nothing under it (`FERNANDO MEIRELES` / `PORTO ALEGRE` / `FERNANDO MEIRELES` /
 * the title in two halves). A heading heads a section: at the paper's opening (before its first
 * paragraph, and up to the first heading with anything under it), an unnumbered heading followed
 * at once by another heading (or the title) heads nothing and is shown as text, out of the
 * contents; so is a heading there that is the start or the end of the paper's title (the title
 * page repeating it). Numbered headings, the abstract's, well-known section names and part or
 * chapter labels (`CHAPTER 1` over `Introduction`) stay headings. Markdown marks its headings
 * itself: only text and PDF sources are read so.
 */
import { isKnownSectionTitle } from './headings';
import type { RawBlock } from './raw-block';

/** A part or chapter label, or a heading holding a number: it may stand right over another heading. */
const LABEL =
  /^(?:part|chapter|chapitre|cap[ií]tulo|kapitel|teil|section|book|volume)\b|\d|^[IVXLC]+\.?(?:\s|$)/i;

/** `blocks` with the opening's cover headings (see above) turned into paragraphs. */
export function withoutCoverHeadings(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const paperTitle = folded(blocks.find((b) => b.kind === 'title')?.text ?? '');
  let changed: RawBlock[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind === 'paragraph') break;
    if (block?.kind !== 'heading') continue;
    const next = blocks[i + 1];
    const headsNothing = next?.kind === 'heading' || next?.kind === 'title';
    const title = block.text.slice(block.titleOffset);
    const own = folded(title);
    const ofTitle =
      own.length >= MIN_TITLE_PIECE && (paperTitle.startsWith(own) || paperTitle.endsWith(own));
    const kept =
      block.number !== null ||
      block.role !== 'section' ||
      isKnownSectionTitle(title) ||
      (LABEL.test(title.trim()) && !ofTitle);
    if (!kept && (headsNothing || ofTitle)) {
      changed ??= blocks.slice();
      changed[i] = { kind: 'paragraph', text: block.text };
    }
    // The first heading with something under it ends the opening.
    if (!headsNothing) break;
  }
  return changed ?? blocks;
}

/** The shortest piece of the title a heading may be to count as the title repeated. */
const MIN_TITLE_PIECE = 12;

const folded = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
