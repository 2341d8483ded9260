/**
 * Links to the file's own anchors, as Marker writes every cross-reference: a citation links to its
 * reference entry (`[\[20\]](#page-8-0)` to `- <span id="page-8-0"></span>[20] …`), but so does a
 * figure, table, equation or section number (`Figure [1](#page-1-0)`, `Equation [2](#page-4-1)`)
 * and a footnote mark (`model.[1](#page-0-0)` to `<span id="page-0-0"></span><sup>1.</sup> …`).
 * Read as bracketed numbers those would be citations of entries 1 and 2 of a numbered list. So a
 * bare number linked to an anchor is written as the page printed it: plain for a figure's,
 * raised for a footnote's, and left for the Markdown reader (a citation) only when the anchor
 * stands in the reference list or the file does not hold it.
 */
import { isBibliographyTitle, splitSectionNumber } from './headings';

/** What an anchor marks. */
type AnchorKind = 'reference' | 'footnote' | 'other';

/** `<span id="x"></span>` (Marker), `<a id="x"></a>` or `<a name="x"></a>`. */
const ANCHOR = /<(?:span|a)\s+(?:id|name)="([^"]+)"\s*>\s*<\/(?:span|a)>/g;
/** A line's opening anchors, then a raised number: the start of a footnote. */
const FOOTNOTE_LINE =
  /^\s*(?:[-*+]\s+)?(?:<(?:span|a)\s+(?:id|name)="[^"]+"\s*>\s*<\/(?:span|a)>\s*)+<sup>\s*\d{1,3}\.?\s*<\/sup>/;
const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** A link to an anchor of the file whose text is a bare number or list of them (`3`, `1, 2`). */
const NUMBER_LINK = /\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]\(#([^)\s]+)\)/g;

/** The anchors a Markdown file defines, each with what it marks. */
function anchorKinds(lines: readonly string[]): Map<string, AnchorKind> {
  const kinds = new Map<string, AnchorKind>();
  let bibliography: number | null = null;
  for (const line of lines) {
    const heading = ATX.exec(line);
    if (heading) {
      const hashes = (heading[1] ?? '').length;
      if (bibliography !== null && hashes <= bibliography) bibliography = null;
      const title = (heading[2] ?? '').replace(/<[^>]*>|[*_]/g, '').trim();
      if (isBibliographyTitle(splitSectionNumber(title)?.title ?? title)) bibliography = hashes;
    }
    if (!line.includes('id=') && !line.includes('name=')) continue;
    const kind: AnchorKind = FOOTNOTE_LINE.test(line)
      ? 'footnote'
      : bibliography !== null
        ? 'reference'
        : 'other';
    for (const anchor of line.matchAll(ANCHOR)) {
      const id = anchor[1] ?? '';
      if (!kinds.has(id)) kinds.set(id, kind);
    }
  }
  return kinds;
}

/**
 * The Markdown source with each bare number linked to a figure's, table's, equation's or
 * section's anchor written plain (`Figure 1`), and to a footnote's raised (`<sup>1</sup>`); every
 * other link as it was.
 */
export function resolveAnchorLinks(source: string): string {
  if (!source.includes('](#')) return source;
  const kinds = anchorKinds(source.split('\n'));
  if (kinds.size === 0) return source;
  return source.replace(NUMBER_LINK, (whole, label: string, id: string) => {
    const kind = kinds.get(id);
    if (kind === 'other') return label;
    if (kind === 'footnote') return `<sup>${label}</sup>`;
    return whole;
  });
}
