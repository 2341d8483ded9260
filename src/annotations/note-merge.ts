/**
 * Three-way merge of a note typed in two tabs at once: both tabs' text is kept. The note is cut
 * into words and runs of white space, and node-diff3 (the diff3 algorithm of Khanna, Kunal and
 * Pierce) merges the two versions against the common base, word by word.
 *
 * Where both tabs changed the same place, nothing is dropped: both additions are kept (two tabs
 * appending to a note, or to its last word, is the common case), and where both rewrote the same
 * words, both rewrites are kept side by side and the result says `conflict`, so the editor can
 * tell the reader. The two versions are put in an order that does not depend on which tab
 * merges, so both tabs reach the same note.
 */
import { diff3Merge } from 'node-diff3';

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
 * merges: what both typed alike is kept once, then a text that carries on the word before it
 * (starts with no space) comes before one that starts a new word, else the smaller comes first.
 * Two words that would touch get a space between them.
 */
function keepBothInsertions(x: string, y: string): string {
  const same = commonPrefixLength(x, y);
  const [one, other] = [x.slice(same), y.slice(same)];
  if (!one || !other) return x.slice(0, same) + (one || other);
  const oneFirst =
    startsWithSpace(one) === startsWithSpace(other) ? one < other : startsWithSpace(other);
  const [first, second] = oneFirst ? [one, other] : [other, one];
  const glue = endsWithSpace(first) || startsWithSpace(second) ? '' : ' ';
  return x.slice(0, same) + first + glue + second;
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
  return { text: keepBothInsertions(a, b), conflict: true };
}

/**
 * Merges `local` and `remote`, both edited from `base`. When either side left the note as it was,
 * the other side's text is returned as it is.
 */
export function mergeNoteText(base: string, local: string, remote: string): NoteMergeResult {
  if (local === remote || remote === base) return { text: local, conflict: false };
  if (local === base) return { text: remote, conflict: false };
  let text = '';
  let conflict = false;
  const regions = diff3Merge(tokenize(local), tokenize(base), tokenize(remote), {
    excludeFalseConflicts: true,
  });
  for (const region of regions) {
    if (region.ok) {
      text += region.ok.join('');
    } else if (region.conflict) {
      const { a, o, b } = region.conflict;
      const merged = mergeRegion(a.join(''), o.join(''), b.join(''));
      text += merged.text;
      conflict ||= merged.conflict;
    }
  }
  return { text, conflict };
}
