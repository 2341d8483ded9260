/**
 * Oversized glyphs: a letter set many times the body size is a drop cap (`T` + `his paper ...`)
 * or part of a figure drawn with a font. A drop cap joins the line it opens; anything else that
 * size is left out, as it would stand in the text as a stray paragraph (`A`).
 */
import type { TextLine } from './text-item';

/** A line this many times the body size, of at most {@link MAX_GLYPHS} characters, is a decoration. */
const OVERSIZE_RATIO = 2.5;
const MAX_GLYPHS = 2;

/** Joins drop caps to their line and leaves out other oversized glyphs. */
export function dropDecorations(lines: readonly TextLine[], bodySize: number): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.size <= OVERSIZE_RATIO * bodySize || line.text.length > MAX_GLYPHS) {
      out.push(line);
      continue;
    }
    const next = lines[i + 1];
    if (
      next &&
      /^\p{L}+$/u.test(line.text) &&
      /^\p{Ll}/u.test(next.text) &&
      next.left > line.left
    ) {
      out.push({ ...next, text: line.text + next.text });
      i++;
    }
  }
  return out;
}
