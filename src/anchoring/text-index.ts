/**
 * The per-text search structure behind anchoring: the folded text (see `fold-text.ts`), its map
 * back to offsets of the canonical text, and where every short gram of the folded text occurs.
 *
 * Re-anchoring a thousand quotes against a 1.5 MB text cannot afford to scan the text once per
 * quote (Hypothesis runs approx-string-match over the whole text, some 50 ms a quote). Instead we
 * index the text once: the positions of every `GRAM_LENGTH`-character gram, bucketed by a rolling
 * hash and stored flat (CSR layout: one offsets array, one positions array, about 4 bytes per
 * character each). A quote then finds its candidate places by looking up its own grams, and the
 * expensive approximate matching runs only in small windows around them (`match-quote.ts`).
 *
 * Building is a generator so `anchorAll` can spread it over slices that never block the page;
 * `getTextIndex` builds synchronously and remembers the last text it indexed.
 */
import { TextFolder } from './fold-text';
import { recallTextIndex, rememberTextIndex } from './text-index-cache';

export { forgetTextIndex, rememberTextIndex } from './text-index-cache';

/**
 * Length of the indexed grams. Long enough that most grams of a paper are rare (8 characters span
 * a word boundary, so they rarely repeat thousands of times), short enough that a quote with one
 * edit every ten characters still keeps several intact grams, and its context keeps more.
 */
export const GRAM_LENGTH = 8;

/** Folded characters per building step, each step a few milliseconds on a laptop. */
const FOLD_CHUNK = 1 << 17;
const HASH_CHUNK = 1 << 18;

const HASH_BASE = 0x2f0b;
/** HASH_BASE^(GRAM_LENGTH-1) mod 2^32, to drop the outgoing character of a rolling hash. */
const HASH_OUT = (() => {
  let p = 1;
  for (let i = 1; i < GRAM_LENGTH; i += 1) p = Math.imul(p, HASH_BASE);
  return p;
})();

/** An index of one text; build it with `getTextIndex` or `indexTextInSteps`. */
export interface TextIndex {
  /** The canonical text that was indexed. */
  readonly text: string;
  /** The folded text: private to matching, never store offsets into it. */
  readonly folded: string;
  /** Offset in `text` of each folded character (non-decreasing). */
  readonly toOriginal: Int32Array;
  /** `32 - log2(bucket count)`: a hash's bucket is its mixed value shifted right by this. */
  readonly bucketShift: number;
  /** Positions of bucket `b` are `positions[bucketStarts[b] .. bucketStarts[b + 1])`, ascending. */
  readonly bucketStarts: Int32Array;
  readonly positions: Int32Array;
}

/** The bucket of a gram hash. */
export function bucketOf(index: TextIndex, hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> index.bucketShift;
}

/** The rolling hashes of every `GRAM_LENGTH`-gram of `s` (empty if `s` is shorter). */
export function gramHashes(s: string): Int32Array {
  const count = Math.max(0, s.length - GRAM_LENGTH + 1);
  const out = new Int32Array(count);
  if (count === 0) return out;
  let h = 0;
  for (let i = 0; i < GRAM_LENGTH; i += 1) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  out[0] = h;
  for (let i = 1; i < count; i += 1) {
    h =
      (Math.imul(h - Math.imul(s.charCodeAt(i - 1), HASH_OUT), HASH_BASE) +
        s.charCodeAt(i + GRAM_LENGTH - 1)) |
      0;
    out[i] = h;
  }
  return out;
}

/** Builds the index of `text`, yielding between steps of a few milliseconds. */
export function* indexTextInSteps(text: string): Generator<void, TextIndex, void> {
  const folder = new TextFolder(text);
  while (!folder.step(FOLD_CHUNK)) yield;
  const { text: folded, toOriginal } = folder.result();
  yield;

  const grams = Math.max(0, folded.length - GRAM_LENGTH + 1);
  // About one bucket per gram keeps buckets short without wasting memory on small texts.
  const bits = Math.min(22, Math.max(8, Math.ceil(Math.log2(grams + 1))));
  const bucketShift = 32 - bits;
  const buckets = 1 << bits;
  const starts = new Int32Array(buckets + 1);
  const bucketAt = new Int32Array(grams);

  // Pass 1: bucket of every gram, and bucket sizes (counted into starts[b + 1]).
  let h = 0;
  for (let i = 0; i < Math.min(GRAM_LENGTH, folded.length); i += 1) {
    h = (Math.imul(h, HASH_BASE) + folded.charCodeAt(i)) | 0;
  }
  for (let from = 0; from < grams; from += HASH_CHUNK) {
    const to = Math.min(grams, from + HASH_CHUNK);
    for (let i = from; i < to; i += 1) {
      if (i > 0) {
        h =
          (Math.imul(h - Math.imul(folded.charCodeAt(i - 1), HASH_OUT), HASH_BASE) +
            folded.charCodeAt(i + GRAM_LENGTH - 1)) |
          0;
      }
      const b = Math.imul(h, 0x9e3779b1) >>> bucketShift;
      bucketAt[i] = b;
      starts[b + 1] = (starts[b + 1] ?? 0) + 1;
    }
    yield;
  }
  for (let b = 1; b <= buckets; b += 1) starts[b] = (starts[b] ?? 0) + (starts[b - 1] ?? 0);
  yield;

  // Pass 2: fill positions from the end so each bucket ends up ascending; starts[b + 1] counts
  // down from the end of bucket b to its beginning, and is shifted back into place afterwards.
  const positions = new Int32Array(grams);
  for (let to = grams; to > 0; to -= HASH_CHUNK) {
    const from = Math.max(0, to - HASH_CHUNK);
    for (let i = to - 1; i >= from; i -= 1) {
      const b = (bucketAt[i] ?? 0) + 1;
      const slot = (starts[b] ?? 0) - 1;
      starts[b] = slot;
      positions[slot] = i;
    }
    yield;
  }
  starts.copyWithin(0, 1);
  starts[buckets] = grams;
  return { text, folded, toOriginal, bucketShift, bucketStarts: starts, positions };
}

/** Builds the index of `text` in one go. */
export function indexText(text: string): TextIndex {
  const steps = indexTextInSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The index of `text`, reusing the last one built (a paper is re-anchored many quotes at a time,
 * always against the same string). Only one index is kept, so memory stays bounded.
 */
export function getTextIndex(text: string): TextIndex {
  const remembered = recallTextIndex(text);
  if (remembered) return remembered;
  const index = indexText(text);
  rememberTextIndex(index);
  return index;
}

/** Offset in the canonical text where folded character `f` begins. */
export function toOriginalStart(index: TextIndex, f: number): number {
  return f < index.toOriginal.length ? (index.toOriginal[f] ?? 0) : index.text.length;
}

/** Offset in the canonical text just after folded character `fEnd - 1`. */
export function toOriginalEnd(index: TextIndex, fEnd: number): number {
  return fEnd > 0 ? (index.toOriginal[fEnd - 1] ?? -1) + 1 : 0;
}

/** The first folded offset whose original offset is at least `offset` (for position hints). */
export function toFoldedOffset(index: TextIndex, offset: number): number {
  const map = index.toOriginal;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((map[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
