/**
 * Page furniture: running headers and footers and page numbers, the lines at the top and bottom
 * of a page that are no part of the paper's text. A line at a page's edge is furniture when it is
 * a bare page number (`4`, `iv`, `Page 4 of 9`), when the same line (numbers aside) comes back at
 * the same place on another page, or when it opens or ends with the page's own number
 * (`3 CITATIONS 2` at the top of page 2), or with the number the book prints on that page: a
 * running head that names each page's section (`89 5.1. KRÜMMUNG VON KURVEN`) comes back only
 * once, but its number stands as far from the page's index as the other pages' numbers do.
 */
import { opensWithSectionHeading } from './section-at-page-top';
import { collapseSpaces } from '../spaces';
import { contentsShapes } from './contents';
import { blockKeys } from './furniture-block-keys';
import { groupLineShapes, shapeText, type LineShape } from './lines';
import type { TextItem } from './text-item';

/** Lines at each edge of a page that may be furniture (a header can take two lines). */
const EDGE_LINES = 2;
/**
 * Lines at each edge of a page among which a bare page number of the document's numbering is
 * looked for: a first page prints its conference's footer (`Proceedings of …`, the copyright) in
 * two or three lines below the page number.
 */
const PAGE_NUMBER_LINES = 5;
/** Two edge lines are at the same place when their baselines are this close (in font sizes). */
const SAME_PLACE_EM = 0.6;
/** A line carrying the page number must stand this far (in font sizes) from the text next to it. */
const STANDS_APART_EM = 1.5;
/** Pages whose edge numbers must stand the same way from their index to give the printed numbering. */
const PRINTED_NUMBERING_PAGES = 3;
/** A running head is short; a longer line (a footnote, a table row) never gives a page number. */
const RUNNING_HEAD_WORDS = 12;

const BARE_PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/;
/** A word and a number, the number masked (`chapter #`): a chapter's label, or a page's. */
const LABEL_AND_NUMBER = /^\p{L}+\s*#$/u;
/** Front matter is numbered `i`, `ii`, ... `xlviii`. */
const ROMAN_PAGE_NUMBER = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * What a line says with its numbers masked: `Page 3 of 9` and `Page 4 of 9` are the same line.
 * (`text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()`, without the
 * replacements where there is nothing to replace.)
 */
function furnitureKey(text: string): string {
  const lower = text.toLowerCase();
  return collapseSpaces(HAS_DIGIT.test(lower) ? lower.replace(/\d+/g, '#') : lower).trim();
}

const HAS_DIGIT = /\d/;

/** Does any of the items' strings hold an ASCII digit (`\d`)? */
function hasDigit(items: readonly TextItem[]): boolean {
  for (const item of items) if (HAS_DIGIT.test(item.str)) return true;
  return false;
}

interface EdgeLine {
  page: number;
  line: LineShape;
  /** The line's text (written only for the lines at the edges). */
  text: string;
  key: string;
  /** Distance to the nearest other line of the page. */
  apart: number;
  /** The very first or very last line of the page. */
  outermost: boolean;
  /** Among the {@link EDGE_LINES} at the top or the bottom (not only a deeper one). */
  atEdge: boolean;
  /** Distance to the next line towards the middle of the page (the body text a number is under). */
  inward: number;
}

/**
 * The page's lines that may be furniture. A line deeper in than the {@link EDGE_LINES} can only be
 * a bare page number, whose key holds `#`: one whose runs hold no digit (writing a line never
 * makes one) is left out without writing its text.
 */
function edgeLines(lines: readonly LineShape[], page: number): EdgeLine[] {
  const edges: EdgeLine[] = [];
  // From the outside in, top then bottom; on a short page each line once.
  for (let k = 0; k < Math.min(PAGE_NUMBER_LINES, lines.length); k++) {
    const fromTop = edgeLine(lines, page, k);
    if (fromTop) edges.push(fromTop);
    const bottom = lines.length - 1 - k;
    const fromBottom = bottom >= PAGE_NUMBER_LINES ? edgeLine(lines, page, bottom) : null;
    if (fromBottom) edges.push(fromBottom);
  }
  return edges;
}

/** Line `i` of the page as an edge line, or null when it cannot be furniture ({@link edgeLines}). */
function edgeLine(lines: readonly LineShape[], page: number, i: number): EdgeLine | null {
  const line = lines[i];
  if (!line) return null;
  const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
  if (!atEdge && !hasDigit(line.items)) return null;
  const above = lines[i - 1];
  const below = lines[i + 1];
  const apart = Math.min(
    above ? above.baseline - line.baseline : Infinity,
    below ? line.baseline - below.baseline : Infinity,
  );
  const text = shapeText(line);
  return {
    page,
    line,
    text,
    key: furnitureKey(text),
    apart,
    outermost: i === 0 || i === lines.length - 1,
    atEdge,
    inward: Math.min(
      i < PAGE_NUMBER_LINES && below ? line.baseline - below.baseline : Infinity,
      i >= lines.length - PAGE_NUMBER_LINES && above ? above.baseline - line.baseline : Infinity,
    ),
  };
}

/** Does the line open or end with the number of the page it is on? */
function carriesPageNumber(edge: EdgeLine): boolean {
  const tokens = edge.text.split(/\s+/);
  const number = String(edge.page + 1);
  return (tokens[0] === number || tokens[tokens.length - 1] === number) && tokens.length > 1;
}

/**
 * How far the number a short outermost line opens or ends with stands from its page's index
 * (`89 …` on the 92nd page: -3), or nothing. Both ends are read, as books print the number
 * outside: first on a left page, last on a right one.
 */
function printedOffsets(edge: EdgeLine): number[] {
  if (!edge.outermost) return [];
  const tokens = edge.text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > RUNNING_HEAD_WORDS) return [];
  const ends = [tokens[0], tokens[tokens.length - 1]];
  return ends.flatMap((token) =>
    token && /^\d{1,4}$/.test(token) ? [Number(token) - (edge.page + 1)] : [],
  );
}

/** The offsets from page index to printed number that edge lines of several pages agree on. */
function printedNumberings(edges: readonly EdgeLine[]): Set<number> {
  const pagesByOffset = new Map<number, Set<number>>();
  for (const edge of edges) {
    if (edge.apart < STANDS_APART_EM * edge.line.size) continue;
    for (const offset of printedOffsets(edge)) addPage(pagesByOffset, offset, edge.page);
  }
  return agreedOffsets(pagesByOffset);
}

/** Notes that page `page` prints its number at `offset` from its index. */
function addPage(pagesByOffset: Map<number, Set<number>>, offset: number, page: number): void {
  const pages = pagesByOffset.get(offset);
  if (pages) pages.add(page);
  else pagesByOffset.set(offset, new Set([page]));
}

/** The offsets that enough pages agree on (PRINTED_NUMBERING_PAGES). */
function agreedOffsets(pagesByOffset: ReadonlyMap<number, ReadonlySet<number>>): Set<number> {
  const agreed = new Set<number>();
  for (const [offset, pages] of pagesByOffset) {
    if (pages.size >= PRINTED_NUMBERING_PAGES) agreed.add(offset);
  }
  return agreed;
}

/** The number a bare page-number line (`4`, `Page 4 of 9`, `– 4 –`) prints, or null. */
function bareNumber(edge: EdgeLine): number | null {
  if (!BARE_PAGE_NUMBER.test(edge.key)) return null;
  const digits = /\d+/.exec(edge.text);
  return digits ? Number(digits[0]) : null;
}

/**
 * The offsets from page index to printed number that the bare page numbers at the very top or
 * bottom of several pages agree on (`68` … `72` on pages 2 to 6: 66).
 */
function bareNumberings(edges: readonly EdgeLine[]): Set<number> {
  const pagesByOffset = new Map<number, Set<number>>();
  for (const edge of edges) {
    const number = edge.outermost ? bareNumber(edge) : null;
    if (number === null) continue;
    addPage(pagesByOffset, number - (edge.page + 1), edge.page);
  }
  return agreedOffsets(pagesByOffset);
}

/**
 * Drops running headers, footers and page numbers from every page, and gives each page's other
 * lines, measured (the layout goes on from them, so a page is grouped into lines once).
 */
export function keepBodyLines(pages: readonly (readonly TextItem[])[]): LineShape[][] {
  return keepBodyShapes(pages.map((items) => groupLineShapes(items)));
}

/**
 * {@link keepBodyLines} of pages already grouped into lines (`groupLineShapes` of each page's
 * items), so that a page can be grouped as soon as it is read: each page's lines but the furniture.
 */
export function keepBodyShapes(lines: readonly (readonly LineShape[])[]): LineShape[][] {
  const furniture = furnitureOf(lines);
  return lines.map((pageLines) => pageLines.filter((line) => !furniture.has(line)));
}

/** The lines of pages grouped into lines that are running heads, footers, page numbers or a contents. */
export function furnitureOf(lines: readonly (readonly LineShape[])[]): Set<LineShape> {
  const edges = lines.flatMap((pageLines, page) => edgeLines(pageLines, page));
  // Edges by key: a line is compared with the others of its text only, not with every edge.
  const byKey = new Map<string, EdgeLine[]>();
  for (const edge of edges) {
    if (!edge.atEdge) continue;
    const same = byKey.get(edge.key);
    if (same) same.push(edge);
    else byKey.set(edge.key, [edge]);
  }
  const numberings = printedNumberings(edges);
  const bareNumbers = bareNumberings(edges);
  const furniture = new Set<LineShape>();
  const numberedOf = (edge: EdgeLine) =>
    edge.outermost &&
    edge.apart >= STANDS_APART_EM * edge.line.size &&
    (carriesPageNumber(edge) || printedOffsets(edge).some((offset) => numberings.has(offset)));
  const headsWithNumbers = edges.filter(
    (e) =>
      e.atEdge && !BARE_PAGE_NUMBER.test(e.key) && !ROMAN_PAGE_NUMBER.test(e.key) && numberedOf(e),
  );
  for (const edge of edges) {
    const { line } = edge;
    // Deeper in: only the page's own number in the numbering the other pages print, standing
    // apart from the text it is under (what is further out, a first page's footer, may be close).
    if (!edge.atEdge) {
      const number = bareNumber(edge);
      const apart = edge.inward >= STANDS_APART_EM * line.size;
      if (number !== null && apart && bareNumbers.has(number - (edge.page + 1)))
        furniture.add(line);
      continue;
    }
    // A word and a number (`Chapter 3`, `Chapter 4` atop each chapter's first page) repeat as a
    // running head only in one text each time: a label that numbers on is the body's.
    const sameText = LABEL_AND_NUMBER.test(edge.key);
    const repeated = (byKey.get(edge.key) ?? []).some(
      (other) =>
        other.page !== edge.page &&
        Math.abs(other.line.baseline - line.baseline) <= SAME_PLACE_EM * line.size &&
        (!sameText || other.text === edge.text),
    );
    const pageNumber = BARE_PAGE_NUMBER.test(edge.key) || ROMAN_PAGE_NUMBER.test(edge.key);
    const numbered =
      edge.outermost &&
      edge.apart >= STANDS_APART_EM * line.size &&
      (carriesPageNumber(edge) || printedOffsets(edge).some((offset) => numberings.has(offset)));
    // `4 Results` atop page 4, on no other page: the section's heading (`section-at-page-top.ts`).
    const section =
      numbered &&
      opensWithSectionHeading(line) &&
      !headsWithNumbers.some(
        (o) =>
          o.page !== edge.page &&
          Math.abs(o.line.baseline - line.baseline) <= SAME_PLACE_EM * line.size,
      );
    if (pageNumber || repeated || (numbered && !section)) furniture.add(line);
  }
  addFurnitureBlocks(lines, furniture);
  // A table of contents is left out too: the reader gets one built from the headings.
  for (const pageLines of lines) for (const line of contentsShapes(pageLines)) furniture.add(line);
  return furniture;
}

/**
 * How deep a header or footer block reaches: a conference prints its name and three lines of
 * proceedings (`CILAMCE 2017`, `Proceedings of …`, the editors, the place and date) at each foot.
 * A line further in that comes back at the same place is the body's (a long table's head row).
 */
const FURNITURE_BLOCK_LINES = 4;
/**
 * Pages a line deeper than the {@link EDGE_LINES} must come back on, at the same place: three,
 * and a third of the document's pages (a conference's footer block is on every page; a table's
 * head row at the top of three pages, or a line of an equation's subscripts that happens to fall
 * at the same height on three pages, is not).
 */
const BLOCK_PAGES = 3;
const BLOCK_SHARE = 1 / 3;

/**
 * Grows the furniture inwards from the edges: a line just inside the furniture at a page's edge
 * (every line outward of it is furniture) is furniture too when the very same line comes back at
 * the same place, also just inside the furniture, on enough pages ({@link BLOCK_PAGES}). A footer
 * block deeper than {@link EDGE_LINES} would otherwise leave its inner lines in the text (and a
 * short one, the conference's name, read as a heading on every page).
 */
function addFurnitureBlocks(
  lines: readonly (readonly LineShape[])[],
  furniture: Set<LineShape>,
): void {
  const enough = Math.max(BLOCK_PAGES, Math.ceil(lines.length * BLOCK_SHARE));
  for (let depth = EDGE_LINES; depth < FURNITURE_BLOCK_LINES; depth++) {
    const byKey = new Map<string, { page: number; line: LineShape }[]>();
    lines.forEach((pageLines, page) => {
      // A page must keep body lines between its two blocks.
      if (pageLines.length <= 2 * FURNITURE_BLOCK_LINES) return;
      for (const index of [depth, pageLines.length - 1 - depth]) {
        const line = pageLines[index];
        if (!line || !outwardIsFurniture(pageLines, index, depth, furniture)) continue;
        // The very text, numbers and all: a block is printed the same on every page, while lines
        // of a table or a list of numbers are alike only with their numbers masked.
        // Also with a page number at one end masked (`furniture-block-keys.ts`).
        for (const key of blockKeys(collapseSpaces(shapeText(line)).trim(), page)) {
          const same = byKey.get(key);
          if (same) same.push({ page, line });
          else byKey.set(key, [{ page, line }]);
        }
      }
    });
    for (const candidates of byKey.values()) {
      if (candidates.length < enough) continue;
      for (const { line } of candidates) {
        const pages = new Set<number>();
        for (const other of candidates) {
          if (Math.abs(other.line.baseline - line.baseline) <= SAME_PLACE_EM * line.size)
            pages.add(other.page);
        }
        if (pages.size >= enough) furniture.add(line);
      }
    }
  }
}

/** Are the `depth` lines between line `index` and its page's nearer edge all furniture? */
function outwardIsFurniture(
  pageLines: readonly LineShape[],
  index: number,
  depth: number,
  furniture: ReadonlySet<LineShape>,
): boolean {
  const fromTop = index === depth;
  for (let k = 0; k < depth; k++) {
    const outer = pageLines[fromTop ? k : pageLines.length - 1 - k];
    if (!outer || !furniture.has(outer)) return false;
  }
  return true;
}

/**
 * Drops running headers, footers and page numbers from every page. Pages are item lists in page
 * order; what comes back has the same pages with the furniture's items removed.
 */
export const dropPageFurniture = (pages: readonly (readonly TextItem[])[]): TextItem[][] =>
  keepBodyLines(pages).map((lines) => lines.flatMap((line) => line.items));
