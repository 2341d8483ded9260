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
  return WORD.test(String.fromCodePoint(code));
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

/** The text lowercased; as it is when a letter's lowercase is longer (`İ`), so offsets hold. */
function folded(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/**
 * How many code units of a letter or digit start at `i`: 0 (none), 1, or 2 (a letter outside the
 * Basic Multilingual Plane, `𝑥`, asked about as one code point).
 */
function wordUnitsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 128)
    return (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90)
      ? 1
      : 0;
  const code = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? unit) : unit;
  if (!isWordCode(code)) return 0;
  return code > 0xffff ? 2 : 1;
}

/**
 * Writes the key code units of `text` (already folded) in `[from, to)` to `units` from `n` on, and
 * returns the new count. The key is the text's letters and digits, each code unit counted at its
 * own offset: a range opening on the second half of a pair (`𝑥`) has that half, one ending
 * between the two halves has the first. ASCII is read without a call.
 */
function appendKey(text: string, from: number, to: number, units: Uint16Array, n: number): number {
  let i = from;
  if (i > 0 && i < to && wordUnitsAt(text, i - 1) === 2) units[n++] = text.charCodeAt(i++);
  for (; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90))
        units[n++] = unit;
      continue;
    }
    const size = wordUnitsAt(text, i);
    if (size === 0) continue;
    units[n++] = unit;
    if (size === 2 && ++i < to) units[n++] = text.charCodeAt(i);
  }
  return n;
}

/** The layout's key: its code units, the line of each, and where each line's characters end. */
interface LayoutKey {
  units: Uint16Array;
  /** For each key character: the index of the line box it lies in, or -1. */
  lineOf: Int32Array;
  /** For each line box: the index after its last key character. */
  keyEnd: Int32Array;
}

/**
 * The key of the layout's text (its letters and digits, lowercased, as code units) and for each
 * key character the index of the line box it lies in, or -1. A line is looked for from the last
 * one found on (the first whose end is past the offset), so the line indexes only ever grow along
 * the key, and the lines of any run of key characters are its distinct indexes in order. Read
 * range by range between line ends, each range's lines filled at once.
 */
function layoutKey(source: string, lines: readonly LineBox[]): LayoutKey {
  const text = folded(source);
  const units = new Uint16Array(text.length);
  const lineOf = new Int32Array(text.length);
  const keyEnd = new Int32Array(lines.length);
  let n = 0;
  let offset = 0;
  for (let l = 0; l < lines.length && offset < text.length; l++) {
    const { start, end } = lines[l] as LineBox;
    if (end <= offset) continue;
    const opens = Math.min(Math.max(start, offset), end, text.length);
    const before = n;
    n = appendKey(text, offset, opens, units, n);
    lineOf.fill(-1, before, n);
    const closes = Math.min(end, text.length);
    const inside = n;
    n = appendKey(text, opens, closes, units, n);
    lineOf.fill(l, inside, n);
    keyEnd[l] = n;
    offset = closes;
  }
  const after = n;
  n = appendKey(text, offset, text.length, units, n);
  lineOf.fill(-1, after, n);
  return { units: units.subarray(0, n), lineOf: lineOf.subarray(0, n), keyEnd };
}

/**
 * Each block's key in the canonical text: the letters and digits (lowercased) of its range, less
 * those an earlier block (out of order, or overlapping) already took, as `[bounds[b],
 * bounds[b + 1])` of `units`. One pass over the blocks' ranges.
 */
function blockKeys(
  text: string,
  blocks: readonly Block[],
): { units: Uint16Array; bounds: Int32Array } {
  const source = folded(text);
  const units = new Uint16Array(source.length);
  const bounds = new Int32Array(blocks.length + 1);
  let n = 0;
  /** Key characters before this offset went to earlier blocks. */
  let taken = 0;
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b] as Block;
    bounds[b] = n;
    n = appendKey(source, Math.max(start, taken), Math.min(end, source.length), units, n);
    taken = Math.max(taken, end);
  }
  bounds[blocks.length] = n;
  return { units, bounds };
}

/** Does `hay` hold `key` at `at`? */
function holdsAt(hay: Uint16Array, key: Uint16Array, at: number): boolean {
  if (at + key.length > hay.length) return false;
  for (let i = 0; i < key.length; i++) if (hay[at + i] !== key[i]) return false;
  return true;
}

/**
 * The lines (ascending, each once) of the key characters `[at, at + length)`: stepping from a
 * line to the key character after its last (`keyEnd`), not through each of its characters.
 */
function linesAlong({ lineOf, keyEnd }: LayoutKey, at: number, length: number): number[] {
  const lines: number[] = [];
  const end = at + length;
  for (let i = at; i < end;) {
    const line = lineOf[i] as number;
    // -1 (no line) between lines; the next line's characters all come after this one's.
    if (line < 0) i++;
    else {
      lines.push(line);
      i = keyEnd[line] as number;
    }
  }
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
  const canonical = blockKeys(text, blocks);
  /** The layout's key as a string, made when a block is first not found where the last one ended. */
  let hayText: string | null = null;
  const hay = () => (hayText ??= UTF16.decode(layout.units));
  let cursor = 0;
  return blocks.map((block, b) => {
    const units = canonical.units.subarray(canonical.bounds[b], canonical.bounds[b + 1]);
    if (units.length === 0) return block;
    // Most blocks go on where the last one ended: found there without a string search.
    const key = holdsAt(layout.units, units, cursor) ? null : keyString(units);
    const length = units.length;
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
