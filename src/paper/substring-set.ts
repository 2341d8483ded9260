/**
 * A set of substrings of one string, asked and added by `[start, end)` range: no string is cut
 * out to ask whether a word was seen before, as `Set<string>.has(text.slice(…))` must. Used where
 * every word of a whole paper is looked up (`buildLexicon`); open addressing over typed arrays.
 * Pure.
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

/** The distinct substrings of `text` added so far, each held as the range it was first seen at. */
export class SubstringSet {
  private starts = new Int32Array(INITIAL_SLOTS);
  /** Length + 1 of the substring in each slot; 0 marks an empty slot. */
  private lengths = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private count = 0;

  constructor(private readonly text: string) {}

  /**
   * Adds `text.slice(start, end)`, whose {@link hashOf} the caller may have computed while reading
   * it; true when it was not in the set yet.
   */
  add(start: number, end: number, hash = hashOf(this.text, start, end)): boolean {
    const length = end - start;
    const mask = this.starts.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.lengths[slot] ?? 0;
      if (stored === 0) break;
      if (stored === length + 1 && this.hashes[slot] === hash && this.same(slot, start, length))
        return false;
    }
    this.insert(start, length, hash);
    if (++this.count * 2 > this.starts.length) this.grow();
    return true;
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

  private insert(start: number, length: number, hash: number): void {
    const mask = this.starts.length - 1;
    let slot = hash & mask;
    while ((this.lengths[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.starts[slot] = start;
    this.lengths[slot] = length + 1;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { starts, lengths, hashes } = this;
    this.starts = new Int32Array(starts.length * 2);
    this.lengths = new Int32Array(starts.length * 2);
    this.hashes = new Int32Array(starts.length * 2);
    for (let slot = 0; slot < starts.length; slot++) {
      const stored = lengths[slot] ?? 0;
      if (stored !== 0) this.insert(starts[slot] ?? 0, stored - 1, hashes[slot] ?? 0);
    }
  }
}
