/**
 * Is a page's text layer text? Some PDFs draw letters with fonts that do not say which letters
 * they are (no ToUnicode map, a private encoding): pdf.js then hands back control characters,
 * private-use code points or a consonant soup, which would be shown as rows of boxes. This module
 * judges each page from its characters alone, so such pages are left out and named to the reader,
 * and it strips the stray control characters a symbol font leaves in otherwise good text.
 * Pure: it reads `TextItem`s, never pdf.js.
 */
import { isSpaceCode } from '../spaces';
import { hasSymbolPiece, mapSymbolPieces } from './symbol-pieces';
import { itemOf, type TextItem } from './text-item';

/** Why a page's text could not be used: fonts that do not map to letters, or a page pdf.js cannot read. */
export type UnreadableReason = 'unmapped-font' | 'damaged';

/** A page left out of the paper, 1-based, and why. */
export interface UnreadablePage {
  page: number;
  reason: UnreadableReason;
}

/** Below this many visible characters a page is judged by nothing (a figure, a blank page). */
const MIN_CHARS_TO_JUDGE = 40;
/** More than this share of control, private-use or replacement characters: not text. */
const MAX_BAD_SHARE = 0.2;
/** Latin letters needed before their vowel share means anything. */
const MIN_LATIN_TO_JUDGE = 200;
/**
 * Vowels make 35–45% of the letters of English, French, German or Spanish prose, and never less
 * than about 20% even in lists of names; a font whose codes are shifted gives far fewer (or, rarely,
 * far more).
 */
const VOWEL_SHARE_RANGE: readonly [number, number] = [0.18, 0.62];
/** Pairs of adjacent letters beyond Latin needed before their script changes mean anything. */
const MIN_PAIRS_TO_JUDGE = 40;
/**
 * More than this share of adjacent letters beyond Latin change script (Arabic to Syriac to Telugu to
 * Cyrillic, `ؔߟܚ౒ϽѺ෿֋дޥ`): a font's glyph numbers read as code points, not text. Words keep
 * to one script; even Greek symbols among Chinese or Cyrillic text change it at a few in a hundred.
 */
const MAX_SCRIPT_CHANGE_SHARE = 0.25;
/**
 * …and those changes are more than this share of the page's characters: a page of good text with a
 * few garbled words (a reference list whose Chinese entries are in the unmapped font) is kept.
 */
const MIN_SCRIPT_CHANGES_OF_TEXT = 0.1;

/**
 * Where each Unicode block (or run of blocks one script writes in) starts, and its script's number
 * (the same number, the same script; 0 for Latin, symbols, marks and rare scripts, which are not
 * counted). Whole blocks, so that a script spread over several (Ethiopic and its supplement,
 * Canadian syllabics, Korean in syllables or in jamo) is one script. In code point order.
 */
const SCRIPT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0], // ASCII, Latin-1, Latin Extended, IPA, spacing and combining marks
  [0x0370, 1], // Greek
  [0x0400, 2], // Cyrillic and its supplement
  [0x0530, 3], // Armenian
  [0x0590, 4], // Hebrew
  [0x0600, 5], // Arabic
  [0x0700, 6], // Syriac
  [0x0750, 5], // Arabic Supplement
  [0x0780, 7], // Thaana
  [0x07c0, 8], // NKo
  [0x0800, 9], // Samaritan
  [0x0840, 10], // Mandaic
  [0x0860, 6], // Syriac Supplement
  [0x0870, 5], // Arabic Extended-B and -A
  [0x0900, 11], // Devanagari
  [0x0980, 12], // Bengali
  [0x0a00, 13], // Gurmukhi
  [0x0a80, 14], // Gujarati
  [0x0b00, 15], // Oriya
  [0x0b80, 16], // Tamil
  [0x0c00, 17], // Telugu
  [0x0c80, 18], // Kannada
  [0x0d00, 19], // Malayalam
  [0x0d80, 20], // Sinhala
  [0x0e00, 21], // Thai
  [0x0e80, 22], // Lao
  [0x0f00, 23], // Tibetan
  [0x1000, 24], // Myanmar
  [0x10a0, 25], // Georgian
  [0x1100, 61], // Hangul Jamo (Korean)
  [0x1200, 26], // Ethiopic and its supplement
  [0x13a0, 27], // Cherokee
  [0x1400, 28], // Unified Canadian Aboriginal Syllabics
  [0x1680, 29], // Ogham
  [0x16a0, 30], // Runic
  [0x1700, 31], // Tagalog, Hanunoo, Buhid, Tagbanwa
  [0x1780, 32], // Khmer
  [0x1800, 33], // Mongolian
  [0x18b0, 28], // Canadian Syllabics Extended
  [0x1900, 0], // Limbu … Vedic extensions (rare), phonetic and Latin Extended Additional
  [0x1f00, 1], // Greek Extended
  [0x2000, 0], // punctuation, symbols, maths, arrows, boxes
  [0x2e80, 60], // CJK radicals, punctuation, kana, bopomofo
  [0x3130, 61], // Hangul Compatibility Jamo
  [0x3190, 60], // CJK (kanbun … unified ideographs)
  [0xa000, 34], // Yi
  [0xa4d0, 0], // Lisu, Vai … (rare)
  [0xa640, 2], // Cyrillic Extended-B
  [0xa6a0, 0],
  [0xa960, 61], // Hangul Jamo Extended-A
  [0xa980, 0],
  [0xab00, 26], // Ethiopic Extended-A
  [0xab30, 0],
  [0xab70, 27], // Cherokee Supplement
  [0xabc0, 0],
  [0xac00, 61], // Hangul syllables and Jamo Extended-B
  [0xd800, 0], // surrogates, private use (counted as bad elsewhere)
  [0xf900, 60], // CJK compatibility ideographs
  [0xfb00, 0], // Latin ligatures
  [0xfb1d, 4], // Hebrew presentation forms
  [0xfb50, 5], // Arabic presentation forms A
  [0xfe00, 0], // variation selectors, vertical forms, small forms
  [0xfe70, 5], // Arabic presentation forms B
  [0xff00, 60], // fullwidth forms and halfwidth katakana (CJK text)
  [0xffa0, 61], // halfwidth Hangul
  [0xffe0, 0],
];

/**
 * Letters of this many scripts beyond Latin in one run (one font), changing script from letter to
 * letter: a font's glyph numbers read as code points (`ۿമޕ䗃`: Arabic, Malayalam, Thaana,
 * Chinese), not words.
 */
const SOUP_SCRIPTS = 3;
/**
 * …changing script this often between letters side by side: prose in three scripts changes at
 * its words' edges (`Москва (Μόσχα, 莫斯科)`), once at most inside a word (`α는`).
 */
const SOUP_CHANGES = 2;

/** Does one run hold letters of {@link SOUP_SCRIPTS} scripts beyond Latin or more? */
export function isScriptSoup(str: string): boolean {
  const seen: number[] = [];
  let changes = 0;
  let before = 0;
  for (let i = 0; i < str.length; i++) {
    const script = scriptOf(str.charCodeAt(i));
    // A change of script between two letters side by side: words keep to one script.
    if (script !== 0 && before !== 0 && script !== before) changes++;
    before = script;
    if (script === 0 || seen.includes(script)) continue;
    seen.push(script);
  }
  return seen.length >= SOUP_SCRIPTS && changes >= SOUP_CHANGES;
}

/** The script of a code point ({@link SCRIPT_BLOCKS}): 0 for what is not counted. */
function scriptOf(code: number): number {
  if (code < 0x370 || code > 0xffff) return 0;
  let low = 0;
  let high = SCRIPT_BLOCKS.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((SCRIPT_BLOCKS[mid] as readonly [number, number])[0] <= code) low = mid;
    else high = mid - 1;
  }
  return (SCRIPT_BLOCKS[low] as readonly [number, number])[1];
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/**
 * The en dash of TeX's T1 encoding (code 0x15) between two digits, as a Type 3 font with no map
 * to Unicode (dvips' bitmap fonts) leaves it: a range (`1–4` of a superscript citation, `55–61`),
 * not a code to drop (`14`, `5561`).
 */
// eslint-disable-next-line no-control-regex -- the dash's code is a control character
const T1_EN_DASH = /(?<=\d)\u0015(?=\d)/g;

/** What an ASCII character counts as: 0 nothing, 1 a consonant, 2 a vowel, 3 a control character. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code <= 0x1f || code === 0x7f) return 3;
  const c = String.fromCharCode(code);
  if (!/[a-z]/i.test(c)) return 0;
  return /[aeiouy]/i.test(c) ? 2 : 1;
});

/**
 * Latin Extended-B, the IPA letters and the spacing modifier letters (U+0180 to U+02FF): where the
 * glyph numbers of a Chinese or Japanese font with no map to Unicode land when read as code points
 * (a subset font numbers its glyphs from 1 to a few hundred: `¯ȟȮȾƝˤŇĎĦSĔ ɪŇĎĤˣȄƘ`, Word on macOS).
 * Text uses them sparingly: a pinyin tone (`Lǚ`), a phonetic transcription (`[ˈfɔnə]`, IPA letters
 * with no Extended-B), an African language's `ɛ` and `ɔ`.
 */
const GLYPH_RANGE_START = 0x180;
const EXTENDED_B_END = 0x250;
const GLYPH_RANGE_END = 0x300;
/** A page whose characters are this share of {@link GLYPH_RANGE_START}'s range or more… */
const MAX_GLYPH_RANGE_SHARE = 0.25;
/** …this share of them in Latin Extended-B, reads as glyph numbers, not text. */
const MAX_EXTENDED_B_SHARE = 0.1;
/** A run of this many characters or more is judged on its own the same way, at these shares. */
const MIN_RUN_TO_JUDGE = 4;
const RUN_GLYPH_RANGE_SHARE = 0.5;
const RUN_EXTENDED_B_SHARE = 0.2;

/**
 * Is a run a font's glyph numbers read as code points ({@link GLYPH_RANGE_START}): most of its
 * characters in that range, many in Latin Extended-B?
 */
export function isGlyphNumberSoup(str: string): boolean {
  const counts = emptyTally();
  tallyString(counts, str);
  return (
    counts.length >= MIN_RUN_TO_JUDGE &&
    readsAsGlyphNumbers(counts, RUN_GLYPH_RANGE_SHARE, RUN_EXTENDED_B_SHARE)
  );
}

/** Are these shares of the counted characters or more in the glyph numbers' range, and in Extended-B? */
const readsAsGlyphNumbers = (
  { length, glyphRange, extendedB }: Tally,
  rangeShare: number,
  extendedBShare: number,
): boolean => glyphRange >= rangeShare * length && extendedB >= extendedBShare * length;

/** A control, private-use or replacement character beyond ASCII: what an unmapped font gives. */
const isBadBeyondAscii = (code: number): boolean =>
  code <= 0x9f ||
  (code >= 0xe000 && code <= 0xf8ff) ||
  (code >= 0xf0000 && code <= 0xffffd) ||
  (code >= 0x100000 && code <= 0x10fffd) ||
  code === 0xfffd;

/** The counts a page is judged on. */
interface Tally {
  /** Characters (UTF-16 code units) that are not white space. */
  length: number;
  bad: number;
  latin: number;
  vowels: number;
  /** Control characters (code units), white space among them: what {@link CONTROL} drops. */
  controls: number;
  /** A high surrogate waiting for the next character, which may complete its pair; else -1. */
  high: number;
  /** Adjacent letters beyond Latin ({@link scriptOf}), and how many of them change script. */
  pairs: number;
  scriptChanges: number;
  /** The script of the letter before, within the current run and word; 0 for none. */
  script: number;
  /** Characters from U+0180 to U+02FF ({@link isGlyphNumberSoup}), and of them Latin Extended-B. */
  glyphRange: number;
  extendedB: number;
}

const emptyTally = (): Tally => ({
  length: 0,
  bad: 0,
  latin: 0,
  vowels: 0,
  controls: 0,
  high: -1,
  pairs: 0,
  scriptChanges: 0,
  script: 0,
  glyphRange: 0,
  extendedB: 0,
});

/** Counts one code point (not white space) into `counts`. */
function count(counts: Tally, code: number): void {
  if (code < 128) {
    const kind = ASCII_CLASS[code];
    if (kind === 3) counts.bad++;
    else if (kind !== 0) {
      counts.latin++;
      if (kind === 2) counts.vowels++;
    }
  } else if (isBadBeyondAscii(code)) counts.bad++;
  else if (code >= GLYPH_RANGE_START && code < GLYPH_RANGE_END) {
    counts.glyphRange++;
    if (code < EXTENDED_B_END) counts.extendedB++;
  }
  const script = code < 0x370 ? 0 : scriptOf(code);
  if (script !== 0 && counts.script !== 0) {
    counts.pairs++;
    if (script !== counts.script) counts.scriptChanges++;
  }
  counts.script = script;
}

/**
 * Counts the text into `counts` when it is printable ASCII (space to tilde), as almost every run
 * is, and says whether it was; counts nothing otherwise. Such a text has no control character, no
 * symbol piece and no surrogate: its letters are counted in local variables by their class.
 */
function tallyPlain(counts: Tally, str: string): boolean {
  let others = 0;
  let consonants = 0;
  let vowels = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
    if (code === 0x20) continue;
    const kind = ASCII_CLASS[code];
    if (kind === 1) consonants++;
    else if (kind === 2) vowels++;
    else others++;
  }
  const length = others + consonants + vowels;
  // A high surrogate before it pairs with nothing: counted alone at the first character that is
  // not white space (white space leaves it waiting).
  if (counts.high >= 0 && length > 0) {
    count(counts, counts.high);
    counts.high = -1;
  }
  counts.length += length;
  counts.latin += consonants + vowels;
  counts.vowels += vowels;
  return true;
}

/** Counts any text into `counts`, code point by code point, white space left out. */
function tallyString(counts: Tally, str: string): void {
  counts.script = 0; // a run's first letter follows no letter of its own
  for (let i = 0; i < str.length; i++) {
    const unit = str.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) counts.controls++;
    if (isSpaceCode(unit)) {
      counts.script = 0;
      continue;
    }
    counts.length++;
    const high = counts.high;
    if (high >= 0) {
      const paired = unit >= 0xdc00 && unit <= 0xdfff;
      count(counts, paired ? (high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000 : high);
      counts.high = -1;
      if (paired) continue;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) counts.high = unit;
    else count(counts, unit);
  }
}

/** The counts' verdict once every run is counted (a high surrogate left waiting counted alone). */
function verdictOf(counts: Tally): UnreadableReason | null {
  if (counts.high >= 0) {
    count(counts, counts.high);
    counts.high = -1;
  }
  return verdict(counts);
}

/**
 * The bad characters (by code point), Latin letters and vowels of the items' text, joined and
 * without white space, in one pass over the items (the joined text is never made).
 */
function tally(items: readonly TextItem[]): Tally {
  const counts = emptyTally();
  for (let i = 0; i < items.length; i++) {
    const str = (items[i] as TextItem).str;
    if (!tallyPlain(counts, str)) tallyString(counts, str);
  }
  return counts;
}

/** A page's verdict: null when its text reads as text, or why it does not. */
export const judgePageText = (items: readonly TextItem[]): UnreadableReason | null =>
  verdictOf(tally(items));

/**
 * {@link judgePageText} for a text of any length: a text file made from such pages (copied out of
 * a PDF viewer, or converted by `pdftotext`) reads as the same codes and stand-ins.
 */
export function judgeText(text: string): UnreadableReason | null {
  const counts = emptyTally();
  if (!tallyPlain(counts, text)) tallyString(counts, text);
  return verdictOf(counts);
}

/** {@link judgePageText} from a page's counts. */
function verdict(counts: Tally): UnreadableReason | null {
  const { length, bad, latin, vowels, pairs, scriptChanges } = counts;
  if (length < MIN_CHARS_TO_JUDGE) return null;
  if (bad > MAX_BAD_SHARE * length) return 'unmapped-font';
  if (readsAsGlyphNumbers(counts, MAX_GLYPH_RANGE_SHARE, MAX_EXTENDED_B_SHARE))
    return 'unmapped-font';
  if (
    pairs >= MIN_PAIRS_TO_JUDGE &&
    scriptChanges > MAX_SCRIPT_CHANGE_SHARE * pairs &&
    scriptChanges > MIN_SCRIPT_CHANGES_OF_TEXT * length
  ) {
    return 'unmapped-font';
  }
  if (latin < MIN_LATIN_TO_JUDGE) return null;
  const share = vowels / latin;
  return share < VOWEL_SHARE_RANGE[0] || share > VOWEL_SHARE_RANGE[1] ? 'unmapped-font' : null;
}

/** Below this size (in points, both ways) a run of text is drawn too small to be seen. */
const INVISIBLE_SIZE = 0.01;

/**
 * Is the item text drawn at a near-zero size, there for machines and not for readers? LaTeXiT and
 * Keynote figures keep their LaTeX source so (`<latexit sha1_base64="…">AAAB…</latexit>`, a
 * millionth of a point high), and it would read as a block of code in the paper.
 */
/** A soft hyphen: what tagged PDFs write their printed hyphens as. */
const SOFT_HYPHEN = '\u00AD';

const isInvisible = (item: TextItem): boolean =>
  item.height < INVISIBLE_SIZE && item.width < INVISIBLE_SIZE;

/**
 * A run whose characters are half or more control codes (two at least) is a font's glyph codes,
 * not text, whatever its other characters read as: a figure's labels in a font with no ToUnicode
 * map come as `\x08\x16စငဉ\x01\x16` (Myanmar letters between the codes) on a page of good text.
 * A ligature's lone code in a word (`e\x0Ecient`) is far below that share, and a maths font's
 * letter, digit or lone sign among codes (`\x002\x19`, `\x00"\x1a`) is kept.
 */
function isGlyphCodes(str: string, withoutControls: string): boolean {
  const controls = str.length - withoutControls.length;
  return (
    controls >= 2 &&
    controls * 2 >= str.length &&
    withoutControls.trim().length >= 2 &&
    !/[A-Za-z0-9]/.test(withoutControls)
  );
}

/** A hyphen and a soft hyphen after it: how Wiley writes a printed hyphen (`COVID-\u00AD19`). */
const HYPHEN_SOFT_HYPHEN = '-\u00AD';

/** Does any run of the page hold a hyphen with a soft hyphen after it ({@link HYPHEN_SOFT_HYPHEN})? */
function setsSoftHyphenAfterHyphens(items: readonly TextItem[]): boolean {
  for (let i = 0; i < items.length; i++)
    if ((items[i] as TextItem).str.includes(HYPHEN_SOFT_HYPHEN)) return true;
  return false;
}

/**
 * A run's printed soft hyphens shown as the hyphens they are. A page that sets a soft hyphen after
 * each hyphen (`afterHyphens`: Wiley's `COVID-\u00AD19`) prints none with it: the one after a
 * hyphen is dropped, and one standing alone between words is the blank that spaces a title's
 * words (`COVID-\u00AD` `19` `\u00AD` `vaccination`), shown as a space.
 */
function showSoftHyphens(str: string, afterHyphens: boolean): string {
  if (!afterHyphens) return str.replaceAll(SOFT_HYPHEN, '-');
  if (str === SOFT_HYPHEN) return ' ';
  return str.replaceAll(HYPHEN_SOFT_HYPHEN, '-').replaceAll(SOFT_HYPHEN, '-');
}

/** One page screened: its items as the layout reads them, or why it is left out (then none). */
export interface ScreenedPage {
  items: TextItem[];
  reason: UnreadableReason | null;
}

/**
 * Screens one page (see {@link screenPages}): what it gives depends on that page's items alone,
 * so a page can be screened as soon as pdf.js has read it.
 */
export function screenPage(raw: readonly TextItem[]): ScreenedPage {
  // A Symbol font's bracket pieces are text: mapped before the page is judged or shown. An item
  // whose text is shown as it is goes on as it is: the app's items come in the layout's one shape
  // (`itemOf`, `extract-pdf-text.ts`) and nothing changes an item. Only one whose text changes is
  // copied (into that shape): a copy of every item is as many objects again, kept alive with the
  // page's lines, for the collector to move.
  const counts = emptyTally();
  const items: TextItem[] = [];
  /** Does the page set a soft hyphen after each hyphen ({@link showSoftHyphens})? Asked once. */
  let afterHyphens: boolean | null = null;
  // By index: this loop over every run of the paper runs once per paper, mostly before the
  // engine has compiled it, where `for … of` steps an iterator run by run.
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i] as TextItem;
    if (isInvisible(item)) continue;
    // A printed soft hyphen (kept by pdf.js's patched worker, `pdf-worker-patch.ts`) is shown as
    // the hyphen it is, and left out of the page's verdict as pdf.js left it out before: a font
    // with no map to Unicode decodes its code 0xAD as one too, among its other codes.
    const soft = item.str.indexOf(SOFT_HYPHEN) >= 0;
    if (soft && afterHyphens === null) afterHyphens = setsSoftHyphenAfterHyphens(raw);
    const judged = soft ? item.str.replaceAll(SOFT_HYPHEN, '') : item.str;
    const shown = soft ? showSoftHyphens(item.str, afterHyphens === true) : item.str;
    if (tallyPlain(counts, judged)) {
      items.push(soft ? itemOf(item, shown) : item);
      continue;
    }
    const mapped = hasSymbolPiece(judged) ? mapSymbolPieces(judged) : judged;
    tallyString(counts, mapped);
    // A run in a font whose codes are not letters, on a page of good text (a chart's labels):
    // counted for the page's verdict, never shown.
    if (isScriptSoup(mapped) || isGlyphNumberSoup(mapped)) continue;
    // With its hyphens, the symbol pieces mapped as in `mapped`.
    if (!soft) items.push(mapped === item.str ? item : itemOf(item, mapped));
    else items.push(itemOf(item, hasSymbolPiece(shown) ? mapSymbolPieces(shown) : shown));
  }
  const reason = verdictOf(counts);
  if (reason !== null) return { items: [], reason };
  // Most pages have no control character: their (fresh) item list is kept as it is.
  if (counts.controls === 0) return { items, reason: null };
  const clean: TextItem[] = [];
  for (const item of items) {
    if (!HAS_CONTROL.test(item.str)) clean.push(item);
    else {
      const str = item.str.replace(T1_EN_DASH, '–').replace(CONTROL, '');
      if (str.trim() !== '' && !isGlyphCodes(item.str, str)) clean.push(itemOf(item, str));
    }
  }
  return { items: clean, reason: null };
}

/** The unreadable pages among screened ones (1-based, in page order). */
export function unreadablePagesOf(screened: readonly ScreenedPage[]): UnreadablePage[] {
  const unreadable: UnreadablePage[] = [];
  screened.forEach(({ reason }, index) => {
    if (reason !== null) unreadable.push({ page: index + 1, reason });
  });
  return unreadable;
}

/**
 * Splits a document's pages into the readable ones (unreadable ones emptied, so page numbers stay
 * true) and the list of pages left out, and drops text drawn too small to be seen and every
 * control character left in the rest.
 */
export function screenPages(pages: readonly (readonly TextItem[])[]): {
  pages: TextItem[][];
  unreadable: UnreadablePage[];
} {
  const screened = pages.map(screenPage);
  return { pages: screened.map((page) => page.items), unreadable: unreadablePagesOf(screened) };
}
