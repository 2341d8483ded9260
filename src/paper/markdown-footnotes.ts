/**
 * Footnotes of a Markdown paper (Pandoc, GitHub, Quarto, converters): each mark `[^label]` in the
 * text is written as its note's number raised (`note¹`): the label's own number when every label
 * is a number (converters keep the printed ones), else numbered in the order the notes are first
 * cited, as Pandoc numbers them; and each note's definition opens with that number
 * (`[^a]: ¹ The note.`), as a printed footnote does. The reader then sees the mark where it was,
 * not its syntax, and the parser knows the number for a note's (never a citation's). Marks no note
 * defines stay as written. Fenced code and code spans are left alone.
 */
import { SUPERSCRIPT_DIGITS } from './script-forms';

const DEFINITION = /^( {0,3})\[\^([^\]\s]+)\]:([ \t]+)/;
const MARK = /\[\^([^\]\s]+)\](?!:)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)/g;

const raised = (n: number): string =>
  [...String(n)].map((d) => SUPERSCRIPT_DIGITS[d] ?? d).join('');

/** Outside fenced code: calls `each` with every line's index. */
function forProse(lines: readonly string[], each: (i: number) => void): void {
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const opens = FENCE.exec(line)?.[1];
    if (fence === null && opens !== undefined) fence = opens;
    else if (fence !== null && line.trimStart().startsWith(fence)) fence = null;
    else if (fence === null) each(i);
  });
}

/** Replaces the marks of `line` outside its code spans. */
function replaceMarks(line: string, write: (label: string, whole: string) => string): string {
  let out = '';
  let at = 0;
  for (const code of line.matchAll(CODE_SPAN)) {
    out += line.slice(at, code.index).replace(MARK, (whole, label: string) => write(label, whole));
    out += code[0];
    at = code.index + code[0].length;
  }
  return out + line.slice(at).replace(MARK, (whole, label: string) => write(label, whole));
}

/** The lines with footnote marks raised and numbered, and each note opening with its number. */
export function numberFootnotes(lines: readonly string[]): string[] {
  const defined = new Set<string>();
  forProse(lines, (i) => {
    const label = DEFINITION.exec(lines[i] ?? '')?.[2];
    if (label !== undefined) defined.add(label);
  });
  if (defined.size === 0) return [...lines];
  // Labels that are all numbers are the printed notes' numbers (a converter's `[^12]`); others
  // are numbered in the order first cited, then the notes never cited, in the order defined.
  const numbers = new Map<string, number>();
  if ([...defined].every((label) => /^\d{1,3}$/.test(label)))
    for (const label of defined) numbers.set(label, Number(label));
  forProse(lines, (i) => {
    const line = lines[i] ?? '';
    const body = line.slice(DEFINITION.exec(line)?.[0].length ?? 0);
    replaceMarks(body, (label, whole) => {
      if (defined.has(label) && !numbers.has(label)) numbers.set(label, numbers.size + 1);
      return whole;
    });
  });
  for (const label of defined) if (!numbers.has(label)) numbers.set(label, numbers.size + 1);
  const out = [...lines];
  forProse(lines, (i) => {
    const line = lines[i] ?? '';
    const definition = DEFINITION.exec(line);
    const body = definition ? line.slice(definition[0].length) : line;
    const written = replaceMarks(body, (label, whole) => {
      const n = numbers.get(label);
      return n === undefined ? whole : raised(n);
    });
    const n = definition ? numbers.get(definition[2] ?? '') : undefined;
    out[i] = definition && n !== undefined ? `${definition[0]}${raised(n)} ${written}` : written;
  });
  return out;
}
