/**
 * Run-in headings told by their type: `Materials.` or `Participants:` set in bold or italic at a
 * paragraph's start, the paragraph's text going on in the body font on the same line.
 *
 * pdf.js's `getTextContent` says nothing about weight or slant: its `styles` give only a generic
 * `fontFamily` (`serif`, `sans-serif`, `monospace`), and the font's real name (`Times-Bold`) is
 * known only once the page's operator list is loaded, which text extraction never does. What
 * every text item does carry is `fontName`, the document's id for the font resource it is set in
 * (`g_d0_f3`), and pdf.js starts a new item at every change of font. So a paragraph whose first
 * words are set in another font than the words after them, at the same size, opens with text the
 * author set apart by type: when it is a few words ending in `.`, `:` or `—`, or a structured
 * abstract's label in capitals (`IMPORTANCE`), a run-in heading.
 * Pure: it reads a `TextLine`, never pdf.js.
 */
import { joinLineItems } from './line-text';
import type { TextLine } from './text-item';

/** Most words of a run-in heading (`Data collection and analysis.`). */
const MAX_LEAD_WORDS = 8;
/** Runs within this share of the line's size are set at its size (not a heading's, nor a script's). */
const SAME_SIZE = 0.05;
/** How a run-in heading ends. */
const LEAD_END = /[.:—]$/;
/** A year: headings have none, the authors and year of a reference entry have one. */
const YEAR = /\b(?:1[5-9]|20)\d\d[a-z]?\b/;
/**
 * The words of a structured abstract's labels, which need no punctuation to end them when set in
 * capitals (`IMPORTANCE`, `DESIGN, SETTING, AND PARTICIPANTS`, `MAIN OUTCOMES AND MEASURES`: JAMA,
 * The Lancet, BMJ). Capitals alone do not make a heading: `ATLAS`, `PSPACE` open sentences too.
 */
const LABEL_WORDS: ReadonlySet<string> = new Set(
  'importance objective objectives design setting settings and participants patients subjects exposure exposures intervention interventions main outcome outcomes measure measures result results conclusion conclusions relevance background context method methods findings interpretation purpose aim aims evidence review observations data sources study selection extraction synthesis funding trial registration limitations'.split(
    ' ',
  ),
);

/** Is the lead a structured abstract's label in capitals (every word one of {@link LABEL_WORDS})? */
function capitalsLabel(lead: string): boolean {
  if (/\p{Ll}/u.test(lead)) return false;
  const words = lead
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => LABEL_WORDS.has(word));
}

/** Punctuation set in the text's font right after the heading (`\textbf{Materials}.`) still ends it. */
const TRAILING_PUNCTUATION = /^[.:—]/;

/**
 * The length, in `line.text`, of a run-in heading set in its own font at the start of the line,
 * or null when the line opens with no such thing. Only meaningful for a paragraph's first line.
 */
export function typesetLeadLength(line: TextLine): number | null {
  const { items, size } = line;
  const atSize = (i: number) => Math.abs((items[i]?.height ?? 0) - size) <= SAME_SIZE * size;
  const font = items[0]?.fontName;
  if (font === undefined || !atSize(0)) return null;
  let k = 1;
  while (k < items.length && items[k]?.fontName === font) k++;
  if (k === items.length || !atSize(k)) return null;
  const head = joinLineItems(items.slice(0, k), size, line.baseline);
  if (head === '' || !line.text.startsWith(head)) return null;
  const lead = head + (TRAILING_PUNCTUATION.exec(line.text.slice(head.length))?.[0] ?? '');
  if (!(LEAD_END.test(lead) || capitalsLabel(lead))) return null;
  const rest = line.text.slice(lead.length).trim();
  // `Chem. Rev. 2005, 249, 829.`: a reference's journal in italics, then its year and volume (a
  // head run in before a count, `Participants. 120 students`, is still one).
  if (rest === '' || /^\d{4}\s*[,;]/.test(rest)) return null;
  const words = lead.split(/\s+/);
  if (words.length > MAX_LEAD_WORDS || !/^[\p{L}\d(]/u.test(lead) || !/\p{L}{2}/u.test(lead))
    return null;
  // `Chambers JM (1998).` before a title in italics: a reference entry's authors and year.
  return YEAR.test(lead) ? null : lead.length;
}
