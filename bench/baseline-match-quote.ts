/**
 * The baseline the anchoring benchmark compares against: the way Hypothesis re-anchors a quote
 * (client `src/annotator/anchoring/html.ts` and `match-quote.ts`), reimplemented here from its
 * description so both run in the same process on the same strings.
 *
 * 1. The position selector, if the text there still equals the quote.
 * 2. Every verbatim occurrence of the quote (`indexOf`); otherwise approx-string-match over the
 *    WHOLE text with up to min(256, quote length / 2) errors.
 * 3. Each match scored 50 × quote similarity + 20 × prefix similarity + 20 × suffix similarity +
 *    2 × closeness to the old position, all divided by 92; the best one wins, whatever its score.
 */
import search from 'approx-string-match';

import type { RangeSelectors } from '../src/anchoring/selectors';

interface Found {
  start: number;
  end: number;
  errors: number;
}

function findAll(text: string, pattern: string, maxErrors: number): Found[] {
  const verbatim: Found[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    verbatim.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return verbatim.length > 0 ? verbatim : search(text, pattern, maxErrors);
}

/** 1 − (best edit distance of `pattern` anywhere in `text`) / |pattern|; 0 if either is empty. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const best = findAll(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/** The baseline anchor: a range, or null when nothing matched within the error budget. */
export function baselineAnchor(
  text: string,
  selectors: RangeSelectors,
): { start: number; end: number } | null {
  const { position, quote } = selectors;
  if (
    position &&
    text.slice(position.start, position.end) === quote.exact &&
    quote.exact.length > 0
  ) {
    return { start: position.start, end: position.end };
  }
  const exact = quote.exact;
  if (exact.length === 0) return null;
  const matches = findAll(text, exact, Math.min(256, exact.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = quote.prefix
      ? similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix
      ? similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix)
      : 1;
    const positionScore = position ? 1 - Math.abs(m.start - position.start) / text.length : 1;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}
