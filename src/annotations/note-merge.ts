/**
 * Three-way merge of a note typed in two tabs at once: both tabs' text is kept. Changes at
 * different places are simply both applied; where they overlap, the note is cut into words and
 * runs of white space, and node-diff3 (the diff3 algorithm of Khanna, Kunal and Pierce) merges the
 * two versions against the common base, word by word.
 *
 * Where both tabs changed the same place, nothing is dropped: both additions are kept (two tabs
 * appending to a note, or to its last word, is the common case), and where both rewrote the same
 * words, both rewrites are kept side by side and the result says `conflict`, so the editor can
 * tell the reader. The two versions are put in an order that does not depend on which tab
 * merges, so both tabs reach the same note.
 */
import type { diff3Merge as Diff3Merge } from 'node-diff3';

/** node-diff3's merge once loaded (`loadNoteMerge`): its own chunk, not on the first screen. */
let diff3Merge: typeof Diff3Merge | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the word-by-word merge (node-diff3). The app starts loading it as it starts; until it has
 * come (a moment, and only for edits of one note in two tabs at once that overlap), overlapping
 * rewrites are both kept, as when they are too long to diff: nothing is lost either way.
 */
export function loadNoteMerge(): Promise<void> {
  loading ??= import('node-diff3').then((m) => {
    diff3Merge = m.diff3Merge;
  });
  return loading;
}

/** What merging two versions of a note gave. */
export interface NoteMergeResult {
  text: string;
  /** True when both versions rewrote the same words (both rewrites are kept in `text`). */
  conflict: boolean;
}

/** Words and the white space between them: joined, the tokens give back the text exactly. */
const tokenize = (text: string): string[] => text.match(/\s+|\S+/g) ?? [];

const startsWithSpace = (s: string) => /^\s/.test(s);
const endsWithSpace = (s: string) => /\s$/.test(s);

const commonPrefixLength = (x: string, y: string): number => {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
};

/**
 * Two texts inserted at the same place, both kept, in an order that does not depend on which tab
 * merges: what both typed alike is kept once, then `keepBoth`.
 */
function keepBothInsertions(x: string, y: string): string {
  const same = commonPrefixLength(x, y);
  return x.slice(0, same) + keepBoth(x.slice(same), y.slice(same));
}

/**
 * Two versions of one place, both kept, in an order that does not depend on which tab merges:
 * a text that carries on the word before it (starts with no space) comes before one that starts
 * a new word, else the smaller comes first. Two words that would touch get a space between them.
 */
function keepBoth(one: string, other: string): string {
  if (!one || !other || one === other) return one || other;
  const oneFirst =
    startsWithSpace(one) === startsWithSpace(other) ? one < other : startsWithSpace(other);
  const [first, second] = oneFirst ? [one, other] : [other, one];
  const glue = endsWithSpace(first) || startsWithSpace(second) ? '' : ' ';
  return first + glue + second;
}

/**
 * A place both tabs changed: `o` in the base, `a` and `b` in the two versions. When both only
 * added to the base text (typed after or before the same words), the base is kept once with both
 * additions; otherwise both rewrote the same words, and both rewrites are kept (a conflict).
 */
function mergeRegion(a: string, o: string, b: string): NoteMergeResult {
  if (a.startsWith(o) && b.startsWith(o))
    return { text: o + keepBothInsertions(a.slice(o.length), b.slice(o.length)), conflict: false };
  if (a.endsWith(o) && b.endsWith(o)) {
    const [x, y] = [a.slice(0, a.length - o.length), b.slice(0, b.length - o.length)];
    return { text: keepBothInsertions(x, y) + o, conflict: false };
  }
  return { text: keepBoth(a, b), conflict: true };
}

/**
 * Past this many words and spaces in the stretch both tabs changed, it is not diffed word by word
 * (the diff's cost grows with the square of it on repetitive text) but both versions are kept.
 */
const MAX_DIFF_TOKENS = 2000;

/** The one stretch of `base` that `edited` changed: `[start, end)` and what replaced it. */
interface Hunk {
  start: number;
  end: number;
  text: string;
}

function hunkOf(base: string, edited: string): Hunk {
  const start = commonPrefixLength(base, edited);
  let tail = 0;
  const room = Math.min(base.length, edited.length) - start;
  while (tail < room && base[base.length - 1 - tail] === edited[edited.length - 1 - tail]) tail++;
  return { start, end: base.length - tail, text: edited.slice(start, edited.length - tail) };
}

/**
 * Both tabs' changes applied to `base` when they touch different stretches (the usual case:
 * each tab types at its own place), or null when they overlap.
 */
function spliceBoth(base: string, one: Hunk, other: Hunk): string | null {
  const [first, second] = one.start <= other.start ? [one, other] : [other, one];
  if (first.start === second.start && first.end === first.start && second.end === second.start)
    return (
      base.slice(0, first.start) +
      keepBothInsertions(first.text, second.text) +
      base.slice(first.start)
    );
  if (first.end > second.start || (first.start === second.start && first.end > first.start))
    return null;
  return (
    base.slice(0, first.start) +
    first.text +
    base.slice(first.end, second.start) +
    second.text +
    base.slice(second.end)
  );
}

/**
 * Merges `local` and `remote`, both edited from `base`. When either side left the note as it was,
 * the other side's text is returned as it is. Changes at different places are both applied as
 * they are; where they overlap, the stretch is merged word by word.
 */
export function mergeNoteText(base: string, local: string, remote: string): NoteMergeResult {
  if (local === remote || remote === base) return { text: local, conflict: false };
  if (local === base) return { text: remote, conflict: false };
  const spliced = spliceBoth(base, hunkOf(base, local), hunkOf(base, remote));
  if (spliced !== null) return { text: spliced, conflict: false };

  // Only the stretch where the three differ is diffed, from and to word boundaries.
  const [head, tail] = sharedEnds(base, local, remote);
  const cut = (s: string) => tokenize(s.slice(head, s.length - tail));
  const [a, o, b] = [cut(local), cut(base), cut(remote)];
  const around = (middle: string) => base.slice(0, head) + middle + base.slice(base.length - tail);
  if (!diff3Merge || a.length + o.length + b.length > MAX_DIFF_TOKENS)
    return { text: around(keepBoth(a.join(''), b.join(''))), conflict: true };
  let text = '';
  let conflict = false;
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (region.ok) {
      text += region.ok.join('');
    } else if (region.conflict) {
      const merged = mergeRegion(
        region.conflict.a.join(''),
        region.conflict.o.join(''),
        region.conflict.b.join(''),
      );
      text += merged.text;
      conflict ||= merged.conflict;
    }
  }
  return { text: around(text), conflict };
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * How many characters the three texts share at their start and at their end, each cut back to a
 * boundary between a word and a space inside the shared part, so no word is split (it would be
 * merged letter by letter). The two never overlap in any of the texts.
 */
function sharedEnds(...texts: [string, string, string]): [number, number] {
  const [base] = texts;
  const shortest = Math.min(...texts.map((t) => t.length));
  let head = 0;
  while (head < shortest && texts.every((t) => t[head] === base[head])) head++;
  // Back to the start of the word (or run of spaces) the shared start ends in.
  head = Math.max(0, head - 1);
  while (head > 0 && isSpace(base[head - 1]) === isSpace(base[head])) head--;
  const at = (t: string, i: number) => t[t.length - 1 - i];
  let tail = 0;
  while (tail < shortest - head && texts.every((t) => at(t, tail) === at(base, tail))) tail++;
  tail = Math.max(0, tail - 1);
  while (tail > 0 && isSpace(at(base, tail - 1)) === isSpace(at(base, tail))) tail--;
  return [head, tail];
}
