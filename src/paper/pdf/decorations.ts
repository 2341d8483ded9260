/**
 * Oversized glyphs: a letter set many times the body size is a drop cap (`T` + `his paper ...`)
 * or part of a figure drawn with a font. A drop cap joins the line it opens; anything else that
 * size is left out, as it would stand in the text as a stray paragraph (`A`).
 * A rule some publishers print as a run of dots across the column, under a title or between a
 * table and the text (Cambridge's journals), is left out too: it is no text.
 */
import type { TextLine } from './text-item';

/** A line this many times the body size, of at most {@link MAX_GLYPHS} characters, is a decoration. */
const OVERSIZE_RATIO = 2.5;
const MAX_GLYPHS = 2;

/** A line of this many dots and nothing else is a dotted rule (a table of contents' leaders end in a page number). */
const MIN_RULE_DOTS = 8;
const DOTTED_RULE = new RegExp(`^(?:[.·…]\\s*){${MIN_RULE_DOTS},}$`);

/** Is the line a dotted rule: dots (`.`, `·`, `…`) and spaces only, many of them? */
const isDottedRule = (text: string): boolean => {
  const code = text.charCodeAt(0);
  // Most lines open with a letter: the pattern is run on lines that open with a dot only.
  return (code === 0x2e || code === 0xb7 || code === 0x2026) && DOTTED_RULE.test(text);
};

/** Joins drop caps to their line and leaves out other oversized glyphs and dotted rules. */
export function dropDecorations(lines: readonly TextLine[], bodySize: number): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (isDottedRule(line.text)) continue;
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
