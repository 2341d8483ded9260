/**
 * Source normalisation shared by the text and Markdown parsers: byte-order mark, line endings,
 * tabs and invisible characters, then (for PDF-extracted text) splitting into lines with page
 * furniture removed — page markers such as `--1043--` or `- 12 -`, running page numbers, form feeds,
 * and running heads and feet repeated at the top or bottom of the pages between form feeds.
 *
 * Lines keep their indentation (hanging-indent reference lists need it) but not their trailing
 * spaces, nor the PDF layout's mark after a run-in heading set in its own type (`lead` keeps it). Dropped lines vanish rather than becoming blank lines, so a paragraph broken by a page
 * marker with no blank line around it simply continues.
 */

import { pageNumberRun } from './page-number-run';
import { LEAD_MARK, TABLE_MARK, TITLE_MARK } from './aside-blocks';
import { isSpaceCode } from './spaces';
import { textColumns } from './text-width';

/** One line of a text source, trimmed, with its indentation kept apart. */
export interface SourceLine {
  /** The line without leading or trailing white space; `''` for a blank line. */
  text: string;
  /** Leading spaces (a tab counts as {@link TAB_WIDTH}). */
  indent: number;
  /**
   * The length of a run-in heading the PDF layout saw set in its own type at the line's start
   * (`Materials.` in bold), marked there with `LEAD_MARK`, which `text` no longer holds.
   */
  lead?: number;
  /**
   * The level of a heading the PDF layout told by its type alone (`Statement of need` in bold),
   * marked there with as many `LEAD_MARK`s at the line's end: a run-in heading that the whole
   * line is.
   */
  head?: number;
  /** The PDF layout found the line to be a row of a table (marked with `TABLE_MARK`). */
  table?: true;
  /** The PDF layout found the line to be the title, by its type (marked with `TITLE_MARK`). */
  title?: true;
}

/** Columns a tab stands for when measuring indentation (hanging indents, Markdown lists). */
export const TAB_WIDTH = 4;

const TAB_SPACES = ' '.repeat(TAB_WIDTH);
/** No-break and other odd spaces that PDF extraction produces; they read as one space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width spaces and stray byte-order marks: invisible, and never meaningful in a paper. */
const INVISIBLES = /[\u200B\u2060\uFEFF]/g;
/**
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplements: what some Chinese and Japanese
 * PDFs' font tables map common ideographs to (一 arrives as ⼀, 方 as ⽅). Each has a compatibility
 * mapping to the ideograph itself (one UTF-16 unit to one, so offsets do not move).
 */
const CJK_RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

/**
 * The characters beyond Latin-1 that one of {@link normalizeSource}'s replacements would change
 * (the others are `\r`, `\t` and U+00A0). Kept apart so a source of Latin-1 text only is told
 * without a scan: V8's regular expressions give up at once where no Latin-1 character can match.
 */
const NEEDS_NORMALIZING = /[\uFEFF\u2000-\u200B\u202F\u205F\u3000\u2060\u2E80-\u2EFF\u2F00-\u2FDF]/;

/**
 * A final sigma opening a word (`ςημερα`, `(ςτο)`): no Greek word starts with it, but a font's
 * small capitals may map the capital Σ they open with to it (`Στην Ελλαδα ςημΕρα`). One unit for
 * one, so offsets do not move. A numeral's sigma (`ς΄`) has no letter after it; a Latin text's
 * variable (`ςmax`) no Greek one.
 */
const WORD_START_SIGMA = /(?<![\p{L}\p{M}])ς(?=\p{L})(?=\p{Script=Greek})/gu;

/**
 * The text with each final sigma opening a word read as the capital it stands for (see
 * WORD_START_SIGMA); only a Greek text is scanned. The PDF layout repairs its text so too, so that
 * its lines' offsets hold for the text the parser reads.
 */
export const restoreWordStartSigma = (text: string): string =>
  text.includes('ς') ? text.replace(WORD_START_SIGMA, 'Σ') : text;

/** The ideograph a radical stands for, when Unicode gives one of the same length. */
function ideographOf(radical: string): string {
  const ideograph = radical.normalize('NFKC');
  return ideograph.length === radical.length ? ideograph : radical;
}

/**
 * Normalises a decoded source: strips a byte-order mark, turns CRLF/CR into `\n`, tabs into
 * spaces, odd spaces into plain spaces, CJK radicals into the ideographs they stand for, a final
 * sigma opening a word into the capital it stands for, and removes zero-width characters. Form
 * feeds and soft hyphens are kept: the line splitter and the line joiner give them meaning.
 */
export function normalizeSource(source: string): string {
  // Most sources (a PDF's layout, plain text) need none of the six replacements: told by string
  // searches and one regular expression instead of six replacements' scans.
  const needed =
    source.includes('\r') ||
    source.includes('\t') ||
    source.includes('\u00A0') ||
    NEEDS_NORMALIZING.test(source);
  const sigma = restoreWordStartSigma(source);
  if (!needed) return sigma;
  return sigma
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, TAB_SPACES)
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CJK_RADICALS, ideographOf);
}

/** `--1043--`, `- 12 -`, `— 7 —`: a page number between dashes. */
const DASHED_PAGE_MARKER = /^[-–—]{1,3}\s*\d{1,5}\s*[-–—]{1,3}$/;
/** `Page 3`, `page 3 of 10`, `p. 4`. */
const WORDED_PAGE_MARKER = /^(?:page|p\.)\s*\d{1,5}(?:\s*(?:of|\/)\s*\d{1,5})?$/i;
/** arXiv's stamp down a preprint's margin (`arXiv:1804.07821v1 [cs.CV] 20 Apr 2018`). */
const ARXIV_STAMP = /^arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\]\s+\d{1,2}\s+\p{L}{3}\s+\d{4}$/u;

/** Is the line arXiv's margin stamp? Page furniture wherever a text copied from a preprint puts it. */
export const isArxivStamp = (line: string): boolean =>
  line.charCodeAt(0) === 0x61 && ARXIV_STAMP.test(line);

/** A line holding only a number: a page number when it stands apart (see {@link splitSourceLines}). */
const BARE_NUMBER = /^\d{1,4}$/;

/** The source's physical lines, trimmed, as parallel arrays (no object per line until kept). */
interface RawLines {
  texts: string[];
  indents: number[];
  /** The line came right after a form feed (the start of a PDF page). */
  afterFormFeed: boolean[];
  /** The first line is the title the PDF layout found (it was marked with `TITLE_MARK`). */
  titled: boolean;
}

/** Where the leading white space of `line` (as `String.prototype.trim` counts it) ends. */
function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i;
}

function toRawLines(normalized: string): RawLines {
  const out: RawLines = { texts: [], indents: [], afterFormFeed: [], titled: false };
  const add = (text: string, indent: number, afterFormFeed: boolean) => {
    out.texts.push(text);
    out.indents.push(indent);
    out.afterFormFeed.push(afterFormFeed);
  };
  const physicals = normalized.split('\n');
  // The layout's title mark, taken off so that the title reads as its words (a running head's).
  if (normalized.startsWith(TITLE_MARK)) {
    physicals[0] = physicals[0]?.slice(TITLE_MARK.length) ?? '';
    out.titled = true;
  }
  // An indexed loop: this runs once per paper, and an unoptimised `for … of` makes an object per line.
  for (let p = 0; p < physicals.length; p++) {
    const physical = physicals[p] ?? '';
    // Most lines hold no form feed: read them without splitting.
    if (!physical.includes('\f')) {
      const text = physical.trim();
      // A line trimmed of nothing has no indentation to measure.
      const indent = text === '' || text.length === physical.length ? 0 : leadingSpaces(physical);
      add(text, indent, false);
      continue;
    }
    const pieces = physical.split('\f');
    pieces.forEach((piece, i) => {
      const text = piece.trim();
      const indent = text === '' ? 0 : leadingSpaces(piece);
      // A form feed ends a page: what follows starts a new line even without a newline.
      if (i > 0 && out.texts.length > 0) add('', 0, true);
      if (i === 0 || text !== '') add(text, indent, i > 0);
    });
  }
  return out;
}

/**
 * Is this line page furniture? Dashed and worded page markers and arXiv's stamp always are; a bare number is when
 * it stands apart (blank lines or the document's edge on both sides, or right at a page break) or
 * sits between two lines of running text, so that a number that belongs to a table or a reference
 * wrapped word by word (`469,` / `437` / `(1996),`) stays.
 */
function isPageFurniture({ texts, afterFormFeed }: RawLines, i: number): boolean {
  const text = texts[i];
  if (text === undefined || text === '') return false;
  // Each marker is told by its first character before its regex is run (most lines are prose).
  const first = text.charCodeAt(0);
  const dashed = first === 0x2d || first === 0x2013 || first === 0x2014;
  if (dashed && DASHED_PAGE_MARKER.test(text)) return true;
  if ((first | 0x20) === 0x70 && WORDED_PAGE_MARKER.test(text)) return true;
  if (isArxivStamp(text)) return true;
  if (first < 0x30 || first > 0x39 || !BARE_NUMBER.test(text)) return false;
  const prev = texts[i - 1];
  const next = texts[i + 1];
  if (afterFormFeed[i] === true || afterFormFeed[i + 1] === true) return true;
  // A blank line or the document's edge on both sides.
  if (!prev && !next) return true;
  // After a number and a dash it ends a page range broken over two lines (`50:610–` / `619`);
  // after a number and a comma it is a reference's page after its volume (`Nature, 503,` / `238`).
  if (/\d[-–,]$/.test(prev ?? '')) return false;
  // Between two lines of running text (a page break inside a paragraph), unless it is a label of
  // a list set on a line of its own (`1`, an entry, `2`, an entry): the label before it or after
  // it is a few lines away, where the page before or after is a page of lines away.
  return (
    (prev?.length ?? 0) >= RUNNING_TEXT_LINE &&
    (next?.length ?? 0) >= RUNNING_TEXT_LINE &&
    !isListLabel(texts, i, Number(text))
  );
}

/** How far from a label alone on its line the next or the one before is looked for. */
const LABEL_NEIGHBOUR_LINES = 12;

/** Does a line near `i` hold the number before `n` (above it) or after it (below it), alone? */
function isListLabel(texts: readonly string[], i: number, n: number): boolean {
  const before = String(n - 1);
  const after = String(n + 1);
  for (let d = 1; d <= LABEL_NEIGHBOUR_LINES; d++)
    if (texts[i - d] === before || texts[i + d] === after) return true;
  return false;
}

/** A line at least this long is running text, not a fragment of a table or a wrapped reference. */
const RUNNING_TEXT_LINE = 40;

/** Lines at each end of a page looked at for a running head or foot. */
const PAGE_EDGE_LINES = 3;
/** Pages of text (form feeds between them) a source needs before running lines are looked for. */
const MIN_RUNNING_PAGES = 3;
/** A running head or foot is printed on at least this share of the pages. */
const MIN_RUNNING_SHARE = 0.3;
/** A running head or foot is no longer than this (a line of running text is). */
const MAX_RUNNING_LINE = 80;
/** A float's label at a page's edge (`Table 2`, `Figure 3.`) repeats in form but is not furniture. */
const FLOAT_LABEL = /^(?:table|fig(?:ure)?\.?)\s*#/i;

/**
 * The lines that are running heads and feet (`Bai et al. Medicine (2021) 100:9`, `JAMA Network
 * Open. 2019;2(3):e190355. doi:…`) of a source whose pages end in form feeds, as `pdftotext` and
 * some viewers write them: lines among the first or last {@link PAGE_EDGE_LINES} of a page that,
 * their digits aside (a page number changes), recur at the same end of {@link MIN_RUNNING_SHARE}
 * of the pages or more (counting, for a line seen so at the edge of a few pages, the pages where it
 * was read inside the page after a blank line). Null when the source has too few pages to tell.
 */
function runningLines({ texts, afterFormFeed }: RawLines): Set<number> | null {
  // Told before any page is gathered: a source with too few form feeds (a PDF's layout writes
  // none) has too few pages to tell.
  let starts = 1;
  for (let i = 0; i < afterFormFeed.length && starts < MIN_RUNNING_PAGES; i++)
    if (afterFormFeed[i] === true && afterFormFeed[i - 1] !== true) starts++;
  if (starts < MIN_RUNNING_PAGES) return null;
  const pages: number[][] = [[]];
  for (let i = 0; i < texts.length; i++) {
    if (afterFormFeed[i] === true && afterFormFeed[i - 1] !== true) pages.push([]);
    if (texts[i] !== '') pages[pages.length - 1]?.push(i);
  }
  const printed = pages.filter((p) => p.length > 0);
  if (printed.length < MIN_RUNNING_PAGES) return null;
  // Where each line's form is seen: `head:`/`foot:` and the form, to the lines holding it.
  const seen = new Map<string, { pages: Set<number>; lines: number[] }>();
  printed.forEach((page, p) => {
    const edges: [string, number[]][] = [
      ['head:', page.slice(0, PAGE_EDGE_LINES)],
      ['foot:', page.slice(-PAGE_EDGE_LINES)],
    ];
    for (const [end, lines] of edges)
      for (const i of lines) {
        const form = (texts[i] ?? '').replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
        if (!/\p{L}/u.test(form) || FLOAT_LABEL.test(form)) continue;
        const entry = seen.get(end + form) ?? { pages: new Set<number>(), lines: [] };
        entry.pages.add(p);
        // The first page's top is the paper's title, which may be its running head after it:
        // dropped there only when it holds a number (a masthead's volume and issue).
        if (p > 0 || end === 'foot:' || form.includes('#')) entry.lines.push(i);
        seen.set(end + form, entry);
      }
  });
  const least = Math.max(MIN_RUNNING_PAGES, MIN_RUNNING_SHARE * printed.length);
  // A running head that `pdftotext` read out of place, inside its page (after a figure, between
  // columns: `Zhou M. et al.` above a page's first reference), counts there too when a blank line
  // comes before it, once it was seen at the edge of enough pages on its own.
  const placed = new Map<string, { pages: Set<number>; lines: number[] }>();
  for (const [key, entry] of seen)
    if (entry.pages.size >= MIN_RUNNING_PAGES) placed.set(key.slice(key.indexOf(':') + 1), entry);
  if (placed.size > 0)
    printed.forEach((page, p) => {
      if (p === 0) return;
      for (const i of page.slice(PAGE_EDGE_LINES, -PAGE_EDGE_LINES)) {
        const text = texts[i] ?? '';
        if (texts[i - 1] !== '' || text.length > MAX_RUNNING_LINE) continue;
        const entry = placed.get(text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase());
        if (entry === undefined) continue;
        entry.pages.add(p);
        entry.lines.push(i);
      }
    });
  const out = new Set<number>();
  for (const { pages: on, lines } of seen.values())
    if (on.size >= least) for (const i of lines) out.add(i);
  return out;
}

/**
 * Splits a normalised text source into lines, dropping page furniture and trailing blank lines.
 * Form feeds become blank lines.
 */
export function splitSourceLines(normalized: string): SourceLine[] {
  const raw = toRawLines(normalized);
  const { texts, indents } = raw;
  const running = runningLines(raw);
  const pages = pageNumberRun(texts);
  const out: SourceLine[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (isPageFurniture(raw, i) || running?.has(i) === true || pages.has(i)) continue;
    const line = texts[i] as string;
    const indent = indents[i] as number;
    if (line.startsWith(TABLE_MARK)) {
      out.push({ text: line.slice(TABLE_MARK.length).trim(), indent, table: true });
      continue;
    }
    if (i === 0 && raw.titled) {
      out.push({ text: line, indent, title: true });
      continue;
    }
    const mark = line.indexOf(LEAD_MARK);
    const text = mark < 0 ? line : line.replaceAll(LEAD_MARK, '');
    if (mark > 0 && mark === text.length) out.push({ text, indent, head: line.length - mark });
    else out.push(mark > 0 ? { text, indent, lead: mark } : { text, indent });
  }
  while (out.length > 0 && out[out.length - 1]?.text === '') out.pop();
  return out;
}

/**
 * The width of a full line of running text: the 80th percentile of line widths (`textColumns`: a Chinese character as wide as two Latin letters). Lines shorter
 * than a good fraction of it end paragraphs or are headings; lines near it were wrapped.
 */
export function typicalLineWidth(lines: readonly SourceLine[]): number {
  // Indexed loops: this runs once per paper, too rarely to be optimised, and an unoptimised
  // `for … of` makes an object per line.
  // Each line measured once, the measured ones kept at the front; a typed array sorts by value
  // without a comparison call per pair.
  const measured = new Int32Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = textColumns(lines[i]?.text ?? '');
    if (length >= MIN_MEASURED_LINE) measured[count++] = length;
  }
  const lengths = measured.subarray(0, count);
  lengths.sort();
  if (lengths.length === 0) return DEFAULT_LINE_WIDTH;
  return lengths[Math.floor((lengths.length - 1) * 0.8)] ?? DEFAULT_LINE_WIDTH;
}

/** Lines shorter than this (page numbers, equation bits) say nothing about the text width. */
const MIN_MEASURED_LINE = 20;
/** Width assumed when a source has no line long enough to measure. */
const DEFAULT_LINE_WIDTH = 80;
