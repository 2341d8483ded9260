/**
 * Folding text for quote matching, with a map back to the original offsets.
 *
 * Re-extracting a paper (a newer parser, another PDF text layer) rewraps lines, joins or splits
 * words hyphenated at line ends and swaps typographic characters, none of which a reader would call
 * an edit. We compare quotes against a *folded* form of the text in which those differences vanish,
 * and keep, for every folded character, the offset of the original character it came from, so a
 * match is always reported in offsets of the one canonical text (pdf.js keeps the same kind of map
 * in `web/pdf_find_controller.js`). The folded string is a private search structure: never store
 * offsets into it.
 *
 * Folding rules, applied identically to the text and to quotes:
 * - any run of whitespace (including line breaks, NBSP and other Unicode spaces) becomes one space;
 * - a hyphen between two letters is dropped together with any whitespace after it, so `exam-\nple`,
 *   `exam- ple` and `example` fold alike, as do `state-of-the-art` and `state-of-the-\nart`;
 * - soft hyphens and zero-width characters are dropped;
 * - ligatures are expanded (`ﬁ` → `fi`) and curly quotes straightened;
 * - accents are dropped: combining marks vanish and a Latin letter with an accent folds to its
 *   letter (`ö` and `o` + U+0308 both fold to `o`), since text exports write accents either way
 *   and a parser may compose them (PARSER_VERSION 20 composes a text paper's to NFC).
 */

/** A folded string and, for each of its characters, the offset of the original character. */
export interface FoldedText {
  text: string;
  /** `toOriginal[i]` is the offset in the source of folded character `i`; non-decreasing. */
  toOriginal: Int32Array;
}

const SPACE = 0x20;

/** Replacements for single characters (ligatures and typographic quotes). */
const REPLACEMENTS = new Map<number, string>([
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
]);

function isWhitespace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Characters that carry nothing for matching: soft hyphen, zero-width space/joiners, BOM. */
function isIgnorable(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

/** Latin letters that may carry an accent: Latin-1 Supplement, Extended-A and -B, Extended Additional. */
const isAccentable = (c: number) => (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
/** 0 = not yet known, else the letter's code without its accents (itself when it has none). */
const unaccentedCache = new Uint16Array(0x2000);

/** The letter `c` without its accents (`ö` → `o`, `Ł` stays `Ł`: no combining mark in it). */
function unaccented(c: number): number {
  let known = unaccentedCache[c] ?? 0;
  if (known === 0) {
    const parts = String.fromCharCode(c).normalize('NFD');
    const base = parts.charCodeAt(0);
    known = parts.length > 1 && base < 0x80 ? base : c;
    unaccentedCache[c] = known;
  }
  return known;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad;
}

/** 0 = not yet known, 1 = letter, 2 = not a letter; filled lazily for non-ASCII code units. */
const letterCache = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  let known = letterCache[c] ?? 2;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = known;
  }
  return known === 1;
}

/**
 * Folds a string step by step, so that a long text can be folded in slices that never block the
 * page (see `text-index.ts`). Call `step` until it returns true, then `result`.
 */
export class TextFolder {
  private readonly source: string;
  private map: Int32Array;
  private length = 0;
  private cursor = 0;
  /** Start of the run of source characters being copied unchanged. */
  private runStart = 0;
  private readonly pieces: string[] = [];
  private lastCode = -1;

  constructor(source: string) {
    this.source = source;
    this.map = new Int32Array(source.length + 8);
  }

  /** Folds up to `maxChars` more source characters; returns true once the whole source is folded. */
  step(maxChars: number): boolean {
    const src = this.source;
    const stop = Math.min(src.length, this.cursor + maxChars);
    let i = this.cursor;
    while (i < stop) {
      const c = src.charCodeAt(i);
      if (c > SPACE && c < 0x7f && c !== 0x2d) {
        this.emit(c, i);
        i += 1;
      } else if (isWhitespace(c)) {
        if (c !== SPACE || this.lastCode === SPACE) this.flush(i);
        if (this.lastCode === SPACE) {
          this.runStart = i + 1;
        } else {
          if (c !== SPACE) this.pieces.push(' ');
          this.emit(SPACE, i);
          if (c !== SPACE) this.runStart = i + 1;
        }
        i += 1;
      } else if (isHyphen(c)) {
        i = this.foldHyphen(c, i);
      } else if (isIgnorable(c)) {
        this.flush(i);
        i += 1;
        this.runStart = i;
      } else {
        const bare = isAccentable(c) ? unaccented(c) : c;
        const replacement = bare === c ? REPLACEMENTS.get(c) : String.fromCharCode(bare);
        if (replacement === undefined) {
          this.emit(c, i);
        } else {
          this.flush(i);
          this.pieces.push(replacement);
          for (let k = 0; k < replacement.length; k += 1) this.emit(replacement.charCodeAt(k), i);
          this.runStart = i + 1;
        }
        i += 1;
      }
    }
    this.cursor = i;
    return i >= src.length;
  }

  /** The folded text; only valid once `step` has returned true. */
  result(): FoldedText {
    this.flush(this.source.length);
    const text = this.pieces.length === 1 ? (this.pieces[0] ?? '') : this.pieces.join('');
    this.pieces.length = 0;
    this.pieces.push(text);
    this.runStart = this.source.length;
    return { text, toOriginal: this.map.subarray(0, this.length) };
  }

  /** A hyphen between letters is dropped with the whitespace after it; any other is kept. */
  private foldHyphen(c: number, i: number): number {
    const src = this.source;
    let j = i + 1;
    while (j < src.length && isWhitespace(src.charCodeAt(j))) j += 1;
    const joins = isLetter(this.lastCode) && j < src.length && isLetter(src.charCodeAt(j));
    if (joins || c === 0xad) {
      this.flush(i);
      this.runStart = joins ? j : i + 1;
      return joins ? j : i + 1;
    }
    if (c === 0x2d) {
      this.emit(c, i);
    } else {
      this.flush(i);
      this.pieces.push('-');
      this.emit(0x2d, i);
      this.runStart = i + 1;
    }
    return i + 1;
  }

  /** Records a folded character (the caller has put it in `pieces` unless it is copied verbatim). */
  private emit(code: number, origin: number): void {
    if (this.length === this.map.length) {
      const grown = new Int32Array(this.map.length * 2 + 16);
      grown.set(this.map);
      this.map = grown;
    }
    this.map[this.length] = origin;
    this.length += 1;
    this.lastCode = code;
  }

  /** Ends the current run of verbatim source characters at `end`. */
  private flush(end: number): void {
    if (end > this.runStart) this.pieces.push(this.source.slice(this.runStart, end));
    this.runStart = end;
  }
}

/** Folds a whole string at once (quotes, prefixes, tests). */
export function foldText(source: string): FoldedText {
  const folder = new TextFolder(source);
  folder.step(source.length);
  return folder.result();
}
