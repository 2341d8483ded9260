/**
 * A title whose first lines the layout reads in a region of their own: Cell Press sets its article
 * type and the title's first line (`Report` / `Divergence, Convergence,`) where the page's columns
 * are found to start below them, so `and the Ancestry of Feral Populations` / `in the Domestic
 * Rock Pigeon` are read first, and the title's runs of lines came out as two, the longer taken for
 * the title. Runs in one size that stand one right under the other, overlapping across the page,
 * are one run. Pure.
 */
import type { TextLine } from './text-item';

/** The title goes on from `last` to `next`: `next` opens in lower case or `last` ends mid-phrase. */
const goesOn = (last: TextLine, next: TextLine): boolean =>
  /^\p{Ll}/u.test(next.text.trim()) ||
  /(?:[,:;–-]|\b(?:and|or|of|in|for|the|a|an|to|with|on|by|from|at))$/i.test(last.text.trim());

/** Lines of one title differ in size by less than this share. */
const SAME_SIZE = 0.04;

/** Does `next` stand right under `last` (at most `leading` of its sizes down), in its size and span? */
function standsUnder(last: TextLine, next: TextLine, leading: number): boolean {
  return (
    Math.abs(next.size - last.size) <= SAME_SIZE * last.size &&
    next.baseline < last.baseline &&
    last.baseline - next.baseline <= leading * last.size &&
    next.left < last.right &&
    next.right > last.left
  );
}

/**
 * The runs of title lines (each top down) with every run that stands right under another's last
 * line joined onto it; runs standing alone are kept as they are, in their order.
 */
export function joinStackedRuns(
  runs: readonly TextLine[][],
  leading: number,
  lines: readonly TextLine[] = [],
): TextLine[][] {
  // A line of the page between the two (a byline) parts them, wherever it is read.
  const between = (last: TextLine, next: TextLine) =>
    lines.some(
      (l) =>
        l.baseline < last.baseline &&
        l.baseline > next.baseline &&
        l.left < Math.min(last.right, next.right) &&
        l.right > Math.max(last.left, next.left),
    );
  const out = runs.map((run) => [...run]);
  for (let i = 0; i < out.length; i++) {
    for (;;) {
      const run = out[i] as TextLine[];
      const last = run[run.length - 1];
      if (last === undefined) break;
      const j = out.findIndex(
        (other, k) =>
          k !== i &&
          other[0] !== undefined &&
          !run.includes(other[0]) &&
          standsUnder(last, other[0], leading) &&
          !between(last, other[0]) &&
          goesOn(last, other[0]),
      );
      if (j < 0) break;
      out[i] = run.concat((out[j] as TextLine[]).filter((l) => !run.includes(l)));
      out.splice(j, 1);
      if (j < i) i--;
    }
  }
  return out;
}
