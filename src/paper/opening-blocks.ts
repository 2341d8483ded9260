/**
 * A long paper's opening, parsed before the whole of it (issue 9): the first few screens of the
 * source go through the same `parsePaper`, and the blocks that cannot change once the rest is read
 * are kept (the last one may continue past the cut, so it is left out). Its text is the start of
 * the whole paper's canonical text and its blocks are the whole paper's first blocks, with the same
 * offsets, so the reading view can show them while the rest is parsed; the whole paper then
 * replaces it. It links no citations (the reference list comes at the end) and is never anchored
 * against.
 */
import { parsePaper, type ParsePaperOptions } from './parse-paper';
import type { Paper } from './types';

/** Source characters parsed for the opening: a few screens once blank lines are dropped. */
export const OPENING_SOURCE_CHARS = 16_000;

/** Sources up to this long are parsed whole quickly enough (some 20 ms); no opening is made. */
export const OPENING_MIN_SOURCE_CHARS = 100_000;

/** Where to cut `source`: a blank line after `OPENING_SOURCE_CHARS`, else a line end; -1 if none. */
function openingCut(source: string): number {
  const limit = OPENING_SOURCE_CHARS * 2;
  const blank = source.indexOf('\n\n', OPENING_SOURCE_CHARS);
  if (blank >= 0 && blank <= limit) return blank;
  const line = source.indexOf('\n', OPENING_SOURCE_CHARS);
  return line >= 0 && line <= limit ? line : -1;
}

/**
 * The opening blocks of a long source as a provisional paper (see the module comment); null when
 * the source is short enough to parse whole at once or has no place to cut.
 */
export function parseOpening(source: string, options: ParsePaperOptions): Paper | null {
  if (source.length <= OPENING_MIN_SOURCE_CHARS) return null;
  const cut = openingCut(source);
  if (cut < 0) return null;
  const head = parsePaper(source.slice(0, cut), options);
  const blocks = head.blocks.slice(0, -1);
  const end = blocks.at(-1)?.end;
  if (end === undefined) return null;
  const { limits: _limits, ...rest } = head;
  return {
    ...rest,
    text: head.text.slice(0, end),
    blocks,
    references: head.references.filter((r) => r.end <= end),
    citations: [],
  };
}
