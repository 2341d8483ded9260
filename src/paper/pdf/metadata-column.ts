/**
 * The column of an article's metadata that PLOS, Frontiers and other open-access journals print
 * down one side of the first page, beside the title and the abstract (`OPEN ACCESS`, `Citation:
 * …`, `Editor: …`, `Received: …`, `Copyright: …`; Frontiers' `EDITED BY`, `REVIEWED BY`,
 * `CITATION`, `COPYRIGHT`). Read as a column in its place it comes between the title and the
 * byline, short paragraphs and capitals a reader takes for headings; it is set aside as the page's
 * notes instead, put out after the paragraph open at the page's end (after the abstract), each
 * label's note whole.
 * Also: a badge's hidden text (Crossmark's `a1111111111`, five times down the column), identical
 * strings that are no word stacked at one x, is dropped.
 * Pure: it works on the layout's regions.
 */
import { METADATA_NOTE } from '../title-above-byline';
import type { Region } from './columns';
import type { TextLine } from './text-item';

/** A metadata label opening a line: PLOS's `Label:` ones and Frontiers' capitals. */
const CAPITAL_LABEL =
  /^(?:OPEN ACCESS|EDITED BY|REVIEWED BY|\*?\s?CORRESPONDENCE|RECEIVED|ACCEPTED|PUBLISHED|CITATION|COPYRIGHT|KEYWORDS|SPECIALTY SECTION)\b/;
const OTHER_LABEL = /^(?:Peer [Rr]eview [Hh]istory|Academic [Ee]ditor)\s*:/;
const opensWithLabel = (text: string): boolean =>
  CAPITAL_LABEL.test(text) || METADATA_NOTE.test(text) || OTHER_LABEL.test(text);

/** A metadata column holds at least this many labelled lines (one more page of it: one). */
const MIN_LABELS = 2;
/** A metadata column is at most this share of the width of the page's main column. */
const MAX_WIDTH_SHARE = 0.6;

const widthOf = (lines: readonly TextLine[]): number => {
  let left = Infinity;
  let right = -Infinity;
  for (const l of lines) {
    left = Math.min(left, l.left);
    right = Math.max(right, l.right);
  }
  return right - left;
};

/** Where a page's metadata column was printed: its left edge. */
export interface MetadataColumn {
  left: number;
}

/**
 * Takes a page's metadata column out of its regions, as notes (one per label; blank between
 * lines also parts them). `before`: the column of the page before, whose notes may run on at the
 * top of this page's, at the same x: one label is enough then, or none when the column opens in
 * the middle of a sentence (a lower-case letter). `opens`: the page may open such a column (the
 * paper's first page with text; on a later page a narrow column of `Funding:` and `Competing
 * interests:` is the paper's end matter). The regions are left as they were (the same array)
 * when there is none.
 */
export function setAsideMetadataColumn(
  regions: Region[],
  before: MetadataColumn | null,
  opens = true,
): { regions: Region[]; notes: TextLine[][]; column: MetadataColumn | null } {
  if (before === null && !opens) return { regions, notes: [], column: null };
  const widest = Math.max(0, ...regions.map((r) => widthOf(r.lines)));
  const qualifies = (r: Region): boolean => {
    if (r.kind === 'full' || widthOf(r.lines) > MAX_WIDTH_SHARE * widest) return false;
    const labels = r.lines.filter((l) => opensWithLabel(l.text.trim())).length;
    if (labels >= MIN_LABELS) return true;
    const first = r.lines[0];
    if (before === null || first === undefined) return false;
    const left = Math.min(...r.lines.map((l) => l.left));
    if (Math.abs(left - before.left) > first.size) return false;
    return labels > 0 || /^\p{Ll}/u.test(first.text.trim());
  };
  const index = regions.findIndex(qualifies);
  const column = regions[index];
  if (column === undefined) return { regions, notes: [], column: null };
  const left = Math.min(...column.lines.map((l) => l.left));
  // The column's other pieces on a first page (a journal's name over it, cut off by a badge,
  // read as a band of its own): narrow regions on its left edge.
  const size = column.lines[0]?.size ?? 0;
  const piece = (r: Region, i: number): boolean =>
    i === index ||
    (before === null &&
      widthOf(r.lines) <= MAX_WIDTH_SHARE * widest &&
      Math.abs(Math.min(...r.lines.map((l) => l.left)) - left) <= size);
  const rest = regions.filter((r, i) => !piece(r, i));
  // Pieces above the column (a masthead, `PLOS MEDICINE`) open its first note; those below are
  // notes of their own.
  const above = regions.filter((r, i) => i < index && piece(r, i)).flatMap((r) => r.lines);
  const below = regions.filter((r, i) => i > index && piece(r, i)).map((r) => r.lines);
  const [first, ...others] = splitNotes(column.lines);
  const notes = [[...above, ...(first ?? [])], ...others, ...below];
  return { regions: rest, notes, column: { left } };
}

/** The column's lines as notes: each labelled line opens one, and so does a line after a blank. */
function splitNotes(lines: readonly TextLine[]): TextLine[][] {
  const notes: TextLine[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const last = notes[notes.length - 1];
    const apart = prev !== undefined && prev.baseline - line.baseline > 1.5 * 1.2 * line.size;
    if (last && !apart && !opensWithLabel(line.text.trim())) last.push(line);
    else notes.push([line]);
  });
  return notes;
}

/** A badge's hidden text repeats at least this many times down the page. */
const MIN_BADGE_REPEATS = 3;
/** One string, letters and digits mixed, of no word (`a1111111111`). */
const NON_WORD = /^(?=[\p{L}\d]*\p{L})(?=[\p{L}\d]*\d)[\p{L}\d]{4,}$/u;

/**
 * The regions without a badge's hidden text: lines that are each one and the same string of
 * letters and digits mixed (no word, no number), {@link MIN_BADGE_REPEATS} or more of them at one
 * x on the page. The regions are handed back as they were when there is none.
 */
export function dropBadgeText(regions: Region[]): Region[] {
  const counts = new Map<string, number>();
  const keyOf = (line: TextLine): string | null => {
    const text = line.text.trim();
    return NON_WORD.test(text) ? `${Math.round(line.left)} ${text}` : null;
  };
  for (const region of regions)
    for (const line of region.lines) {
      const key = keyOf(line);
      if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const badge = (line: TextLine): boolean => {
    const key = keyOf(line);
    return key !== null && (counts.get(key) ?? 0) >= MIN_BADGE_REPEATS;
  };
  if (![...counts.values()].some((n) => n >= MIN_BADGE_REPEATS)) return regions;
  return regions
    .map((region) => ({ ...region, lines: region.lines.filter((l) => !badge(l)) }))
    .filter((region) => region.lines.length > 0);
}
