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

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/** What an ASCII character counts as: 0 nothing, 1 a consonant, 2 a vowel, 3 a control character. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code <= 0x1f || code === 0x7f) return 3;
  const c = String.fromCharCode(code);
  if (!/[a-z]/i.test(c)) return 0;
  return /[aeiouy]/i.test(c) ? 2 : 1;
});

/** A control, private-use or replacement character beyond ASCII: what an unmapped font gives. */
const isBadBeyondAscii = (code: number): boolean =>
  code <= 0x9f ||
  (code >= 0xe000 && code <= 0xf8ff) ||
  (code >= 0xf0000 && code <= 0xffffd) ||
  (code >= 0x100000 && code <= 0x10fffd) ||
  code === 0xfffd;

/**
 * Is the text printable ASCII (space to tilde)? Almost every run is: it has no control character
 * and no symbol piece, told without a regex.
 */
function isPlainAscii(str: string): boolean {
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** The counts a page is judged on. */
interface Tally {
  /** Characters (UTF-16 code units) that are not white space. */
  length: number;
  bad: number;
  latin: number;
  vowels: number;
  /** Control characters (code units), white space among them: what {@link CONTROL} drops. */
  controls: number;
}

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
}

/**
 * The bad characters (by code point), Latin letters and vowels of the items' text, joined and
 * without white space, in one pass over the items (the joined text is never made).
 */
function tally(items: readonly TextItem[]): Tally {
  const counts: Tally = { length: 0, bad: 0, latin: 0, vowels: 0, controls: 0 };
  // ASCII characters, almost all of them, are counted in local variables (added in at the end),
  // by the class ASCII_CLASS gives: [0] nothing, [1] consonants, [2] vowels, [3] controls.
  let ascii0 = 0;
  let ascii1 = 0;
  let ascii2 = 0;
  let ascii3 = 0;
  /** A high surrogate waiting for the next character, which may complete its pair. */
  let high = -1;
  for (const { str } of items) {
    for (let i = 0; i < str.length; i++) {
      const unit = str.charCodeAt(i);
      if (unit < 128 && high < 0) {
        // ASCII: no pair to complete, white space told at once.
        if (unit === 32) continue;
        if (unit < 32 || unit === 127) {
          counts.controls++;
          if (unit >= 9 && unit <= 13) continue;
        }
        const kind = ASCII_CLASS[unit];
        if (kind === 0) ascii0++;
        else if (kind === 1) ascii1++;
        else if (kind === 2) ascii2++;
        else ascii3++;
        continue;
      }
      if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) counts.controls++;
      if (isSpaceCode(unit)) continue;
      counts.length++;
      if (high >= 0) {
        const paired = unit >= 0xdc00 && unit <= 0xdfff;
        count(counts, paired ? (high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000 : high);
        high = -1;
        if (paired) continue;
      }
      if (unit >= 0xd800 && unit <= 0xdbff) high = unit;
      else count(counts, unit);
    }
  }
  if (high >= 0) count(counts, high);
  counts.length += ascii0 + ascii1 + ascii2 + ascii3;
  counts.latin += ascii1 + ascii2;
  counts.vowels += ascii2;
  counts.bad += ascii3;
  return counts;
}

/** A page's verdict: null when its text reads as text, or why it does not. */
export const judgePageText = (items: readonly TextItem[]): UnreadableReason | null =>
  verdict(tally(items));

/** {@link judgePageText} from a page's counts. */
function verdict({ length, bad, latin, vowels }: Tally): UnreadableReason | null {
  if (length < MIN_CHARS_TO_JUDGE) return null;
  if (bad > MAX_BAD_SHARE * length) return 'unmapped-font';
  if (latin < MIN_LATIN_TO_JUDGE) return null;
  const share = vowels / latin;
  return share < VOWEL_SHARE_RANGE[0] || share > VOWEL_SHARE_RANGE[1] ? 'unmapped-font' : null;
}

/**
 * Splits a document's pages into the readable ones (unreadable ones emptied, so page numbers stay
 * true) and the list of pages left out, and drops every control character left in the rest.
 */
export function screenPages(pages: readonly (readonly TextItem[])[]): {
  pages: TextItem[][];
  unreadable: UnreadablePage[];
} {
  const unreadable: UnreadablePage[] = [];
  const kept = pages.map((raw, index) => {
    // A Symbol font's bracket pieces are text: mapped before the page is judged or shown. Every
    // item is copied into the layout's one shape (`itemOf`).
    const items = raw.map((item) =>
      !isPlainAscii(item.str) && hasSymbolPiece(item.str)
        ? itemOf(item, mapSymbolPieces(item.str))
        : itemOf(item),
    );
    const counts = tally(items);
    const reason = verdict(counts);
    if (reason !== null) {
      unreadable.push({ page: index + 1, reason });
      return [];
    }
    // Most pages have no control character: their (fresh) item list is kept as it is.
    if (counts.controls === 0) return items;
    const clean: TextItem[] = [];
    for (const item of items) {
      if (!HAS_CONTROL.test(item.str)) clean.push(item);
      else {
        const str = item.str.replace(CONTROL, '');
        if (str.trim() !== '') clean.push(itemOf(item, str));
      }
    }
    return clean;
  });
  return { pages: kept, unreadable };
}
