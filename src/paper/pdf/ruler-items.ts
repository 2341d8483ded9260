/**
 * The line numbers a draft or a review copy prints beside each line (LaTeX's `lineno`, as AASTeX's,
 * A&A's and MNRAS's drafts use it), taken out of a page's items before they are grouped into lines.
 * `side-notes.ts` finds a ruler among a page's fragments (`rulerNumberItems`), which serves a ruler
 * standing apart in the page's margin; `lineno` sets its numbers a few points from each column's
 * text, a little off the lines' baselines and in the gutter between two columns, so they are
 * grouped into the lines beside them (`… an elon-28 gated bar …`) and no fragment is a bare number.
 * Told here from the items alone: a dozen or more bare numbers at one right edge, in a font the
 * page sets nothing else in (no letter), smaller than the page's text, counting up one line (or
 * five) at a time from the top down. Pure: plain items in, the same items (fewer) out.
 */
import type { TextItem } from './text-item';

/** A ruler holds at least this many numbers on a page. */
const MIN_NUMBERS = 12;
/** A ruler's numbers end this close (points) to one another. */
const EDGE_SLACK = 1.5;
/** This share of a ruler's steps (top down) are the same step up: 1, or 5 for every fifth line. */
const STEP_SHARE = 0.8;
/** A ruler's numbers are set smaller than this share of the page's text (most of its letters). */
const SMALLER_SHARE = 0.9;
const BARE_NUMBER = /^\s*\d{1,5}\s*$/;
const LETTER = /\p{L}/u;

/** A ruler found on a page: the font its numbers are set in and the right edge they end at. */
interface Ruler {
  font: string | undefined;
  right: number;
}

/**
 * The document's pages without the line numbers of its rulers: a page keeps its very list when it
 * has none (most pages), so a caller can tell by identity which pages changed. A ruler is found on
 * the pages that print a dozen of its numbers or more; on the others (a page of figures, a
 * chapter's last lines) its numbers are known by their font and their right edge.
 */
export function dropRulers<T extends readonly TextItem[]>(pages: readonly T[]): (T | TextItem[])[] {
  const rulers: Ruler[] = [];
  for (const items of pages) rulers.push(...rulersOf(items));
  if (rulers.length === 0) return [...pages];
  return pages.map((items) => {
    const letterFonts = fontsWithLetters(items);
    const kept = items.filter(
      (item) =>
        !(
          BARE_NUMBER.test(item.str) &&
          !letterFonts.has(item.fontName) &&
          rulers.some(
            (r) => r.font === item.fontName && Math.abs(r.right - rightOf(item)) <= EDGE_SLACK,
          )
        ),
    );
    return kept.length === items.length ? items : kept;
  });
}

/** {@link dropRulers} of one page on its own: its items without the rulers it prints. */
export function dropRulerItems(items: readonly TextItem[]): readonly TextItem[] {
  return dropRulers([items])[0] ?? items;
}

/** The fonts a page sets letters in. */
function fontsWithLetters(items: readonly TextItem[]): Set<string | undefined> {
  const fonts = new Set<string | undefined>();
  for (const item of items) if (LETTER.test(item.str)) fonts.add(item.fontName);
  return fonts;
}

/**
 * The rulers a page prints: a dozen or more bare numbers at one right edge, in a font the page
 * sets no letter in, smaller than most of its letters, counting lines from the top down.
 */
function rulersOf(items: readonly TextItem[]): Ruler[] {
  let numbers: TextItem[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TextItem;
    if (item.fontName !== undefined && BARE_NUMBER.test(item.str)) (numbers ??= []).push(item);
  }
  if (numbers === null || numbers.length < MIN_NUMBERS) return [];
  const letterFonts = fontsWithLetters(items);
  const sizes: number[] = [];
  for (const item of items) if (LETTER.test(item.str)) sizes.push(item.height);
  sizes.sort((a, b) => a - b);
  const textSize = sizes[sizes.length >> 1] ?? 0;
  const candidates = numbers
    .filter((n) => !letterFonts.has(n.fontName) && n.height < SMALLER_SHARE * textSize)
    .sort((a, b) => rightOf(a) - rightOf(b));
  const rulers: Ruler[] = [];
  for (let i = 0; i < candidates.length;) {
    let j = i + 1;
    while (
      j < candidates.length &&
      rightOf(candidates[j]) - rightOf(candidates[j - 1]) <= EDGE_SLACK
    )
      j++;
    const stack = candidates.slice(i, j);
    const first = stack[0];
    if (first && stack.length >= MIN_NUMBERS && countsLines(stack))
      rulers.push({ font: first.fontName, right: rightOf(stack[stack.length >> 1]) });
    i = j;
  }
  return rulers;
}

const rightOf = (item: TextItem | undefined): number => (item ? item.x + item.width : 0);

/** Do the stack's numbers, read top down, go up mostly by one step, the same one (1 or 5)? */
function countsLines(stack: readonly TextItem[]): boolean {
  const down = [...stack].sort((a, b) => b.y - a.y);
  const steps = new Map<number, number>();
  for (let k = 1; k < down.length; k++) {
    const step = Number((down[k] as TextItem).str) - Number((down[k - 1] as TextItem).str);
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  const one = Math.max(steps.get(1) ?? 0, steps.get(5) ?? 0);
  return one >= STEP_SHARE * (down.length - 1);
}
