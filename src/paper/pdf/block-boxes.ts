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

/** Letters and digits of a text, lowercased, with where each came from. */
interface Key {
  chars: string;
  /** For each key character: its offset in the text. */
  at: Int32Array;
}

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

/** Reads code units as a string (whole surrogate pairs only are ever given to it). */
const UTF16 = new TextDecoder('utf-16le');

/** The letters and digits of `text` (lowercased) with their offsets, without a regex per character. */
function keyOf(text: string): Key {
  const lower = text.toLowerCase();
  // A letter whose lowercase is longer (`İ`) would shift offsets: then the case is kept.
  const folded = lower.length === text.length ? lower : text;
  const at = new Int32Array(folded.length);
  const units = new Uint16Array(folded.length);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    // ASCII first, read without a call; a surrogate pair is asked about as one code point.
    if (unit < 128) {
      if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90)) {
        units[n] = unit;
        at[n++] = i;
      }
      continue;
    }
    const code = unit >= 0xd800 && unit <= 0xdbff ? (folded.codePointAt(i) ?? unit) : unit;
    if (!isWordCode(code)) continue;
    units[n] = unit;
    at[n++] = i;
    // The second half of a letter outside the Basic Multilingual Plane (`𝑥`).
    if (code > 0xffff) {
      units[n] = folded.charCodeAt(i + 1);
      at[n++] = ++i;
    }
  }
  return { chars: UTF16.decode(units.subarray(0, n)), at: at.subarray(0, n) };
}

/** The first index from `from` on whose offset in `at` is not below `offset` (`at` ascends). */
function firstAtOrAfter(at: Int32Array, from: number, offset: number): number {
  let low = from;
  let high = at.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((at[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * For each key character of the layout text: the index of the line box it lies in, or -1. The
 * line indexes only ever grow along the key (a line is looked for from the last one found on), so
 * the lines of any run of key characters are its distinct indexes in the order they come.
 */
function linesOfKey(key: Key, lines: readonly LineBox[]): Int32Array {
  const { at } = key;
  const out = new Int32Array(at.length).fill(-1);
  let l = 0;
  let line = lines[0];
  for (let k = 0; k < at.length; k++) {
    const offset = at[k] as number;
    while (line !== undefined && line.end <= offset) line = lines[++l];
    if (line !== undefined && line.start <= offset) out[k] = l;
  }
  return out;
}

/** The lines (ascending, each once) of the key characters `[at, at + length)`. */
function linesAlong(lineOf: Int32Array, at: number, length: number): number[] {
  const lines: number[] = [];
  let last = -1;
  for (let i = at; i < at + length; i++) {
    const line = lineOf[i] as number;
    // Line indexes grow along the key, and -1 (no line) is below them all.
    if (line > last) lines.push((last = line));
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
  const layoutKey = keyOf(source);
  const lineOf = linesOfKey(layoutKey, lines);
  const hay = layoutKey.chars;
  const canonical = keyOf(text);
  let k = 0;
  let cursor = 0;
  return blocks.map((block) => {
    k = firstAtOrAfter(canonical.at, k, block.start);
    const first = k;
    k = firstAtOrAfter(canonical.at, k, block.end);
    const key = canonical.chars.slice(first, k);
    if (key === '') return block;
    const whole = find(hay, key, cursor, key.length < SHORT_KEY ? SHORT_REACH : undefined);
    let hit: number[];
    if (whole >= 0) {
      hit = linesAlong(lineOf, whole, key.length);
      cursor = Math.max(cursor, whole + key.length);
    } else if (key.length >= SHORT_KEY) {
      const found = new Set<number>();
      let local = cursor;
      for (let p = 0; p < key.length; p += PIECE) {
        const piece = key.slice(p, key.length - p < PIECE + SHORT_KEY ? key.length : p + PIECE);
        const at = find(hay, piece, local);
        if (at >= 0) {
          for (const line of linesAlong(lineOf, at, piece.length)) found.add(line);
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
