/**
 * In-text citation markers: numeric (`[4]`, `[1, 3]`, `[2–5]`, `[3,5-7]`, and `[2]–[4]` across
 * brackets, ranges expanded) and author-year (see `author-year-citations.ts`), each linked to the
 * reference entries it cites.
 *
 * Only paragraph text and heading titles outside the reference list are searched, and a marker is
 * kept only when every work it cites is in the list: `[sic]`, `[…]`, `[2019]` or `[12]` in a list
 * of eleven never become markers.
 */
import { createAuthorYearScanner, type FoundMarker } from './author-year-citations';
import { docOffset, type Block, type Citation, type Reference } from './types';

/** `[4]`, `[1, 3]`, `[2-5]`, `[2–5]`, `[3,5-7]`, `[1; 2]`. */
const NUMERIC_MARKER =
  /\[(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)\]/g;
/** The widest range a marker may span (`[1-40]`); wider is more likely a year span or a typo. */
const MAX_RANGE = 60;

/** The `[start, end)` ranges of text to search: paragraphs and heading titles outside the bibliography. */
function searchRanges(blocks: readonly Block[]): Array<[number, number]> {
  const lastReference = blocks.reduce((last, b, i) => (b.kind === 'reference' ? i : last), -1);
  const ranges: Array<[number, number]> = [];
  let inBibliography = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      inBibliography = block.role === 'bibliography' && i < lastReference;
      if (block.role !== 'bibliography') ranges.push([block.titleStart, block.end]);
    } else if (block.kind === 'paragraph' && !(inBibliography && i < lastReference)) {
      ranges.push([block.start, block.end]);
    }
  });
  return ranges;
}

/** Expands `1, 3-5` into [1, 3, 4, 5]; null when a range runs backwards or too wide. */
export function expandNumbers(inner: string): number[] | null {
  const out: number[] = [];
  for (const part of inner.split(/[,;]/)) {
    const [lo, hi] = part.split(/[-–—]/).map((n) => Number(n.trim()));
    if (lo === undefined || Number.isNaN(lo)) return null;
    const top = hi ?? lo;
    if (Number.isNaN(top) || top < lo || top - lo > MAX_RANGE) return null;
    for (let n = lo; n <= top; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** What may stand between two bracketed numbers to make a range of them: `[2]–[4]`, `[2] - [4]`. */
const RANGE_BETWEEN_BRACKETS = /^\s*[-–—]\s*$/;

/** The references a marker's inner text cites, or null unless every number is in the list. */
function resolveNumbers(inner: string, byNumber: ReadonlyMap<number, string>): string[] | null {
  const refIds = expandNumbers(inner)?.map((n) => byNumber.get(n));
  if (!refIds || refIds.length === 0 || refIds.some((id) => id === undefined)) return null;
  return refIds as string[];
}

/**
 * `[2]–[4]`: the references of a range written across two single-number markers joined by a
 * dash, or null when it is not one or a number in it is not in the list (the markers then stand
 * on their own, so `[2]–[40]` in a list of eleven still cites 2).
 */
function resolveRangeAcross(
  text: string,
  first: RegExpMatchArray,
  second: RegExpMatchArray | undefined,
  byNumber: ReadonlyMap<number, string>,
): string[] | null {
  if (second === undefined || !/^\d+$/.test(first[1] ?? '') || !/^\d+$/.test(second[1] ?? ''))
    return null;
  const gap = text.slice((first.index ?? 0) + first[0].length, second.index ?? 0);
  if (!RANGE_BETWEEN_BRACKETS.test(gap) || Number(second[1]) <= Number(first[1])) return null;
  return resolveNumbers(`${first[1]}-${second[1]}`, byNumber);
}

function numericScanner(
  references: readonly Reference[],
): ((text: string, start: number, end: number) => FoundMarker[]) | null {
  const byNumber = new Map<number, string>();
  for (const ref of references)
    if (/^\d+$/.test(ref.label)) byNumber.set(Number(ref.label), ref.id);
  if (byNumber.size === 0) return null;
  return (text, start, end) => {
    const slice = text.slice(start, end);
    const matches = [...slice.matchAll(NUMERIC_MARKER)];
    const found: FoundMarker[] = [];
    for (let k = 0; k < matches.length; k++) {
      const match = matches[k];
      if (match === undefined) continue;
      const at = start + (match.index ?? 0);
      const next = matches[k + 1];
      const range = resolveRangeAcross(slice, match, next, byNumber);
      if (range !== null && next !== undefined) {
        found.push({ start: at, end: start + (next.index ?? 0) + next[0].length, refIds: range });
        k++;
        continue;
      }
      const refIds = resolveNumbers(match[1] ?? '', byNumber);
      if (refIds !== null) found.push({ start: at, end: at + match[0].length, refIds });
    }
    return found;
  };
}

/**
 * Finds the citation markers of a paper's canonical text, in reading order, each pointing to the
 * references it cites (never empty). Markers that overlap an earlier one are dropped.
 */
export function findCitations(
  text: string,
  blocks: readonly Block[],
  references: readonly Reference[],
): Citation[] {
  const scanners = [
    { style: 'numeric' as const, scan: numericScanner(references) },
    { style: 'author-year' as const, scan: createAuthorYearScanner(references) },
  ];
  const found: Array<FoundMarker & { style: Citation['style'] }> = [];
  for (const [start, end] of searchRanges(blocks)) {
    for (const { style, scan } of scanners) {
      if (scan) for (const marker of scan(text, start, end)) found.push({ ...marker, style });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const citations: Citation[] = [];
  let reached = -1;
  for (const marker of found) {
    if (marker.start < reached) continue;
    reached = marker.end;
    citations.push({
      id: `c${citations.length}`,
      start: docOffset(marker.start),
      end: docOffset(marker.end),
      refIds: marker.refIds,
      style: marker.style,
    });
  }
  return citations;
}
