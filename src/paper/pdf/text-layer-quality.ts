/**
 * Is a page's text layer text? Some PDFs draw letters with fonts that do not say which letters
 * they are (no ToUnicode map, a private encoding): pdf.js then hands back control characters,
 * private-use code points or a consonant soup, which would be shown as rows of boxes. This module
 * judges each page from its characters alone, so such pages are left out and named to the reader,
 * and it strips the stray control characters a symbol font leaves in otherwise good text.
 * Pure: it reads `TextItem`s, never pdf.js.
 */
import { hasSymbolPiece, mapSymbolPieces } from './symbol-pieces';
import type { TextItem } from './text-item';

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

/** The bad characters (by code point), Latin letters and vowels of a text, in one pass. */
function tally(text: string): { bad: number; latin: number; vowels: number } {
  let bad = 0;
  let latin = 0;
  let vowels = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      const kind = ASCII_CLASS[unit];
      if (kind === 3) bad++;
      else if (kind !== 0) {
        latin++;
        if (kind === 2) vowels++;
      }
      continue;
    }
    const code = text.codePointAt(i) ?? unit;
    if (code > 0xffff) i++;
    if (isBadBeyondAscii(code)) bad++;
  }
  return { bad, latin, vowels };
}

/** A page's verdict: null when its text reads as text, or why it does not. */
export function judgePageText(items: readonly TextItem[]): UnreadableReason | null {
  const text = items
    .map((item) => item.str)
    .join('')
    .replace(/\s+/g, '');
  if (text.length < MIN_CHARS_TO_JUDGE) return null;
  const { bad, latin, vowels } = tally(text);
  if (bad > MAX_BAD_SHARE * text.length) return 'unmapped-font';
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
    // A Symbol font's bracket pieces are text: mapped before the page is judged or shown.
    const items = raw.map((item) =>
      hasSymbolPiece(item.str) ? { ...item, str: mapSymbolPieces(item.str) } : item,
    );
    const reason = judgePageText(items);
    if (reason !== null) {
      unreadable.push({ page: index + 1, reason });
      return [];
    }
    const clean: TextItem[] = [];
    for (const item of items) {
      if (!HAS_CONTROL.test(item.str)) clean.push(item);
      else {
        const str = item.str.replace(CONTROL, '');
        if (str.trim() !== '') clean.push({ ...item, str });
      }
    }
    return clean;
  });
  return { pages: kept, unreadable };
}
