/**
 * A ruler's numbers read into a line: a review copy's ruler (eLife's, `lineno`) numbers every line,
 * its title's too, and a title set large stands less than half its size after its number, so the
 * number and the title are one fragment (`1 Fundamental limits on the rate of`) and no bare number
 * of the ruler's stack. Found from the stack: a bare number opening or ending a fragment, in the
 * ruler's font and size, ending at the ruler's right edge. Pure.
 */
import type { Fragment } from './columns';
import type { TextItem } from './text-item';

const BARE_NUMBER = /^\s*\d{1,4}\s*$/;
/** A stray ends this close (points) to the ruler's right edge... */
const EDGE_SLACK = 1.5;
/** ...and is set this close (points) to the ruler's size. */
const SIZE_SLACK = 0.2;

/**
 * The ruler's numbers that open or end other fragments of the page (see the module's comment).
 * `stack` is the ruler's own fragments (bare numbers), `fragments` all the page's.
 */
export function strayRulerNumbers(
  stack: readonly Fragment[],
  fragments: readonly Fragment[],
): TextItem[] {
  const sample = stack[stack.length >> 1]?.items[0];
  if (sample === undefined) return [];
  const edge = sample.x + sample.width;
  const own = new Set(stack);
  const strays: TextItem[] = [];
  const isStray = (item: TextItem | undefined): item is TextItem =>
    item !== undefined &&
    BARE_NUMBER.test(item.str) &&
    item.fontName === sample.fontName &&
    Math.abs(item.height - sample.height) <= SIZE_SLACK &&
    Math.abs(item.x + item.width - edge) <= EDGE_SLACK;
  for (const fragment of fragments) {
    if (own.has(fragment) || fragment.items.length < 2) continue;
    const first = fragment.items[0];
    const last = fragment.items[fragment.items.length - 1];
    if (isStray(first)) strays.push(first);
    else if (isStray(last)) strays.push(last);
  }
  return strays;
}
