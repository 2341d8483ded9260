/**
 * Captions printed side by side under figures set side by side (`Figure 4: …` beside
 * `Figure 5: …`): read line by line they would run into one caption, the second's words woven
 * into the first's. Where a line holds two caption openings apart, it and the caption lines under
 * it are cut at each opening's left edge into columns, read one after the other.
 * Pure: it works on `TextLine`s.
 */
import { isCaptionLine } from '../aside-blocks';
import { lineFragments } from './columns';
import { measureLine } from './lines';
import type { TextItem, TextLine } from './text-item';

/** A caption's label (`Figure 4`, `Table A.1`): a line holding two may hold two captions. */
const LABEL = /(?:Fig(?:ure|\.)|FIG(?:URE|\.)|Table|TABLE|Listing|Scheme|Chart)\s*[A-Z]?\.?\d/g;
/** Lines of one caption block sit at most this many font sizes apart, baseline to baseline. */
const CAPTION_PITCH_EM = 1.6;
/** And differ in size by no more than this share. */
const SAME_SIZE = 0.08;

/** The left edges of the captions opening side by side on a line, left to right; [] when none do. */
function captionEdges(line: TextLine): number[] {
  const openings = lineFragments(line)
    .filter((f) => isCaptionLine(`${measureLine(f.items).text} `))
    .map((f) => f.left);
  return openings.length >= 2 ? openings : [];
}

/** Does `line` go on with the captions above it, cut at `edges` (no run crosses a cut)? */
function goesOn(line: TextLine, above: TextLine, edges: readonly number[]): boolean {
  const size = Math.max(line.size, above.size);
  if (Math.abs(line.size - above.size) > SAME_SIZE * size) return false;
  if (above.baseline - line.baseline > CAPTION_PITCH_EM * size) return false;
  return line.items.every((i) => edges.every((x) => i.x >= x - 0.5 || i.x + i.width <= x + 0.5));
}

/** The lines' items cut into columns at `edges`: each column's lines, top to bottom. */
function cutIntoColumns(lines: readonly TextLine[], edges: readonly number[]): TextLine[] {
  const bounds = [-Infinity, ...edges.slice(1), Infinity];
  const columns: TextLine[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c] ?? -Infinity;
    const to = bounds[c + 1] ?? Infinity;
    for (const line of lines) {
      const items: TextItem[] = line.items.filter((i) => i.x >= from - 0.5 && i.x < to - 0.5);
      if (items.length > 0) columns.push(measureLine(items));
    }
  }
  return columns;
}

/**
 * The lines of a region with captions printed side by side read one caption after the other;
 * other lines as they were.
 */
export function splitSideBySideCaptions(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const edges = (line.text.match(LABEL)?.length ?? 0) >= 2 ? captionEdges(line) : [];
    if (edges.length === 0) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    for (let above = line; end < lines.length; end++) {
      const next = lines[end];
      if (next === undefined || !goesOn(next, above, edges)) break;
      above = next;
    }
    out.push(...cutIntoColumns(lines.slice(i, end), edges));
    i = end - 1;
  }
  return out;
}
