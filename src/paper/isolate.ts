/**
 * Bidi isolation for a reader's or a paper's string placed inside one of our sentences (a file
 * name in a notice, a tag in an announcement, a title in an aria-label). Without it a name holding
 * a right-to-left override (U+202E) or Arabic/Hebrew letters reorders the words around it. Unicode's
 * First Strong Isolate (U+2068) … Pop Directional Isolate (U+2069) work in plain strings, where
 * `<bdi>` cannot reach (aria names, `title`, announcements, thrown messages); in JSX prefer `<bdi>`.
 *
 * Only a string that can move the text around it is wrapped: one holding a right-to-left letter or
 * a bidi control. A string of left-to-right letters, digits and punctuation cannot reorder our
 * left-to-right sentences, and leaving it bare keeps accessible names exactly as written (a screen
 * reader's "Remove tag draft", a test's `{ name: 'Remove tag draft' }`).
 */

/**
 * A character that can reorder the text around it: a letter of a right-to-left script (Hebrew,
 * Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms, and the
 * right-to-left blocks of the supplementary planes) or a bidi control (ALM, LRM/RLM, embeddings,
 * overrides, isolates).
 */
const REORDERING =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Does `text` hold anything that could reorder the sentence it is placed in? */
export function needsIsolation(text: string): boolean {
  return REORDERING.test(text);
}

/** First Strong Isolate: the isolated text takes the direction of its first strong letter. */
export const FIRST_STRONG_ISOLATE = '\u2068';
/** Pop Directional Isolate: ends the isolate (and any embedding or override left open inside it). */
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * `text` wrapped so that its direction stays inside it (unchanged when it holds nothing that could
 * reorder the sentence around it, see {@link needsIsolation}). A PDI ends an isolate together with any
 * embedding or override opened inside it, so what the text leaves open cannot leak into the rest
 * of the sentence: isolates it opens are closed before ours, and a stray PDI of its own (which
 * would end our isolate early) is dropped.
 */
export function isolate(text: string): string {
  if (!needsIsolation(text)) return text;
  let open = 0;
  // LRI, RLI and FSI open an isolate, PDI closes one; a PDI with none open is dropped.
  const inner = text.replace(/[\u2066-\u2069]/g, (char) => {
    if (char !== POP_DIRECTIONAL_ISOLATE) open += 1;
    else if (open === 0) return '';
    else open -= 1;
    return char;
  });
  return FIRST_STRONG_ISOLATE + inner + POP_DIRECTIONAL_ISOLATE.repeat(open + 1);
}

/** `text` without the isolates `isolate` added (for comparing or searching composed strings). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** `name` in curly quotes and isolated, the way our sentences name a file or a title. */
export function quoted(name: string): string {
  return `“${isolate(name)}”`;
}
