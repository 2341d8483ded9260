/**
 * Gives a PDF paper's blocks their page and line rectangles. The layout says where each line of
 * the laid-out text was printed (`line-boxes.ts`); the parser then rewrites that text (lines
 * joined, hyphens dropped, page numbers left out, notes moved after their paragraph), so offsets
 * do not carry over. Both texts keep the same letters and digits in the same order, though: each
 * block's letters and digits are found in the layout's (from where the last block ended, else
 * anywhere; piecewise when the parser moved something out of the block), and the lines they lie
 * on are the block's. Pure.
 */
import type { LineBox } from './line-boxes';
import type { Block, PageBox } from '../types';

/** A block not found whole is looked for in pieces of this many letters and digits. */
const PIECE = 24;
/** A key this short is only looked for close after the last block (it could be anywhere). */
const SHORT_KEY = 8;
/** How far (in letters and digits) past the last block a short key may be found. */
const SHORT_REACH = 400;

const WORD = /^[\p{L}\p{N}]$/u;
/** Letter or digit or not, per code unit below the surrogates (0 = not asked yet, 1 = yes, 2 = no). */
const WORD_CACHE = new Uint8Array(0xd800);

/** Is the code point a letter or digit? ASCII and cached BMP answers without a regex. */
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xd800) {
    const known = WORD_CACHE[code];
    if (known) return known === 1;
    const word = WORD.test(String.fromCharCode(code));
    WORD_CACHE[code] = word ? 1 : 2;
    return word;
  }
  let word = ASTRAL_WORD.get(code);
  if (word === undefined) ASTRAL_WORD.set(code, (word = WORD.test(String.fromCodePoint(code))));
  return word;
}

/**
 * Letter or digit or not, per code point from U+D800 on asked so far (a paper's maths is set in a
 * few dozen letters outside the Basic Multilingual Plane, `𝑥`, `𝜆`, and its ligatures are `ﬁ`,
 * `ﬂ`: each asked at every use).
 */
const ASTRAL_WORD = new Map<number, boolean>();

/** The lowercase of each code point outside the Basic Multilingual Plane asked so far. */
const ASTRAL_LOWER = new Map<number, string>();

/** `String.fromCodePoint(code).toLowerCase()`, kept per code point. */
function astralLower(code: number): string {
  let lower = ASTRAL_LOWER.get(code);
  if (lower === undefined)
    ASTRAL_LOWER.set(code, (lower = String.fromCodePoint(code).toLowerCase()));
  return lower;
}

/** Reads code units as a string (lone surrogates would be replaced: see {@link keyString}). */
const UTF16 = new TextDecoder('utf-16le');

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/**
 * Code units as a string, each kept: a block's key can open on the second half of a pair or end
 * on the first (a block boundary between the two), which a decoder would replace.
 */
function keyString(units: Uint16Array): string {
  if (!isSurrogate(units[0] ?? 0) && !isSurrogate(units[units.length - 1] ?? 0))
    return UTF16.decode(units);
  let text = '';
  for (const unit of units) text += String.fromCharCode(unit);
  return text;
}

/**
 * A text read for its key, lowercased as `text.toLowerCase()` would be, a character at a time,
 * without the lowercased copy: kept as it is when a letter's lowercase is longer (`İ`, the only
 * one), so offsets hold. A capital sigma's lowercase depends on what follows (`σ`, or `ς` at a
 * word's end): for it the lowercased copy is made, once.
 */
interface KeyText {
  text: string;
  fold: boolean;
  lower: string | null;
}

const keyText = (text: string): KeyText => ({ text, fold: !text.includes('\u0130'), lower: null });

/** The lowercase of a code unit of the Basic Multilingual Plane (0 = not asked yet). */
const LOWER_CACHE = new Uint16Array(0x10000);

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code unit at `i` of the lowercased text. */
function foldedUnitAt(source: KeyText, i: number): number {
  const { text } = source;
  const unit = text.charCodeAt(i);
  if (!source.fold) return unit;
  if (unit < 128) return unit >= 65 && unit <= 90 ? unit + 32 : unit;
  if (unit === 0x3a3) return (source.lower ??= text.toLowerCase()).charCodeAt(i);
  if (isHigh(unit) && isLow(text.charCodeAt(i + 1)))
    return astralLower(text.codePointAt(i) ?? unit).charCodeAt(0);
  if (isLow(unit) && isHigh(text.charCodeAt(i - 1)))
    return astralLower(text.codePointAt(i - 1) ?? unit).charCodeAt(1);
  if (isHigh(unit) || isLow(unit)) return unit;
  const known = LOWER_CACHE[unit] as number;
  if (known !== 0) return known;
  return (LOWER_CACHE[unit] = String.fromCharCode(unit).toLowerCase().charCodeAt(0));
}

/**
 * How many code units of a letter or digit (of the lowercased text) start at `i`: 0 (none), 1,
 * or 2 (a letter outside the Basic Multilingual Plane, `𝑥`, asked about as one code point).
 * Lowercasing keeps a pair a pair, and a unit alone alone.
 */
function wordUnitsAt(source: KeyText, i: number): number {
  const { text } = source;
  const unit = text.charCodeAt(i);
  if (unit < 128)
    return (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90)
      ? 1
      : 0;
  if (isHigh(unit) && isLow(text.charCodeAt(i + 1))) {
    const high = foldedUnitAt(source, i);
    const code = (high - 0xd800) * 0x400 + (foldedUnitAt(source, i + 1) - 0xdc00) + 0x10000;
    return isWordCode(code) ? 2 : 0;
  }
  return isWordCode(foldedUnitAt(source, i)) ? 1 : 0;
}

/**
 * Writes the key code units of the text in `[from, to)` to `units` from `n` on, and returns the
 * new count. The key is the lowercased text's letters and digits, each code unit counted at its
 * own offset: a range opening on the second half of a pair (`𝑥`) has that half, one ending
 * between the two halves has the first. ASCII is read without a call.
 */
function appendKey(
  source: KeyText,
  from: number,
  to: number,
  units: Uint16Array,
  start: number,
): number {
  const { text, fold } = source;
  let n = start;
  let i = from;
  if (i > 0 && i < to && wordUnitsAt(source, i - 1) === 2) units[n++] = foldedUnitAt(source, i++);
  for (; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57)) units[n++] = unit;
      else if (unit >= 65 && unit <= 90) units[n++] = fold ? unit + 32 : unit;
      continue;
    }
    const size = wordUnitsAt(source, i);
    if (size === 0) continue;
    units[n++] = foldedUnitAt(source, i);
    if (size === 2 && ++i < to) units[n++] = foldedUnitAt(source, i);
  }
  return n;
}

/**
 * {@link appendKey} of the text in `[from, to)` compared with `units` from `at` on, without
 * writing it: its length when `units` holds it there, else -1 (at the first key character that
 * differs, or runs past `units`' end).
 */
function matchKey(
  source: KeyText,
  from: number,
  to: number,
  units: Uint16Array,
  at: number,
): number {
  const { text, fold } = source;
  const end = units.length;
  let n = at;
  let i = from;
  if (i > 0 && i < to && wordUnitsAt(source, i - 1) === 2) {
    if (n >= end || units[n++] !== foldedUnitAt(source, i++)) return -1;
  }
  for (; i < to; i++) {
    let unit = text.charCodeAt(i);
    if (unit < 128) {
      if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57)) {
        // A letter or digit as it is.
      } else if (unit >= 65 && unit <= 90) unit = fold ? unit + 32 : unit;
      else continue;
      if (n >= end || units[n++] !== unit) return -1;
      continue;
    }
    const size = wordUnitsAt(source, i);
    if (size === 0) continue;
    if (n >= end || units[n++] !== foldedUnitAt(source, i)) return -1;
    if (size === 2 && ++i < to && (n >= end || units[n++] !== foldedUnitAt(source, i))) return -1;
  }
  return n - at;
}

/**
 * The layout's key: its code units, and the lines with key characters, in order, each with its
 * range `[keyStart, keyEnd)` of the key (the ranges ascend with the lines and do not overlap).
 */
interface LayoutKey {
  units: Uint16Array;
  count: number;
  line: Int32Array;
  keyStart: Int32Array;
  keyEnd: Int32Array;
}

/**
 * The key of the layout's text (its letters and digits, lowercased, as code units) and the key
 * characters of each line box. A key character lies in the line looked for from the last one
 * found on (the first whose end is past its offset), if that line starts at or before it. Read
 * range by range between line ends ({@link readLineKeys}).
 */
function layoutKey(source: string, lines: readonly LineBox[]): LayoutKey {
  const units = new Uint16Array(source.length);
  const line = new Int32Array(lines.length);
  const keyStart = new Int32Array(lines.length);
  const keyEnd = new Int32Array(lines.length);
  const count = new Int32Array(1);
  const n = readLineKeys(keyText(source), lines, units, line, keyStart, keyEnd, count);
  return { units: units.subarray(0, n), count: count[0] as number, line, keyStart, keyEnd };
}

/**
 * {@link layoutKey}'s pass: writes the key to `units`, and the lines with key characters and
 * their ranges, their number to `count[0]`; returns the key's length. The text after the last
 * line is read as one more line's gap (an empty line at the text's end), and nothing is done
 * after the loop: the engine compiles the loop while it runs (a paper's first lines), and code
 * so compiled, reaching a statement after the loop it had never seen run, was thrown away at
 * the end of every paper's pass.
 */
function readLineKeys(
  text: KeyText,
  lines: readonly LineBox[],
  units: Uint16Array,
  line: Int32Array,
  keyStart: Int32Array,
  keyEnd: Int32Array,
  count: Int32Array,
): number {
  const length = text.text.length;
  const last = lines.length;
  let counted = 0;
  let n = 0;
  let offset = 0;
  for (let l = 0; l <= last && offset < length; l++) {
    const start = l < last ? (lines[l] as LineBox).start : length;
    const end = l < last ? (lines[l] as LineBox).end : length;
    if (end <= offset) continue;
    const opens = Math.min(Math.max(start, offset), end, length);
    n = appendKey(text, offset, opens, units, n);
    const closes = Math.min(end, length);
    const inside = n;
    n = appendKey(text, opens, closes, units, n);
    if (n > inside) {
      line[counted] = l;
      keyStart[counted] = inside;
      keyEnd[counted++] = n;
      count[0] = counted;
    }
    offset = closes;
  }
  return n;
}

/**
 * The lines (ascending, each once) of the key characters `[at, at + length)`: the lines whose key
 * ranges meet it, the first found by a binary search.
 */
function linesAlong(layout: LayoutKey, at: number, length: number): number[] {
  const { count, line, keyStart, keyEnd } = layout;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keyEnd[mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  const lines: number[] = [];
  for (let j = low; j < count && (keyStart[j] as number) < at + length; j++)
    lines.push(line[j] as number);
  return lines;
}

/** Where `piece` is in `hay`: from `from` on (within `reach` when given), else anywhere. */
function find(hay: string, piece: string, from: number, reach?: number): number {
  const near = hay.indexOf(piece, from);
  if (near >= 0 && (reach === undefined || near - from <= reach)) return near;
  return reach === undefined ? hay.indexOf(piece) : -1;
}

/**
 * Blocks of `text` (the canonical text parsed from `source`) with `page` and `boxes` set from the
 * `lines` of `source`, sorted by start. Blocks none of whose letters can be found stay as they were.
 */
export function placeBlocks(
  source: string,
  lines: readonly LineBox[],
  text: string,
  blocks: readonly Block[],
): Block[] {
  if (lines.length === 0) return [...blocks];
  const layout = layoutKey(source, lines);
  const canonical = keyText(text);
  /** A block's key, written when it is not where the last block ended (grown as needed). */
  let scratch = new Uint16Array(0);
  /** The layout's key as a string, made when a block is first not found where the last one ended. */
  let hayText: string | null = null;
  const hay = () => (hayText ??= UTF16.decode(layout.units));
  let cursor = 0;
  /** Key characters before this offset of `text` went to earlier blocks (out of order, overlapping). */
  let taken = 0;
  return blocks.map((block) => {
    // The block's letters and digits, less those an earlier block took.
    const from = Math.max(block.start, taken);
    const to = Math.min(block.end, text.length);
    taken = Math.max(taken, block.end);
    // Most blocks go on where the last one ended: their key is compared there as it is read,
    // without being written or searched for.
    const held = matchKey(canonical, from, to, layout.units, cursor);
    if (held === 0) return block;
    let key: string | null = null;
    let length = held;
    if (held < 0) {
      if (scratch.length < to - from)
        scratch = new Uint16Array(Math.max(to - from, 2 * scratch.length));
      length = appendKey(canonical, from, to, scratch, 0);
      if (length === 0) return block;
      key = keyString(scratch.subarray(0, length));
    }
    const whole =
      key === null
        ? cursor
        : find(hay(), key, cursor, length < SHORT_KEY ? SHORT_REACH : undefined);
    let hit: number[];
    if (whole >= 0) {
      hit = linesAlong(layout, whole, length);
      cursor = Math.max(cursor, whole + length);
    } else if (key !== null && length >= SHORT_KEY) {
      const found = new Set<number>();
      let local = cursor;
      for (let p = 0; p < key.length; p += PIECE) {
        const piece = key.slice(p, key.length - p < PIECE + SHORT_KEY ? key.length : p + PIECE);
        const at = find(hay(), piece, local);
        if (at >= 0) {
          for (const line of linesAlong(layout, at, piece.length)) found.add(line);
          local = at + piece.length;
        }
        if (piece.length > PIECE) break;
      }
      cursor = Math.max(cursor, local);
      // Pieces found out of order: a typed array sorts their lines by value, without a comparison call.
      hit = Array.from(Int32Array.from(found).sort());
    } else return block;
    if (hit.length === 0) return block;
    const boxes: PageBox[] = hit.map((i) => {
      const { page, x, y, width, height } = lines[i] as LineBox;
      return { page, x, y, width, height };
    });
    // Object.assign, not a spread: blocks of many kinds have many shapes, and V8's spread of an
    // object of a shape it has seen many others of is several times slower.
    return Object.assign({}, block, { page: boxes[0]?.page ?? 1, boxes });
  });
}
