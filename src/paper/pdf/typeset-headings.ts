/**
 * Headings the PDF prints by type alone: no number, no capitals, a line of its own set in a bolder
 * or larger font than the text under it, with space above (`Statement of need`, `Study area`).
 *
 * pdf.js's text items name no weight (see `run-in-heads.ts`), but each carries the id of the font
 * resource it is set in, and a new item starts at every change of font. So a short line whose
 * letters are all set in another font than the body's and than the line under it, or set larger
 * than the body, standing after a gap and followed by a line of running text in the body's type,
 * is a heading. Its level comes from its type: the paper's heading styles (size, then font) are
 * ranked largest first, a style its numbered headings use (`2.1 Data`) taking their depth.
 * Pure: it reads `TextLine`s, never pdf.js.
 */
import { hasUnspacedLetter, unspacedLetterCount } from '../text-width';
import { pitchBetween } from './column-metrics';
import type { TextItem, TextLine } from './text-item';

/** Lines within this share of the body's size are set at the body's size. */
const SAME_SIZE = 0.08;
/** A heading is set at least this share of the body's size (smaller type is a caption's, a note's). */
const MIN_SIZE = 0.92;
/** Most words in a heading of one line. */
const MAX_WORDS = 12;
/**
 * A heading at the body's size leaves at least this share of its column's width empty (a bold
 * line as long as the text's is a sentence set for emphasis); a larger one may fill it.
 */
const MAX_WIDTH = 0.8;
/** The line under a heading is running text: at least this share of the column's width… */
const PROSE_WIDTH = 0.6;
/** …and this many words… */
const PROSE_WORDS = 5;
/** …and starts at most this far (in font sizes) in from the column's left edge. */
const MAX_INDENT_EM = 4;
/** The gap above a heading, in line pitches: more than a paragraph's line spacing. */
const GAP_PITCHES = 1.3;
/** The deepest level a heading told by its type is given. */
const MAX_LEVEL = 3;

/** A section number opening a heading (`2`, `2.1`, `IV.`, `A.`, an appendix's `B.1`), and its depth. */
const SECTION_NUMBER =
  /^(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|[IVX]{1,5}\.|[A-H]\.|([A-H](?:\.\d{1,2}){1,3})\.?)\s+[\p{Lu}\p{Lo}]/u;
/** How a heading may end: a letter, a digit, a closing bracket or a question mark. */
const HEADING_END = /[\p{L}\d)?’'"”]$/u;
/** A caption's or a float's label (`Figure 3`, `Table 2`, `Algorithm 1`): never a section heading. */
const FLOAT_LABEL =
  /^(?:fig(?:ure)?s?|tables?|scheme|box|chart|plate|algorithm|listing|exhibit|panel|appendix\s+(?:fig|table))\b\.?\s*[\dIVXA-Z]/i;
/** A year (a reference entry's, a date line's): headings have none. */
const YEAR = /\b(?:1[5-9]|20)\d\d[a-z]?\b/;
/** Signs of a formula, an address, a link: no heading holds them. */
const NOT_HEADING_SIGN = /[=<>+×∗◦∘·≤≥≈∝∑∏∫√@\\|{}[\]_^~$%#*]|https?:|www\.|\/\//;
/** A word in lower case letters and digits, opening a line (`pylj can …`, `scikit-learn is …`). */
const LOWER_NAME = /^\p{Ll}[\p{Ll}\d-]+[\s,]/u;
/** A link or an address: not in the first line of a section's text. */
const NOT_PROSE = /https?:|www\.|@/;
/**
 * A word of a heading: letters (with hyphens, apostrophes, slashes: `artifact/scatter`), or a
 * number (`2D`, `COVID-19`), or `&`.
 */
const HEADING_WORD = /^(?:&|[("“‘]?[\p{L}\d][\p{L}\d'’/-]*[)"”’,:?]?)$/u;
/**
 * A word of a heading in Chinese or Japanese, which sets no spaces between words: ideographs and
 * kana, with an English gloss in brackets run on (`引言(Introduction)`, `试验及分析（Experiments`).
 */
const CJK_HEADING_WORD = /^[\p{L}\d'’/()（）、·-]+$/u;

/**
 * The words of a line and how many of them are words of prose (two letters or more): spaces part
 * them, and in Chinese, Japanese and Korean text, which sets none, every two letters count as one.
 */
function wordsOf(text: string): { words: number; prose: number } {
  const tokens = text.split(/\s+/).filter((w) => w !== '');
  let prose = 0;
  for (const w of tokens) if (/^[("“‘]?\p{L}{2,}/u.test(w)) prose++;
  // Chinese, Japanese and Korean letters: each pair of them counts as a word of running text.
  const cjk = Math.floor(unspacedLetterCount(text) / 2);
  return { words: tokens.length + cjk, prose: prose + cjk };
}

/** Is `word` a word a heading may hold ({@link HEADING_WORD}, {@link CJK_HEADING_WORD})? */
const isHeadingWord = (word: string): boolean =>
  HEADING_WORD.test(word) || (hasUnspacedLetter(word) && CJK_HEADING_WORD.test(word));

/** The font most of a line's letters are set in. */
function mainFontOf(line: TextLine): string | undefined {
  // Most lines are set in one font: told without counting (no map per line asked).
  const items = line.items;
  const font = items[0]?.fontName;
  for (let i = 1; i < items.length; i++)
    if ((items[i] as TextItem).fontName !== font) return countedMainFont(items);
  return font;
}

/** {@link mainFontOf} of a line set in more than one font: the first of those with most characters. */
function countedMainFont(items: readonly TextItem[]): string | undefined {
  // A line has a handful of fonts: two short arrays in the order the fonts first appear, not a
  // map per line (every line of every column is asked); a map past {@link FEW_FONTS}.
  const fonts: (string | undefined)[] = [];
  const counts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    const at = fonts.indexOf(item.fontName);
    if (at < 0) {
      if (fonts.length === FEW_FONTS) return mappedMainFont(items);
      fonts.push(item.fontName);
      counts.push(item.str.length);
    } else counts[at] = (counts[at] as number) + item.str.length;
  }
  let best: string | undefined;
  let most = -1;
  for (let k = 0; k < fonts.length; k++) {
    if ((counts[k] as number) <= most) continue;
    best = fonts[k];
    most = counts[k] as number;
  }
  return best;
}

/**
 * The fonts of the line's items that hold a letter, the one most of its letters are set in first
 * (`PEST` set apart inside a bold heading), or null when an item names none or none holds a letter.
 */
function letterFontsOf(line: TextLine): string[] | null {
  // Most lines' letters are set in one font: told without counting.
  const items = line.items;
  let only: string | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (!/\p{L}/u.test(item.str)) continue;
    if (item.fontName === undefined) return null;
    if (only === undefined) only = item.fontName;
    else if (item.fontName !== only) return countedLetterFonts(items);
  }
  return only === undefined ? null : [only];
}

/** Fonts on one line counted in short arrays (a look-up a step); a line in more is counted in a map. */
const FEW_FONTS = 16;

/** {@link countedMainFont} counted in a map. */
function mappedMainFont(items: readonly TextItem[]): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const item of items)
    counts.set(item.fontName, (counts.get(item.fontName) ?? 0) + item.str.length);
  let best: string | undefined;
  let most = -1;
  for (const [font, n] of counts) if (n > most) [best, most] = [font, n];
  return best;
}

/** {@link letterFontsOf} of a line whose letters are set in more than one font. */
function countedLetterFonts(items: readonly TextItem[]): string[] | null {
  // Two short arrays in the order the fonts first appear (see countedMainFont), then the fonts
  // put in order of their counts, most first, by insertion: stable, as the engine's sort is.
  const fonts: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (!/\p{L}/u.test(item.str)) continue;
    if (item.fontName === undefined) return null;
    const at = fonts.indexOf(item.fontName);
    if (at < 0) {
      if (fonts.length === FEW_FONTS) return mappedLetterFonts(items);
      fonts.push(item.fontName);
      counts.push(item.str.length);
    } else counts[at] = (counts[at] as number) + item.str.length;
  }
  if (fonts.length === 0) return null;
  for (let k = 1; k < fonts.length; k++) {
    const font = fonts[k] as string;
    const n = counts[k] as number;
    let j = k - 1;
    while (j >= 0 && (counts[j] as number) < n) {
      fonts[j + 1] = fonts[j] as string;
      counts[j + 1] = counts[j] as number;
      j--;
    }
    fonts[j + 1] = font;
    counts[j + 1] = n;
  }
  return fonts;
}

/** {@link countedLetterFonts} counted in a map. */
function mappedLetterFonts(items: readonly TextItem[]): string[] | null {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!/\p{L}/u.test(item.str)) continue;
    if (item.fontName === undefined) return null;
    counts.set(item.fontName, (counts.get(item.fontName) ?? 0) + item.str.length);
  }
  if (counts.size === 0) return null;
  return [...counts].sort((a, b) => b[1] - a[1]).map(([font]) => font);
}

/** The font most characters set at the body's size are set in: the body's font. */
export function bodyFontOf(lines: Iterable<TextLine>, bodySize: number): string | undefined {
  const counts = new Map<string, number>();
  // Runs come in stretches of one font: each stretch's characters go into the map at once (a font
  // enters the map when its first stretch ends, before any font seen after it: the same order).
  let font: string | undefined;
  let chars = 0;
  for (const line of lines) {
    if (Math.abs(line.size - bodySize) > SAME_SIZE * bodySize) continue;
    // By index: over every body line once per paper, mostly before the engine has compiled it.
    const items = line.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as TextItem;
      if (item.fontName === undefined) continue;
      if (item.fontName === font) {
        chars += item.str.length;
        continue;
      }
      if (font !== undefined) counts.set(font, (counts.get(font) ?? 0) + chars);
      font = item.fontName;
      chars = item.str.length;
    }
  }
  if (font !== undefined) counts.set(font, (counts.get(font) ?? 0) + chars);
  let best: string | undefined;
  let most = 0;
  for (const [font, n] of counts) if (n > most) [best, most] = [font, n];
  return best;
}

/**
 * Is most of the line set in `font`? A line in the paper's body font is running text though the
 * font is fixed-pitch: a typescript, or an OCR layer over a scan (Tesseract's text font is
 * fixed-pitch), is prose in a monospace font throughout; a listing is set in a font of its own.
 */
function inFont(line: TextLine, font: string | undefined): boolean {
  if (font === undefined) return false;
  let inside = 0;
  let all = 0;
  for (const item of line.items) {
    all += item.str.length;
    if (item.fontName === font) inside += item.str.length;
  }
  return inside * 2 > all;
}

/** Is the line a line of code: set in a fixed-pitch font that is not the body's ({@link inFont}). */
export function isCodeLine(line: TextLine, bodyFont: string | undefined): boolean {
  return line.monospace === true && !inFont(line, bodyFont);
}

/** What a page's body is measured by: the body's size and font, and the column's edges and pitch. */
export interface HeadingContext {
  bodySize: number;
  bodyFont: string | undefined;
  left: number;
  right: number;
  pitch: number;
}

/** A line found to be a heading by its type: its style (size and font) and its number's depth. */
export interface TypesetHeading {
  style: string;
  size: number;
  /** The depth of its section number (`2.1` → 2), or null when it has none. */
  depth: number | null;
  /** The heading goes on at the next line, wrapped (see {@link wrappedHeadingOf}). */
  wrapped?: true;
}

/** Most space between two runs of a heading's line, in font sizes: wider is a chart's labels. */
const MAX_RUN_GAP_EM = 1.5;

/** Are the line's runs set one after the other, with no wide gap (`Left camera    Right camera`)? */
function isOneRun(line: TextLine): boolean {
  for (let i = 1; i < line.items.length; i++) {
    const a = line.items[i - 1] as TextLine['items'][number];
    const b = line.items[i] as TextLine['items'][number];
    if (b.x - (a.x + a.width) > MAX_RUN_GAP_EM * line.size) return false;
  }
  return true;
}

/**
 * Does a paragraph start at `next`, under a heading: a line of running text in the body's type,
 * going on at the next line (`after`, at the column's pitch) or past the column's end, or
 * leading into a code listing?
 */
function startsParagraph(
  next: TextLine,
  after: TextLine | undefined,
  ctx: HeadingContext,
  headFont: string,
): boolean {
  if (!isRunningText(next, ctx, headFont)) return false;
  const lower = /^\P{L}*\p{Ll}/u.test(next.text);
  if (!lower && !endsSentence(next.text)) return true;
  if (after === undefined) return false;
  // Text opening in lower case goes on in a line of running text (`Volume 18, Issue 3` under
  // `published by the American Statistical Association` is an imprint's).
  if (lower)
    return (
      Math.abs(after.size - next.size) <= SAME_SIZE * next.size &&
      next.baseline - after.baseline <= GAP_PITCHES * Math.max(ctx.pitch, next.size) &&
      after.right - after.left >= PROSE_WIDTH * (ctx.right - ctx.left) &&
      wordsOf(after.text).words >= PROSE_WORDS
    );
  // A sentence leading into a listing (`… via the commands` / `R> readData(…)`).
  if (isCodeLine(after, ctx.bodyFont)) return true;
  return (
    Math.abs(after.size - next.size) <= SAME_SIZE * next.size &&
    next.baseline - after.baseline <= GAP_PITCHES * Math.max(ctx.pitch, next.size)
  );
}

/** Does the text end a sentence (`.`, `?`, `!`, then closing quotes or brackets)? */
const endsSentence = (text: string): boolean => /[.?!]["'”’)\]]*$/.test(text);

/** Does the line under a heading read as running text in the body's type? */
function isRunningText(line: TextLine, ctx: HeadingContext, headFont: string): boolean {
  if (
    isCodeLine(line, ctx.bodyFont) ||
    Math.abs(line.size - ctx.bodySize) > SAME_SIZE * ctx.bodySize
  )
    return false;
  // A link or an address under a large line: a journal's imprint, a cover page.
  if (mainFontOf(line) === headFont || NOT_PROSE.test(line.text)) return false;
  const width = ctx.right - ctx.left;
  // A section's text opens a sentence (`published by …` under a journal's name does not), or
  // with a name written in lower case (`pylj can be applied …`): a whole word, not an
  // affiliation's mark (`aDepartment of …`), in a line that fills the column from edge to edge,
  // whose paragraph goes on at the next line (see startsParagraph).
  if (
    /^\P{L}*\p{Ll}/u.test(line.text) &&
    !(
      LOWER_NAME.test(line.text) &&
      line.left - ctx.left <= line.size &&
      ctx.right - line.right <= line.size
    )
  )
    return false;
  const { words, prose } = wordsOf(line.text);
  return (
    // Running text starts at the column's edge, or a paragraph's indent in (not centred: a byline).
    line.left - ctx.left <= MAX_INDENT_EM * line.size &&
    line.right - line.left >= PROSE_WIDTH * width &&
    words >= PROSE_WORDS &&
    prose * 2 > words
  );
}

/**
 * Is there space above `line`, under `prev`: more than the column's lines leave, and more than
 * its own lines leave when `prev` is set in its type (a chapter's title over three lines, spaced
 * by its size: no heading starts at its last line)? The column's pitch is asked first: most lines
 * have no space above.
 */
export function spacedAbove(prev: TextLine, line: TextLine, ctx: HeadingContext): boolean {
  const gap = prev.baseline - line.baseline;
  if (gap < GAP_PITCHES * Math.max(ctx.pitch, prev.size)) return false;
  if (mainFontOf(prev) !== mainFontOf(line)) return true;
  return (
    gap >=
    GAP_PITCHES * Math.max(pitchBetween(ctx.pitch, prev, line, ctx.bodySize, ctx.right), prev.size)
  );
}

export function typesetHeadingOf(
  prev: TextLine | undefined,
  line: TextLine,
  next: TextLine | undefined,
  after: TextLine | undefined,
  ctx: HeadingContext,
  nextHead: TypesetHeading | null = null,
  wrapped = false,
): TypesetHeading | null {
  const { bodySize } = ctx;
  if (next === undefined || isCodeLine(line, ctx.bodyFont) || line.size < MIN_SIZE * bodySize)
    return null;
  // Space above: more than the lines of a paragraph leave (or the column's top). Told first:
  // most lines of a paper have none.
  if (prev !== undefined && !spacedAbove(prev, line, ctx)) return null;
  const fonts = letterFontsOf(line);
  const font = fonts?.[0];
  if (fonts === null || font === undefined) return null;
  const larger = line.size > (1 + SAME_SIZE) * bodySize;
  // At the body's size, no word of it is set in the body's font or in the text's under it.
  const nextFont = mainFontOf(next);
  if (!larger && fonts.some((f) => f === ctx.bodyFont || f === nextFont)) return null;
  const text = line.text.trim();
  const words = text.split(/\s+/);
  if (
    words.length > MAX_WORDS ||
    line.right - line.left > (larger || wrapped ? 1 : MAX_WIDTH) * (ctx.right - ctx.left) ||
    !HEADING_END.test(text) ||
    FLOAT_LABEL.test(text) ||
    YEAR.test(text) ||
    NOT_HEADING_SIGN.test(text) ||
    line.opensWithMark ||
    !isOneRun(line)
  )
    return null;
  const numbered = SECTION_NUMBER.exec(text);
  const titleWords = numbered ? words.slice(1) : words;
  // A heading opens with a capital, or with a letter of a script that has none (`引言`).
  if (titleWords.length === 0 || !/^[("“‘]?[\p{Lu}\p{Lo}]/u.test(titleWords[0] ?? '')) return null;
  const letters = hasUnspacedLetter(text) ? /\p{L}{2}/u : /\p{L}{3}/u;
  if (!titleWords.every(isHeadingWord) || !letters.test(text)) return null;
  const depth = numbered === null ? null : ((numbered[1] ?? numbered[2])?.split('.').length ?? 1);
  const style = `${Math.round(line.size * 2) / 2}|${font}`;
  // Right over a heading of a lesser style (`Experiments` over `Dataset`), or over running text.
  const over =
    nextHead !== null
      ? nextHead.style !== style && line.size >= nextHead.size
      : startsParagraph(next, after, ctx, font);
  return over ? { style, size: line.size, depth } : null;
}

/** An epigraph's attribution: a line opening with a dash before a name (`— Leonard Nimoy`). */
const ATTRIBUTION = /^[—―–]\s*[\p{Lu}\p{Lo}]/u;
/** Most lines an epigraph's quotation takes before its attribution. */
const MAX_EPIGRAPH_LINES = 8;
/** What a chapter's title over an epigraph stands over: no heading of the paper's, its own mark. */
const EPIGRAPH: TypesetHeading = { style: 'epigraph', size: 0, depth: null };

/**
 * Does an epigraph open at `lines[from]`: a short quotation, its lines set no larger than the
 * text, then its attribution opening with a dash (`— Ralph Waldo Emerson`), as a thesis or a book
 * sets one under a chapter's title? Then the epigraph stands under `line` (the line above it) as
 * the heading under it would ({@link typesetHeadingOf}'s `nextHead`), only when `line` is set
 * larger than the text (a chapter's title, not a bold line over a quotation); otherwise null.
 */
export function epigraphUnder(
  line: TextLine,
  lines: readonly TextLine[],
  from: number,
  bodySize: number,
): TypesetHeading | null {
  if (line.size <= (1 + SAME_SIZE) * bodySize) return null;
  for (let k = from; k < Math.min(lines.length, from + MAX_EPIGRAPH_LINES + 1); k++) {
    const quoted = lines[k] as TextLine;
    if (quoted.size > (1 + SAME_SIZE) * bodySize) return null;
    if (ATTRIBUTION.test(quoted.text.trim())) return k > from ? EPIGRAPH : null;
  }
  return null;
}

/** A heading's two lines read as one line, as wide as the first: the second is its rest. */
export function joinWrapped(line: TextLine, next: TextLine): TextLine {
  return {
    ...line,
    items: [...line.items, ...next.items],
    text: `${line.text.trim()} ${next.text.trim()}`,
  };
}

/**
 * Is `line` the first of a heading wrapped over two lines (`Coherent models of the reading` /
 * `of papers`): `next` set in its fonts and size at the paragraph's pitch right under it, shorter
 * than it, and the two read together a heading over `after` (then `beyond`), by
 * {@link typesetHeadingOf}'s rules? `under` is the heading `after` is, if any: a chapter's title
 * wrapped over two lines stands right over its first section's heading, not over running text.
 * Returns its style, marked `wrapped`, or null.
 */
export function wrappedHeadingOf(
  prev: TextLine | undefined,
  line: TextLine,
  next: TextLine,
  after: TextLine | undefined,
  beyond: TextLine | undefined,
  ctx: HeadingContext,
  under: TypesetHeading | null = null,
): TypesetHeading | null {
  // No space above, no heading (typesetHeadingOf's first test, told here before any font is
  // looked at: most lines of a paper have none).
  if (prev !== undefined && !spacedAbove(prev, line, ctx)) return null;
  if (
    Math.abs(next.size - line.size) > SAME_SIZE * line.size ||
    line.baseline - next.baseline > GAP_PITCHES * Math.max(ctx.pitch, line.size) ||
    next.right - next.left >= line.right - line.left ||
    !alignsUnder(line, next) ||
    next.opensWithMark ||
    /[-–—.:;,]$/.test(line.text.trim())
  )
    return null;
  const fonts = letterFontsOf(line);
  const nextFonts = letterFontsOf(next);
  if (fonts === null || nextFonts === null || !nextFonts.every((f) => fonts.includes(f)))
    return null;
  // Over a heading, only when set larger than it (a byline in another font over `Abstract` is not).
  const over = under !== null && line.size > (1 + SAME_SIZE) * under.size ? under : null;
  const head = typesetHeadingOf(prev, joinWrapped(line, next), after, beyond, ctx, over, true);
  return head === null ? null : { ...head, wrapped: true };
}

/** A heading's label before its title (`3`, `2.1.`, `IV.`, `A`): its wrapped lines may hang past it. */
const HEADING_LABEL =
  /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.|[A-H](?:\.\d{1,2}){0,3}\.?)\s+\p{Lu}/u;
/** Most a wrapped heading's second line hangs in past its label, in font sizes (`2.1.3 `). */
const MAX_HANG_EM = 4;

/**
 * Does a heading's second line `next` start where its first does, or, after a label (`3 The
 * LONGEVAL guidelines for` / `faithfulness human evaluation`), in from it by no more than a label's
 * width, as LaTeX hangs a wrapped section title under its first word?
 */
function alignsUnder(line: TextLine, next: TextLine): boolean {
  const indent = next.left - line.left;
  if (Math.abs(indent) <= line.size) return true;
  return indent > 0 && indent <= MAX_HANG_EM * line.size && HEADING_LABEL.test(line.text.trim());
}

/** A style of heading this often over sections this short (in lines, median) is a glossary's. */
const GLOSSARY_TERMS = 8;
const GLOSSARY_LINES = 4;
/** …as is one this often over sections none longer than this (a page of a glossary's cells). */
const GLOSSARY_FEW_TERMS = 6;
const GLOSSARY_MOST_LINES = 6;

/**
 * Takes out (sets to null) the headings of a style whose sections are a glossary's entries, not a
 * paper's: many, each over a few lines (`Internet Protocol version 4` over its definition, cells
 * of a table read as columns). `columns` holds each column's headings, line by line.
 */
export function dropGlossaryTerms(columns: readonly (TypesetHeading | null)[][]): void {
  const lengths = new Map<string, number[]>();
  // Indexed loops: every line of every column is visited, before the engine optimises this.
  for (let c = 0; c < columns.length; c++) {
    const heads = columns[c] as (TypesetHeading | null)[];
    // The headings whose sections are open, each with its lines so far: a heading of a smaller
    // style opens a subsection, and the section's lines go on under it (`4 Results` right over
    // `4.1 …` is no glossary's term over no text).
    const open: { head: TypesetHeading; lines: number }[] = [];
    const close = (size: number) => {
      while (
        open.length > 0 &&
        (open[open.length - 1] as (typeof open)[number]).head.size <= size
      ) {
        const { head, lines } = open.pop() as (typeof open)[number];
        lengths.set(head.style, [...(lengths.get(head.style) ?? []), lines]);
      }
    };
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i] as TypesetHeading | null;
      if (head === null) {
        for (let k = 0; k < open.length; k++) (open[k] as (typeof open)[number]).lines++;
        continue;
      }
      close(head.size);
      open.push({ head, lines: 0 });
    }
    close(Infinity);
  }
  const glossary = new Set<string>();
  for (const [style, counts] of lengths) {
    const sorted = [...counts].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    if (
      (sorted.length >= GLOSSARY_TERMS && median <= GLOSSARY_LINES) ||
      (sorted.length >= GLOSSARY_FEW_TERMS &&
        (sorted[sorted.length - 1] ?? 0) <= GLOSSARY_MOST_LINES)
    )
      glossary.add(style);
  }
  if (glossary.size === 0) return;
  for (const heads of columns)
    heads.forEach((head, i) => {
      if (head !== null && glossary.has(head.style)) heads[i] = null;
    });
}

/**
 * The level of each style of heading: a style numbered headings use takes the least depth of
 * their numbers; another goes one under the deepest style ranked above it (larger, or as large
 * and seen first), up to {@link MAX_LEVEL}; a style of one heading skipping a level under the
 * heading before it takes that heading's level ({@link liftLoneStyles}).
 */
export function headingLevels(found: readonly TypesetHeading[]): Map<string, number> {
  const styles: TypesetHeading[] = [];
  const depths = new Map<string, number>();
  for (const head of found) {
    if (!styles.some((s) => s.style === head.style)) styles.push(head);
    if (head.depth !== null)
      depths.set(head.style, Math.min(depths.get(head.style) ?? Infinity, head.depth));
  }
  const ranked = styles
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => Math.round((b.size - a.size) * 2) / 2 || a.order - b.order);
  const levels = new Map<string, number>();
  let deepest = 0;
  for (const { style } of ranked) {
    const level = Math.min(MAX_LEVEL, depths.get(style) ?? deepest + 1);
    levels.set(style, level);
    deepest = Math.max(deepest, level);
  }
  liftLoneStyles(found, levels);
  return levels;
}

/**
 * A style only one heading uses, ranked two levels or more under the heading before it (`Key
 * Points` of a JAMA paper, a box's title set small between `Abstract` and `Introduction`): it is
 * no part of that heading's section, which has no heading of the level between, but one of its
 * neighbours, and takes that heading's level.
 */
function liftLoneStyles(found: readonly TypesetHeading[], levels: Map<string, number>): void {
  const uses = new Map<string, number>();
  for (const head of found) uses.set(head.style, (uses.get(head.style) ?? 0) + 1);
  found.forEach((head, i) => {
    const before = found[i - 1];
    if (before === undefined || head.depth !== null || uses.get(head.style) !== 1) return;
    const level = levels.get(head.style) ?? 1;
    const above = levels.get(before.style) ?? 1;
    if (level > above + 1) levels.set(head.style, above);
  });
}
