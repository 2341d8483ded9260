/**
 * A set of substrings of one string, asked and added by `[start, end)` range: no string is cut
 * out to ask whether a word was seen before, as `Set<string>.has(text.slice(…))` must (a substring
 * is cut out once, when first added, and later ones are compared with it by `startsWith`). Used
 * where every word of a whole paper is looked up (`buildLexicon`); open addressing over typed
 * arrays. Pure.
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
 * The distinct substrings of `text` added so far, in the order first added, each cut out once
 * (when first added) and numbered: a substring seen again is compared with its copy by
 * `startsWith`, not a code unit at a time.
 */
export class SubstringSet {
  /** Per slot, the number + 1 of the substring in it; 0 marks an empty slot. */
  private indexes = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private readonly items: string[] = [];

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
    const { indexes, hashes, items, text } = this;
    const mask = indexes.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const stored = indexes[slot] ?? 0;
      if (stored === 0) break;
      if (hashes[slot] === hash) {
        const item = items[stored - 1] ?? '';
        if (item.length === length && text.startsWith(item, start)) return stored - 1;
      }
    }
    const index = items.length;
    items.push(text.slice(start, end));
    indexes[slot] = index + 1;
    hashes[slot] = hash;
    if (items.length * 2 > indexes.length) this.grow();
    return ~index;
  }

  /** The substring of number `index` ({@link entry}). */
  item(index: number): string {
    return this.items[index] ?? '';
  }

  private grow(): void {
    const { indexes, hashes } = this;
    this.indexes = new Int32Array(indexes.length * 2);
    this.hashes = new Int32Array(indexes.length * 2);
    const mask = this.indexes.length - 1;
    for (let old = 0; old < indexes.length; old++) {
      const stored = indexes[old] ?? 0;
      if (stored === 0) continue;
      const hash = hashes[old] ?? 0;
      let slot = hash & mask;
      while ((this.indexes[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.indexes[slot] = stored;
      this.hashes[slot] = hash;
    }
  }
}
