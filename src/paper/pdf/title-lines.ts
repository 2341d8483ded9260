/**
 * The paper's title as printed: the largest type on the first page, over as many lines as it
 * takes (`Bi-criteria Algorithm for Scheduling Jobs on Cluster` / `Platforms ∗`), not a journal's
 * masthead above it. Taken out of the page and put first, on one line, so the text parser reads
 * the whole title as the title (and the masthead, authors and affiliations after it are not).
 * Pure: lines in, lines out.
 */
import type { Region } from './columns';
import type { TextLine } from './text-item';

/** A title is set at least this much larger than the body text. */
const TITLE_SIZE_RATIO = 1.2;
/** Lines of one title differ in size by less than this share. */
const SAME_SIZE = 0.04;
/** Successive title lines are at most this many of their font sizes apart (baseline to baseline). */
const MAX_TITLE_LEADING = 2;
/** A journal's masthead, set large at the top of the first page, is not the paper's title. */
const MASTHEAD = /\b(?:journal|proceedings|conference|transactions|letters)\s+(?:of|on|in)\b/i;
/** Footnote marks after a title (`Platforms ∗`, `Title¹`). */
const TRAILING_MARKS = /[\s∗*†‡§¶⁰-⁹,]+$/u;
const isMarkOnly = (line: TextLine) => line.text.replace(TRAILING_MARKS, '') === '';

/**
 * Finds the title lines of a first page (regions in reading order) and returns the title on one
 * line and the regions without those lines, or null when no line stands out as a title.
 */
export function pullTitle(
  regions: readonly Region[],
  bodySize: number,
): { title: string; regions: Region[] } | null {
  const lines = regions.flatMap((r) => r.lines);
  const candidates = lines.filter(
    (l) => l.size >= TITLE_SIZE_RATIO * bodySize && !MASTHEAD.test(l.text) && !isMarkOnly(l),
  );
  const size = Math.max(0, ...candidates.map((l) => l.size));
  const first = candidates.find((l) => l.size >= size * (1 - SAME_SIZE));
  if (first === undefined) return null;
  const taken = new Set<TextLine>([first]);
  let last = first;
  for (const line of lines.slice(lines.indexOf(first) + 1)) {
    const close = last.baseline - line.baseline <= MAX_TITLE_LEADING * size;
    if (!close) break;
    if (isMarkOnly(line)) taken.add(line);
    else if (Math.abs(line.size - size) <= SAME_SIZE * size) {
      taken.add(line);
      last = line;
    } else break;
  }
  const title = [...taken]
    .filter((l) => !isMarkOnly(l))
    .map((l) => l.text.replace(TRAILING_MARKS, '').trim())
    .join(' ');
  const rest = regions.map((r) => ({ ...r, lines: r.lines.filter((l) => !taken.has(l)) }));
  return { title, regions: rest.filter((r) => r.lines.length > 0) };
}
