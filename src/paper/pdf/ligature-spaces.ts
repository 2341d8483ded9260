/**
 * Words a ligature splits in two. Some typesetters write a space glyph after a ligature (`ﬂ`,
 * `ﬁ`, `ﬀ`) and take its width back with a kern: the next letter is printed flush against the
 * ligature, but pdf.js reads the space into its run (`Infl ammation`, `signifi cantly`), and no
 * position in the items tells it from a word space.
 *
 * The paper itself tells: a split word is joined where the paper prints the whole word elsewhere
 * (`Inflammation` on another line, also for `in-` / `fl ammation` cut at a line's end), or where the piece ending in `fi`/`fl` and the lower-case
 * piece after it are words nowhere else in the paper (`signifi` / `cantly`; three letters at least, not `hi-fi`'s). Words that end in a
 * ligature's letters keep the word after them (`staff were`, `off the`, `Sanofi and`): the
 * first rule needs `staffwere` printed somewhere, and `ff` never takes the second.
 *
 * Linear: one scan of each line for `fi`, `fl` or `ff` and a space, and, only when a line shows a candidate, one
 * scan of the text for the few words the candidates need.
 */

import { wholeWordCounts } from './whole-word-counts';

/** Letters ending in `fi`, `fl` or `ff` (ligatures' letters), a space, then lower-case letters. */
const SPLIT = /(?<!\p{L})(\p{L}*f[fil]) (\p{Ll}+)(?!\p{L})/gu;

/** A quick test for {@link SPLIT}: most lines hold no ligature's letters before a space. */
const MAYBE_SPLIT = /f[fil] \p{Ll}/u;

/** Fewest letters of a piece ending in `fi`/`fl` joined on the pieces' evidence alone (`hi-fi rig`). */
const MIN_PIECE = 3;

/** A line ending in a word cut by a hyphen (`in-`): the word's first part. */
const HYPHENATED_END = /(?<!\p{L})(\p{L}+)-$/u;

interface Candidate {
  line: number;
  at: number;
  /** The word's part the line before ends in, cut by a hyphen, or ''. */
  before: string;
  left: string;
  right: string;
}

/** The lines' texts with words split after a ligature joined (see above); unchanged lines as given. */
export function joinLigatureSpaces(lines: readonly string[]): string[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (!MAYBE_SPLIT.test(text)) continue;
    for (const match of text.matchAll(SPLIT)) {
      // A word hyphenated at the line before's end (`in-` / `fl ammation`): its first part too.
      const before =
        match.index === 0 && i > 0 ? HYPHENATED_END.exec(lines[i - 1] as string) : null;
      candidates.push({
        line: i,
        at: match.index,
        before: before?.[1] ?? '',
        left: match[1] ?? '',
        right: match[2] ?? '',
      });
    }
  }
  if (candidates.length === 0) return [...lines];
  const counts = wordCounts(lines, candidates);
  /** How often a piece stands as a word of its own, its split occurrences left out. */
  const split = new Map<string, number>();
  for (const c of candidates) {
    for (const piece of [c.left.toLowerCase(), c.right])
      split.set(piece, (split.get(piece) ?? 0) + 1);
  }
  const alone = (piece: string): number => (counts.get(piece) ?? 0) - (split.get(piece) ?? 0);
  const out = [...lines];
  // Right to left within a line, so that earlier offsets hold as spaces go.
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k] as Candidate;
    const joined = (c.left + c.right).toLowerCase();
    const whole =
      (counts.get(joined) ?? 0) > 0 ||
      (c.before !== '' && (counts.get((c.before + joined).toLowerCase()) ?? 0) > 0);
    const pieces =
      !/ff$/i.test(c.left) &&
      c.left.length >= MIN_PIECE &&
      c.right.length >= 2 &&
      alone(c.left.toLowerCase()) <= 0 &&
      alone(c.right) <= 0;
    if (!whole && !pieces) continue;
    const text = out[c.line] as string;
    const space = c.at + c.left.length;
    out[c.line] = text.slice(0, space) + text.slice(space + 1);
  }
  return out;
}

/**
 * How often each word the candidates name (a joined word, each piece; lower case) stands whole
 * in the lines: one scan of the text for all of them.
 */
function wordCounts(
  lines: readonly string[],
  candidates: readonly Candidate[],
): Map<string, number> {
  const wanted = new Set<string>();
  for (const c of candidates) {
    wanted.add((c.left + c.right).toLowerCase());
    if (c.before !== '') wanted.add((c.before + c.left + c.right).toLowerCase());
    wanted.add(c.left.toLowerCase());
    wanted.add(c.right);
  }
  return wholeWordCounts(lines, wanted);
}
