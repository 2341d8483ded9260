/**
 * From lines in reading order to the text the paper parser reads: one line of text per printed
 * line, and a blank line wherever a paragraph ends, judged from the layout (a taller gap than the
 * line pitch, a change of type size, a first-line indent after a line that ends a sentence, a
 * centred block). A paragraph that goes on in the next column or on the next page goes on without
 * a blank line. Hyphens at line ends stay (`Mi-` / `crowave`): the parser decides whether to join.
 * Footnotes, margin notes and figure captions would cut a paragraph in two: they come after the
 * paragraph that is open where they stand.
 */
import { flatten } from './arrays';
import {
  columnEdges,
  isJustified,
  linePitch,
  measureColumn,
  percentile,
  pitchBetween,
  SAME_SIZE_SHARE,
  type Column,
  type ColumnEdges,
} from './column-metrics';
import type { Region } from './columns';
import { dropContents } from './contents';
import { dropDecorations } from './decorations';
import { CODE_INDENT, LEAD_MARK, TABLE_MARK } from '../aside-blocks';
import { typesetLeadLength } from './run-in-heads';
import {
  bodyFontOf,
  isCodeLine,
  dropGlossaryTerms,
  epigraphUnder,
  headingLevels,
  joinWrapped,
  spacedAbove,
  typesetHeadingOf,
  type TypesetHeading,
  wrappedHeadingOf,
} from './typeset-headings';
import { keepListsInPlace, splitFootnotes } from './side-notes';
import { splitSideBySideCaptions } from './caption-columns';
import { tableRows } from './table-rows';
import type { TextLine } from './text-item';

/** Two lines whose sizes differ by more than this share are not one paragraph. */
const SIZE_CHANGE = SAME_SIZE_SHARE;
/** A baseline gap this many line pitches tall is a paragraph break. */
const BREAK_PITCHES = 1.35;
/** A first-line indent is between these (in font sizes). */
const INDENT_EM = [0.5, 4] as const;
/** A line ending this far (in font sizes) short of its column's right edge ends a paragraph. */
const SHORT_LINE_EM = 1.5;
/** Lines this far in (in font sizes), next to lines at the edge, are a centred or indented block. */
const BLOCK_INDENT_EM = 4;
/**
 * A justified line ending this far short of the right edge (in font sizes), in a word that goes on
 * at the next line, lost its hyphen: some PDFs mark it as a soft hyphen, which pdf.js leaves out.
 */
const LOST_HYPHEN_EM = [0.12, 0.6] as const;

/** The width of a monospace character, in font sizes (Courier's is 0.6). */
const MONO_CHAR_EM = 0.6;

/** A page's text regions in reading order, and the notes found in its margins. */
export interface PageLayout {
  regions: Region[];
  notes: TextLine[][];
}

/**
 * Is the code a closing quote or bracket that may follow a sentence's end (`"'”’)]`, and the
 * full-width `）」』】` of Chinese and Japanese)?
 */
const isCloser = (code: number): boolean =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0x29 ||
  code === 0x5d ||
  code === 0xff09 ||
  code === 0x300d ||
  code === 0x300f ||
  code === 0x3011;
/**
 * Is the code a sentence's end (`.?!:;`, and Chinese and Japanese `。．！？：；`, full stops set
 * one em wide)?
 */
const isEnd = (code: number): boolean =>
  code === 0x2e ||
  code === 0x3f ||
  code === 0x21 ||
  code === 0x3a ||
  code === 0x3b ||
  code === 0x3002 ||
  code === 0xff0e ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0xff1a ||
  code === 0xff1b;

/**
 * Does the text end a sentence (`/[.?!:;]["'”’)\]]*$/`), read back from its end instead of by a
 * regex tried at every position of the line?
 */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isEnd(text.charCodeAt(i));
}

/** Does the text end in a letter (`/\p{L}$/u`)? An ASCII last character is told without the regex. */
function endsWithLetter(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}$/u.test(text);
}

/** Does the text end in a hyphen or a soft hyphen (`/[-\u00AD]$/`)? */
function endsWithHyphen(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code === 0x2d || code === 0xad;
}
/** A reference entry or list item, whose wrapped lines hang indented under it. */
const ENTRY_MARKER = /^(?:\[\d{1,4}\]|\d{1,3}[.)]\s|[•–-]\s)/;
/** `Figure 3:`, `Fig. 2.`, `TABLE I.`: a caption, set apart from the running text. */
const CAPTION =
  /^(?:Figure|Fig\.|FIG\.|Table|TABLE)\s*(?:(?:[A-Z]\.?)?\d{1,3}(?:\.\d{1,3})?|[IVX]{1,5})[.:]\s/;
const STARTS_LOWERCASE = /^["'“‘(]?\p{Ll}/u;
/** Is the code an opening quote or bracket that may come before a word (`"'“‘(`)? */
const isOpener = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x28;

/**
 * Does the text open with a lowercase letter, after an optional opening quote or bracket
 * (`/^["'“‘(]?\p{Ll}/u`)? An ASCII character there is told without the regex.
 */
function startsLowercase(text: string): boolean {
  const first = text.charCodeAt(0);
  const code = isOpener(first) ? text.charCodeAt(1) : first;
  if (code < 128) return code >= 97 && code <= 122;
  return STARTS_LOWERCASE.test(text);
}
/** A paragraph that ends a sentence, or a clause before a list or a quotation (CJK stops too). */
const CLEAN_END = /[.?!…:。．！？：]["'”’)\]）」』】]*(?:\s*\[[\d,;\s–-]+\])?$/;
/** Does the text break cleanly between `a` and `b`: a sentence ends, and no lowercase word goes on? */
const endsCleanly = (a: TextLine, b: TextLine) =>
  CLEAN_END.test(a.text) && !startsLowercase(b.text);

/** The size most of the document's characters are set in: its body text. */
export function bodySizeOf(pages: readonly PageLayout[]): number {
  const chars = new Map<number, number>();
  // Lines come in runs of one size: each run is added to the map at once (a size enters the map
  // when its first run ends, before any size seen after it, so the map's order is the same).
  let runSize = NaN;
  let runChars = 0;
  let inRun = false;
  // Indexed loops: over every line once per paper, mostly before the engine has compiled it, where
  // `for … of` makes an object per step.
  for (let p = 0; p < pages.length; p++) {
    const regions = (pages[p] as PageLayout).regions;
    for (let r = 0; r < regions.length; r++) {
      const lines = (regions[r] as Region).lines;
      for (let l = 0; l < lines.length; l++) {
        const line = lines[l] as TextLine;
        if (inRun && line.size === runSize) {
          runChars += line.text.length;
          continue;
        }
        if (inRun) chars.set(runSize, (chars.get(runSize) ?? 0) + runChars);
        runSize = line.size;
        runChars = line.text.length;
        inRun = true;
      }
    }
  }
  if (inRun) chars.set(runSize, (chars.get(runSize) ?? 0) + runChars);
  let best = 10;
  let most = 0;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** A line starting this close to its column's left edge (in font sizes) is flush with it. */
const FLUSH_EM = 0.3;
/** Of a hanging list's flush lines followed by an indented one, at least this share are full. */
const HANGING_FULL_SHARE = 0.75;
/** A hanging list has at least this many entries running on to a second line... */
const MIN_HANGING_PAIRS = 3;
/** ...and at least this share of its lines indented. */
const HANGING_LINE_SHARE = 0.25;
/** What is left of a drawn rule for a repeated author: the text after it (`. “What Has …`). */
const REPEATED_AUTHOR = /^[.,]\s/;

/**
 * Are a column's lines a list set with hanging indents, as unlabelled reference lists are (`Abril,
 * P. S. … Commun.` / `ACM 50, 1 …`): entries flush with the column, their further lines indented?
 * Its flush lines followed by an indented one run on to it, so they (nearly) all reach the
 * column's right edge or, set ragged right (AASTeX's `… et al. 2020,` / `Nature, 585, …`), end
 * at a comma between two fields; a paragraph's last line, before the next one's indented first
 * line, seldom reaches the edge and never ends at a comma. Three such pairs at least
 * ({@link MIN_HANGING_PAIRS}).
 */
function isHangingList(lines: readonly TextLine[], col: Column): boolean {
  let pairs = 0;
  let full = 0;
  let indented = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as TextLine;
    const b = lines[i] as TextLine;
    const indent = (b.left - col.left) / b.size;
    if (indent < INDENT_EM[0] || indent > INDENT_EM[1] || opensListEntry(b, col)) continue;
    indented++;
    if (a.left - col.left > FLUSH_EM * a.size) continue;
    pairs++;
    if (col.right - a.right <= SHORT_LINE_EM * a.size || a.text.endsWith(',')) full++;
  }
  return (
    pairs >= MIN_HANGING_PAIRS &&
    full >= HANGING_FULL_SHARE * pairs &&
    indented >= HANGING_LINE_SHARE * lines.length
  );
}

/**
 * Does a line of a hanging list open an entry: flush with the column, or after a rule drawn for
 * a repeated author (`———. 1998.`), which the text keeps as its `.` only?
 */
function opensListEntry(line: TextLine, col: Column): boolean {
  return line.left - col.left <= FLUSH_EM * line.size || REPEATED_AUTHOR.test(line.text);
}

/** Is `b`, after `a`, the first line of a new paragraph inside one column? */
function breaksInside(
  a: TextLine,
  b: TextLine,
  col: Column,
  hanging: boolean,
  bodySize: number,
): boolean {
  const em = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > SIZE_CHANGE * em) return true;
  // Lines set larger than the body (a chapter's title over two lines) are spaced in proportion.
  const pitch = pitchBetween(col.pitch, a, b, bodySize, col.right);
  if (a.baseline - b.baseline > BREAK_PITCHES * Math.max(pitch, a.size)) return true;
  const indentA = (a.left - col.left) / em;
  const indentB = (b.left - col.left) / em;
  if (
    (indentA <= 1.5 && indentB > BLOCK_INDENT_EM) ||
    (indentB <= 1.5 && indentA > BLOCK_INDENT_EM)
  )
    return true;
  const indented = indentB >= INDENT_EM[0] && indentB <= INDENT_EM[1] && indentB > indentA + 0.4;
  if (!indented || hanging || startsLowercase(b.text)) return false;
  return col.right - a.right > SHORT_LINE_EM * em || endsSentence(a.text);
}

/** Is the first line of a column (`b`) the start of a paragraph, after the last line of the one before? */
function breaksAcross(a: TextLine, aCol: Column, b: TextLine, bCol: Column): boolean {
  const em = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > SIZE_CHANGE * em) return true;
  if (endsWithHyphen(a.text)) return false;
  return aCol.right - a.right > SHORT_LINE_EM * em || b.left - bCol.left >= INDENT_EM[0] * b.size;
}

/**
 * Does `b` stand further below `a` than {@link BREAK_PITCHES} of the body's line pitches (in
 * proportion for lines set larger than the body: a title's two lines), a paragraph break?
 */
const opensBelow = (a: TextLine, b: TextLine, pitch: number, bodySize: number): boolean =>
  a.baseline - b.baseline >
  BREAK_PITCHES * pitch * Math.max(1, Math.max(a.size, b.size) / (bodySize || 1));

/**
 * Did `a` lose its hyphen at the line end (a line of a justified column a hyphen's width short,
 * the word going on)?
 */
function lostHyphen(a: TextLine, aCol: Column, b: TextLine): boolean {
  if (!aCol.justified || !endsWithLetter(a.text) || !startsLowercase(b.text)) return false;
  const short = (aCol.right - a.right) / a.size;
  return short >= LOST_HYPHEN_EM[0] && short <= LOST_HYPHEN_EM[1];
}

/** How a run-in heading starts: a capital or a number (`Materials.`, `2.1 Setup:`), never `et al.`. */
const LEAD_START = /^[\p{Lu}\d]/u;

/** Most words of a run-in heading that fills its line (`3.2. Intercepted … Radiation (IPAR).`). */
const MAX_WHOLE_LEAD_WORDS = 8;
/** How such a heading ends. */
const WHOLE_LEAD_END = /[\p{L})]\.$/u;
/** A year: a reference entry's authors and year end so too (`Chambers JM (1998).`). */
const LEAD_YEAR = /\b(?:1[5-9]|20)\d\d[a-z]?\b/;

/**
 * Is `first`, a paragraph's first line, a run-in heading that is the whole line: set from end to
 * end in one font that is not the body's, at the size of `next`, whose text goes on in the body's
 * font (a first line in the body's type is running text, whatever opens the next); a few words
 * opening with a capital or a section number and ending with a stop, no year among them? Its text
 * then opens a paragraph of its own under it ({@link typesetLeadLength} finds a run-in heading
 * with text after it on its line).
 */
function wholeLineLead(first: TextLine, next: TextLine, bodyFont: string | undefined): boolean {
  const items = first.items;
  const font = items[0]?.fontName;
  const nextFont = next.items[0]?.fontName;
  if (font === undefined || bodyFont === undefined || font === bodyFont) return false;
  if (nextFont !== bodyFont) return false;
  if (Math.abs(first.size - next.size) > 0.05 * next.size) return false;
  for (let i = 1; i < items.length; i++) if (items[i]?.fontName !== font) return false;
  const text = first.text.trim();
  return (
    WHOLE_LEAD_END.test(text) &&
    LEAD_START.test(text) &&
    text.split(/\s+/).length <= MAX_WHOLE_LEAD_WORDS &&
    !LEAD_YEAR.test(text)
  );
}

/** A paragraph's first line, with {@link LEAD_MARK} after a run-in heading of `lead` characters. */
function markLead(line: TextLine, lead: number | null): string {
  return lead === null ? line.text : line.text.slice(0, lead) + LEAD_MARK + line.text.slice(lead);
}

/** Writes lines out, deciding where paragraphs break, and holds notes and captions until one does. */
class TextWriter {
  /** The paper's body font ({@link bodyFontOf}), which a run-in heading's own type is not. */
  constructor(private readonly bodyFont: string | undefined) {}
  private readonly out: string[] = [];
  /** The last line of running text written, and its column. */
  private last: TextLine | null = null;
  /** Did {@link last} open its paragraph? */
  private lastOpened = false;
  /** The column of {@link last} (kept apart: an object for the pair would be made per line). */
  private lastCol: Column | null = null;
  /** Notes of pages already read and captions passed, waiting for the next paragraph break. */
  private waiting: string[][] = [];
  /** The caption being read, if any: its lines go to `waiting`, not into the running text. */
  private caption: string[] | null = null;

  /**
   * Writes a line. `paragraphBreak` says whether a paragraph breaks before it in its column, or is
   * null for a column's first line: then, as after a caption, the break is judged against the last
   * line of running text.
   */
  write(line: TextLine, col: Column, paragraphBreak: boolean | null): void {
    this.table = null;
    if (isCodeLine(line, this.bodyFont)) return this.writeCode(line, col);
    if (this.inCode) {
      // Running text after a listing starts a paragraph of its own.
      this.inCode = false;
      this.out.push('');
      this.last = null;
    }
    let judgeAcross = paragraphBreak === null;
    if (this.caption !== null) {
      // A caption opening right under another is the next caption (set side by side, read apart).
      if (paragraphBreak === false && !CAPTION.test(line.text)) {
        this.caption.push(line.text);
        return;
      }
      this.caption = null;
      judgeAcross = true;
    }
    if (paragraphBreak !== false && CAPTION.test(line.text)) {
      this.caption = [line.text];
      this.waiting.push(this.caption);
      return;
    }
    const last = this.last;
    const lastCol = this.lastCol;
    let opens = last === null;
    /** The run-in heading's length (`typesetLeadLength`), once asked; undefined before. */
    let lead: number | null | undefined;
    if (last !== null && lastCol !== null) {
      opens = judgeAcross ? breaksAcross(last, lastCol, line, col) : paragraphBreak === true;
      // A run-in heading set in its own type after a sentence's end opens a paragraph, though
      // nothing in the layout (no gap, no indent) says so.
      if (!opens && endsSentence(last.text) && LEAD_START.test(line.text))
        opens = (lead = typesetLeadLength(line)) !== null;
      // A run-in heading that fills its paragraph's first line: the text goes on under it.
      if (!opens && this.lastOpened && wholeLineLead(last, line, this.bodyFont)) opens = true;
      if (opens) this.breakParagraph(endsCleanly(last, line));
      else if (lostHyphen(last, lastCol, line)) this.out[this.out.length - 1] += '\u00AD';
    }
    this.out.push(
      opens ? markLead(line, lead === undefined ? typesetLeadLength(line) : lead) : line.text,
    );
    this.last = line;
    this.lastCol = col;
    this.lastOpened = opens;
  }

  /** Writes a line as a paragraph of its own: a break before it (or judged across, when null) and after. */
  writeAlone(line: TextLine, col: Column, paragraphBreak: true | null): void {
    this.write(line, col, paragraphBreak);
    this.out.push('');
    // What follows opens a paragraph, whatever the layout says.
    this.last = null;
    this.lastCol = null;
  }

  /**
   * Writes a heading told by its type (`typeset-headings.ts`) as a paragraph of its own, marked
   * with `level` {@link LEAD_MARK}s at its end: a run-in heading that the whole line is.
   */
  writeHeading(line: TextLine, level: number): void {
    this.table = null;
    this.caption = null;
    this.inCode = false;
    const last = this.last;
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '')
      this.breakParagraph(last === null || endsCleanly(last, line));
    this.out.push(line.text + LEAD_MARK.repeat(level), '');
    // What follows opens a paragraph, whatever the layout says.
    this.last = null;
    this.lastCol = null;
  }

  /** The table being read, if any: its rows go to `waiting`, not into the running text. */
  private table: string[] | null = null;

  /**
   * Writes a row of a table (`table-rows.ts`): marked with {@link TABLE_MARK}, held with the table's
   * other rows until the paragraph open where the table stands ends, as a caption is.
   */
  writeTableRow(line: TextLine): void {
    if (this.table === null) {
      this.table = [];
      this.waiting.push(this.table);
    }
    this.caption = null;
    this.table.push(TABLE_MARK + line.text);
  }

  /** Inside a code listing: its lines are written indented, apart from the running text. */
  private inCode = false;

  /**
   * Writes a line set in a monospace font as a line of code: indented by {@link CODE_INDENT}
   * spaces (how the text parser knows a listing) plus its own indentation in characters, in a
   * block of its own.
   */
  private writeCode(line: TextLine, col: Column): void {
    if (!this.inCode && this.out.length > 0 && this.out[this.out.length - 1] !== '')
      this.out.push('');
    this.inCode = true;
    this.caption = null;
    this.table = null;
    // A line of (near) zero size, as LaTeX's hidden `<latexit>` source is set, has no indent.
    const em = MONO_CHAR_EM * line.size;
    const extra = em > 0 ? Math.max(0, Math.round((line.left - col.left) / em)) : 0;
    this.out.push(' '.repeat(CODE_INDENT + extra) + line.text);
  }

  /** Notes to put out at the next paragraph break. */
  hold(notes: readonly TextLine[][]): void {
    this.waiting.push(...notes.map((note) => note.map((l) => l.text)));
  }

  /**
   * Ends a paragraph, and puts out the waiting notes where the text breaks cleanly (a sentence
   * ends, a capital follows), so that no reader of the text takes a note for the sentence's end.
   */
  private breakParagraph(clean: boolean): void {
    this.out.push('');
    if (!clean) return;
    for (const note of this.waiting) this.out.push(...note, '');
    this.waiting = [];
  }

  finish(): string {
    if (this.waiting.length > 0) {
      this.breakParagraph(true);
      this.out.pop();
    }
    return this.out.join('\n');
  }
}

/** A region's running text (contents and footnotes taken out), its footnotes and its pitch. */
function prepare(region: Region, bodySize: number) {
  const pitch = linePitch(region.lines);
  const lines = splitSideBySideCaptions(dropContents(region.lines));
  // Onto the fresh object splitFootnotes gives (a spread of it would copy it again, slowly).
  return Object.assign(splitFootnotes(dropDecorations(lines, bodySize), bodySize, pitch), {
    pitch,
  });
}

/**
 * The first two lines of the column after column `c` (the next one holding any), moved sideways
 * to start where column `c` does (`left`): what stands under a heading set on column `c`'s last
 * line (`foot`). None when that column is not where the text goes on from there: it must start
 * on a later page, or higher up the page (the next column), or right under the foot at its left
 * edge (a region split off below); a column beside the foot and under it is a table's cells.
 */
export function nextColumnTop(
  bodies: readonly (readonly TextLine[])[],
  pageOf: readonly number[],
  edges: readonly (ColumnEdges | null)[],
  c: number,
  left: number,
): [TextLine | undefined, TextLine | undefined] {
  let n = c + 1;
  while (n < bodies.length && (bodies[n]?.length ?? 0) === 0) n++;
  const body = bodies[n];
  const from = edges[n];
  const foot = bodies[c]?.[(bodies[c]?.length ?? 0) - 1];
  const top = body?.[0];
  if (body === undefined || !from || foot === undefined || top === undefined)
    return [undefined, undefined];
  const goesOn =
    pageOf[n] !== pageOf[c] ||
    top.baseline > foot.baseline ||
    (Math.abs(top.left - foot.left) <= foot.size &&
      foot.baseline - top.baseline <= NEXT_REGION_PITCHES * foot.size);
  if (!goesOn) return [undefined, undefined];
  const shift = left - from.left;
  const moved = (line: TextLine | undefined): TextLine | undefined =>
    line && { ...line, left: line.left + shift, right: line.right + shift };
  return [moved(top), moved(body[1])];
}

/** A region split off right under a column's foot starts within this many font sizes of it. */
const NEXT_REGION_PITCHES = 3;

/**
 * Joins the pages' regions into text: lines separated by `\n`, paragraphs by a blank line, pages
 * by nothing more than that (a paragraph running over a page break stays one).
 */
export function assembleText(pages: readonly PageLayout[]): string {
  const bodySize = bodySizeOf(pages);
  const prepared = pages.map((page) => ({
    regions: page.regions.map((r) => prepare(r, bodySize)),
    notes: page.notes,
  }));
  keepListsInPlace(
    flatten(prepared, (p) => p.regions),
    bodySize,
  );
  // Each column's edges are measured once, for the justification and for the column.
  const bodies = flatten(prepared, (p) => p.regions.map((r) => r.body));
  const edges = bodies.map((body) => (body.length > 0 ? columnEdges(body) : null));
  const pageOf = flatten(
    prepared.map((p, n) => p.regions.map(() => n)),
    (r) => r,
  );
  const justified = isJustified(bodies, edges);
  const pitches = flatten(prepared, (p) => p.regions.map((r) => r.pitch));
  // The body's line pitch, from its columns of three lines or more (a line alone has none).
  const bodyPitch = percentile(
    pitches.filter((_pitch, c) => (bodies[c]?.length ?? 0) >= 3),
    0.5,
    1.2 * bodySize,
  );
  const bodyFont = bodyFontOf(
    flatten(bodies, (body) => body),
    bodySize,
  );
  // Every column measured, its tables and its headings set apart by type found, before any is
  // written: a heading's level depends on the paper's other headings.
  const columns = bodies.map((body, c) => {
    const measured = edges[c];
    if (!measured) return null;
    const col = measureColumn(body, justified, pitches[c] ?? 0, measured);
    const table = tableRows(body, col.right - col.left);
    const ctx = { bodySize, bodyFont, left: col.left, right: col.right, pitch: col.pitch };
    // A heading on a column's last line stands over the next column's first lines.
    const [first, second] = nextColumnTop(bodies, pageOf, edges, c, col.left);
    // From the bottom up: a heading right over another is told by the one under it.
    const heads: (TypesetHeading | null)[] = new Array<TypesetHeading | null>(body.length);
    for (let i = body.length - 1; i >= 0; i--) {
      const line = body[i] as TextLine;
      // A chapter's title over an epigraph stands over it as over a heading.
      const under = heads[i + 1] ?? epigraphUnder(line, body, i + 1, bodySize);
      const last = i === body.length - 1;
      // No space above, no heading of either kind (both ask it first, and most lines have none):
      // asked once here, not by each.
      const spaced = i === 0 || spacedAbove(body[i - 1] as TextLine, line, ctx);
      const head =
        !spaced || table[i] === true || table[i + 1] === true
          ? null
          : typesetHeadingOf(
              body[i - 1],
              line,
              last ? first : body[i + 1],
              last ? second : (body[i + 2] ?? (i === body.length - 2 ? first : undefined)),
              ctx,
              under,
            );
      // Or the first line of a heading wrapped over two, the second alone perhaps taken as one.
      const next = body[i + 1];
      const wrapped =
        spaced && head === null && next !== undefined && table[i] !== true && table[i + 1] !== true
          ? wrappedHeadingOf(
              body[i - 1],
              line,
              next,
              body[i + 2],
              body[i + 3],
              ctx,
              heads[i + 2] ?? epigraphUnder(line, body, i + 2, bodySize),
            )
          : null;
      const found = wrapped ?? head;
      heads[i] = found === null || CAPTION.test(line.text) ? null : found;
      if (heads[i]?.wrapped === true) heads[i + 1] = null;
    }
    return { col, table, heads };
  });
  dropGlossaryTerms(flatten(columns, (c) => (c === null ? [] : [c.heads])));
  const levels = headingLevels(
    flatten(columns, (c) => (c === null ? [] : c.heads.filter((h) => h !== null))),
  );
  const writer = new TextWriter(bodyFont);
  let column = 0;
  for (const page of prepared) {
    /** The region read before on this page, when it was one line: it says nothing of its measure. */
    let lone: TextLine | null = null;
    for (const { body } of page.regions) {
      const measured = columns[column++];
      if (!measured) continue;
      const { col, table, heads } = measured;
      const above = lone;
      lone = body.length === 1 ? (body[0] as TextLine) : null;
      let hanging = false;
      const list = isHangingList(body, col);
      /** Has a flush line of the list opened an entry in this column yet? */
      let opened = false;
      body.forEach((line, i) => {
        if (table[i] === true) return writer.writeTableRow(line);
        // The second line of a wrapped heading was written with its first.
        if (heads[i - 1]?.wrapped === true) return;
        const head = heads[i];
        const next = body[i + 1];
        // Numbered headings are the text parser's to find: only their style is wanted here.
        if (head && head.depth === null)
          return writer.writeHeading(
            head.wrapped === true && next !== undefined ? joinWrapped(line, next) : line,
            levels.get(head.style) ?? 1,
          );
        const prev = body[i - 1];
        // A numbered heading wrapped over two lines is handed to the text parser as one line, a
        // paragraph of its own (`3 The LONGEVAL guidelines for faithfulness human evaluation`).
        if (head?.wrapped === true && next !== undefined) {
          const joined = joinWrapped(line, next);
          return writer.writeAlone(joined, col, prev === undefined ? null : true);
        }
        // Under a band of one line (a byline over an abstract's heading), a gap of lines between
        // the two breaks the paragraph: the line's end tells nothing, its column being itself.
        if (prev === undefined && above !== null && opensBelow(above, line, bodyPitch, bodySize))
          return writer.write(line, col, true);
        // After a table, as at a column's top, the break is judged against the last running text.
        if (prev === undefined || table[i - 1] === true) return writer.write(line, col, null);
        // In a list set with hanging indents, each flush line opens an entry of its own; the
        // column's first one runs on from the tail of an entry cut off above it, if any (its
        // label tells the entries apart).
        // A flush line under a flush line that runs to the column's edge goes on with it: prose
        // set in the same column as the list (a paragraph above or below it), not an entry.
        // (Asked in a list only: almost no column is one.)
        if (
          list &&
          opensListEntry(line, col) &&
          !(opensListEntry(prev, col) && col.right - prev.right <= SHORT_LINE_EM * prev.size)
        ) {
          const first = !opened;
          opened = true;
          if (!first || !ENTRY_MARKER.test(line.text)) return writer.write(line, col, true);
        }
        const opensEntry = ENTRY_MARKER.test(prev.text) || (list && opensListEntry(prev, col));
        const continues =
          (hanging || opensEntry) &&
          line.left > (hanging ? prev.left - 0.3 * line.size : prev.left + 0.3 * line.size);
        writer.write(line, col, breaksInside(prev, line, col, continues, bodySize));
        hanging = continues;
      });
    }
    writer.hold([...page.regions.flatMap((r) => r.notes), ...page.notes]);
  }
  return writer.finish();
}
