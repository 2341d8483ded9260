/**
 * A set of substrings of one string, asked and added by `[start, end)` range: no string is cut
 * out to ask whether a word was seen before, as `Set<string>.has(text.slice(…))` must (a substring
 * is cut out once, when first added, to be given back). Used where every word of a whole paper is
 * looked up (`buildLexicon`); open addressing over typed arrays. Pure.
 */

/** Slots to begin with; the table doubles when it is half full. */
const INITIAL_SLOTS = 1024;

/** The hash of a substring after `hash`, one code unit more: `hashOf` a code unit at a time. */
export const hashStep = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;

/** The hash of `text.slice(start, end)`, from its code units. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/**
 * The distinct substrings of `text` added so far, in the order first added, numbered, each cut
 * out once (when first added) and held as the range it was first seen at.
 */
export class SubstringSet {
  /** Per slot, the number + 1 of the substring in it; 0 marks an empty slot. */
  private indexes = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  /** Per slot, where its substring was first seen, and its length. */
  private starts = new Int32Array(INITIAL_SLOTS);
  private lengths = new Int32Array(INITIAL_SLOTS);
  /**
   * The substrings, number `n` at `n + 1`: the array holds a string from the start, as compiled
   * code that pushed strings onto another set's array expects (an empty array's first push
   * changes its kind, and code compiled for one kind is thrown away on meeting the other).
   */
  private readonly items: string[] = [''];

  constructor(private readonly text: string) {}

  /**
   * Adds `text.slice(start, end)`, whose {@link hashOf} the caller may have computed while reading
   * it; true when it was not in the set yet.
   */
  add(start: number, end: number, hash = hashOf(this.text, start, end)): boolean {
    return this.entry(start, end, hash) < 0;
  }

  /**
   * The number of `text.slice(start, end)` among the substrings added (0 the first), adding it
   * when it is new: then as its complement (`~number`, below 0).
   */
  entry(start: number, end: number, hash = hashOf(this.text, start, end)): number {
    const length = end - start;
    const mask = this.indexes.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const stored = this.indexes[slot] ?? 0;
      if (stored === 0) break;
      if (
        this.lengths[slot] === length &&
        this.hashes[slot] === hash &&
        this.same(slot, start, length)
      )
        return stored - 1;
    }
    const index = this.items.length - 1;
    this.items.push(this.text.slice(start, end));
    this.place(slot, index + 1, hash, start, length);
    if (index * 2 + 2 > this.indexes.length) this.grow();
    return ~index;
  }

  /** The substring of number `index` ({@link entry}). */
  item(index: number): string {
    return this.items[index + 1] ?? '';
  }

  private same(slot: number, start: number, length: number): boolean {
    const text = this.text;
    let other = this.starts[slot] ?? 0;
    if (other === start) return true;
    const end = start + length;
    for (let i = start; i < end; i++, other++)
      if (text.charCodeAt(i) !== text.charCodeAt(other)) return false;
    return true;
  }

  private place(slot: number, stored: number, hash: number, start: number, length: number): void {
    this.indexes[slot] = stored;
    this.hashes[slot] = hash;
    this.starts[slot] = start;
    this.lengths[slot] = length;
  }

  private grow(): void {
    const { indexes, hashes, starts, lengths } = this;
    const size = indexes.length * 2;
    this.indexes = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    const mask = size - 1;
    for (let old = 0; old < indexes.length; old++) {
      const stored = indexes[old] ?? 0;
      if (stored === 0) continue;
      const hash = hashes[old] ?? 0;
      let slot = hash & mask;
      while ((this.indexes[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.place(slot, stored, hash, starts[old] ?? 0, lengths[old] ?? 0);
    }
  }
}
