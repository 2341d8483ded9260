/**
 * Headings whose word a kern splits. NEJM sets its section headings in kerned small capitals, and
 * pdf.js reads a space at each kern: `Me thods`, `R esult s`, `A BS TR AC T`; the heading was
 * split and `Methods` not found at all. A short line of letters only, whose pieces joined are one
 * word the paper writes elsewhere (`methods`) while some piece of it is no word the paper writes
 * (`thods`), is that word; a line of real words (`Data Sets`, `in to`) keeps its spaces. The
 * joined word keeps the line's letters and their case (`Results`, `ABSTRACT`). Pure; linear: one
 * scan of each line, and one of the text for the few candidates' words.
 */

import { wholeWordCounts } from './whole-word-counts';

/** A short line of two to six pieces of letters, one space apart, and nothing else. */
const PIECES = /^\p{L}+(?: \p{L}+){1,5}$/u;
/** Longest such line (characters): a heading's one word. */
const MAX_LENGTH = 24;
/** Fewest letters of the joined word: shorter ones are as likely a figure's panel letters (`C D`). */
const MIN_WORD = 5;
/** The case of a heading's word: capitalised or all capitals. */
const HEADING_CASE = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u;

/** The lines' texts with kern-split heading words joined (see above); other lines as given. */
export function joinKernedWords(lines: readonly string[]): string[] {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text.length > MAX_LENGTH || !text.includes(' ') || !PIECES.test(text)) continue;
    const joined = text.replaceAll(' ', '');
    if (joined.length >= MIN_WORD && HEADING_CASE.test(joined)) candidates.push(i);
  }
  if (candidates.length === 0) return [...lines];
  const wanted = new Set<string>();
  for (const i of candidates) {
    const text = (lines[i] as string).trim().toLowerCase();
    wanted.add(text.replaceAll(' ', ''));
    for (const piece of text.split(' ')) wanted.add(piece);
  }
  const counts = wholeWordCounts(lines, wanted, true);
  const out = [...lines];
  for (const i of candidates) {
    const text = (lines[i] as string).trim();
    const pieces = text.toLowerCase().split(' ');
    // The candidate line itself holds each of its pieces once.
    const elsewhere = (word: string) => (counts.get(word) ?? 0) - 1;
    const joined = pieces.join('');
    if ((counts.get(joined) ?? 0) < 1) continue;
    if (pieces.every((piece) => piece.length > 1 && elsewhere(piece) > 0)) continue;
    out[i] = text.replaceAll(' ', '');
  }
  return out;
}
